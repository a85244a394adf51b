import { builtinRule } from '../declarative/builtin.js'

export const mqBrokerLoggingEnabled = builtinRule({
  id: 'mq-broker-logging-enabled',
  title: 'Amazon MQ broker sends its logs to CloudWatch Logs',
  severity: 'low',
  description: 'Checks that the broker publishes its general logs to CloudWatch Logs (Logs.General), and its audit logs too when it runs ActiveMQ (Logs.Audit).',
  risk: 'Without broker logs, connection failures, configuration changes and administrative actions leave no trace to investigate.',
  remediation: {
    text: 'Turn on general logging (and audit logging for ActiveMQ brokers).',
    terraform: `resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
    audit   = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::AmazonMQ::Broker'],
  aliases: { checkov: ['CKV_AWS_48'], prowler: ['mq_broker_logging_enabled'] },
  notes: 'RabbitMQ brokers have no audit log: general logging alone passes them, as in Prowler. Cloud Control has no handlers for AWS::AmazonMQ::Broker, so a live scan does not read brokers: judged on Terraform and saved inventories.',
  condition: {
    'all-of': [
      { property: 'Logs.General', equals: true },
      { 'any-of': [{ not: { property: 'EngineType', equals: 'ACTIVEMQ', 'ignore-case': true } }, { property: 'Logs.Audit', equals: true }] }
    ]
  },
  messages: {
    pass: 'Broker {name} publishes its logs',
    fail: { 'Logs.General': 'Broker {name} does not publish its general logs', 'Logs.Audit': 'ActiveMQ broker {name} does not publish its audit logs', EngineType: 'ActiveMQ broker {name} does not publish its audit logs' },
    unknown: { 'Logs.General': 'the general logging setting', 'Logs.Audit': 'the audit logging setting', EngineType: 'the broker engine' }
  }
})
