import { builtinRule } from '../declarative/builtin.js'

export const s3BucketAccessLoggingEnabled = builtinRule({
  id: 's3-bucket-access-logging-enabled',
  title: 'S3 bucket has server access logging enabled',
  severity: 'medium',
  description: 'Checks that the bucket writes server access logs (LoggingConfiguration is set).',
  risk: 'Without access logs there is no record of who read or changed objects, which blinds incident response and audits.',
  remediation: {
    text: 'Send server access logs to a separate logging bucket (aws_s3_bucket_logging).',
    terraform: `resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.this.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "access/"
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_18'], prowler: ['s3_bucket_server_access_logging_enabled'] },
  notes:
    'A LoggingConfiguration without DestinationBucketName counts as enabled: CloudFormation then logs into the bucket itself.',
  // Only the block itself must be known: a logging target created by the same plan (its name known after apply)
  // still means logging is on.
  condition: { property: 'LoggingConfiguration', exists: true },
  messages: {
    pass: 'Bucket {name} has server access logging enabled',
    fail: 'Bucket {name} has server access logging disabled',
    unknown: 'the logging configuration'
  }
})
