import { builtinRule } from '../declarative/builtin.js'

export const snsTopicDeliveryStatusLogging = builtinRule({
  id: 'sns-topic-delivery-status-logging',
  title: 'SNS topic logs the delivery status of its messages',
  severity: 'low',
  description: 'Checks that the topic logs delivery status to CloudWatch Logs for at least one protocol (DeliveryStatusLogging).',
  risk: 'Without delivery status logs, failed deliveries to subscribers go unnoticed and cannot be investigated.',
  remediation: {
    text: 'Configure delivery status logging (a feedback role, and a sample rate for successes) for the protocols the topic delivers to.',
    terraform: `resource "aws_sns_topic" "this" {
  name                             = "alerts"
  sqs_success_feedback_role_arn    = aws_iam_role.sns_feedback.arn
  sqs_success_feedback_sample_rate = 100
  sqs_failure_feedback_role_arn    = aws_iam_role.sns_feedback.arn
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::SNS::Topic'],
  aliases: { checkov: [], prowler: [] },
  notes: 'FSBP SNS.2. Neither Checkov nor Prowler has a check for it. Any protocol with a success or failure feedback role passes.',
  condition: {
    property: 'DeliveryStatusLogging',
    some: { 'any-of': [{ property: 'SuccessFeedbackRoleArn', matches: '.' }, { property: 'FailureFeedbackRoleArn', matches: '.' }] }
  },
  messages: {
    pass: 'Topic {name} logs delivery status',
    fail: 'Topic {name} does not log delivery status for any protocol',
    unknown: 'the delivery status logging'
  }
})
