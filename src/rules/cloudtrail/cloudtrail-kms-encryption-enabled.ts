import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailKmsEncryptionEnabled = builtinRule({
  id: 'cloudtrail-kms-encryption-enabled',
  title: 'CloudTrail trail encrypts its logs with a KMS key',
  severity: 'medium',
  description: 'Checks that the trail encrypts log files with a customer-managed KMS key (KMSKeyId is set).',
  risk: 'With S3-managed encryption anyone who can read the bucket can read the trail; a KMS key adds an audited second permission.',
  remediation: {
    text: 'Set a customer-managed KMS key on the trail (its key policy must allow CloudTrail to use it).',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "org-trail"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}`
  },
  categories: ['encryption', 'logging'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_35'], prowler: ['cloudtrail_kms_encryption_enabled'] },
  notes:
    'A KMSKeyId known only after apply counts when its Terraform expression refers to an aws_kms_key of the same configuration (Resource.references): the trail is then encrypted with that customer-managed key.',
  // `kms_key_id = aws_kms_key.trail.arn`: the ARN is known after apply, but the key is this configuration's.
  condition: {
    'any-of': [
      // The value must be known: a redacted key id is not evidence of a key.
      { property: 'KMSKeyId', matches: '.' },
      { predicate: 'refers-to', property: 'KMSKeyId', type: 'AWS::KMS::Key', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'Trail {name} encrypts its logs with KMS',
    fail: 'Trail {name} does not encrypt its logs with KMS',
    unknown: 'the KMS key'
  }
})
