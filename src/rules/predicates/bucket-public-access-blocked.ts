// bucket-public-access-blocked: the four settings of the bucket's public access block are on, or the account-level
// block in the same inventory sets all four (a join), or the bucket is new in this plan without one (AWS's default
// since April 2023): code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import type { Resource } from '../../types.js'
import { sameAccount } from '../support/joins.js'
import { fail, isNewInPlan, nameOf, pass, unknownAt } from '../support/outcome.js'
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

export const bucketPublicAccessBlocked: PredicateDefinition = {
  name: 'bucket-public-access-blocked',
  description:
    'The S3 bucket sets BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets, or the account-level public access block of the inventory does, or this plan creates it without a block (AWS turns all four on for new buckets).',
  parameters: {},
  reads: ['PublicAccessBlockConfiguration', 'PublicAccessBlockConfiguration.BlockPublicAcls', 'PublicAccessBlockConfiguration.IgnorePublicAcls', 'PublicAccessBlockConfiguration.BlockPublicPolicy', 'PublicAccessBlockConfiguration.RestrictPublicBuckets'],
  judge(resource, view) {
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
