import { builtinRule } from '../declarative/builtin.js'

export const iamUserConsoleMfaEnabled = builtinRule({
  id: 'iam-user-console-mfa-enabled',
  title: 'IAM user with a console password has MFA enabled',
  severity: 'high',
  description: 'Checks, in the account\'s IAM credential report, that every IAM user with a console password has an active MFA device.',
  risk: 'A console password without MFA falls to phishing, guessing or reuse from another breach, and gives the attacker everything the user may do.',
  remediation: {
    text: 'Have the user register an MFA device (console, or aws iam enable-mfa-device), or remove the console password of users who do not sign in. Enforce it with a policy that denies everything but MFA self-service to sessions without MFA.',
    terraform: `# MFA devices are enabled by their user (console or aws iam enable-mfa-device): Terraform cannot. What it can
# do is deny every action but MFA self-service to console sessions without MFA (the group of console users).
resource "aws_iam_group_policy" "require_mfa" {
  name  = "require-mfa"
  group = "console-users"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyAllExceptMfaSetupWithoutMfa"
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "iam:ChangePassword", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::IAM::User'],
  aliases: { checkov: [], prowler: ['iam_user_mfa_enabled_console_access'] },
  notes:
    'Live only: the answer is in the credential report of the user\'s own account (password_enabled, mfa_active), joined on the user name; a plan has no report, so the rule does not apply there. A user missing from the report (created after it) is unknown until the next report. The outcome path is UserName: the judged values are columns of the report row, not properties of the user. The root user is not an IAM user and is judged by iam-root-mfa-enabled.',
  condition: { predicate: 'console-mfa-enabled' }
})
