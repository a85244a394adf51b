import { builtinRule } from '../declarative/builtin.js'

export const logsLogGroupRetentionSet = builtinRule({
  id: 'logs-log-group-retention-set',
  title: 'CloudWatch Logs log group sets a retention period',
  severity: 'low',
  description: 'Checks that the log group states how long it keeps log events (RetentionInDays) instead of keeping them forever.',
  risk: 'Logs kept forever grow storage costs without limit and hold personal data longer than any retention policy allows.',
  remediation: {
    text: 'Set a retention period that meets your audit requirements (365 days or more for most regimes).',
    terraform: `resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/api"
  retention_in_days = 365
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::Logs::LogGroup'],
  aliases: { checkov: ['CKV_AWS_66'], prowler: [] },
  notes: 'Any retention passes here; logs-log-group-retention-one-year asks for at least a year (and lets a group without one pass).',
  condition: { property: 'RetentionInDays', exists: true },
  messages: {
    pass: 'Log group {name} keeps its logs for {value} days',
    fail: 'Log group {name} keeps its logs forever (no retention set)',
    unknown: 'the log group\'s retention'
  }
})
