import { builtinRule } from '../declarative/builtin.js'

const V1 = 'AWS::ApiGateway::Stage'
const V2 = 'AWS::ApiGatewayV2::Stage'

export const apigatewayStageAccessLogging = builtinRule({
  id: 'apigateway-stage-access-logging',
  title: 'API Gateway stage writes access logs',
  severity: 'medium',
  description:
    'Checks that the API stage, of a REST API or of an HTTP or WebSocket API, sends access logs to a destination (AccessLogSetting.DestinationArn on a REST API stage, AccessLogSettings.DestinationArn on a v2 stage).',
  risk: 'Without access logs there is no record of who called the API, from where and with what result: abuse and attacks cannot be investigated.',
  remediation: {
    text: 'Give the stage an access log destination (a CloudWatch Logs log group or Firehose stream) and a log format.',
    terraform: `resource "aws_apigatewayv2_stage" "this" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}`
  },
  categories: ['logging'],
  'resource-types': [V1, V2],
  aliases: { checkov: ['CKV_AWS_76'], prowler: ['apigatewayv2_api_access_logging_enabled'] },
  notes: 'Prowler\'s check reads v2 stages; REST API stages are judged the same way, as Checkov judges both.',
  condition: {
    'all-of': [
      { 'for-types': [V1], condition: { property: 'AccessLogSetting.DestinationArn', empty: false } },
      { 'for-types': [V2], condition: { property: 'AccessLogSettings.DestinationArn', empty: false } }
    ]
  },
  messages: {
    pass: 'Stage {name} writes access logs',
    fail: 'Stage {name} does not write access logs (no access log destination)',
    unknown: 'the access log destination'
  }
})
