import { builtinRule } from '../declarative/builtin.js'

export const s3BucketReplicationEnabled = builtinRule({
  id: 's3-bucket-replication-enabled',
  title: 'S3 bucket replicates its objects to another bucket',
  severity: 'low',
  description: 'Checks that the bucket has at least one enabled replication rule (ReplicationConfiguration.Rules[*].Status Enabled).',
  risk: 'A bucket with no replica has one copy of its data in one Region: a Regional outage, a mistaken mass delete or a compromised account can take it all.',
  remediation: {
    text: 'Replicate the bucket to a bucket in another Region (and ideally another account); versioning must be on on both.',
    terraform: `resource "aws_s3_bucket_replication_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  role   = aws_iam_role.replication.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"
    }
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_144'], prowler: ['s3_bucket_cross_region_replication'] },
  notes:
    'Any enabled rule passes, like Checkov: the destination bucket\'s Region is not compared. Prowler also requires the destination to be in another Region, which a scan of one Region cannot always see.',
  condition: { property: 'ReplicationConfiguration.Rules', some: { property: 'Status', equals: 'Enabled' } },
  messages: {
    pass: 'Bucket {name} replicates its objects',
    fail: 'Bucket {name} has no enabled replication rule',
    unknown: 'the replication rules'
  }
})
