import { builtinRule } from '../declarative/builtin.js'

export const daxClusterEncrypted = builtinRule({
  id: 'dax-cluster-encrypted',
  title: 'DAX cluster encrypts its data at rest',
  severity: 'medium',
  description: 'Checks that the DynamoDB Accelerator (DAX) cluster encrypts the data cached on its nodes (SSESpecification.SSEEnabled).',
  risk: 'Cached items are copies of table data: unencrypted, they are readable from the nodes\' storage outside DynamoDB\'s encryption.',
  remediation: {
    text: 'Create the cluster with server-side encryption (it cannot be turned on later: replace the cluster).',
    terraform: `resource "aws_dax_cluster" "this" {
  cluster_name       = "orders-cache"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.t3.small"
  replication_factor = 3
  server_side_encryption {
    enabled = true
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DAX::Cluster'],
  aliases: { checkov: ['CKV_AWS_47'], prowler: ['dynamodb_accelerator_cluster_encryption_enabled'] },
  notes: 'A cluster without the setting is unencrypted (the service\'s and the AWS provider\'s default).',
  condition: { property: 'SSESpecification.SSEEnabled', equals: true, default: false },
  messages: {
    pass: 'DAX cluster {name} encrypts its data at rest',
    fail: 'DAX cluster {name} does not encrypt its data at rest',
    unknown: 'the encryption setting'
  }
})
