import { builtinRule } from '../declarative/builtin.js'

export const iamPasswordPolicyRequireUppercase = builtinRule({
  id: 'iam-password-policy-require-uppercase',
  title: 'IAM password policy requires at least one uppercase letter',
  severity: 'medium',
  description: 'Checks that the account password policy sets RequireUppercaseCharacters to true.',
  risk: 'Passwords drawn from a smaller character set fall sooner to guessing and brute force.',
  remediation: {
    text: 'Require an uppercase letter in the account password policy.',
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
  aliases: { checkov: ['CKV_AWS_15'], prowler: ['iam_password_policy_uppercase'] },
  notes: 'An absent RequireUppercaseCharacters (an account without a password policy, which the account-fact collector reports with empty properties) fails: IAM then does not require uppercase letters.',
  // Absent: no password policy at all, which requires nothing.
  condition: { property: 'RequireUppercaseCharacters', equals: true },
  messages: {
    pass: 'The password policy requires an uppercase letter',
    fail: 'The password policy does not require an uppercase letter',
    unknown: 'whether the password policy requires an uppercase letter'
  }
})
