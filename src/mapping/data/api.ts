// APIs: API Gateway REST APIs (v1) and HTTP/WebSocket APIs (v2), AppSync GraphQL APIs. Each entry writes only what
// the aws provider names otherwise than the CloudFormation property's snake_case (derived.ts).
import { attr, type ResourceBuilder } from '../builder.js'
import { nonEmpty, optionalDocument, toBoolean, toNumber, type Convert } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

/** An object's items, skipping what is not one (a plan's repeated blocks). */
function objects(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object') : []
}

/** Copy `keys` (Terraform name → CloudFormation name) of `from` that hold a value, converted. */
function pick(from: Record<string, unknown>, keys: ReadonlyArray<readonly [string, string, Convert?]>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [tfName, cfnName, convert] of keys) {
    const value = from[tfName]
    const converted = value === undefined || value === null || value === '' ? undefined : convert ? convert(value) : value
    if (converted !== undefined) out[cfnName] = converted
  }
  return out
}

const ROUTE_SETTINGS: ReadonlyArray<readonly [string, string, Convert?]> = [
  ['data_trace_enabled', 'DataTraceEnabled', toBoolean],
  ['detailed_metrics_enabled', 'DetailedMetricsEnabled', toBoolean],
  ['logging_level', 'LoggingLevel'],
  ['throttling_burst_limit', 'ThrottlingBurstLimit', toNumber],
  ['throttling_rate_limit', 'ThrottlingRateLimit', toNumber]
]

/** A v2 stage's route_settings blocks (each naming its route_key) → CloudFormation's object keyed by route key. */
const routeSettings: Convert = (v) => {
  const out: Record<string, unknown> = {}
  for (const item of objects(v)) if (typeof item.route_key === 'string') out[item.route_key] = pick(item, ROUTE_SETTINGS)
  return Object.keys(out).length > 0 ? out : undefined
}

/** A usage plan stage's throttle blocks (each naming its path) → CloudFormation's object keyed by "resource/method". */
function usagePlanThrottles(b: ResourceBuilder): void {
  const stages = attr(b.tf, 'api_stages')
  const list = objects(stages)
  for (let i = 0; i < list.length; i++) {
    const throttles: Record<string, unknown> = {}
    for (const t of objects(list[i].throttle)) {
      if (typeof t.path === 'string') throttles[t.path] = pick(t, [['burst_limit', 'BurstLimit', toNumber], ['rate_limit', 'RateLimit', toNumber]])
    }
    if (Object.keys(throttles).length > 0) b.set(`ApiStages[${i}].Throttle`, throttles, [`api_stages[${i}].throttle`])
  }
}

export const API: readonly MappingSpec[] = [
  {
    tf: 'aws_api_gateway_rest_api',
    cfn: 'AWS::ApiGateway::RestApi',
    // The OpenAPI body is write-only in the schema (so marked sensitive) and parsed when it is JSON.
    names: { ApiKeySourceType: 'api_key_source', Mode: 'put_rest_api_mode', CloneFrom: null, BodyS3Location: null },
    fields: [
      ['Body', 'body', optionalDocument],
      ['Policy', 'policy', optionalDocument]
    ]
  },
  {
    tf: 'aws_api_gateway_stage',
    cfn: 'AWS::ApiGateway::Stage',
    // Method settings are aws_api_gateway_method_settings resources: not folded in yet (several add to one list).
    names: { AccessLogSetting: 'access_log_settings', CanarySetting: 'canary_settings', TracingEnabled: 'xray_tracing_enabled', MethodSettings: null },
    defaults: { TracingEnabled: false, CacheClusterEnabled: false }
  },
  {
    tf: 'aws_api_gateway_method',
    cfn: 'AWS::ApiGateway::Method',
    // The integration and method responses are resources of their own in Terraform (not mapped yet).
    names: { AuthorizationType: 'authorization', Integration: null, MethodResponses: null },
    defaults: { ApiKeyRequired: false }
  },
  {
    tf: 'aws_api_gateway_deployment',
    cfn: 'AWS::ApiGateway::Deployment',
    // stage_description is only the description in Terraform; CloudFormation's StageDescription makes a whole stage.
    names: { DeploymentId: 'id', DeploymentCanarySettings: 'canary_settings', StageDescription: null },
    fields: [['StageDescription.Description', 'stage_description', nonEmpty]]
  },
  {
    tf: 'aws_api_gateway_domain_name',
    cfn: 'AWS::ApiGateway::DomainName',
    // An uploaded certificate's private key has no property here and is never read.
    names: { DomainName: 'domain_name', DistributionDomainName: 'cloudfront_domain_name', DistributionHostedZoneId: 'cloudfront_zone_id', RegionalHostedZoneId: 'regional_zone_id' }
  },
  { tf: 'aws_api_gateway_authorizer', cfn: 'AWS::ApiGateway::Authorizer', names: { AuthorizerId: 'id', AuthType: null } },
  { tf: 'aws_api_gateway_resource', cfn: 'AWS::ApiGateway::Resource', names: { ResourceId: 'id' } },
  {
    tf: 'aws_api_gateway_usage_plan',
    cfn: 'AWS::ApiGateway::UsagePlan',
    names: { UsagePlanName: 'name', Quota: 'quota_settings', Throttle: 'throttle_settings', 'ApiStages.Throttle': null },
    finish: usagePlanThrottles
  },
  {
    tf: 'aws_api_gateway_account',
    cfn: 'AWS::ApiGateway::Account',
    // One per account and Region; Terraform's id is a constant, not CloudFormation's.
    names: { Id: null, CloudWatchRoleArn: 'cloudwatch_role_arn' }
  },
  {
    tf: 'aws_api_gateway_api_key',
    cfn: 'AWS::ApiGateway::ApiKey',
    // NEVER the key's value: the schema does not mark it write-only. Stage keys are gone from the provider.
    names: { Value: null, StageKeys: null, GenerateDistinctId: null }
  },
  { tf: 'aws_api_gateway_usage_plan_key', cfn: 'AWS::ApiGateway::UsagePlanKey' },
  { tf: 'aws_api_gateway_base_path_mapping', cfn: 'AWS::ApiGateway::BasePathMapping', names: { RestApiId: 'api_id', Stage: 'stage_name' } },
  { tf: 'aws_api_gateway_vpc_link', cfn: 'AWS::ApiGateway::VpcLink' },
  { tf: 'aws_api_gateway_request_validator', cfn: 'AWS::ApiGateway::RequestValidator', names: { RequestValidatorId: 'id' } },
  { tf: 'aws_api_gateway_model', cfn: 'AWS::ApiGateway::Model', fields: [['Schema', 'schema', optionalDocument]] },
  // Terraform's id ("aggr-API-TYPE") is not CloudFormation's.
  { tf: 'aws_api_gateway_gateway_response', cfn: 'AWS::ApiGateway::GatewayResponse', names: { Id: null } },
  { tf: 'aws_api_gateway_client_certificate', cfn: 'AWS::ApiGateway::ClientCertificate' },
  {
    tf: 'aws_apigatewayv2_api',
    cfn: 'AWS::ApiGatewayV2::Api',
    // A quick-create API's target and credentials are write-only in the schema (marked sensitive).
    names: { BasePath: null, BodyS3Location: null, DisableSchemaValidation: null },
    fields: [['Body', 'body', optionalDocument]]
  },
  {
    tf: 'aws_apigatewayv2_stage',
    cfn: 'AWS::ApiGatewayV2::Stage',
    names: { StageName: 'name', AccessPolicyId: null },
    fields: [['RouteSettings', 'route_settings', routeSettings]]
  },
  {
    tf: 'aws_apigatewayv2_route',
    cfn: 'AWS::ApiGatewayV2::Route',
    // RequestParameters is a map of parameter → { Required } (the provider's request_parameter blocks), but the
    // shipped schema types it as an object with list items, which no value fits: left out until the schema says a map.
    names: { RouteId: 'id', RequestParameters: null },
    // A route without an authorizer is open to anyone who can reach the API (the provider's default).
    defaults: { AuthorizationType: 'NONE', ApiKeyRequired: false }
  },
  {
    tf: 'aws_apigatewayv2_integration',
    cfn: 'AWS::ApiGatewayV2::Integration',
    // response_parameters (blocks per status code) has a CloudFormation form of nested mapping lists: not compared yet.
    names: { TimeoutInMillis: 'timeout_milliseconds', ResponseParameters: null }
  },
  { tf: 'aws_apigatewayv2_authorizer', cfn: 'AWS::ApiGatewayV2::Authorizer', names: { AuthorizerId: 'id', IdentitySource: 'identity_sources' } },
  {
    tf: 'aws_apigatewayv2_domain_name',
    cfn: 'AWS::ApiGatewayV2::DomainName',
    names: { DomainName: 'domain_name', DomainNameConfigurations: 'domain_name_configuration', 'DomainNameConfigurations.CertificateName': null, RegionalDomainName: null, RegionalHostedZoneId: null },
    fields: [
      ['RegionalDomainName', 'domain_name_configuration[0].target_domain_name', nonEmpty],
      ['RegionalHostedZoneId', 'domain_name_configuration[0].hosted_zone_id', nonEmpty]
    ]
  },
  { tf: 'aws_apigatewayv2_vpc_link', cfn: 'AWS::ApiGatewayV2::VpcLink' },
  // The schema gives ResponseParameters no shape: left out.
  { tf: 'aws_apigatewayv2_route_response', cfn: 'AWS::ApiGatewayV2::RouteResponse', names: { RouteResponseId: 'id', ResponseParameters: null } },
  { tf: 'aws_apigatewayv2_integration_response', cfn: 'AWS::ApiGatewayV2::IntegrationResponse', names: { IntegrationResponseId: 'id' } },
  { tf: 'aws_apigatewayv2_model', cfn: 'AWS::ApiGatewayV2::Model', names: { ModelId: 'id' }, fields: [['Schema', 'schema', optionalDocument]] },
  // The stage a deployment is made into is the stage's deployment_id in Terraform.
  { tf: 'aws_apigatewayv2_deployment', cfn: 'AWS::ApiGatewayV2::Deployment', names: { DeploymentId: 'id', StageName: null } },
  { tf: 'aws_apigatewayv2_api_mapping', cfn: 'AWS::ApiGatewayV2::ApiMapping', names: { ApiMappingId: 'id' } },
  {
    tf: 'aws_appsync_graphql_api',
    cfn: 'AWS::AppSync::GraphQLApi',
    // CloudFormation's Id is the API's ARN (what Ref gives); ApiId is the short id, Terraform's id. The endpoint
    // URLs are Terraform's `uris` map: not compared.
    names: {
      Id: 'arn',
      ApiId: 'id',
      AdditionalAuthenticationProviders: 'additional_authentication_provider',
      'AdditionalAuthenticationProviders.OpenIDConnectConfig': 'openid_connect_config',
      OpenIDConnectConfig: 'openid_connect_config',
      'LogConfig.CloudWatchLogsRoleArn': 'cloudwatch_logs_role_arn',
      GraphQLDns: null,
      GraphQLUrl: null,
      RealtimeDns: null,
      RealtimeUrl: null,
      GraphQLEndpointArn: null
    },
    fields: [['EnvironmentVariables', 'environment_variables', (v) => (v && typeof v === 'object' && Object.keys(v).length > 0 ? v : undefined)]],
    defaults: { XrayEnabled: false }
  },
  {
    tf: 'aws_appsync_datasource',
    cfn: 'AWS::AppSync::DataSource',
    // CloudFormation's Id is the data source's ARN (what Ref gives); Terraform's id is "api-name". The provider
    // names every config block's Region `region`.
    names: {
      Id: 'arn',
      DataSourceArn: 'arn',
      DynamoDBConfig: 'dynamodb_config',
      'DynamoDBConfig.AwsRegion': 'region',
      'ElasticsearchConfig.AwsRegion': 'region',
      OpenSearchServiceConfig: 'opensearchservice_config',
      'OpenSearchServiceConfig.AwsRegion': 'region',
      'LambdaConfig.LambdaFunctionArn': 'function_arn',
      'RelationalDatabaseConfig.RelationalDatabaseSourceType': 'source_type',
      'RelationalDatabaseConfig.RdsHttpEndpointConfig': 'http_endpoint_config',
      'RelationalDatabaseConfig.RdsHttpEndpointConfig.AwsRegion': 'region'
    }
  },
  {
    tf: 'aws_appsync_resolver',
    cfn: 'AWS::AppSync::Resolver',
    // Templates and code are payloads (FREE_FORM_PAYLOADS).
    names: {
      ResolverArn: 'arn',
      TypeName: 'type',
      FieldName: 'field',
      DataSourceName: 'data_source',
      RequestMappingTemplate: 'request_template',
      ResponseMappingTemplate: 'response_template'
    },
    defaults: { Kind: 'UNIT' }
  },
  { tf: 'aws_appsync_function', cfn: 'AWS::AppSync::FunctionConfiguration', names: { FunctionArn: 'arn', DataSourceName: 'data_source' } },
  {
    tf: 'aws_appsync_api_key',
    cfn: 'AWS::AppSync::ApiKey',
    // NEVER the key itself (`key`; CloudFormation's ApiKey). Terraform's id is "api:key-id"; the expiry is RFC 3339
    // there and seconds since the epoch here.
    names: { ApiKey: null, ApiKeyId: null, Arn: null },
    fields: [['Expires', 'expires', (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Math.floor(Date.parse(v) / 1000) : undefined)]],
    finish(b) {
      const id = attr(b.tf, 'id')
      if (typeof id === 'string' && id.includes(':')) b.set('ApiKeyId', id.slice(id.indexOf(':') + 1), ['id'])
      else b.record('ApiKeyId', 'id')
    }
  },
  { tf: 'aws_appsync_domain_name', cfn: 'AWS::AppSync::DomainName', names: { DomainName: 'domain_name' } },
  // Terraform's id is the domain name; CloudFormation's identifier is one AppSync makes, not a Terraform attribute.
  { tf: 'aws_appsync_domain_name_api_association', cfn: 'AWS::AppSync::DomainNameApiAssociation', names: { ApiAssociationIdentifier: null } },
  // The encryption flags are stated null when not set (AppSync's default is off); not filled in: the provider
  // documents no default.
  { tf: 'aws_appsync_api_cache', cfn: 'AWS::AppSync::ApiCache' }
]

export const API_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the REST API's Policy.
    tf: 'aws_api_gateway_rest_api_policy',
    parent: { attr: 'rest_api_id', types: ['aws_api_gateway_rest_api'] },
    fields: [['Policy', 'policy', optionalDocument]]
  }
]
