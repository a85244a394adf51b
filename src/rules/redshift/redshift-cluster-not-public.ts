import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterNotPublic = builtinRule({
  id: 'redshift-cluster-not-public',
  title: 'Redshift cluster is not publicly accessible',
  severity: 'critical',
  description: 'Checks that the Redshift cluster does not have a public endpoint (PubliclyAccessible false).',
  risk: 'A publicly accessible cluster resolves to a public address: only its security groups and passwords stand between the internet and the warehouse.',
  remediation: {
    text: 'Turn off public accessibility and reach the cluster from inside the VPC (or through a VPN or Redshift-managed VPC endpoint).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  publicly_accessible    = false
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_87'], prowler: ['redshift_cluster_public_access'] },
  notes: 'Stricter than Prowler, which fails a public cluster only when one of its security groups is also open to the internet: security groups change more often than the cluster, so the public endpoint alone fails here. In Terraform, a cluster that does not set publicly_accessible is public (the AWS provider v5 default); clusters AWS creates without the setting are private (the service\'s default since January 2025).',
  condition: { property: 'PubliclyAccessible', equals: false, default: false },
  messages: {
    pass: 'Redshift cluster {name} is not publicly accessible',
    fail: 'Redshift cluster {name} is publicly accessible',
    unknown: 'the public accessibility'
  }
})
