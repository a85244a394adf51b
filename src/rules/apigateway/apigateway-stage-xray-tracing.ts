import { builtinRule } from '../declarative/builtin.js'

export const apigatewayStageXrayTracing = builtinRule({
  id: 'apigateway-stage-xray-tracing',
  title: 'API Gateway REST API stage has X-Ray tracing enabled',
  severity: 'low',
  description: 'Checks that the REST API stage sends traces of its requests to AWS X-Ray (TracingEnabled).',
  risk: 'Without traces, slow or failing requests and unusual call patterns through the API cannot be followed to the backend that caused them.',
  remediation: {
    text: 'Enable X-Ray tracing on the stage.',
    terraform: `resource "aws_api_gateway_stage" "this" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  deployment_id        = aws_api_gateway_deployment.this.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::ApiGateway::Stage'],
  aliases: { checkov: ['CKV_AWS_73'], prowler: ['apigateway_restapi_tracing_enabled'] },
  condition: { property: 'TracingEnabled', equals: true, default: false },
  messages: {
    pass: 'Stage {name} has X-Ray tracing enabled',
    fail: 'Stage {name} does not have X-Ray tracing enabled',
    unknown: 'the tracing setting'
  }
})
