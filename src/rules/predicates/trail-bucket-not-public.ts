// trail-bucket-not-public: the S3 bucket a CloudTrail trail delivers to cannot be read by the public (CIS AWS 3.3 in
// v1.x-3.0, FSBP CloudTrail.6). The bucket is joined as trail-bucket-access-logging joins it; then the bucket's own
// judges decide: Block Public Access on the bucket or its account (no policy or ACL can make it public), else none of
// its bucket policies public and no public canned ACL. A bucket outside the inventory leaves the verdict unknown.
import type { PredicateDefinition } from '../declarative/predicates.js'
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { joinOn, referencedBy } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'
import { bucketAclsDisabled } from './bucket-acls-disabled.js'
import { bucketPolicyNotPublic } from './bucket-policy-not-public.js'
import { bucketPublicAccessBlocked } from './bucket-public-access-blocked.js'

const BUCKET = 'AWS::S3::Bucket'
const AT = 'S3BucketName'

/** Canned ACLs that grant everyone (AllUsers) or every AWS account (AuthenticatedUsers). */
const PUBLIC_CANNED_ACLS = new Set(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead'])

function statusOf(outcome: RuleOutcome | null): RuleOutcome['status'] | undefined {
  return outcome?.status
}

/** The bucket's policies: 'public' when one is, 'open' when one (or whether one applies) is not known. */
function policiesVerdict(view: InventoryView, bucket: Resource): 'public' | 'open' | 'private' {
  const { matches, undecided } = joinOn(view, 'AWS::S3::BucketPolicy', 'Bucket', bucket, 'BucketName')
  let open = undecided.length > 0
  for (const policy of matches) {
    const status = statusOf(bucketPolicyNotPublic.judge(policy, view, {}))
    if (status === 'fail') return 'public'
    if (status !== 'pass') open = true
  }
  return open ? 'open' : 'private'
}

export const trailBucketNotPublic: PredicateDefinition = {
  name: 'trail-bucket-not-public',
  description:
    'The S3 bucket the CloudTrail trail delivers to (S3BucketName) blocks public access (bucket or account level), or has no public bucket policy and no public canned ACL (AccessControl, unreadable live unless ACLs are disabled); unknown when that bucket is not in the inventory.',
  parameters: {},
  reads: [AT],
  judge(trail, view) {
    const buckets = referencedBy(view, trail, AT, BUCKET, 'BucketName')
    if (buckets.length === 0) {
      const name = read(trail, AT)
      if (name === UNKNOWN) return unknownAt(trail, AT, "the trail's bucket")
      const shown = typeof name === 'string' && name !== '' ? `bucket ${name}` : "the trail's bucket"
      return unknownAt(trail, AT, `whether ${shown} is public`, 'is not in this inventory (another account or configuration)')
    }
    const bucket = buckets[0]
    const label = `Trail ${nameOf(trail)} delivers to bucket ${nameOf(bucket)}`
    if (statusOf(bucketPublicAccessBlocked.judge(bucket, view, {})) === 'pass') return pass(`${label}, which blocks all public access`, AT)
    const policies = policiesVerdict(view, bucket)
    if (policies === 'public') return fail(`${label}, whose bucket policy allows access to everyone`, AT)
    const acl = read(bucket, 'AccessControl')
    if (typeof acl === 'string' && PUBLIC_CANNED_ACLS.has(acl)) return fail(`${label}, whose ACL (${acl}) grants access to everyone`, AT)
    // ACLs disabled: no grant counts. Otherwise the canned ACL must be known (a live read never returns it).
    const aclPrivate = statusOf(bucketAclsDisabled.judge(bucket, view, {})) === 'pass' || (acl !== UNKNOWN && !(typeof acl === 'string' && PUBLIC_CANNED_ACLS.has(acl)))
    if (policies === 'open') return unknownAt(trail, AT, `the bucket policy of bucket ${nameOf(bucket)}`)
    if (!aclPrivate) return unknownAt(trail, AT, `the ACL of bucket ${nameOf(bucket)}`, 'cannot be read (ACLs are enabled and a live scan does not return grants)')
    return pass(`${label}, which has no public bucket policy or ACL`, AT)
  }
}
