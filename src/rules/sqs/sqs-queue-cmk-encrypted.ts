import { builtinRule } from '../declarative/builtin.js'

export const sqsQueueCmkEncrypted = builtinRule({
  id: 'sqs-queue-cmk-encrypted',
  title: 'SQS queue is encrypted with a customer-managed KMS key',
  severity: 'low',
  description: 'Checks that the queue names a KMS key of its own (KmsMasterKeyId) other than the AWS-managed alias/aws/sqs.',
  risk: 'With SQS-managed or AWS-managed keys, the key policy cannot limit who decrypts the messages, and key use cannot be separated per application.',
  remediation: {
    text: 'Create a customer-managed KMS key and set it as the queue\'s KMS key.',
    terraform: `resource "aws_sqs_queue" "this" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.queue.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SQS::Queue'],
  aliases: { checkov: ['CKV2_AWS_73'], prowler: [] },
  notes: 'The AWS-managed key alias/aws/sqs fails, as in Checkov; SQS-managed encryption (SqsManagedSseEnabled) fails too: sqs-queue-encrypted accepts it.',
  condition: {
    'all-of': [
      { property: 'KmsMasterKeyId', matches: '.' },
      { property: 'KmsMasterKeyId', 'not-in': ['alias/aws/sqs', 'aws/sqs'] }
    ]
  },
  messages: {
    pass: 'Queue {name} is encrypted with KMS key {value}',
    fail: 'Queue {name} is not encrypted with a customer-managed KMS key (KmsMasterKeyId: {value})',
    unknown: 'the queue\'s KMS key'
  }
})
