import { builtinRule } from '../declarative/builtin.js'

export const snsTopicEncrypted = builtinRule({
  id: 'sns-topic-encrypted',
  title: 'SNS topic encrypts messages at rest with KMS',
  severity: 'medium',
  description: 'Checks that the topic names a KMS key (KmsMasterKeyId) to encrypt the messages it stores.',
  risk: 'Messages published to an unencrypted topic are stored without encryption under a key the account controls.',
  remediation: {
    text: 'Set a KMS key on the topic (a customer-managed key, or alias/aws/sns).',
    terraform: `resource "aws_sns_topic" "this" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.topic.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SNS::Topic'],
  aliases: { checkov: ['CKV_AWS_26'], prowler: ['sns_topics_kms_encryption_at_rest_enabled'] },
  notes: 'The AWS-managed key alias/aws/sns passes, as in Checkov and Prowler.',
  condition: { property: 'KmsMasterKeyId', matches: '.' },
  messages: {
    pass: 'Topic {name} is encrypted with KMS key {value}',
    fail: 'Topic {name} is not encrypted at rest',
    unknown: 'the topic\'s KMS key'
  }
})
