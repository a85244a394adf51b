import { builtinRule } from '../declarative/builtin.js'

export const kinesisStreamCmkEncrypted = builtinRule({
  id: 'kinesis-stream-cmk-encrypted',
  title: 'Kinesis data stream is encrypted with a customer-managed KMS key',
  severity: 'low',
  description: 'Checks that the stream is encrypted with a KMS key of the account, not the AWS-managed alias/aws/kinesis (StreamEncryption.KeyId).',
  risk: 'With the AWS-managed key, the key policy cannot limit who reads the stream\'s data, and key use cannot be separated per application.',
  remediation: {
    text: 'Encrypt the stream with a customer-managed KMS key.',
    terraform: `resource "aws_kinesis_stream" "this" {
  name = "events"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.stream.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Kinesis::Stream'],
  aliases: { checkov: ['CKV_AWS_185'], prowler: [] },
  condition: {
    'all-of': [
      { property: 'StreamEncryption.EncryptionType', equals: 'KMS' },
      { property: 'StreamEncryption.KeyId', matches: '.' },
      { property: 'StreamEncryption.KeyId', 'not-in': ['alias/aws/kinesis'] }
    ]
  },
  messages: {
    pass: 'Stream {name} is encrypted with a customer-managed key',
    fail: { 'StreamEncryption.EncryptionType': 'Stream {name} is not encrypted at rest', 'StreamEncryption.KeyId': 'Stream {name} is not encrypted with a customer-managed key (KeyId: {value})' },
    unknown: { 'StreamEncryption.EncryptionType': 'the stream encryption', 'StreamEncryption.KeyId': 'the stream\'s KMS key' }
  }
})
