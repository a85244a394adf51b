import { builtinRule } from '../declarative/builtin.js'

export const s3BucketVersioningEnabled = builtinRule({
  id: 's3-bucket-versioning-enabled',
  title: 'S3 bucket has object versioning enabled',
  severity: 'medium',
  description: 'Checks that the bucket keeps previous versions of its objects (VersioningConfiguration.Status is Enabled).',
  risk: 'Without versioning an overwritten or deleted object is gone: a mistake, a buggy job or ransomware cannot be undone.',
  remediation: {
    text: 'Enable versioning on the bucket (aws_s3_bucket_versioning with status "Enabled").',
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_21'], prowler: ['s3_bucket_object_versioning'] },
  notes:
    'A bucket with Object Lock enabled passes whatever its versioning configuration says: S3 turns versioning on with Object Lock and does not let it be suspended.',
  // Object Lock on: CloudFormation's ObjectLockEnabled (Terraform's object_lock_enabled), or the lock
  // configuration's ObjectLockEnabled "Enabled" that Cloud Control reads back. S3 enables versioning with it and
  // refuses to suspend versioning while it is on (S3 User Guide, "Locking objects with Object Lock").
  condition: {
    'any-of': [
      { property: 'VersioningConfiguration.Status', equals: 'Enabled' },
      { property: 'ObjectLockEnabled', equals: true },
      { property: 'ObjectLockConfiguration.ObjectLockEnabled', equals: 'Enabled' }
    ]
  },
  messages: {
    pass: {
      'VersioningConfiguration.Status': 'Bucket {name} has versioning enabled',
      ObjectLockEnabled: 'Bucket {name} has Object Lock enabled, which turns versioning on (S3 does not let it be suspended)',
      'ObjectLockConfiguration.ObjectLockEnabled': 'Bucket {name} has Object Lock enabled, which turns versioning on (S3 does not let it be suspended)'
    },
    fail: 'Bucket {name} does not have versioning enabled (VersioningConfiguration.Status is {value})',
    unknown: {
      'VersioningConfiguration.Status': 'the versioning status',
      ObjectLockEnabled: 'whether Object Lock (which turns versioning on) is enabled',
      'ObjectLockConfiguration.ObjectLockEnabled': 'whether Object Lock (which turns versioning on) is enabled'
    }
  }
})
