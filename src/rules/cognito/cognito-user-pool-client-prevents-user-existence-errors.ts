import { builtinRule } from '../declarative/builtin.js'

export const cognitoUserPoolClientPreventsUserExistenceErrors = builtinRule({
  id: 'cognito-user-pool-client-prevents-user-existence-errors',
  title: 'Cognito app client does not reveal whether a user exists',
  severity: 'medium',
  description:
    'Checks that the app client answers sign-in, confirmation and password-reset requests for unknown users as it does for known ones (PreventUserExistenceErrors is ENABLED; LEGACY when not set).',
  risk: 'LEGACY answers UserNotFoundException: an attacker can enumerate which user names or email addresses have accounts, then target them.',
  remediation: {
    text: 'Set prevent user existence errors to ENABLED.',
    terraform: `resource "aws_cognito_user_pool_client" "this" {
  name                          = "web"
  user_pool_id                  = aws_cognito_user_pool.this.id
  prevent_user_existence_errors = "ENABLED"
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::Cognito::UserPoolClient'],
  aliases: { checkov: [], prowler: ['cognito_user_pool_client_prevent_user_existence_errors'] },
  condition: { property: 'PreventUserExistenceErrors', equals: 'ENABLED', default: 'LEGACY' },
  messages: {
    pass: 'App client {name} does not reveal whether a user exists',
    fail: 'App client {name} reveals whether a user exists (PreventUserExistenceErrors is {value})',
    unknown: 'the user existence errors setting'
  }
})
