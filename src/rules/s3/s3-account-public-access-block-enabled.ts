import { fail, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { UNKNOWN } from '../support/read.js'
import { missingBlockFlags } from './s3-bucket-public-access-block-enabled.js'

export const s3AccountPublicAccessBlockEnabled: RuleDefinition = {
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
  resourceTypes: ['Plumbline::S3::AccountPublicAccessBlock'],
  aliases: { checkov: [], prowler: ['s3_account_level_public_access_blocks'] },
  check(resource) {
    const missing = missingBlockFlags(resource, '')
    if (missing === UNKNOWN) return unknownAt(resource, '', 'the account public access block')
    if (missing.length === 0) return pass('The account-level S3 public access block is fully enabled')
    return fail(`The account-level S3 public access block does not set ${missing.join(', ')}`, missing[0])
  }
}
