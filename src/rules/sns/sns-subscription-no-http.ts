import { builtinRule } from '../declarative/builtin.js'

export const snsSubscriptionNoHttp = builtinRule({
  id: 'sns-subscription-no-http',
  title: 'SNS subscription does not deliver over plain HTTP',
  severity: 'high',
  description: 'Checks that the subscription does not deliver messages to an http:// endpoint (Protocol http).',
  risk: 'Messages delivered over plain HTTP can be read and altered by anyone on the network path to the endpoint.',
  remediation: {
    text: 'Subscribe the endpoint over HTTPS.',
    terraform: `resource "aws_sns_topic_subscription" "webhook" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "https"
  endpoint  = "https://hooks.example.com/alerts"
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SNS::Subscription'],
  aliases: { checkov: [], prowler: ['sns_subscription_not_using_http_endpoints'] },
  notes: 'Cloud Control has no handlers for AWS::SNS::Subscription, so a live scan does not read subscriptions: judged on Terraform and saved inventories.',
  condition: { not: { property: 'Protocol', equals: 'http', 'ignore-case': true } },
  messages: {
    pass: 'Subscription {name} delivers over {value}',
    fail: 'Subscription {name} delivers over plain HTTP',
    unknown: 'the subscription protocol'
  }
})
