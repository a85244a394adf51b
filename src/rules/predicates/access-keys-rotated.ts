// access-keys-rotated: every active access key of an IAM user was rotated within `max-days` days of its account's
// credential report (ages in whole days before the report's GeneratedTime, never the scan's clock). A join with the
// report, and dates: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import type { RuleOutcome } from '../../types.js'
import { fail, pass } from '../support/outcome.js'
import {
  ACCESS_KEY_SLOTS,
  accessKeyColumns,
  credentialsOf,
  daysBefore,
  isOutcome,
  maxDaysParameter,
  parseReportDate,
  unreadable,
  USER_NAME_PATH
} from '../iam/credential-report.js'

export const accessKeysRotated: PredicateDefinition = {
  name: 'access-keys-rotated',
  description:
    "Every active access key of the IAM user was last rotated at most `max-days` days before the credential report of the user's account (Plumbline::IAM::CredentialReport); inactive keys are not judged; no report: no verdict.",
  parameters: {
    'max-days': maxDaysParameter('the oldest a key may be, in whole days (90 passes a key 90 days old)')
  },
  reads: ['UserName'],
  judge(user, view, args) {
    const maxDays = args['max-days'] as number
    const found = credentialsOf(user, view)
    if (found === null || isOutcome(found)) return found
    const { userName, row, generatedAt } = found
    const stale: string[] = []
    const fresh: string[] = []
    let undecided: RuleOutcome | undefined
    for (const slot of ACCESS_KEY_SLOTS) {
      const key = accessKeyColumns(row, slot)
      if (key.active === false) continue
      if (key.active === undefined) {
        undecided ??= unreadable(userName, `access_key_${slot}_active`)
        continue
      }
      const rotated = parseReportDate(key.lastRotated)
      if (rotated === undefined || generatedAt === undefined) {
        undecided ??= unreadable(userName, generatedAt === undefined ? 'GeneratedTime' : `access_key_${slot}_last_rotated`)
        continue
      }
      const age = daysBefore(generatedAt, rotated)
      ;(age > maxDays ? stale : fresh).push(`access key ${slot} was last rotated ${age} days before the credential report`)
    }
    if (stale.length > 0) {
      return fail(`User ${userName}: ${stale.join('; ')} (limit ${maxDays} days)`, USER_NAME_PATH)
    }
    if (undecided !== undefined) return undecided
    if (fresh.length === 0) return pass(`User ${userName} has no active access keys`, USER_NAME_PATH)
    return pass(`User ${userName}: ${fresh.join('; ')} (limit ${maxDays} days)`, USER_NAME_PATH)
  }
}
