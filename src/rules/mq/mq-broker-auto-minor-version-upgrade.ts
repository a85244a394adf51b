import { builtinRule } from '../declarative/builtin.js'

export const mqBrokerAutoMinorVersionUpgrade = builtinRule({
  id: 'mq-broker-auto-minor-version-upgrade',
  title: 'Amazon MQ broker upgrades minor engine versions automatically',
  severity: 'low',
  description: 'Checks that the broker takes new minor engine versions in its maintenance window (AutoMinorVersionUpgrade).',
  risk: 'Brokers left on old minor versions miss security fixes.',
  remediation: {
    text: 'Turn on automatic minor version upgrades.',
    terraform: `resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  auto_minor_version_upgrade = true
  user {
    username = "app"
    password = var.mq_password
  }
}`
  },
  categories: ['patching'],
  'resource-types': ['AWS::AmazonMQ::Broker'],
  aliases: { checkov: ['CKV_AWS_207'], prowler: ['mq_broker_auto_minor_version_upgrades'] },
  notes: 'Cloud Control has no handlers for AWS::AmazonMQ::Broker, so a live scan does not read brokers: judged on Terraform and saved inventories.',
  condition: { property: 'AutoMinorVersionUpgrade', equals: true },
  messages: {
    pass: 'Broker {name} upgrades minor versions automatically',
    fail: 'Broker {name} does not upgrade minor versions automatically',
    unknown: 'the automatic minor version upgrade setting'
  }
})
