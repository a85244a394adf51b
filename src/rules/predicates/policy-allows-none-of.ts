// policy-allows-none-of: IAM policy semantics for a named set of sensitive actions (src/rules/support/iam-actions.ts):
// the policy document at `property` does not allow the set: no combination of privilege-escalation actions, no
// action that returns credentials, not every action of a service... Action and NotAction, Resource "*" and NotResource
// and unconditional Deny statements on every resource are read as IAM reads them; conditions on Allow statements are
// not (a conditioned grant is still a grant).
import type { PredicateDefinition } from '../declarative/predicates.js'
import { ACTION_SETS, allowedFromSet } from '../support/iam-actions.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

const EVERY = '[*]'

export const policyAllowsNoneOf: PredicateDefinition = {
  name: 'policy-allows-none-of',
  description:
    'The IAM policy document at `property` (PolicyDocument, or Policies[*].PolicyDocument for every inline policy) does not allow the action set `actions`: for combinations, not every action of any one; for a service, not all of its actions; Deny statements on every resource without conditions are subtracted, conditions on Allow statements are ignored.',
  parameters: {
    property: {
      description: 'the path of the policy document: PolicyDocument, or List[*].Document for each item of a list',
      required: true,
      path: true,
      check: (value) => {
        if (typeof value !== 'string' || value.trim() === '') return `must be a property path such as PolicyDocument, not ${JSON.stringify(value)}`
        const star = value.indexOf(EVERY)
        if (star >= 0 && (value.indexOf(EVERY, star + 1) >= 0 || value[star + EVERY.length] !== '.')) return `may hold one [*] followed by the document's path (Policies[*].PolicyDocument), not "${value}"`
        return undefined
      }
    },
    actions: {
      description: `the action set: ${Object.keys(ACTION_SETS).join(', ')}`,
      required: true,
      check: (value) => (typeof value === 'string' && Object.hasOwn(ACTION_SETS, value) ? undefined : `must be one of ${Object.keys(ACTION_SETS).join(', ')}, not ${JSON.stringify(value)}`)
    }
  },
  reads: [],
  judge(resource, _view, args) {
    const property = args.property as string
    const set = ACTION_SETS[args.actions as string]
    const star = property.indexOf(EVERY)
    if (star < 0) {
      const document = read(resource, property)
      if (document === UNKNOWN) return unknownAt(resource, property, 'the policy document')
      const allowed = allowedFromSet(document, set)
      if (allowed !== undefined) return fail(`${nameOf(resource)}: ${property} allows ${set.what} (${allowed})`, property)
      return pass(`${nameOf(resource)}: ${property} does not allow ${set.what}`, property)
    }
    const listPath = property.slice(0, star)
    const rest = property.slice(star + EVERY.length + 1)
    const list = readList(resource, listPath)
    if (list === UNKNOWN) return unknownAt(resource, listPath, `the ${listPath}`)
    let undecided: string | undefined
    for (let i = 0; i < list.length; i++) {
      const path = `${listPath}[${i}].${rest}`
      const document = read(resource, path)
      if (document === UNKNOWN) {
        undecided ??= path
        continue
      }
      const allowed = allowedFromSet(document, set)
      if (allowed !== undefined) {
        // The inline policies of roles, users and groups are named: say which one.
        const name = read(resource, `${listPath}[${i}].PolicyName`)
        const label = typeof name === 'string' ? `inline policy ${name}` : `the policy at ${path}`
        return fail(`${nameOf(resource)} has ${label} allowing ${set.what} (${allowed})`, path)
      }
    }
    if (undecided !== undefined) return unknownAt(resource, undecided, 'a policy document')
    return pass(`${nameOf(resource)}: no policy of ${listPath} allows ${set.what}`, listPath)
  }
}
