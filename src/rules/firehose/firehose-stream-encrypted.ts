import { builtinRule } from '../declarative/builtin.js'

export const firehoseStreamEncrypted = builtinRule({
  id: 'firehose-stream-encrypted',
  title: 'Firehose delivery stream encrypts its data at rest',
  severity: 'medium',
  description: 'Checks that a Direct PUT delivery stream encrypts the records it buffers with KMS (DeliveryStreamEncryptionConfigurationInput).',
  risk: 'Records buffered by the stream before delivery are stored unencrypted.',
  remediation: {
    text: 'Turn on server-side encryption for the delivery stream.',
    terraform: `resource "aws_kinesis_firehose_delivery_stream" "this" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled  = true
    key_type = "AWS_OWNED_CMK"
  }
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::KinesisFirehose::DeliveryStream'],
  aliases: { checkov: ['CKV_AWS_240'], prowler: ['firehose_stream_encrypted_at_rest'] },
  notes: 'Streams whose source is a Kinesis data stream or an MSK cluster are skipped: server-side encryption cannot be set on them (the source\'s encryption protects the data). Prowler passes such a stream when its source stream is encrypted, which kinesis-stream-encrypted judges.',
  'applies-when': { property: 'DeliveryStreamType', 'not-in': ['KinesisStreamAsSource', 'MSKAsSource'], default: 'DirectPut' },
  condition: { property: 'DeliveryStreamEncryptionConfigurationInput.KeyType', in: ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'] },
  messages: {
    pass: 'Delivery stream {name} is encrypted at rest ({value})',
    fail: 'Delivery stream {name} is not encrypted at rest',
    unknown: 'the delivery stream encryption'
  }
})
