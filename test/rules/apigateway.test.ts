// API Gateway rules: REST API (v1) stages, methods and domains, and v2 stages and routes.
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const STAGE = 'AWS::ApiGateway::Stage'
const V2_STAGE = 'AWS::ApiGatewayV2::Stage'
const METHOD = 'AWS::ApiGateway::Method'
const ROUTE = 'AWS::ApiGatewayV2::Route'
const DOMAIN = 'AWS::ApiGateway::DomainName'

describe('apigateway-stage-xray-tracing', () => {
  it('needs TracingEnabled true; absent is CloudFormation\'s false', () => {
    const resources = [res(STAGE, 'pass', { TracingEnabled: true }), res(STAGE, 'fail-absent', {}), planned(STAGE, 'aws_api_gateway_stage.unknown', {}, ['TracingEnabled'])]
    expect(judge(ruleById('apigateway-stage-xray-tracing'), resources)).toEqual(
      expected({ pass: ['pass'], fail: ['fail-absent'], unknown: ['aws_api_gateway_stage.unknown'] })
    )
  })
})

describe('apigateway-stage-access-logging', () => {
  it('reads each stage type\'s own property, not the other\'s', () => {
    const resources = [
      res(STAGE, 'pass-v1', { AccessLogSetting: { DestinationArn: 'arn:logs' } }),
      res(V2_STAGE, 'pass-v2', { AccessLogSettings: { DestinationArn: 'arn:logs' } }),
      res(STAGE, 'fail-v1-with-v2-name', { AccessLogSettings: { DestinationArn: 'arn:logs' } }),
      res(V2_STAGE, 'fail-v2', {})
    ]
    expect(judge(ruleById('apigateway-stage-access-logging'), resources)).toEqual(
      expected({ pass: ['pass-v1', 'pass-v2'], fail: ['fail-v1-with-v2-name', 'fail-v2'] })
    )
  })
})

describe('apigateway-stage-client-certificate', () => {
  it('passes a certificate id, or a Terraform reference to a client certificate', () => {
    const referenced = planned(STAGE, 'aws_api_gateway_stage.new', {}, ['ClientCertificateId'])
    referenced.references = { ClientCertificateId: ['aws_api_gateway_client_certificate.backend'] }
    const resources = [res(STAGE, 'pass', { ClientCertificateId: 'abc123' }), referenced, res(STAGE, 'fail', {})]
    expect(judge(ruleById('apigateway-stage-client-certificate'), resources)).toEqual(expected({ pass: ['pass', 'aws_api_gateway_stage.new'], fail: ['fail'] }))
  })
})

describe('apigateway-stage-cache-enabled', () => {
  it('needs CacheClusterEnabled true', () => {
    const resources = [res(STAGE, 'pass', { CacheClusterEnabled: true }), res(STAGE, 'fail', { CacheClusterEnabled: false })]
    expect(judge(ruleById('apigateway-stage-cache-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'] }))
  })
})

describe('apigateway-method-authorization', () => {
  it('passes an authorizer or a required API key, skips OPTIONS', () => {
    const resources = [
      res(METHOD, 'pass-cognito', { HttpMethod: 'GET', AuthorizationType: 'COGNITO_USER_POOLS' }),
      res(METHOD, 'pass-key', { HttpMethod: 'POST', AuthorizationType: 'NONE', ApiKeyRequired: true }),
      res(METHOD, 'fail-open', { HttpMethod: 'POST', AuthorizationType: 'NONE' }),
      res(METHOD, 'fail-absent', { HttpMethod: 'ANY' }),
      res(METHOD, 'skip-options', { HttpMethod: 'OPTIONS', AuthorizationType: 'NONE' })
    ]
    expect(judge(ruleById('apigateway-method-authorization'), resources)).toEqual(
      expected({ pass: ['pass-cognito', 'pass-key'], fail: ['fail-open', 'fail-absent'], skipped: ['skip-options'] })
    )
  })
})

describe('apigateway-v2-route-authorization', () => {
  it('fails NONE and a route without an authorization type, and names the type when it passes', () => {
    const rule = ruleById('apigateway-v2-route-authorization')
    const resources = [res(ROUTE, 'pass', { RouteKey: 'GET /x', AuthorizationType: 'JWT' }), res(ROUTE, 'fail-none', { AuthorizationType: 'NONE' }), res(ROUTE, 'fail-absent', {})]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-none', 'fail-absent'] }))
    expect(messages(rule, [resources[0]])).toEqual(['Route pass specifies authorization (JWT)'])
  })
})

describe('apigateway-domain-tls12', () => {
  it('passes TLS_1_2 and the newer TLS 1.2/1.3 policies, fails TLS_1_0 and no policy', () => {
    const resources = [
      res(DOMAIN, 'pass-tls12', { SecurityPolicy: 'TLS_1_2' }),
      res(DOMAIN, 'pass-tls13', { SecurityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09' }),
      res(DOMAIN, 'fail-tls10', { SecurityPolicy: 'TLS_1_0' }),
      res(DOMAIN, 'fail-absent', {})
    ]
    expect(judge(ruleById('apigateway-domain-tls12'), resources)).toEqual(expected({ pass: ['pass-tls12', 'pass-tls13'], fail: ['fail-tls10', 'fail-absent'] }))
  })
})
