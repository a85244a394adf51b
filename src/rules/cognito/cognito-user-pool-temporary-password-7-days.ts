import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolTemporaryPassword7Days = builtinRule({
  id: 'cognito-user-pool-temporary-password-7-days',
  title: 'Cognito user pool temporary passwords expire within 7 days',
  severity: 'low',
  description:
    'Checks that a temporary password an administrator sets expires within 7 days if unused (Policies.PasswordPolicy.TemporaryPasswordValidityDays at most 7; Cognito\'s default is 7).',
  risk: 'A temporary password sent by email or SMS stays a way into the account for as long as it is valid; the longer it lives, the more likely it leaks before the user changes it.',
  remediation: {
    text: 'Set the temporary password validity to 7 days or fewer.',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name = "users"
  password_policy {
    minimum_length                   = 14
    temporary_password_validity_days = 7
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_temporary_password_expiration'] },
  condition: { property: 'Policies.PasswordPolicy.TemporaryPasswordValidityDays', 'less-or-equal': 7, default: 7 },
  messages: {
    pass: 'User pool {name} temporary passwords expire after {value} days',
    fail: 'User pool {name} temporary passwords stay valid for {value} days',
    unknown: 'the temporary password validity'
  }
})
