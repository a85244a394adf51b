// search-domain-not-public: an OpenSearch or Elasticsearch domain is reachable only from its VPC, or, outside a VPC,
// its access policy admits no one anonymous. A policy is a document (IAM semantics), hence code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { statementsOf } from '../../model/policy-document.js'
import { hasRestrictingCondition, isPublicPrincipal } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const searchDomainNotPublic: PredicateDefinition = {
  name: 'search-domain-not-public',
  description:
    'The OpenSearch or Elasticsearch domain is in a VPC (VPCOptions.SubnetIds), or no Allow statement of its access policy (AccessPolicies) names Principal "*" (or uses NotPrincipal) without a condition confining it to an account, organisation, network or source; a domain outside a VPC without an access policy admits no one.',
  parameters: {},
  reads: ['VPCOptions.SubnetIds', 'AccessPolicies'],
  judge(resource) {
    const name = nameOf(resource)
    const subnets = read(resource, 'VPCOptions.SubnetIds')
    if (Array.isArray(subnets) && subnets.length > 0) return pass(`Domain ${name} is in a VPC: its endpoint is not public`, 'VPCOptions.SubnetIds')
    const policyPath = 'AccessPolicies'
    const policy = read(resource, policyPath)
    // Whether the domain is in a VPC is open: a public policy then decides nothing, a private one passes either way.
    const placementOpen = subnets === UNKNOWN
    if (policy === UNKNOWN) return unknownAt(resource, placementOpen ? 'VPCOptions.SubnetIds' : policyPath, placementOpen ? 'the VPC placement and the access policy' : 'the access policy')
    const statements = statementsOf(policy)
    const index = statements.findIndex(
      (s) =>
        typeof s.Effect === 'string' &&
        s.Effect.toLowerCase() === 'allow' &&
        // Allow with NotPrincipal grants everyone but the principals it names, anonymous callers included.
        (isPublicPrincipal(s.Principal) || (s.NotPrincipal !== undefined && s.NotPrincipal !== null)) &&
        !hasRestrictingCondition(s)
    )
    if (index < 0) {
      return pass(
        policy === undefined || policy === null
          ? `Domain ${name} has a public endpoint but no access policy: it admits no one`
          : `Domain ${name} has a public endpoint, but its access policy admits no one anonymous`,
        policyPath
      )
    }
    if (placementOpen) return unknownAt(resource, 'VPCOptions.SubnetIds', 'the VPC placement of a domain whose access policy admits everyone')
    // A policy still in its JSON text has no path into its statements.
    const statementList = policy !== null && typeof policy === 'object' && Array.isArray((policy as { Statement?: unknown }).Statement)
    return fail(
      `Domain ${name} has a public endpoint and its access policy allows everyone (Principal "*" or NotPrincipal) without a confining condition`,
      `${policyPath}.Statement${statementList ? `[${index}]` : ''}`
    )
  }
}

