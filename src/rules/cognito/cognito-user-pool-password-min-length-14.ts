import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolPasswordMinLength14 = builtinRule({
  id: 'cognito-user-pool-password-min-length-14',
  title: 'Cognito user pool passwords are at least 14 characters long',
  severity: 'medium',
  description: 'Checks that the user pool\'s password policy asks for 14 characters or more (Policies.PasswordPolicy.MinimumLength; Cognito\'s default is 8).',
  risk: 'Short passwords fall to guessing and offline cracking far sooner than long ones.',
  remediation: {
    text: 'Set the minimum password length to 14 or more.',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name = "users"
  password_policy {
    minimum_length = 14
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_password_policy_minimum_length_14'] },
  condition: { property: 'Policies.PasswordPolicy.MinimumLength', 'greater-or-equal': 14, default: 8 },
  messages: {
    pass: 'User pool {name} passwords are at least {value} characters long',
    fail: 'User pool {name} accepts passwords shorter than 14 characters (MinimumLength is {value})',
    unknown: 'the minimum password length'
  }
})
