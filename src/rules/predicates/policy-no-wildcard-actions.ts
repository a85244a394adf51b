// policy-no-wildcard-actions: no Allow statement of a resource policy grants every action ("*") or every action of
// the service ("sqs:*"): code, because Action may be one string or a list and the service prefix is matched without
// case (IAM treats "SQS:*" and "sqs:*" alike).
import type { PredicateDefinition } from '../declarative/predicates.js'
import { asList, statementsOf } from '../../model/policy-document.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const policyNoWildcardActions: PredicateDefinition = {
  name: 'policy-no-wildcard-actions',
  description:
    'No Allow statement of the policy document at `property` grants Action "*" or "`service`:*" (every action of the service); a resource without a policy grants none. NotAction statements are not counted.',
  parameters: {
    property: {
      description: 'the path of the policy document: PolicyDocument',
      required: true,
      path: true,
      check: (value) => (typeof value === 'string' && value.trim() !== '' && !value.includes('[*]') ? undefined : `must be one property path such as PolicyDocument, not ${JSON.stringify(value)}`)
    },
    service: {
      description: 'the IAM service prefix whose "prefix:*" counts as a wildcard too: sqs',
      required: true,
      check: (value) => (typeof value === 'string' && /^[a-z0-9-]+$/.test(value) ? undefined : `must be an IAM service prefix such as sqs, not ${JSON.stringify(value)}`)
    }
  },
  reads: [],
  judge(resource, _view, args) {
    const path = args.property as string
    const wildcards = new Set(['*', `${(args.service as string).toLowerCase()}:*`])
    const document = read(resource, path)
    if (document === UNKNOWN) return unknownAt(resource, path, 'the policy document')
    const name = nameOf(resource)
    if (document === undefined || document === null) return pass(`${name}: no policy, so no action is granted`, path)
    const statements = statementsOf(document)
    const index = statements.findIndex(
      (s) => typeof s.Effect === 'string' && s.Effect.toLowerCase() === 'allow' && asList(s.Action).some((a) => typeof a === 'string' && wildcards.has(a.toLowerCase()))
    )
    if (index < 0) return pass(`${name}: the policy grants named actions only`, path)
    const at = `${path}.Statement${Array.isArray((document as { Statement?: unknown }).Statement) ? `[${index}]` : ''}`
    return fail(`${name}: the policy allows every action (${[...wildcards].join(' or ')})`, at)
  }
}
