import { builtinRule } from '../declarative/builtin.js'

export const iamUserOneActiveAccessKey = builtinRule({
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
  'resource-types': ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_user_two_active_access_key'] },
  notes:
    'Live only: judged on the credential report of the user\'s own account (access_key_1_active and access_key_2_active), one verdict per IAM user. A user with one key inactive and the other column unreadable passes (at most one can be active); with one key active and the other column unreadable, unknown (both might be). The root user\'s row is not judged here (Prowler\'s check reads every row): iam-root-no-access-keys fails any root key. A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. Terraform\'s aws_iam_access_key resources are not counted: keys made outside Terraform count as much, and only the report sees them all.',
  condition: { predicate: 'one-active-access-key' }
})
