import { builtinRule } from '../declarative/builtin.js'

export const mskClusterBrokerLoggingEnabled = builtinRule({
  id: 'msk-cluster-broker-logging-enabled',
  title: 'MSK cluster delivers broker logs',
  severity: 'medium',
  description: 'Checks that the cluster delivers its broker logs to CloudWatch Logs, Kinesis Data Firehose or S3 (LoggingInfo.BrokerLogs).',
  risk: 'Without broker logs, errors, authentication failures and misuse of the cluster leave no trace to investigate.',
  remediation: {
    text: 'Turn on broker log delivery to at least one destination.',
    terraform: `resource "aws_msk_cluster" "this" {
  # ...
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.kafka.name
      }
    }
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: ['CKV_AWS_80'], prowler: [] },
  condition: {
    'any-of': [
      { property: 'LoggingInfo.BrokerLogs.CloudWatchLogs.Enabled', equals: true },
      { property: 'LoggingInfo.BrokerLogs.Firehose.Enabled', equals: true },
      { property: 'LoggingInfo.BrokerLogs.S3.Enabled', equals: true }
    ]
  },
  messages: {
    pass: 'Cluster {name} delivers its broker logs',
    fail: 'Cluster {name} delivers its broker logs nowhere',
    unknown: 'the broker log delivery'
  }
})
