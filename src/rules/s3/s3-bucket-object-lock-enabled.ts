import { builtinRule } from '../declarative/builtin.js'

export const s3BucketObjectLockEnabled = builtinRule({
  id: 's3-bucket-object-lock-enabled',
  title: 'S3 bucket has Object Lock enabled',
  severity: 'low',
  description:
    'Checks that the bucket can protect object versions from deletion and overwrite (ObjectLockEnabled true, or ObjectLockConfiguration.ObjectLockEnabled Enabled).',
  risk: 'Without Object Lock, anyone (or any ransomware) with delete permissions can destroy every version of the data; nothing enforces a retention period.',
  remediation: {
    text: 'Enable Object Lock on the bucket (possible on existing buckets too) and set a default retention.',
    terraform: `resource "aws_s3_bucket" "this" {
  bucket              = "records"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 30
    }
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_143'], prowler: ['s3_bucket_object_lock'] },
  notes: 'Object Lock suits buckets that keep records or backups; suppress it, with that reason, for buckets whose objects must be deletable.',
  condition: {
    'any-of': [
      { property: 'ObjectLockEnabled', equals: true },
      { property: 'ObjectLockConfiguration.ObjectLockEnabled', equals: 'Enabled' }
    ]
  },
  messages: {
    pass: 'Bucket {name} has Object Lock enabled',
    fail: 'Bucket {name} does not have Object Lock enabled',
    unknown: 'whether Object Lock is enabled'
  }
})
