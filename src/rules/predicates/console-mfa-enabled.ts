// console-mfa-enabled: an IAM user with a console password has an MFA device, by its account's credential report
// (password_enabled, mfa_active). A join with the report: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, pass } from '../support/outcome.js'
import { credentialsOf, csvFlag, hasConsolePassword, isOutcome, unreadable, USER_NAME_PATH } from '../iam/credential-report.js'

export const consoleMfaEnabled: PredicateDefinition = {
  name: 'console-mfa-enabled',
  description:
    `The IAM user has no console password, or has MFA enabled, by the credential report of the user's account (Plumbline::IAM::CredentialReport); no report: no verdict.`,
  parameters: {},
  reads: ['UserName'],
  judge(user, view) {
    const found = credentialsOf(user, view)
    if (found === null || isOutcome(found)) return found
    const { userName, row } = found
    const password = hasConsolePassword(row)
    if (password === undefined) return unreadable(userName, 'password_enabled')
    if (!password) return pass(`User ${userName} has no console password`, USER_NAME_PATH)
    const mfa = csvFlag(row.mfa_active)
    if (mfa === undefined) return unreadable(userName, 'mfa_active')
    if (mfa) return pass(`User ${userName} has a console password and MFA enabled`, USER_NAME_PATH)
    return fail(`User ${userName} has a console password but no MFA device`, USER_NAME_PATH)
  }
}
