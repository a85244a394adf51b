import { builtinRule } from '../declarative/builtin.js'

export const logsLogGroupKmsEncrypted = builtinRule({
  id: 'logs-log-group-kms-encrypted',
  title: 'CloudWatch Logs log group is encrypted with a KMS key',
  severity: 'medium',
  description: 'Checks that the log group encrypts its log events with a KMS key of the account (KmsKeyId).',
  risk: 'Logs often hold personal data, tokens and internals; without a KMS key, who can read them is not governed by a key policy and key use is not audited.',
  remediation: {
    text: 'Set a KMS key on the log group (its key policy must allow the logs service principal of the region).',
    terraform: `resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/api"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Logs::LogGroup'],
  aliases: { checkov: ['CKV_AWS_158'], prowler: ['cloudwatch_log_group_kms_encryption_enabled'] },
  condition: { property: 'KmsKeyId', matches: '.' },
  messages: {
    pass: 'Log group {name} is encrypted with KMS key {value}',
    fail: 'Log group {name} is not encrypted with a KMS key',
    unknown: 'the log group\'s KMS key'
  }
})
