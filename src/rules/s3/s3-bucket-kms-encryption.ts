import { builtinRule } from '../declarative/builtin.js'

export const s3BucketKmsEncryption = builtinRule({
  id: 's3-bucket-kms-encryption',
  title: 'S3 bucket encrypts objects with KMS keys by default',
  severity: 'medium',
  description: 'Checks that the default encryption of the bucket uses SSE-KMS or DSSE-KMS rather than S3-managed keys.',
  risk: 'With S3-managed keys anyone allowed to read the object can decrypt it; a KMS key adds a second, audited permission.',
  remediation: {
    text: 'Use aws:kms (with a customer-managed key) as the default encryption algorithm.',
    terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.this.arn
    }
    bucket_key_enabled = true
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_145'], prowler: ['s3_bucket_kms_encryption'] },
  notes:
    'There is no "any default encryption" rule (Checkov CKV_AWS_19, Prowler\'s deprecated s3_bucket_default_encryption): AWS has applied SSE-S3 to every bucket since January 2023, so it could never fail. Without a configuration, a bucket this plan creates or a live bucket fails (SSE-S3 only); a bucket from state or HCL alone is unknown. The algorithm alone decides: aws:kms with a key known only after apply (one the same plan creates) is KMS encryption.',
  condition: { predicate: 'bucket-kms-encrypted' }
})
