import { builtinRule } from '../declarative/builtin.js'

export const s3BucketAclsDisabled = builtinRule({
  id: 's3-bucket-acls-disabled',
  title: 'S3 bucket has ACLs disabled (object ownership BucketOwnerEnforced)',
  severity: 'medium',
  description: 'Checks that the bucket enforces bucket-owner object ownership, which turns off access control lists.',
  risk: 'ACLs grant access outside the bucket policy and IAM, are hard to audit, and are a common way buckets become public.',
  remediation: {
    text: 'Set object ownership to BucketOwnerEnforced (aws_s3_bucket_ownership_controls).',
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV2_AWS_65'], prowler: ['s3_bucket_acl_prohibited'] },
  notes:
    'Without OwnershipControls: a bucket this plan creates passes, because AWS creates new buckets with BucketOwnerEnforced since April 2023; a live bucket fails (it has no ownership controls, so ACLs are on); a bucket from state or HCL alone is unknown, since its real setting is not in the code.',
  condition: { predicate: 'bucket-acls-disabled' }
})
