// policy-not-public: IAM policy semantics over a resource policy held by the resource itself (an ECR repository's
// RepositoryPolicyText): no Allow statement grants everyone (Principal "*", {"AWS": "*"}, or NotPrincipal) without a
// condition confining it to an account, organisation, network or source. bucket-policy-not-public is the S3 form,
// which also weighs the buckets' public access blocks.
import { statementsOf } from '../../model/policy-document.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const policyNotPublic: PredicateDefinition = {
  name: 'policy-not-public',
  description:
    'No Allow statement of the resource policy at `property` names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source; a resource without a policy passes.',
  parameters: {
    property: {
      description: 'the path of the policy document (RepositoryPolicyText), a JSON object or its text',
      required: true,
      path: true,
      check: (value) => (typeof value === 'string' && value.trim() !== '' && !value.includes('[*]') ? undefined : `must be the path of one policy document, not ${JSON.stringify(value)}`)
    }
  },
  reads: [],
  judge(resource, _view, args) {
    const path = args.property as string
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, 'the resource policy')
    if (document === undefined || document === null || document === '') return pass(`${nameOf(resource)} has no resource policy`, path)
    const statements = statementsOf(document)
    const index = statements.findIndex(
      (s) =>
        typeof s.Effect === 'string' &&
        s.Effect.toLowerCase() === 'allow' &&
        // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
        (isPublicPrincipal(s.Principal) || (s.NotPrincipal !== undefined && s.NotPrincipal !== null)) &&
        !hasRestrictingCondition(s)
    )
    if (index < 0) return pass(`The resource policy of ${nameOf(resource)} grants nothing to everyone`, path)
    return fail(`The resource policy of ${nameOf(resource)} allows access to everyone (Principal "*" or NotPrincipal) without a confining condition`, path)
  }
}
