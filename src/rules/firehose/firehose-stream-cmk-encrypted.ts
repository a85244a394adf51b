import { builtinRule } from '../declarative/builtin.js'

export const firehoseStreamCmkEncrypted = builtinRule({
  id: 'firehose-stream-cmk-encrypted',
  title: 'Firehose delivery stream is encrypted with a customer-managed KMS key',
  severity: 'low',
  description: 'Checks that a Direct PUT delivery stream encrypts its data with a KMS key of the account (DeliveryStreamEncryptionConfigurationInput.KeyType CUSTOMER_MANAGED_CMK).',
  risk: 'With an AWS-owned key, the account cannot restrict or audit who decrypts the stream\'s data.',
  remediation: {
    text: 'Encrypt the delivery stream with a customer-managed KMS key.',
    terraform: `resource "aws_kinesis_firehose_delivery_stream" "this" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::KinesisFirehose::DeliveryStream'],
  aliases: { checkov: ['CKV_AWS_241'], prowler: [] },
  notes: 'Streams fed by a Kinesis data stream or an MSK cluster are skipped (no server-side encryption of their own).',
  'applies-when': { property: 'DeliveryStreamType', 'not-in': ['KinesisStreamAsSource', 'MSKAsSource'], default: 'DirectPut' },
  condition: { property: 'DeliveryStreamEncryptionConfigurationInput.KeyType', equals: 'CUSTOMER_MANAGED_CMK' },
  messages: {
    pass: 'Delivery stream {name} is encrypted with a customer-managed key',
    fail: 'Delivery stream {name} is not encrypted with a customer-managed key (KeyType: {value})',
    unknown: 'the delivery stream encryption'
  }
})
