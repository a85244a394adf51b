import { builtinRule } from '../declarative/builtin.js'

export const iamUserUnusedCredentials45Days = builtinRule({
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
  'resource-types': ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_user_accesskey_unused', 'iam_user_console_access_unused'] },
  notes:
    'Live only: judged on the credential report of the user\'s own account, ages in whole days before the report\'s GeneratedTime. One rule for both credentials, as the CIS control is one. 45 days without use fails (CIS "45 days or more"); Prowler fails only after more than 45. A credential never used counts from when it was set (password_last_changed, or the key\'s last_rotated; user_creation_time when that date is missing): Prowler passes never-used passwords and keys, but a credential nobody has used in 45 days is unused whether or not it was ever used. Inactive keys are not judged. A user missing from the report (created after it) is unknown; a plan has no report, so the rule does not apply there. The outcome path is UserName: the judged values are columns of the report row.',
  // CIS: credentials unused for 45 days or more are disabled, so 45 days without use fails.
  condition: { predicate: 'credentials-used-recently', 'max-days': 45 }
})
