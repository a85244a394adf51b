// bucket-policy-not-public: IAM policy semantics: no Allow statement of a bucket policy grants everyone (Principal
// "*", or NotPrincipal) without a confining condition, unless RestrictPublicBuckets on the bucket or the account
// (joins) voids it: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import type { InventoryView, Resource } from '../../types.js'
import { statementsOf } from '../../model/policy-document.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { referencedBy, sameAccount } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

/** True when the bucket (or the account) is known to set RestrictPublicBuckets, which voids public policies. */
export function publicPoliciesRestricted(view: InventoryView, policy: Resource): boolean {
  const account = view.ofType('Plumbline::S3::AccountPublicAccessBlock').filter((a) => sameAccount(a, policy))
  if (account.some((a) => isTrue(read(a, 'RestrictPublicBuckets')))) return true
  const buckets = referencedBy(view, policy, 'Bucket', 'AWS::S3::Bucket', 'BucketName')
  return buckets.some((b) => isTrue(read(b, 'PublicAccessBlockConfiguration.RestrictPublicBuckets')))
}

export const bucketPolicyNotPublic: PredicateDefinition = {
  name: 'bucket-policy-not-public',
  description:
    'No Allow statement of the bucket policy names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source, unless RestrictPublicBuckets on the bucket or the account voids public statements.',
  parameters: {},
  reads: ['PolicyDocument', 'Bucket'],
  judge(resource, view) {
    const path = 'PolicyDocument'
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, 'the bucket policy document')
    const statements = statementsOf(document)
    const index = statements.findIndex(
      (s) =>
        typeof s.Effect === 'string' &&
        s.Effect.toLowerCase() === 'allow' &&
        // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
        (isPublicPrincipal(s.Principal) || (s.NotPrincipal !== undefined && s.NotPrincipal !== null)) &&
        !hasRestrictingCondition(s)
    )
    const bucket = read(resource, 'Bucket')
    const label = typeof bucket === 'string' ? bucket : nameOf(resource)
    if (index < 0) return pass(`The policy of bucket ${label} grants nothing to everyone`, path)
    const at = `${path}.Statement${Array.isArray((document as { Statement?: unknown }).Statement) ? `[${index}]` : ''}`
    if (publicPoliciesRestricted(view, resource)) {
      return pass(`The policy of bucket ${label} has a public statement, but RestrictPublicBuckets voids it`, at)
    }
    return fail(`The policy of bucket ${label} allows access to everyone (Principal "*" or NotPrincipal) without a confining condition`, at)
  }
}
