// no-unused-initial-access-keys: an IAM user with a console password has no active access key that was never used
// (CIS AWS 3.0 1.11: keys are not made at user set-up "just in case"). A join with the credential report: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, pass } from '../support/outcome.js'
import { ACCESS_KEY_SLOTS, accessKeyColumns, credentialsOf, hasConsolePassword, isOutcome, unreadable, USER_NAME_PATH } from '../iam/credential-report.js'

export const noUnusedInitialAccessKeys: PredicateDefinition = {
  name: 'no-unused-initial-access-keys',
  description:
    "An IAM user with a console password has no active access key that has never been used (access_key_N_last_used_date N/A in the user's credential report); users without a console password are not judged.",
  parameters: {},
  reads: ['UserName'],
  judge(user, view) {
    const found = credentialsOf(user, view)
    if (found === null || isOutcome(found)) return found
    const { userName, row } = found
    const password = hasConsolePassword(row)
    if (password === undefined) return unreadable(userName, 'password_enabled')
    if (!password) return null
    const unused: string[] = []
    for (const slot of ACCESS_KEY_SLOTS) {
      const key = accessKeyColumns(row, slot)
      if (key.active === false) continue
      if (key.active === undefined) return unreadable(userName, `access_key_${slot}_active`)
      if (key.lastUsedDate === 'N/A') unused.push(`access key ${slot}`)
      else if (typeof key.lastUsedDate !== 'string' || !/^\d{4}-/.test(key.lastUsedDate)) return unreadable(userName, `access_key_${slot}_last_used_date`)
    }
    if (unused.length > 0) return fail(`User ${userName} has a console password and active ${unused.join(' and ')} never used`, USER_NAME_PATH)
    return pass(`User ${userName} has no active access key left unused since set-up`, USER_NAME_PATH)
  }
}
