import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailBucketNotPublic = builtinRule({
  id: 'cloudtrail-bucket-not-public',
  title: 'The S3 bucket CloudTrail delivers logs to is not public',
  severity: 'critical',
  description:
    'Checks that the bucket the trail writes to (S3BucketName, joined to the bucket in the inventory) cannot be read by everyone: it blocks public access (itself or at the account level), or none of its bucket policies grants everyone and its canned ACL is not public.',
  risk: 'A public log bucket hands an attacker the account\'s full API history (who does what, from where, with which roles) and lets them watch for the traces of their own activity.',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the log bucket, and remove public statements from its policy and public grants from its ACL.',
    terraform: `resource "aws_s3_bucket_public_access_block" "trail_logs" {
  bucket                  = aws_s3_bucket.trail_logs.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: [], prowler: ['cloudtrail_logs_s3_bucket_is_not_publicly_accessible'] },
  notes:
    'A bucket outside the inventory (another account, as with an organization\'s log archive) leaves the verdict unknown. Live, a bucket without Block Public Access whose ACLs are enabled is unknown: Cloud Control does not return ACL grants, which Prowler reads.',
  condition: { predicate: 'trail-bucket-not-public' }
})
