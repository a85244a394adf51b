import { builtinRule } from '../declarative/builtin.js'

export const apigatewayMethodAuthorization = builtinRule({
  id: 'apigateway-method-authorization',
  title: 'API Gateway REST API method requires authorization or an API key',
  severity: 'high',
  description:
    'Checks that a REST API method other than OPTIONS has an authorizer (AuthorizationType AWS_IAM, CUSTOM or COGNITO_USER_POOLS) or requires an API key (ApiKeyRequired).',
  risk: 'A method with AuthorizationType NONE and no API key lets anyone on the internet call the backend behind it.',
  remediation: {
    text: 'Give the method an IAM, Lambda or Cognito authorizer, or require an API key (with a usage plan).',
    terraform: `resource "aws_api_gateway_method" "this" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = aws_api_gateway_resource.this.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::ApiGateway::Method'],
  aliases: { checkov: ['CKV_AWS_59'], prowler: [] },
  notes: 'OPTIONS methods get no verdict: CORS preflight requests carry no credentials. A method meant to be public needs a suppression with that reason.',
  'applies-when': { property: 'HttpMethod', 'not-equals': 'OPTIONS' },
  condition: {
    'any-of': [
      { property: 'AuthorizationType', 'not-equals': 'NONE', default: 'NONE' },
      { property: 'ApiKeyRequired', equals: true, default: false }
    ]
  },
  messages: {
    pass: 'Method {name} requires authorization or an API key',
    fail: 'Method {name} is open to anyone (AuthorizationType NONE, no API key)',
    unknown: 'the method authorization'
  }
})
