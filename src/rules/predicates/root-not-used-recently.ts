// root-not-used-recently: the account's root user has not signed in or used an access key within `max-days` days of
// its credential report (CIS AWS 3.0 1.7, "eliminate use of the root user"). Judged on the report, once per account,
// against the report's GeneratedTime, never the clock of a later run.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'
import { daysBefore, maxDaysParameter, parseReportDate } from '../iam/credential-report.js'

const ROOT_ROW = '<root_account>'
/** The root row's columns that record use, and how a message names each. */
const USES: ReadonlyArray<readonly [string, string]> = [
  ['password_last_used', 'signed in'],
  ['access_key_1_last_used_date', 'used access key 1'],
  ['access_key_2_last_used_date', 'used access key 2']
]
/** What the report writes for "never" (IAM User Guide, credential report format). */
const NEVER = new Set(['N/A', 'no_information', 'not_supported'])

export const rootNotUsedRecently: PredicateDefinition = {
  name: 'root-not-used-recently',
  description: "The account's root user neither signed in nor used an access key within `max-days` days before its credential report was generated (Plumbline::IAM::CredentialReport).",
  parameters: { 'max-days': maxDaysParameter('how recent a use fails, in whole days (1: used on the day of the report)') },
  reads: ['GeneratedTime', 'Users'],
  judge(report, _view, args) {
    const maxDays = args['max-days'] as number
    const generatedAt = parseReportDate(read(report, 'GeneratedTime'))
    const users = readList(report, 'Users')
    if (users === UNKNOWN || generatedAt === undefined) return unknownAt(report, 'Users', "the root user's last use")
    const root = users.find((row) => row !== null && typeof row === 'object' && (row as Record<string, unknown>).user === ROOT_ROW) as Record<string, unknown> | undefined
    if (root === undefined) return unknownAt(report, 'Users', "the root user's last use", 'is not in the credential report')
    const recent: string[] = []
    for (const [column, what] of USES) {
      const value = root[column]
      if (typeof value === 'string' && NEVER.has(value)) continue
      const when = parseReportDate(value)
      if (when === undefined) return unknownAt(report, 'Users', `the root user's ${column}`, 'cannot be read')
      if (daysBefore(generatedAt, when) < maxDays) recent.push(`${what} on ${new Date(when).toISOString().slice(0, 10)}`)
    }
    if (recent.length > 0) return fail(`Account ${nameOf(report)}: the root user ${recent.join(' and ')}`, 'Users')
    return pass(`Account ${nameOf(report)}: the root user was not used in the ${maxDays} day(s) before the credential report`, 'Users')
  }
}
