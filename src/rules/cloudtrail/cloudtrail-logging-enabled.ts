import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailLoggingEnabled = builtinRule({
  id: 'cloudtrail-logging-enabled',
  title: 'CloudTrail trail is logging',
  severity: 'high',
  description: 'Checks that the trail is recording events (IsLogging is true; Terraform\'s enable_logging, true when not set).',
  risk: 'A stopped trail records nothing: activity during the gap, often the very activity that stopped it, leaves no audit record.',
  remediation: {
    text: 'Start logging on the trail, and find out who stopped it and why.',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "management"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
  enable_logging = true
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_251'], prowler: [] },
  condition: { property: 'IsLogging', equals: true },
  messages: {
    pass: 'Trail {name} is logging',
    fail: 'Trail {name} is not logging',
    unknown: 'whether the trail is logging'
  }
})
