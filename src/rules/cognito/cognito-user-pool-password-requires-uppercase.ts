import { builtinRule } from '../declarative/builtin.js'
import { NO_PASSWORD_POLICY } from './password-policy.js'

export const cognitoUserPoolPasswordRequiresUppercase = builtinRule({
  id: 'cognito-user-pool-password-requires-uppercase',
  title: 'Cognito user pool passwords must contain an uppercase letter',
  severity: 'medium',
  description:
    'Checks that the user pool\'s password policy requires an uppercase letter (Policies.PasswordPolicy.RequireUppercase). A pool without a password policy has Cognito\'s default one, which requires it.',
  risk: 'Each character class a policy drops shrinks the space an attacker must search, and lets users pick the common passwords that guessing and stuffing attacks try first.',
  remediation: {
    text: 'Require an uppercase letter in the password policy.',
    terraform: `resource "aws_cognito_user_pool" "this" {
  name = "users"
  password_policy {
    minimum_length    = 14
    require_lowercase = true
    require_uppercase = true
    require_numbers   = true
    require_symbols   = true
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPool'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_password_policy_uppercase'] },
  notes: 'A password policy that leaves RequireUppercase out does not require it (Cognito takes it as false); only a pool with no password policy at all gets the default that requires it.',
  condition: {
    'any-of': [
      { property: 'Policies.PasswordPolicy.RequireUppercase', equals: true },
      // No password policy at all: Cognito's default policy requires every character class.
      NO_PASSWORD_POLICY
    ]
  },
  messages: {
    pass: 'User pool {name} passwords must contain an uppercase letter',
    fail: 'User pool {name} passwords need not contain an uppercase letter (RequireUppercase is {value})',
    unknown: 'the password policy'
  }
})
