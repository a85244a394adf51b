// root-mfa-enabled: the root user of the account has MFA, or no password to protect, by IAM GetAccountSummary
// (Plumbline::IAM::AccountSummary: AccountMFAEnabled, AccountPasswordPresent). A 0/1 count that, absent, means the
// fact was not collected (unknown, not a fail): code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, pass } from '../support/outcome.js'
import { read } from '../support/read.js'
import { accountOf, summaryFlag } from '../iam/root-account.js'

export const rootMfaEnabled: PredicateDefinition = {
  name: 'root-mfa-enabled',
  description:
    `The account's root user has an MFA device (AccountMFAEnabled 1) or no password (AccountPasswordPresent 0), by the account summary; a flag the summary does not report is unknown.`,
  parameters: {},
  reads: ['AccountMFAEnabled', 'AccountPasswordPresent'],
  judge(resource) {
    const account = accountOf(resource)
    if (read(resource, 'AccountPasswordPresent') === 0) {
      return pass(`Account ${account}: the root user has no password, so there is no sign-in for MFA to protect`, 'AccountPasswordPresent')
    }
    const path = 'AccountMFAEnabled'
    const enabled = summaryFlag(resource, path, 'the root MFA flag')
    if (typeof enabled !== 'boolean') return enabled
    if (enabled) return pass(`Account ${account}: the root user has MFA enabled`, path)
    return fail(`Account ${account}: the root user has no MFA device`, path)
  }
}
