import type { RuleOutcome } from '../../types.js'
import { fail, pass, type RuleDefinition } from '../support/outcome.js'
import {
  ACCESS_KEY_SLOTS,
  accessKeyColumns,
  credentialsOf,
  daysBefore,
  hasConsolePassword,
  isOutcome,
  parseReportDate,
  unreadable,
  USER_NAME_PATH,
  type CredentialRow
} from './credential-report.js'

/** CIS: credentials unused for 45 days or more are disabled, so 45 days without use fails. */
const MAX_UNUSED_DAYS = 45

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

export const iamUserUnusedCredentials45Days: RuleDefinition = {
  id: 'iam-user-unused-credentials-45-days',
  title: 'IAM user credentials unused for 45 days or more are disabled',
  severity: 'medium',
  description:
    'Checks, in the account\'s IAM credential report, that no IAM user has a console password or an active access key that has gone 45 days or more without use (a credential never used counts from when it was set).',
  risk: 'Credentials nobody uses are nobody\'s to watch: a forgotten password or key of a departed user or retired script stays valid for whoever finds it.',
  remediation: {
    text: 'Deactivate or delete access keys and remove console passwords that have not been used for 45 days (IAM console, or aws iam update-access-key --status Inactive and aws iam delete-login-profile).',
    terraform: `# Deactivate an unused Terraform-managed key; for an unused console password, remove the user's
# aws_iam_user_login_profile.
resource "aws_iam_access_key" "legacy" {
  user   = "legacy-batch"
  status = "Inactive"
}`
  },
  categories: ['identity-access'],
  resourceTypes: ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_user_accesskey_unused', 'iam_user_console_access_unused'] },
  notes:
    'Live only: judged on the credential report of the user\'s own account, ages in whole days before the report\'s GeneratedTime. One rule for both credentials, as the CIS control is one. 45 days without use fails (CIS "45 days or more"); Prowler fails only after more than 45. A credential never used counts from when it was set (password_last_changed, or the key\'s last_rotated; user_creation_time when that date is missing): Prowler passes never-used passwords and keys, but a credential nobody has used in 45 days is unused whether or not it was ever used. Inactive keys are not judged. A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. The outcome path is UserName: the judged values are columns of the report row.',
  check(user, view) {
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
      ;(state.days >= MAX_UNUSED_DAYS ? idle : inUse).push(text)
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

    if (idle.length > 0) return fail(`User ${userName}: ${idle.join('; ')} (limit ${MAX_UNUSED_DAYS} days)`, USER_NAME_PATH)
    if (undecided !== undefined) return undecided
    if (inUse.length === 0) return pass(`User ${userName} has no console password and no active access key`, USER_NAME_PATH)
    return pass(`User ${userName}: ${inUse.join('; ')} (limit ${MAX_UNUSED_DAYS} days)`, USER_NAME_PATH)
  }
}
