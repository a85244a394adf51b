import { builtinRule } from '../declarative/builtin.js'

export const apigatewayStageCacheEnabled = builtinRule({
  id: 'apigateway-stage-cache-enabled',
  title: 'API Gateway REST API stage has a cache cluster',
  severity: 'low',
  description: 'Checks that the REST API stage provisions a response cache (CacheClusterEnabled).',
  risk: 'Without a cache every request reaches the backend: a burst of requests, friendly or not, loads it fully.',
  remediation: {
    text: 'Enable the stage cache cluster and choose its size (it is billed by the hour).',
    terraform: `resource "aws_api_gateway_stage" "this" {
  rest_api_id           = aws_api_gateway_rest_api.this.id
  deployment_id         = aws_api_gateway_deployment.this.id
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ApiGateway::Stage'],
  aliases: { checkov: ['CKV_AWS_120'], prowler: [] },
  notes: 'An API whose responses must not be cached fails by design and needs a suppression with that reason.',
  condition: { property: 'CacheClusterEnabled', equals: true, default: false },
  messages: {
    pass: 'Stage {name} has a cache cluster',
    fail: 'Stage {name} has no cache cluster',
    unknown: 'the cache cluster setting'
  }
})
