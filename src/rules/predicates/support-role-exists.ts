// support-role-exists: some IAM role of the account has the AWSSupportAccess managed policy attached, so that
// incidents can be handled with AWS Support without the root user (CIS AWS 1.16 in v5.0, 1.17 in v3.0 and v4.0).
// Judged on the account (its IAM account summary, one per account a live scan reads), joined with the account's
// roles: a role whose attachments the scan could not read leaves the answer open.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { sameAccount } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

const ROLE = 'AWS::IAM::Role'
/** The AWS managed policy, in any partition (arn:aws-us-gov:iam::aws:policy/AWSSupportAccess). */
const SUPPORT_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AWSSupportAccess$/

export const supportRoleExists: PredicateDefinition = {
  name: 'support-role-exists',
  description: 'Some IAM role of the account (the account of the resource judged) has the AWSSupportAccess managed policy attached (ManagedPolicyArns).',
  parameters: {},
  reads: ['Roles'],
  judge(account, view) {
    // The summary counts the account's roles: none at all needs no look at the roles read.
    const roleCount = read(account, 'Roles')
    if (roleCount === 0 || roleCount === '0') return fail(`Account ${nameOf(account)}: no IAM role has the AWSSupportAccess policy to manage incidents with AWS Support`, 'Roles')
    let undecided: string | undefined
    for (const role of view.ofType(ROLE)) {
      if (!sameAccount(role, account)) continue
      const arns = readList(role, 'ManagedPolicyArns')
      if (arns === UNKNOWN) {
        undecided ??= nameOf(role)
        continue
      }
      if (arns.some((arn) => typeof arn === 'string' && SUPPORT_ACCESS.test(arn))) return pass(`Account ${nameOf(account)}: role ${nameOf(role)} has AWSSupportAccess`)
      if (arns.includes(UNKNOWN)) undecided ??= nameOf(role)
    }
    if (undecided !== undefined) return unknownAt(account, 'Roles', `whether role ${undecided} has AWSSupportAccess`, 'is not known (its attachments were not read)')
    return fail(`Account ${nameOf(account)}: no IAM role has the AWSSupportAccess policy to manage incidents with AWS Support`)
  }
}
