import { builtinRule } from '../declarative/builtin.js'

export const mskClusterCmkEncrypted = builtinRule({
  id: 'msk-cluster-cmk-encrypted',
  title: 'MSK cluster encrypts its data at rest with a customer-managed KMS key',
  severity: 'medium',
  description: 'Checks that the cluster names a KMS key for its broker volumes (EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId).',
  risk: 'Without a key of its own, the cluster\'s data is encrypted with an AWS-managed key whose policy the account cannot restrict.',
  remediation: {
    text: 'Create the cluster with a customer-managed KMS key for encryption at rest (it cannot be changed afterwards).',
    terraform: `resource "aws_msk_cluster" "this" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.subnet_ids
    security_groups = [aws_security_group.kafka.id]
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::MSK::Cluster'],
  aliases: { checkov: [], prowler: ['kafka_cluster_encryption_at_rest_uses_cmk'] },
  notes: 'Any key named passes; Prowler also fails a key named here that is AWS-managed (aws/kafka), which cannot be told from its ARN alone.',
  condition: { property: 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId', matches: '.' },
  messages: {
    pass: 'Cluster {name} encrypts its data at rest with KMS key {value}',
    fail: 'Cluster {name} encrypts its data at rest with an AWS-managed key',
    unknown: 'the cluster\'s KMS key'
  }
})
