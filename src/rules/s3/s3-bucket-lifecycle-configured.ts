import { builtinRule } from '../declarative/builtin.js'

export const s3BucketLifecycleConfigured = builtinRule({
  id: 's3-bucket-lifecycle-configured',
  title: 'S3 bucket has an enabled lifecycle rule',
  severity: 'low',
  description: 'Checks that the bucket has at least one lifecycle rule that is enabled (LifecycleConfiguration.Rules[*].Status Enabled).',
  risk: 'Without lifecycle rules, objects, old versions and incomplete multipart uploads pile up forever: data is kept past its retention (more to leak) and storage costs only grow.',
  remediation: {
    text: 'Add a lifecycle configuration that expires or transitions objects, expires noncurrent versions and aborts incomplete multipart uploads.',
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV2_AWS_61'], prowler: ['s3_bucket_lifecycle_enabled'] },
  notes: 'Any enabled rule passes, whatever it does; what retention a bucket needs is the owner\'s call.',
  condition: { property: 'LifecycleConfiguration.Rules', some: { property: 'Status', equals: 'Enabled' } },
  messages: {
    pass: 'Bucket {name} has an enabled lifecycle rule',
    fail: 'Bucket {name} has no enabled lifecycle rule',
    unknown: 'the lifecycle rules'
  }
})
