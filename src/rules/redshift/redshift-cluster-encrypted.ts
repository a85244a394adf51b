import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterEncrypted = builtinRule({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift cluster is encrypted at rest',
  severity: 'high',
  description: 'Checks that the Redshift cluster encrypts its data blocks, system metadata and snapshots (Encrypted).',
  risk: 'Without encryption, the warehouse\'s data and every snapshot of it are readable by anyone who obtains a copy.',
  remediation: {
    text: 'Encrypt the cluster (an existing cluster can be switched to encryption in place; it is re-written in the background).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.warehouse.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_64'], prowler: ['redshift_cluster_encrypted_at_rest'] },
  notes: 'In Terraform, a cluster that does not set encrypted is unencrypted (the AWS provider v5 default), as Checkov reads it.',
  condition: { property: 'Encrypted', equals: true },
  messages: {
    pass: 'Redshift cluster {name} is encrypted at rest',
    fail: 'Redshift cluster {name} is not encrypted at rest',
    unknown: 'the encryption setting'
  }
})
