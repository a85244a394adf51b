import { builtinRule } from '../declarative/builtin.js'

export const iamPasswordPolicyMinLength14 = builtinRule({
  id: 'iam-password-policy-min-length-14',
  title: 'IAM password policy requires at least 14 characters',
  severity: 'medium',
  description: 'Checks that the account password policy sets MinimumPasswordLength to 14 or more.',
  risk: 'Short console passwords fall to guessing and credential-stuffing attacks.',
  remediation: {
    text: 'Set the minimum password length of the account password policy to 14 or more.',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  allow_users_to_change_password = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::PasswordPolicy'],
  aliases: { checkov: ['CKV_AWS_10'], prowler: ['iam_password_policy_minimum_length_14'] },
  notes:
    'An absent MinimumPasswordLength (including an account without a password policy, which the account-fact collector reports with empty properties) fails: IAM then applies 6 characters (8 when there is no policy at all).',
  // An absent length fails: IAM then applies 6 characters (8 without a policy at all).
  condition: { property: 'MinimumPasswordLength', 'greater-or-equal': 14 },
  messages: {
    pass: 'The password policy requires {value} characters',
    fail: 'The password policy minimum length is {value} (14 needed; IAM applies 6 when it is not set, or 8 without a policy)',
    unknown: 'the minimum password length'
  }
})
