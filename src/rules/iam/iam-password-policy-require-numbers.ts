import { builtinRule } from '../declarative/builtin.js'

export const iamPasswordPolicyRequireNumbers = builtinRule({
  id: 'iam-password-policy-require-numbers',
  title: 'IAM password policy requires at least one number',
  severity: 'medium',
  description: 'Checks that the account password policy sets RequireNumbers to true.',
  risk: 'Passwords drawn from a smaller character set fall sooner to guessing and brute force.',
  remediation: {
    text: 'Require a number in the account password policy.',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_symbols              = true
  require_numbers              = true
  require_uppercase_characters = true
  require_lowercase_characters = true
  max_password_age             = 90
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::PasswordPolicy'],
  aliases: { checkov: ['CKV_AWS_12'], prowler: ['iam_password_policy_number'] },
  notes: 'An absent RequireNumbers (an account without a password policy, which the account-fact collector reports with empty properties) fails: IAM then does not require numbers.',
  // Absent: no password policy at all, which requires nothing.
  condition: { property: 'RequireNumbers', equals: true },
  messages: {
    pass: 'The password policy requires a number',
    fail: 'The password policy does not require a number',
    unknown: 'whether the password policy requires a number'
  }
})
