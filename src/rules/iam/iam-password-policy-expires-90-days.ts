import { builtinRule } from '../declarative/builtin.js'

export const iamPasswordPolicyExpires90Days = builtinRule({
  id: 'iam-password-policy-expires-90-days',
  title: 'IAM password policy expires passwords within 90 days',
  severity: 'medium',
  description: 'Checks that the account password policy sets MaxPasswordAge to 90 days or less.',
  risk: 'A password that never expires stays usable for as long as it has been leaked without anyone knowing.',
  remediation: {
    text: 'Set the maximum password age of the account password policy to 90 days or less.',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
  max_password_age          = 90
}`
  },
  categories: ['identity-access'],
  'resource-types': ['Plumbline::IAM::PasswordPolicy'],
  aliases: { checkov: ['CKV_AWS_9'], prowler: ['iam_password_policy_expires_passwords_within_90_days_or_less'] },
  notes:
    'An absent MaxPasswordAge (passwords never expire; Terraform max_password_age 0 means the same) fails. CIS 5.0 no longer recommends forced rotation (NIST SP 800-63B); FSBP IAM.7/IAM.10 and Checkov CKV_AWS_9 still ask for it: suppress the rule if your policy follows NIST.',
  // Absent: passwords never expire.
  condition: { property: 'MaxPasswordAge', 'less-or-equal': 90 },
  messages: {
    pass: 'The password policy expires passwords after {value} days',
    fail: 'The password policy expires passwords after {value} days (90 or fewer needed; not set: never)',
    unknown: 'the maximum password age'
  }
})
