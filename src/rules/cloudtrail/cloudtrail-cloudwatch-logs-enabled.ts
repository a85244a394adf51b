import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailCloudwatchLogsEnabled = builtinRule({
  id: 'cloudtrail-cloudwatch-logs-enabled',
  title: 'CloudTrail trail sends its events to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that the trail delivers its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn, with the role CloudTrail uses for it).',
  risk: 'Events kept only in S3 cannot drive metric filters and alarms: unauthorised API calls, root use or policy changes are noticed, if ever, long after the fact.',
  remediation: {
    text: 'Give the trail a log group and a role that lets CloudTrail write to it.',
    terraform: `resource "aws_cloudtrail" "this" {
  name                       = "management"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV2_AWS_10'], prowler: ['cloudtrail_cloudwatch_logging_enabled'] },
  notes: 'The configuration is judged; Prowler also asks that logs were delivered in the last 24 hours, which a configuration cannot show.',
  condition: {
    'any-of': [
      // A known ARN, or (in a plan) a reference to a log group the configuration creates.
      { property: 'CloudWatchLogsLogGroupArn', matches: '.' },
      { predicate: 'refers-to', property: 'CloudWatchLogsLogGroupArn', type: 'AWS::Logs::LogGroup', attribute: 'Arn' }
    ]
  },
  messages: {
    pass: 'Trail {name} sends its events to CloudWatch Logs',
    fail: 'Trail {name} does not send its events to CloudWatch Logs',
    unknown: 'the CloudWatch Logs log group'
  }
})
