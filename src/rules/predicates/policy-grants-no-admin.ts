// policy-grants-no-admin: IAM policy semantics, not a property test: no Allow statement of the policy document at
// `property` grants Action "*" (or "*:*") on Resource "*" (or with a NotResource that spares nothing). NotAction
// statements are not admin (Allow NotAction iam:* is PowerUserAccess); conditions are ignored.
import { statementsOf } from '../../model/policy-document.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { grantsFullAdmin } from '../support/iam-policy.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

const EVERY = '[*]'

export const policyGrantsNoAdmin: PredicateDefinition = {
  name: 'policy-grants-no-admin',
  description:
    'No Allow statement of the IAM policy document at `property` (PolicyDocument, or Policies[*].PolicyDocument for every inline policy) allows Action "*" on Resource "*"; NotAction statements are not counted, conditions are ignored.',
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
    }
  },
  reads: [],
  judge(resource, _view, args) {
    const property = args.property as string
    const star = property.indexOf(EVERY)
    if (star < 0) {
      const document = read(resource, property)
      if (document === UNKNOWN) return unknownAt(resource, property, 'the policy document')
      if (statementsOf(document).some(grantsFullAdmin)) return fail(`${nameOf(resource)}: ${property} allows "*" actions on "*" resources`, property)
      return pass(`${nameOf(resource)}: ${property} does not allow full administrative privileges`, property)
    }
    const listPath = property.slice(0, star)
    const rest = property.slice(star + EVERY.length + 1)
    const list = readList(resource, listPath)
    if (list === UNKNOWN) return unknownAt(resource, listPath, `the ${listPath}`)
    let undecided: string | undefined
    for (let i = 0; i < list.length; i++) {
      const path = `${listPath}[${i}].${rest}`
      const document = read(resource, path)
      if (document === UNKNOWN) undecided ??= path
      else if (statementsOf(document).some(grantsFullAdmin)) {
        // The inline policies of roles, users and groups are named: say which one.
        const name = read(resource, `${listPath}[${i}].PolicyName`)
        const label = typeof name === 'string' ? `inline policy ${name}` : `the policy at ${path}`
        return fail(`${nameOf(resource)} has ${label} allowing "*" actions on "*" resources`, path)
      }
    }
    if (undecided !== undefined) return unknownAt(resource, undecided, 'a policy document')
    return pass(`${nameOf(resource)}: no policy of ${listPath} allows full administrative privileges`, listPath)
  }
}
