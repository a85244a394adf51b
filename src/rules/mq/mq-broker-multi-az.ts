import { builtinRule } from '../declarative/builtin.js'

export const mqBrokerMultiAz = builtinRule({
  id: 'mq-broker-multi-az',
  title: 'Amazon MQ broker is deployed across availability zones',
  severity: 'medium',
  description: 'Checks that an ActiveMQ broker runs as an active/standby pair (ACTIVE_STANDBY_MULTI_AZ) or a RabbitMQ broker as a cluster (CLUSTER_MULTI_AZ), not as a single instance (DeploymentMode).',
  risk: 'A single-instance broker is unavailable during maintenance and lost with its availability zone.',
  remediation: {
    text: 'Deploy the broker as ACTIVE_STANDBY_MULTI_AZ (ActiveMQ) or CLUSTER_MULTI_AZ (RabbitMQ).',
    terraform: `resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  deployment_mode = "ACTIVE_STANDBY_MULTI_AZ"
  user {
    username = "app"
    password = var.mq_password
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::AmazonMQ::Broker'],
  aliases: { checkov: [], prowler: ['mq_broker_active_deployment_mode', 'mq_broker_cluster_deployment_mode'] },
  notes: 'One rule for both Prowler checks: mq_broker_active_deployment_mode judges ActiveMQ brokers and mq_broker_cluster_deployment_mode RabbitMQ ones; each engine\'s multi-AZ mode passes. Cloud Control has no handlers for AWS::AmazonMQ::Broker, so a live scan does not read brokers: judged on Terraform and saved inventories.',
  condition: { property: 'DeploymentMode', in: ['ACTIVE_STANDBY_MULTI_AZ', 'CLUSTER_MULTI_AZ'], default: 'SINGLE_INSTANCE' },
  messages: {
    pass: 'Broker {name} is deployed as {value}',
    fail: 'Broker {name} is a single instance ({value})',
    unknown: 'the deployment mode'
  }
})
