import { builtinRule } from '../declarative/builtin.js'

export const s3BucketEventNotificationsEnabled = builtinRule({
  id: 's3-bucket-event-notifications-enabled',
  title: 'S3 bucket sends event notifications',
  severity: 'low',
  description:
    'Checks that the bucket notifies something of its object events: an SNS topic, an SQS queue or a Lambda function (NotificationConfiguration...Configurations), or EventBridge (EventBridgeConfiguration.EventBridgeEnabled).',
  risk: 'Without notifications, object creation and deletion (a mass delete, an unexpected upload) happen unseen by any process that could react.',
  remediation: {
    text: 'Send the bucket\'s events to EventBridge (or to a topic, queue or function).',
    terraform: `resource "aws_s3_bucket_notification" "this" {
  bucket      = aws_s3_bucket.this.id
  eventbridge = true
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV2_AWS_62'], prowler: ['s3_bucket_event_notifications_enabled'] },
  condition: {
    'any-of': [
      { property: 'NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled', equals: true },
      { property: 'NotificationConfiguration.TopicConfigurations', empty: false },
      { property: 'NotificationConfiguration.QueueConfigurations', empty: false },
      { property: 'NotificationConfiguration.LambdaConfigurations', empty: false }
    ]
  },
  messages: {
    pass: 'Bucket {name} sends event notifications',
    fail: 'Bucket {name} sends no event notifications',
    unknown: 'the notification configuration'
  }
})
