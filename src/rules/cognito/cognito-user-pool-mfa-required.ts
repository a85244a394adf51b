import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolMfaRequired = builtinRule({
  id: 'cognito-user-pool-mfa-required',
  title: 'Cognito user pool requires multi-factor authentication',
  severity: 'medium',
  description: 'Checks that every user of the pool must sign in with a second factor (MfaConfiguration is ON; OFF when not set).',
  risk: 'With MFA off or optional, a stolen or guessed password is enough to take over an account.',
  remediation: {
    text: 'Set MFA to ON with TOTP software tokens (or SMS / email).',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name              = "users"
  mfa_configuration = "ON"
  software_token_mfa_configuration {
    enabled = true
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_mfa_enabled'] },
  notes: 'OPTIONAL fails: users may then skip the second factor. MFA can only be set to ON when the pool is created.',
  condition: { property: 'MfaConfiguration', equals: 'ON', default: 'OFF' },
  messages: {
    pass: 'User pool {name} requires MFA',
    fail: 'User pool {name} does not require MFA (MfaConfiguration is {value})',
    unknown: 'the MFA configuration'
  }
})
