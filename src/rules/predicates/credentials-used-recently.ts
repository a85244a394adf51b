// credentials-used-recently: no IAM user has a console password or an active access key unused for `max-days` days
// or more, by its account's credential report (a credential never used counts from when it was set). A join with the
// report, and dates: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import type { RuleOutcome } from '../../types.js'
import { fail, pass } from '../support/outcome.js'
import {
  ACCESS_KEY_SLOTS,
  accessKeyColumns,
  credentialsOf,
  daysBefore,
  hasConsolePassword,
  isOutcome,
  maxDaysParameter,
  parseReportDate,
  unreadable,
  USER_NAME_PATH,
  type CredentialRow
} from '../iam/credential-report.js'

/** What one credential's row values say: how long it has gone unused, or which column could not be read. */
type Idleness = { days: number; neverUsed: boolean } | { unreadable: string }

/**
 * Days a credential has gone unused before the report: since its last use, or, never used (one of the
 * `neverUsedMarkers`), since it was set (the first of `setColumns` holding a date).
 */
function idleness(row: CredentialRow, generatedAt: number, lastUsedColumn: string, neverUsedMarkers: readonly string[], setColumns: readonly string[]): Idleness {
  const lastUsed = row[lastUsedColumn]
  const used = parseReportDate(lastUsed)
  if (used !== undefined) return { days: daysBefore(generatedAt, used), neverUsed: false }
  if (typeof lastUsed !== 'string' || !neverUsedMarkers.includes(lastUsed)) return { unreadable: lastUsedColumn }
  for (const column of setColumns) {
    const set = parseReportDate(row[column])
    if (set !== undefined) return { days: daysBefore(generatedAt, set), neverUsed: true }
  }
  return { unreadable: setColumns.join(' and ') }
}

export const credentialsUsedRecently: PredicateDefinition = {
  name: 'credentials-used-recently',
  description:
    "No console password or active access key of the IAM user has gone `max-days` days or more without use before the credential report of the user's account (never used: since it was set); no report: no verdict.",
  parameters: {
    'max-days': maxDaysParameter('the longest a credential may go unused, in whole days (45 fails a credential unused for 45 days)')
  },
  reads: ['UserName'],
  judge(user, view, args) {
    const maxDays = args['max-days'] as number
    const found = credentialsOf(user, view)
    if (found === null || isOutcome(found)) return found
    const { userName, row, generatedAt } = found
    const idle: string[] = []
    const inUse: string[] = []
    let undecided: RuleOutcome | undefined
    const judge = (what: string, state: Idleness): void => {
      if ('unreadable' in state) {
        undecided ??= unreadable(userName, state.unreadable)
        return
      }
      const text = state.neverUsed ? `${what} never used, set ${state.days} days before the credential report` : `${what} last used ${state.days} days before the credential report`
      ;(state.days >= maxDays ? idle : inUse).push(text)
    }

    const password = hasConsolePassword(row)
    const activeKeys = ACCESS_KEY_SLOTS.map((slot) => accessKeyColumns(row, slot))
    if (password === undefined) undecided = unreadable(userName, 'password_enabled')
    for (const key of activeKeys) if (key.active === undefined) undecided ??= unreadable(userName, `access_key_${key.slot}_active`)
    const anyCredential = password === true || activeKeys.some((k) => k.active === true)
    if (anyCredential && generatedAt === undefined) return unreadable(userName, 'GeneratedTime')
    if (generatedAt !== undefined) {
      if (password === true) {
        judge('console password', idleness(row, generatedAt, 'password_last_used', ['no_information', 'N/A'], ['password_last_changed', 'user_creation_time']))
      }
      for (const key of activeKeys) {
        if (key.active !== true) continue
        const slot = key.slot
        judge(`access key ${slot}`, idleness(row, generatedAt, `access_key_${slot}_last_used_date`, ['N/A'], [`access_key_${slot}_last_rotated`, 'user_creation_time']))
      }
    }

    if (idle.length > 0) return fail(`User ${userName}: ${idle.join('; ')} (limit ${maxDays} days)`, USER_NAME_PATH)
    if (undecided !== undefined) return undecided
    if (inUse.length === 0) return pass(`User ${userName} has no console password and no active access key`, USER_NAME_PATH)
    return pass(`User ${userName}: ${inUse.join('; ')} (limit ${maxDays} days)`, USER_NAME_PATH)
  }
}
