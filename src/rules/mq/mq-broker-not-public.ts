import { builtinRule } from '../declarative/builtin.js'

export const mqBrokerNotPublic = builtinRule({
  id: 'mq-broker-not-public',
  title: 'Amazon MQ broker is not publicly accessible',
  severity: 'high',
  description: 'Checks that the broker is reachable only from inside its VPC (PubliclyAccessible false).',
  risk: 'A public broker\'s endpoints can be reached from the internet, where only its users\' passwords protect the messages.',
  remediation: {
    text: 'Create the broker without public accessibility (it cannot be changed afterwards) and reach it through the VPC.',
    terraform: `resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  publicly_accessible = false
  user {
    username = "app"
    password = var.mq_password
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::AmazonMQ::Broker'],
  aliases: { checkov: ['CKV_AWS_69'], prowler: ['mq_broker_not_publicly_accessible'] },
  notes: 'Cloud Control has no handlers for AWS::AmazonMQ::Broker, so a live scan does not read brokers: judged on Terraform and saved inventories.',
  condition: { property: 'PubliclyAccessible', equals: false },
  messages: {
    pass: 'Broker {name} is not publicly accessible',
    fail: 'Broker {name} is publicly accessible',
    unknown: 'whether the broker is publicly accessible'
  }
})
