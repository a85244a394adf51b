import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterKmsCmk = builtinRule({
  id: 'redshift-cluster-kms-cmk',
  title: 'Redshift cluster is encrypted with a customer managed KMS key',
  severity: 'low',
  description: 'Checks that the Redshift cluster is encrypted with a KMS key it names (KmsKeyId), not the AWS owned key.',
  risk: 'With an AWS owned or managed key, the key\'s policy cannot be restricted or audited, and access to the data cannot be cut off by disabling the key.',
  remediation: {
    text: 'Encrypt the cluster with a customer managed KMS key.',
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
  aliases: { checkov: ['CKV_AWS_142'], prowler: [] },
  notes: 'Live, a cluster encrypted with the AWS owned key reports KmsKeyId AWS_OWNED_KMS_KEY, which fails; an AWS managed key (aws/redshift) shows as a key ARN and cannot be told from a customer key by it, so it passes, as Checkov passes any kms_key_id.',
  condition: {
    'all-of': [
      { property: 'Encrypted', equals: true },
      { property: 'KmsKeyId', exists: true },
      { property: 'KmsKeyId', 'not-equals': 'AWS_OWNED_KMS_KEY' }
    ]
  },
  messages: {
    pass: 'Redshift cluster {name} is encrypted with the KMS key it names',
    fail: 'Redshift cluster {name} is not encrypted with a customer managed KMS key ({property}: {value})',
    unknown: 'the encryption key'
  }
})
