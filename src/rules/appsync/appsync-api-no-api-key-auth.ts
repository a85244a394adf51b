import { builtinRule } from '../declarative/builtin.js'

export const appsyncApiNoApiKeyAuth = builtinRule({
  id: 'appsync-api-no-api-key-auth',
  title: 'AppSync GraphQL API does not accept API keys',
  severity: 'high',
  description:
    'Checks that neither the API\'s default authorization mode nor any additional one is API_KEY (AuthenticationType, AdditionalAuthenticationProviders[*].AuthenticationType).',
  risk: 'An API key is a static shared secret, usually shipped inside a web or mobile client: whoever extracts it calls the API as the application, with no user identity to audit or revoke.',
  remediation: {
    text: 'Authorize with Cognito user pools, IAM, OpenID Connect or a Lambda authorizer instead of API keys.',
    terraform: `resource "aws_appsync_graphql_api" "this" {
  name                = "app"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"
  user_pool_config {
    user_pool_id   = aws_cognito_user_pool.this.id
    default_action = "ALLOW"
  }
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::AppSync::GraphQLApi'],
  aliases: { checkov: [], prowler: ['appsync_graphql_api_no_api_key_authentication'] },
  condition: {
    'all-of': [
      { property: 'AuthenticationType', 'not-equals': 'API_KEY' },
      { property: 'AdditionalAuthenticationProviders', none: { property: 'AuthenticationType', equals: 'API_KEY' } }
    ]
  },
  messages: {
    pass: 'API {name} does not accept API keys',
    fail: 'API {name} accepts API keys ({property})',
    unknown: 'the authorization modes'
  }
})
