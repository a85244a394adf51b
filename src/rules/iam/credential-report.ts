// Reading an IAM user's row of its account's credential report (Plumbline::IAM::CredentialReport, shape in
// src/model/facts.ts), shared by the user-credential rules.
//
// The report exists only in live inventories. A plan has none, so the rules do not apply there (null): the
// plan side has nothing to say about passwords, MFA devices or key ages. Values are the CSV's own strings:
// 'true'/'false', ISO 8601 dates, and the markers IAM writes instead of a date:
//   'N/A'             no such credential, or (for *_last_used_date) a key never used since tracking began
//   'no_information'  (password_last_used) a password never used since IAM began tracking sign-ins
//   'not_supported'   (password_enabled, password_last_changed) the root user's row
// Ages are whole days measured against the report's GeneratedTime, never the clock: rules are pure, and the
// report is what IAM knew at that moment.
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { CREDENTIAL_REPORT_TYPE } from '../../model/facts.js'
import { ownKey } from '../support/joins.js'
import { read, readList, UNKNOWN } from '../support/read.js'
import type { PredicateParameter } from '../declarative/predicates.js'

/** One row of the report: CSV column name → the CSV's string. */
export type CredentialRow = Readonly<Record<string, unknown>>

/** The path user-credential outcomes point at: the judged values are columns of the report row, not properties. */
export const USER_NAME_PATH = 'UserName'

const MS_PER_DAY = 86_400_000

export interface UserCredentials {
  userName: string
  row: CredentialRow
  /** The report's GeneratedTime in epoch ms, or undefined when the report gives none that parses. */
  generatedAt: number | undefined
}

/**
 * The user's row in the credential report of the user's own account. null when the account has no report
 * (the rule does not apply); an unknown outcome when there is a report but it cannot answer for this user.
 */
export function credentialsOf(user: Resource, view: InventoryView): UserCredentials | RuleOutcome | null {
  const report = view.ofType(CREDENTIAL_REPORT_TYPE).find((r) => r.account === user.account)
  if (report === undefined) return null
  const userName = ownKey(user, USER_NAME_PATH)
  if (typeof userName !== 'string') {
    return { status: 'unknown', message: `An IAM user's name is not known, so its credential report row cannot be found`, path: USER_NAME_PATH }
  }
  const rows = rowsByUser(report)
  if (rows === UNKNOWN) {
    return { status: 'unknown', message: `User ${userName}: the credential report's rows are hidden, so its credentials cannot be judged`, path: USER_NAME_PATH }
  }
  const row = rows.get(userName)
  const generatedTime = read(report, 'GeneratedTime')
  const generatedAt = parseReportDate(generatedTime)
  if (row === undefined) {
    const when = generatedAt === undefined ? '' : ` generated ${new Date(generatedAt).toISOString()}`
    return {
      status: 'unknown',
      message: `User ${userName} is not in the credential report${when} (created after it?), so its credentials cannot be judged until the next report`,
      path: USER_NAME_PATH
    }
  }
  return { userName, row, generatedAt }
}

export function isOutcome(value: UserCredentials | RuleOutcome): value is RuleOutcome {
  return 'status' in value
}

// Every user of an account looks up the same report: index its rows by user name once per Users list.
const rowIndexes = new WeakMap<readonly unknown[], Map<string, CredentialRow>>()

function rowsByUser(report: Resource): Map<string, CredentialRow> | typeof UNKNOWN {
  const users = readList(report, 'Users')
  if (users === UNKNOWN) return UNKNOWN
  let index = rowIndexes.get(users)
  if (index === undefined) {
    index = new Map()
    for (const row of users) {
      if (row === null || typeof row !== 'object') continue
      const name = (row as CredentialRow).user
      if (typeof name === 'string' && !index.has(name)) index.set(name, row as CredentialRow)
    }
    rowIndexes.set(users, index)
  }
  return index
}

/** An ISO 8601 date of the report in epoch ms; undefined for the markers (N/A, no_information...) and junk. */
export function parseReportDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

/** Whole days from `since` to the report's generation (never negative: clocks differ by seconds). */
export function daysBefore(generatedAt: number, since: number): number {
  return Math.max(0, Math.floor((generatedAt - since) / MS_PER_DAY))
}

/** A CSV boolean column: true, false, or undefined for anything else (a value we cannot read). */
export function csvFlag(value: unknown): boolean | undefined {
  if (value === 'true') return true
  if (value === 'false') return false
  return undefined
}

/**
 * Whether the row's user has a console password: password_enabled 'true'. 'not_supported' is the root
 * user's marker and means no IAM console password to judge. undefined when the value is unreadable.
 */
export function hasConsolePassword(row: CredentialRow): boolean | undefined {
  if (row.password_enabled === 'not_supported') return false
  return csvFlag(row.password_enabled)
}

/** The two access key slots of a row, as the CSV names them. */
export const ACCESS_KEY_SLOTS = [1, 2] as const
export type AccessKeySlot = (typeof ACCESS_KEY_SLOTS)[number]

export interface AccessKeyColumns {
  slot: AccessKeySlot
  /** access_key_N_active as a flag; undefined when unreadable. */
  active: boolean | undefined
  lastRotated: unknown
  lastUsedDate: unknown
}

export function accessKeyColumns(row: CredentialRow, slot: AccessKeySlot): AccessKeyColumns {
  return {
    slot,
    active: csvFlag(row[`access_key_${slot}_active`]),
    lastRotated: row[`access_key_${slot}_last_rotated`],
    lastUsedDate: row[`access_key_${slot}_last_used_date`]
  }
}

/** Unknown outcome for a user whose row holds a value the rule cannot read. */
export function unreadable(userName: string, what: string): RuleOutcome {
  return { status: 'unknown', message: `User ${userName}: the credential report's ${what} cannot be read, so this cannot be judged`, path: USER_NAME_PATH }
}

/** The `max-days` parameter of the credential-report predicates: a whole number of days above 0. */
export function maxDaysParameter(description: string): PredicateParameter {
  return {
    description,
    required: true,
    check: (value) => (Number.isInteger(value) && (value as number) > 0 ? undefined : `must be a whole number of days above 0, not ${JSON.stringify(value)}`)
  }
}
