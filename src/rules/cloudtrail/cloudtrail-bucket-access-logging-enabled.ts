import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailBucketAccessLoggingEnabled = builtinRule({
  id: 'cloudtrail-bucket-access-logging-enabled',
  title: "CloudTrail trail's S3 bucket has server access logging",
  severity: 'medium',
  description: 'Checks that the S3 bucket the trail delivers its log files to records server access logs, so that reads and deletions of the audit trail are themselves recorded.',
  risk: 'Whoever reads, copies or deletes the trail\'s log files leaves no trace: tampering with the audit record cannot be investigated.',
  remediation: {
    text: "Enable server access logging on the trail's bucket, to a separate log bucket.",
    terraform: `resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: [], prowler: ['cloudtrail_logs_s3_bucket_access_logging_enabled'] },
  notes:
    "The trail is judged (as Prowler does), through the bucket it names; a bucket in another account or configuration is not in the inventory, so the verdict is unknown there rather than a guess (Prowler asks for a manual review). s3-bucket-access-logging-enabled judges every bucket on its own.",
  condition: { predicate: 'trail-bucket-access-logging' }
})
