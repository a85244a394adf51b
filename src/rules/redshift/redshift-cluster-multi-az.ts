import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterMultiAz = builtinRule({
  id: 'redshift-cluster-multi-az',
  title: 'Redshift cluster is deployed across Availability Zones',
  severity: 'medium',
  description: 'Checks that the Redshift cluster runs a Multi-AZ deployment (MultiAZ), with compute in two Availability Zones.',
  risk: 'A single-AZ cluster is unavailable for as long as its Availability Zone is impaired.',
  remediation: {
    text: 'Enable Multi-AZ (RA3 node types, two or more nodes).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  multi_az               = true
  cluster_type           = "multi-node"
  number_of_nodes        = 2
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: [], prowler: ['redshift_cluster_multi_az_enabled'] },
  condition: { property: 'MultiAZ', equals: true, default: false },
  messages: {
    pass: 'Redshift cluster {name} is Multi-AZ',
    fail: 'Redshift cluster {name} is in a single Availability Zone',
    unknown: 'the Multi-AZ setting'
  }
})
