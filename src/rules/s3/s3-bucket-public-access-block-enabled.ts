import type { Resource } from '../../types.js'
import { sameAccount } from '../support/joins.js'
import { fail, isNewInPlan, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const PUBLIC_ACCESS_BLOCK_FLAGS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets'
] as const

/** The flags of a public access block object at `base` that are not known to be true; UNKNOWN if undecided. */
export function missingBlockFlags(resource: Resource, base: string): string[] | typeof UNKNOWN {
  const missing: string[] = []
  let undecided = false
  for (const flag of PUBLIC_ACCESS_BLOCK_FLAGS) {
    const value = read(resource, base === '' ? flag : `${base}.${flag}`)
    if (value === UNKNOWN) undecided = true
    else if (!isTrue(value)) missing.push(flag)
  }
  if (missing.length > 0) return missing
  return undecided ? UNKNOWN : []
}

export const s3BucketPublicAccessBlockEnabled: RuleDefinition = {
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
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: {
    checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
    prowler: ['s3_bucket_level_public_access_block']
  },
  notes:
    'All four flags are required, as in CIS 2.1.4 and Checkov (CKV_AWS_53..56); Prowler only requires IgnorePublicAcls and RestrictPublicBuckets. Like Prowler, a fully set account-level block in the same inventory satisfies the rule. A bucket this plan creates without any public access block passes: AWS turns all four settings on for new buckets since April 2023 (as s3-bucket-acls-disabled counts BucketOwnerEnforced); a bucket from state or .tf code alone without one still fails, since it may predate that default.',
  check(resource, view) {
    const path = 'PublicAccessBlockConfiguration'
    const missing = missingBlockFlags(resource, path)
    if (Array.isArray(missing) && missing.length === 0) {
      return pass(`Bucket ${nameOf(resource)} blocks all public access`, path)
    }
    const account = view.ofType('Plumbline::S3::AccountPublicAccessBlock').filter((a) => sameAccount(a, resource))
    if (account.some((a) => { const m = missingBlockFlags(a, ''); return Array.isArray(m) && m.length === 0 })) {
      return pass(`Bucket ${nameOf(resource)} is covered by the account-level public access block`, path)
    }
    if (missing === UNKNOWN) return unknownAt(resource, path, 'the public access block')
    if (isNewInPlan(resource) && read(resource, path) === undefined) {
      return pass(`Bucket ${nameOf(resource)} is new and gets all four public access block settings by default`, path)
    }
    return fail(`Bucket ${nameOf(resource)} does not set ${missing.join(', ')} in its public access block`, path)
  }
}
