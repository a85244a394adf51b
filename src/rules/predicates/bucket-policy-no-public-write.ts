// bucket-policy-no-public-write: no Allow statement of a bucket policy lets everyone (Principal "*", or NotPrincipal)
// write: put or delete objects, change the bucket's policy, ACLs or configuration. Read-only public statements are
// bucket-policy-not-public's concern. A statement confined by a condition (account, organisation, network, source)
// is not public; RestrictPublicBuckets on the bucket or the account voids public statements.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { asList, statementsOf, type PolicyStatement } from '../../model/policy-document.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'
import { publicPoliciesRestricted } from './bucket-policy-not-public.js'

/**
 * S3 actions that change data or the bucket: an action pattern of the statement that matches one of them grants
 * writing. Representative of each family (Put*, Delete*, Abort*, Restore*, Replicate*, Create*, Bypass*), so that
 * wildcards such as `s3:P*` or `s3:*Object` are caught by matching rather than by a list of spellings.
 */
const WRITE_ACTIONS = [
  's3:putobject',
  's3:putobjectacl',
  's3:deleteobject',
  's3:deleteobjectversion',
  's3:abortmultipartupload',
  's3:restoreobject',
  's3:replicateobject',
  's3:putbucketpolicy',
  's3:deletebucketpolicy',
  's3:putbucketacl',
  's3:putbucketpublicaccessblock',
  's3:putlifecycleconfiguration',
  's3:putencryptionconfiguration',
  's3:deletebucket',
  's3:createbucket',
  's3:bypassgovernanceretention'
]

/** An IAM action pattern (`*` any run, `?` one character; case-insensitive) as a regular expression. */
function actionPattern(pattern: string): RegExp {
  const escaped = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`)
}

/** The write actions the statement allows: those its Action matches, or those its NotAction does not. */
function writeActionsOf(statement: PolicyStatement): string[] {
  if (statement.NotAction !== undefined && statement.NotAction !== null) {
    const excluded = asList(statement.NotAction).filter((a): a is string => typeof a === 'string').map(actionPattern)
    return WRITE_ACTIONS.filter((action) => !excluded.some((re) => re.test(action)))
  }
  const patterns = asList(statement.Action).filter((a): a is string => typeof a === 'string').map(actionPattern)
  return WRITE_ACTIONS.filter((action) => patterns.some((re) => re.test(action)))
}

export const bucketPolicyNoPublicWrite: PredicateDefinition = {
  name: 'bucket-policy-no-public-write',
  description:
    'No Allow statement of the bucket policy lets Principal "*" (or NotPrincipal) put, delete or reconfigure (s3:Put*, s3:Delete*, s3:*, *...) without a condition confining it to an account, organisation, network or source, unless RestrictPublicBuckets on the bucket or the account voids public statements.',
  parameters: {},
  reads: ['PolicyDocument', 'Bucket'],
  judge(resource, view) {
    const path = 'PolicyDocument'
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, 'the bucket policy document')
    const statements = statementsOf(document)
    const bucket = read(resource, 'Bucket')
    const label = typeof bucket === 'string' ? bucket : nameOf(resource)
    for (let index = 0; index < statements.length; index++) {
      const s = statements[index]
      if (typeof s.Effect !== 'string' || s.Effect.toLowerCase() !== 'allow') continue
      // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
      const toEveryone = isPublicPrincipal(s.Principal) || (s.NotPrincipal !== undefined && s.NotPrincipal !== null)
      if (!toEveryone || hasRestrictingCondition(s)) continue
      const writes = writeActionsOf(s)
      if (writes.length === 0) continue
      const at = `${path}.Statement${Array.isArray((document as { Statement?: unknown }).Statement) ? `[${index}]` : ''}`
      if (publicPoliciesRestricted(view, resource)) {
        return pass(`The policy of bucket ${label} lets everyone write, but RestrictPublicBuckets voids it`, at)
      }
      return fail(`The policy of bucket ${label} lets everyone write (${writes.slice(0, 3).join(', ')}${writes.length > 3 ? ', ...' : ''})`, at)
    }
    return pass(`The policy of bucket ${label} lets no one write without a confining condition`, path)
  }
}
