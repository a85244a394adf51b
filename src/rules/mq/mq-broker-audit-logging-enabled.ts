import { builtinRule } from '../declarative/builtin.js'

export const mqBrokerAuditLoggingEnabled = builtinRule({
  id: 'mq-broker-audit-logging-enabled',
  title: 'Amazon MQ ActiveMQ broker publishes audit logs',
  severity: 'low',
  description: 'Checks that an ActiveMQ broker publishes its audit log (administrative actions) to CloudWatch Logs (Logs.Audit).',
  risk: 'Changes made through the ActiveMQ web console or JMX leave no record of who made them.',
  remediation: {
    text: 'Turn on audit logging for the broker.',
    terraform: `resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  logs {
    audit = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::AmazonMQ::Broker'],
  aliases: { checkov: ['CKV_AWS_197'], prowler: [] },
  notes: 'Judged on ActiveMQ brokers only: RabbitMQ has no audit log (Checkov skips it too). Cloud Control has no handlers for AWS::AmazonMQ::Broker, so a live scan does not read brokers: judged on Terraform and saved inventories.',
  'applies-when': { property: 'EngineType', equals: 'ACTIVEMQ', 'ignore-case': true },
  condition: { property: 'Logs.Audit', equals: true },
  messages: {
    pass: 'Broker {name} publishes its audit log',
    fail: 'Broker {name} does not publish its audit log',
    unknown: 'the audit logging setting'
  }
})
