import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterEnhancedVpcRouting = builtinRule({
  id: 'redshift-cluster-enhanced-vpc-routing',
  title: 'Redshift cluster uses enhanced VPC routing',
  severity: 'medium',
  description: 'Checks that the Redshift cluster routes its COPY and UNLOAD traffic through the VPC (EnhancedVpcRouting), where security groups, network ACLs, endpoints and flow logs apply.',
  risk: 'Without enhanced VPC routing, traffic between the cluster and S3 or other services leaves the VPC\'s controls and flow logs.',
  remediation: {
    text: 'Enable enhanced VPC routing (and give the VPC an S3 gateway endpoint or NAT route).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  enhanced_vpc_routing   = true
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_321'], prowler: ['redshift_cluster_enhanced_vpc_routing'] },
  condition: { property: 'EnhancedVpcRouting', equals: true, default: false },
  messages: {
    pass: 'Redshift cluster {name} uses enhanced VPC routing',
    fail: 'Redshift cluster {name} does not use enhanced VPC routing',
    unknown: 'the enhanced VPC routing setting'
  }
})
