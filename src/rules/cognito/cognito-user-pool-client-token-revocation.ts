import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolClientTokenRevocation = builtinRule({
  id: 'cognito-user-pool-client-token-revocation',
  title: 'Cognito app client can revoke refresh tokens',
  severity: 'medium',
  description: 'Checks that refresh tokens of the app client can be revoked (EnableTokenRevocation is true; Cognito\'s default when not set).',
  risk: 'Without revocation, a stolen refresh token keeps minting access tokens until it expires, even after the user signs out everywhere.',
  remediation: {
    text: 'Enable token revocation on the app client.',
    terraform: `resource "aws_cognito_user_pool_client" "this" {
  name                    = "web"
  user_pool_id            = aws_cognito_user_pool.this.id
  enable_token_revocation = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPoolClient'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_client_token_revocation_enabled'] },
  condition: { property: 'EnableTokenRevocation', equals: true, default: true },
  messages: {
    pass: 'App client {name} can revoke its refresh tokens',
    fail: 'App client {name} cannot revoke its refresh tokens (EnableTokenRevocation is {value})',
    unknown: 'whether token revocation is enabled'
  }
})
