import { builtinRule } from '../declarative/builtin.js'

export const mqBrokerCmkEncrypted = builtinRule({
  id: 'mq-broker-cmk-encrypted',
  title: 'Amazon MQ broker encrypts its data with a customer-managed KMS key',
  severity: 'low',
  description: 'Checks that the broker encrypts its data at rest with a KMS key of the account rather than an AWS-owned key (EncryptionOptions.UseAwsOwnedKey false).',
  risk: 'With an AWS-owned key, the account cannot restrict or audit who decrypts the broker\'s data.',
  remediation: {
    text: 'Create the broker with encryption_options use_aws_owned_key false and a KMS key (it cannot be changed afterwards).',
    terraform: `resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = aws_kms_key.mq.arn
  }
  user {
    username = "app"
    password = var.mq_password
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::AmazonMQ::Broker'],
  aliases: { checkov: ['CKV_AWS_209'], prowler: [] },
  notes: 'Cloud Control has no handlers for AWS::AmazonMQ::Broker, so a live scan does not read brokers: judged on Terraform and saved inventories.',
  condition: { property: 'EncryptionOptions.UseAwsOwnedKey', equals: false, default: true },
  messages: {
    pass: 'Broker {name} encrypts its data with a KMS key of the account',
    fail: 'Broker {name} encrypts its data with an AWS-owned key',
    unknown: 'the broker\'s encryption key setting'
  }
})
