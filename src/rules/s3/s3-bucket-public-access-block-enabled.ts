import { builtinRule } from '../declarative/builtin.js'

export const s3BucketPublicAccessBlockEnabled = builtinRule({
  id: 's3-bucket-public-access-block-enabled',
  title: 'S3 bucket blocks public access with all four public access block settings',
  severity: 'high',
  description:
    'Checks that the bucket sets BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets, or that the account-level public access block does.',
  risk: 'Without the block a single public ACL or bucket policy statement exposes the data to the internet.',
  remediation: {
    text: 'Add an aws_s3_bucket_public_access_block with all four settings true (or set them account-wide).',
    terraform: `resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: {
    checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
    prowler: ['s3_bucket_level_public_access_block']
  },
  notes:
    'All four flags are required, as in CIS 2.1.4 and Checkov (CKV_AWS_53..56); Prowler only requires IgnorePublicAcls and RestrictPublicBuckets. Like Prowler, a fully set account-level block in the same inventory satisfies the rule. A bucket this plan creates without any public access block passes: AWS turns all four settings on for new buckets since April 2023 (as s3-bucket-acls-disabled counts BucketOwnerEnforced); a bucket from state or .tf code alone without one still fails, since it may predate that default.',
  condition: { predicate: 'bucket-public-access-blocked' }
})
