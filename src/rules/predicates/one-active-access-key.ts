// one-active-access-key: an IAM user has at most one of its two access keys active, in its account's credential
// report (CIS AWS 1.12). A join with the report: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, pass } from '../support/outcome.js'
import { ACCESS_KEY_SLOTS, accessKeyColumns, credentialsOf, isOutcome, unreadable, USER_NAME_PATH } from '../iam/credential-report.js'

export const oneActiveAccessKey: PredicateDefinition = {
  name: 'one-active-access-key',
  description:
    "The IAM user does not have both access keys active in the credential report of the user's account (Plumbline::IAM::CredentialReport); an unreadable column leaves it unknown unless the other key is inactive; no report: no verdict.",
  parameters: {},
  reads: ['UserName'],
  judge(user, view) {
    const found = credentialsOf(user, view)
    if (found === null || isOutcome(found)) return found
    const { userName, row } = found
    const keys = ACCESS_KEY_SLOTS.map((slot) => accessKeyColumns(row, slot))
    if (keys.every((key) => key.active === true)) {
      return fail(`User ${userName} has two active access keys (access key 1 and access key 2)`, USER_NAME_PATH)
    }
    if (keys.some((key) => key.active === false)) {
      const active = keys.filter((key) => key.active === true).map((key) => `access key ${key.slot}`)
      return pass(active.length === 0 ? `User ${userName} has no active access keys` : `User ${userName} has one active access key (${active[0]})`, USER_NAME_PATH)
    }
    const unread = keys.find((key) => key.active === undefined)!
    return unreadable(userName, `access_key_${unread.slot}_active`)
  }
}
