import { builtinRule } from '../declarative/builtin.js'

export const logsLogGroupRetentionOneYear = builtinRule({
  id: 'logs-log-group-retention-one-year',
  title: 'CloudWatch Logs log group keeps its logs for at least a year',
  severity: 'medium',
  description: 'Checks that the log group keeps log events for at least 365 days (RetentionInDays), or never expires them.',
  risk: 'Logs deleted after a few days or weeks are gone when an incident is found months later, and many audit regimes ask for a year.',
  remediation: {
    text: 'Set the retention to 365 days or more (or leave it unset to keep logs forever).',
    terraform: `resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/api"
  retention_in_days = 365
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::Logs::LogGroup'],
  aliases: { checkov: ['CKV_AWS_338'], prowler: ['cloudwatch_log_group_retention_policy_specific_days_enabled'] },
  notes:
    'A group without a retention setting never expires its logs and passes, as in Prowler (whose default minimum is 365 days) where Checkov\'s CKV_AWS_338 fails an unset retention (it passes 0, the provider\'s never-expire): logs that never expire are kept for at least a year either way. logs-log-group-retention-set asks for a retention to be set at all.',
  condition: {
    'any-of': [
      { property: 'RetentionInDays', exists: false },
      { property: 'RetentionInDays', 'greater-or-equal': 365 }
    ]
  },
  messages: {
    pass: 'Log group {name} keeps its logs for {value} days (not set: forever)',
    fail: 'Log group {name} keeps its logs for only {value} days',
    unknown: 'the log group\'s retention'
  }
})
