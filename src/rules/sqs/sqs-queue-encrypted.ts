import { builtinRule } from '../declarative/builtin.js'

export const sqsQueueEncrypted = builtinRule({
  id: 'sqs-queue-encrypted',
  title: 'SQS queue encrypts messages at rest',
  severity: 'medium',
  description: 'Checks that the queue encrypts its messages at rest, with a KMS key (KmsMasterKeyId) or with SQS-managed keys (SqsManagedSseEnabled).',
  risk: 'Messages held in an unencrypted queue can be read from the service\'s storage without any key access being logged or controllable.',
  remediation: {
    text: 'Turn on SQS-managed encryption, or set a KMS key for the queue.',
    terraform: `resource "aws_sqs_queue" "this" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::SQS::Queue'],
  aliases: { checkov: ['CKV_AWS_27'], prowler: ['sqs_queues_server_side_encryption_enabled'] },
  notes:
    'Either kind of server-side encryption passes, as in Checkov. SQS turns SQS-managed encryption on for queues created without encryption settings (since October 2022), so a queue a plan creates without either setting passes; in .tf code alone such a queue fails, as in Checkov (the code cannot tell whether the queue predates the default). Live, the queue reports its setting.',
  condition: {
    'any-of': [
      { property: 'KmsMasterKeyId', matches: '.' },
      { property: 'SqsManagedSseEnabled', equals: true }
    ]
  },
  messages: {
    pass: { KmsMasterKeyId: 'Queue {name} is encrypted with KMS key {value}', SqsManagedSseEnabled: 'Queue {name} is encrypted with SQS-managed keys' },
    fail: 'Queue {name} does not encrypt messages at rest',
    unknown: { KmsMasterKeyId: 'the queue\'s KMS key', SqsManagedSseEnabled: 'the SQS-managed encryption setting' }
  }
})
