import { builtinRule } from '../declarative/builtin.js'

export const s3BucketTlsOnly = builtinRule({
  id: 's3-bucket-tls-only',
  title: 'S3 bucket policy denies requests that do not use TLS',
  severity: 'medium',
  description:
    'Checks that the bucket has a policy with a Deny statement for all principals and all S3 actions when aws:SecureTransport is false (and on no other condition).',
  risk: 'Without it, clients may read and write the bucket over plain HTTP, exposing data and credentials to anyone on the path.',
  remediation: {
    text: 'Add a statement to the bucket policy that denies s3:* to "*" when aws:SecureTransport is false.',
    terraform: `data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_379'], prowler: ['s3_bucket_secure_transport_policy'] },
  notes:
    'Joins the bucket to AWS::S3::BucketPolicy by bucket name, or, in Terraform, by a Bucket expression referring to the bucket (Resource.references). A policy whose Bucket is unknown and refers to no known resource might be this bucket\'s: then the answer is unknown; without any policy the bucket fails.',
  condition: { predicate: 'bucket-denies-insecure-transport' }
})
