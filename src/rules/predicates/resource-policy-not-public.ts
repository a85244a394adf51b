// resource-policy-not-public: the resource policies of queues, topics, keys, secrets and event buses share IAM's
// semantics, so one predicate judges them all: no Allow statement grants everyone (Principal "*", {"AWS": "*"}, or
// NotPrincipal) without a condition confining it to an account, organisation, network or source. The confining
// conditions are bucket-policy-not-public's (support/iam-policy.ts); S3's RestrictPublicBuckets has no
// counterpart for these services, so nothing else voids a public statement.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { statementsOf } from '../../model/policy-document.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const resourcePolicyNotPublic: PredicateDefinition = {
  name: 'resource-policy-not-public',
  description:
    'No Allow statement of the resource policy at `property` (a queue, topic, key, secret or event bus policy) names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source; a resource without a policy grants nothing to everyone.',
  parameters: {
    property: {
      description: 'the path of the policy document: PolicyDocument, KeyPolicy, ResourcePolicy or Policy',
      required: true,
      path: true,
      check: (value) => (typeof value === 'string' && value.trim() !== '' && !value.includes('[*]') ? undefined : `must be one property path such as PolicyDocument, not ${JSON.stringify(value)}`)
    },
    what: {
      description: 'how messages name the policy ("the queue policy"); "the policy" by default',
      required: false,
      check: (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : `must be a text such as "the queue policy", not ${JSON.stringify(value)}`)
    }
  },
  reads: [],
  judge(resource, _view, args) {
    const path = args.property as string
    const what = typeof args.what === 'string' ? args.what : 'the policy'
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, `${what} document`)
    const name = nameOf(resource)
    if (document === undefined || document === null) return pass(`${name}: no ${what.replace(/^the /, '')} is attached, so nothing is granted to everyone`, path)
    const statements = statementsOf(document)
    const index = statements.findIndex(
      (s) =>
        typeof s.Effect === 'string' &&
        s.Effect.toLowerCase() === 'allow' &&
        // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
        (isPublicPrincipal(s.Principal) || (s.NotPrincipal !== undefined && s.NotPrincipal !== null)) &&
        !hasRestrictingCondition(s)
    )
    if (index < 0) return pass(`${name}: ${what} grants nothing to everyone`, path)
    const at = `${path}.Statement${Array.isArray((document as { Statement?: unknown }).Statement) ? `[${index}]` : ''}`
    return fail(`${name}: ${what} allows access to everyone (Principal "*" or NotPrincipal) without a confining condition`, at)
  }
}
