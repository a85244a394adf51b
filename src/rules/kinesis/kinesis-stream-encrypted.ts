import { builtinRule } from '../declarative/builtin.js'

export const kinesisStreamEncrypted = builtinRule({
  id: 'kinesis-stream-encrypted',
  title: 'Kinesis data stream is encrypted at rest',
  severity: 'high',
  description: 'Checks that the stream encrypts its records at rest with KMS (StreamEncryption.EncryptionType KMS).',
  risk: 'Records of an unencrypted stream are stored in plain form for as long as the stream retains them.',
  remediation: {
    text: 'Turn on server-side encryption with a KMS key (alias/aws/kinesis or a key of your own).',
    terraform: `resource "aws_kinesis_stream" "this" {
  name = "events"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Kinesis::Stream'],
  aliases: { checkov: ['CKV_AWS_43'], prowler: ['kinesis_stream_encrypted_at_rest'] },
  notes: 'FSBP Kinesis.1.',
  condition: { property: 'StreamEncryption.EncryptionType', equals: 'KMS' },
  messages: {
    pass: 'Stream {name} is encrypted at rest',
    fail: 'Stream {name} is not encrypted at rest',
    unknown: 'the stream encryption'
  }
})
