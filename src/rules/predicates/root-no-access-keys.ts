// root-no-access-keys: the root user of the account has no access key, active or not, by IAM GetAccountSummary
// (AccountAccessKeysPresent). Absent means the fact was not collected (unknown, not a pass): code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, pass } from '../support/outcome.js'
import { accountOf, summaryFlag } from '../iam/root-account.js'

export const rootNoAccessKeys: PredicateDefinition = {
  name: 'root-no-access-keys',
  description:
    `The account's root user has no access key, active or inactive (AccountAccessKeysPresent 0), by the account summary; a count the summary does not report is unknown.`,
  parameters: {},
  reads: ['AccountAccessKeysPresent'],
  judge(resource) {
    const path = 'AccountAccessKeysPresent'
    const present = summaryFlag(resource, path, 'the root access key count')
    if (typeof present !== 'boolean') return present
    const account = accountOf(resource)
    if (present) return fail(`Account ${account}: the root user has an access key (GetAccountSummary counts active and inactive keys)`, path)
    return pass(`Account ${account}: the root user has no access keys`, path)
  }
}
