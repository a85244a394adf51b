import { builtinRule } from '../declarative/builtin.js'

export const kinesisStreamRetention7Days = builtinRule({
  id: 'kinesis-stream-retention-7-days',
  title: 'Kinesis data stream keeps records for at least 7 days',
  severity: 'low',
  description: 'Checks that the stream retains records for at least 168 hours (RetentionPeriodHours; 24 by default).',
  risk: 'With one day of retention, a consumer that is down over a weekend loses records for good.',
  remediation: {
    text: 'Raise the retention period to 168 hours or more.',
    terraform: `resource "aws_kinesis_stream" "this" {
  name = "events"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
  retention_period = 168
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Kinesis::Stream'],
  aliases: { checkov: [], prowler: ['kinesis_stream_data_retention_period'] },
  notes: '168 hours is Prowler\'s default minimum.',
  condition: { property: 'RetentionPeriodHours', 'greater-or-equal': 168, default: 24 },
  messages: {
    pass: 'Stream {name} keeps records for {value} hours',
    fail: 'Stream {name} keeps records for only {value} hours',
    unknown: 'the stream\'s retention period'
  }
})
