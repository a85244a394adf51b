import { builtinRule } from '../declarative/builtin.js'

export const iamPasswordPolicyReuse24 = builtinRule({
  id: 'iam-password-policy-reuse-24',
  title: 'IAM password policy prevents reuse of the last 24 passwords',
  severity: 'medium',
  description: 'Checks that the account password policy sets PasswordReusePrevention to 24.',
  risk: 'Users who may cycle back to old passwords keep using credentials that may already have leaked.',
  remediation: {
    text: 'Set password reuse prevention of the account password policy to 24.',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::PasswordPolicy'],
  aliases: { checkov: ['CKV_AWS_13'], prowler: ['iam_password_policy_reuse_24'] },
  notes: 'An absent PasswordReusePrevention means reuse is allowed, and fails.',
  // An absent PasswordReusePrevention allows reuse.
  condition: { property: 'PasswordReusePrevention', 'greater-or-equal': 24 },
  messages: {
    pass: 'The password policy prevents reuse of the last {value} passwords',
    fail: 'The password policy prevents reuse of the last {value} passwords (24 needed; not set allows reuse)',
    unknown: 'the password reuse prevention'
  }
})
