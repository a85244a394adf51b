import { builtinRule } from '../declarative/builtin.js'

export const s3AccountPublicAccessBlockEnabled = builtinRule({
  id: 's3-account-public-access-block-enabled',
  title: 'S3 account-level public access block is fully enabled',
  severity: 'high',
  description:
    'Checks that the account-level S3 public access block sets BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets.',
  risk: 'Without the account-level block every bucket depends on its own settings; one forgotten bucket can be made public.',
  remediation: {
    text: 'Enable all four settings of the account-level public access block.',
    terraform: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['Plumbline::S3::AccountPublicAccessBlock'],
  aliases: { checkov: [], prowler: ['s3_account_level_public_access_blocks'] },
  condition: {
    'all-of': [
      { property: 'BlockPublicAcls', equals: true },
      { property: 'IgnorePublicAcls', equals: true },
      { property: 'BlockPublicPolicy', equals: true },
      { property: 'RestrictPublicBuckets', equals: true }
    ]
  },
  messages: {
    pass: 'The account-level S3 public access block is fully enabled',
    fail: 'The account-level S3 public access block does not set {property}',
    unknown: 'the account public access block'
  }
})
