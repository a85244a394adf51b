import { fail, pass, type RuleDefinition } from '../support/outcome.js'
import { ACCESS_KEY_SLOTS, accessKeyColumns, credentialsOf, isOutcome, unreadable, USER_NAME_PATH } from './credential-report.js'

export const iamUserOneActiveAccessKey: RuleDefinition = {
  id: 'iam-user-one-active-access-key',
  title: 'IAM user has at most one active access key',
  severity: 'medium',
  description:
    'Checks, in the account\'s IAM credential report, that no IAM user has both of its access keys active (access_key_1_active and access_key_2_active both true).',
  risk: 'Two active keys double what can leak, and usually mean a rotation left the old key behind: a forgotten key in an old script or laptop keeps working.',
  remediation: {
    text: 'Find which key is still used (access_key_N_last_used_date in the credential report, or aws iam get-access-key-last-used), move everything to it, then deactivate and delete the other. Two keys should be active only for the minutes of a rotation. Better, replace long-lived keys with IAM roles.',
    terraform: `# Keep one aws_iam_access_key per user; during a rotation, deactivate the old one before removing it.
resource "aws_iam_access_key" "deploy" {
  user   = "deploy"
  status = "Active"
}

resource "aws_iam_access_key" "deploy_old" {
  user   = "deploy"
  status = "Inactive"
}`
  },
  categories: ['identity-access'],
  resourceTypes: ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_user_two_active_access_key'] },
  notes:
    'Live only: judged on the credential report of the user\'s own account (access_key_1_active and access_key_2_active), one verdict per IAM user. A user with one key inactive and the other column unreadable passes (at most one can be active); with one key active and the other column unreadable, unknown (both might be). The root user\'s row is not judged here (Prowler\'s check reads every row): iam-root-no-access-keys fails any root key. A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. Terraform\'s aws_iam_access_key resources are not counted: keys made outside Terraform count as much, and only the report sees them all.',
  check(user, view) {
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
