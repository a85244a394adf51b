import { builtinRule } from '../declarative/builtin.js'

export const dmsReplicationInstanceKmsKey = builtinRule({
  id: 'dms-replication-instance-kms-key',
  title: 'DMS replication instance storage is encrypted with a customer managed KMS key',
  severity: 'low',
  description: 'Checks that the replication instance names a KMS key of yours for its storage (KmsKeyId); without one DMS uses the AWS managed key aws/dms.',
  risk: 'Under the AWS managed key, who may decrypt the data staged on the instance is not governed by a key policy you write, and the key cannot be disabled or rotated on your schedule.',
  remediation: {
    text: 'Create the replication instance with a customer managed KMS key (the instance is recreated).',
    terraform: `resource "aws_dms_replication_instance" "this" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  kms_key_arn                = aws_kms_key.dms.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DMS::ReplicationInstance'],
  aliases: { checkov: ['CKV_AWS_212'], prowler: [] },
  condition: {
    'any-of': [
      // A known value, or (in a plan, where a key this configuration creates has no ARN yet) a reference to a key.
      { property: 'KmsKeyId', matches: '.' },
      { predicate: 'refers-to', property: 'KmsKeyId', type: 'AWS::KMS::Key', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'Replication instance {name} encrypts its storage with a customer managed KMS key',
    fail: 'Replication instance {name} encrypts its storage with the AWS managed key (KmsKeyId is not set)',
    unknown: 'the KMS key'
  }
})
