import { builtinRule } from '../declarative/builtin.js'

export const apigatewayV2RouteAuthorization = builtinRule({
  id: 'apigateway-v2-route-authorization',
  title: 'API Gateway v2 route specifies an authorization type',
  severity: 'medium',
  description: 'Checks that the HTTP or WebSocket API route has an authorizer (AuthorizationType AWS_IAM, CUSTOM or JWT, not NONE).',
  risk: 'A route without authorization lets anyone who can reach the API call the integration behind it.',
  remediation: {
    text: 'Attach an IAM, Lambda or JWT authorizer to the route.',
    terraform: `resource "aws_apigatewayv2_route" "this" {
  api_id             = aws_apigatewayv2_api.this.id
  route_key          = "GET /items"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.this.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::ApiGatewayV2::Route'],
  aliases: { checkov: ['CKV_AWS_309'], prowler: ['apigatewayv2_api_authorizers_enabled'] },
  notes:
    'Judges each route, as FSBP APIGateway.8 does; Prowler judges the API (it passes when the API has any authorizer). WebSocket APIs authorize on $connect only: their other routes fail here and need a suppression.',
  condition: { property: 'AuthorizationType', 'not-equals': 'NONE', default: 'NONE' },
  messages: {
    pass: 'Route {name} specifies authorization ({value})',
    fail: 'Route {name} has no authorization (AuthorizationType NONE)',
    unknown: 'the route authorization type'
  }
})
