// API Gateway's quirks: a REST API's stages are listed under their API (Cloud Control's list of
// AWS::ApiGateway::Stage needs RestApiId), an HTTP or WebSocket API's routes under theirs (ApiId).
import type { ServiceHooks } from './hooks.js'

export const apigatewayHooks: ServiceHooks = {
  service: 'ApiGateway',
  types: {
    'AWS::ApiGateway::Stage': { listParent: { parentType: 'AWS::ApiGateway::RestApi', model: (api) => ({ RestApiId: api.id }) } }
  }
}

export const apigatewayV2Hooks: ServiceHooks = {
  service: 'ApiGatewayV2',
  types: {
    'AWS::ApiGatewayV2::Route': { listParent: { parentType: 'AWS::ApiGatewayV2::Api', model: (api) => ({ ApiId: api.id }) } }
  }
}
