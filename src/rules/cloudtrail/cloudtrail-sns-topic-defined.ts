import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailSnsTopicDefined = builtinRule({
  id: 'cloudtrail-sns-topic-defined',
  title: 'CloudTrail trail notifies an SNS topic of each log file delivered',
  severity: 'low',
  description: 'Checks that the trail publishes a notification to an SNS topic for every log file it delivers (SnsTopicName).',
  risk: 'Without notifications, nothing downstream (log processing, a SIEM, an alert on missing deliveries) learns that new logs have arrived.',
  remediation: {
    text: 'Name an SNS topic on the trail whose policy lets CloudTrail publish.',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "management"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
  sns_topic_name = aws_sns_topic.trail_deliveries.name
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_252'], prowler: [] },
  condition: {
    'any-of': [
      { property: 'SnsTopicName', matches: '.' },
      { predicate: 'refers-to', property: 'SnsTopicName', type: 'AWS::SNS::Topic', attribute: 'TopicName' }
    ]
  },
  messages: {
    pass: 'Trail {name} notifies an SNS topic of its log deliveries',
    fail: 'Trail {name} notifies no SNS topic of its log deliveries',
    unknown: 'the SNS topic'
  }
})
