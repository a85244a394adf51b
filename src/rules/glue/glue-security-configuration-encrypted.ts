import { builtinRule } from '../declarative/builtin.js'

export const glueSecurityConfigurationEncrypted = builtinRule({
  id: 'glue-security-configuration-encrypted',
  title: 'Glue security configuration encrypts S3 data, CloudWatch logs and job bookmarks',
  severity: 'medium',
  description:
    'Checks that the security configuration encrypts all three things a Glue job or crawler writes: S3 data (every S3Encryptions item SSE-S3 or SSE-KMS), CloudWatch logs (CloudWatchEncryptionMode SSE-KMS) and job bookmarks (JobBookmarksEncryptionMode CSE-KMS).',
  risk: 'A job running under a configuration that leaves one of them unencrypted writes that output (data, logs with data samples, bookmarks) in the clear.',
  remediation: {
    text: 'Set all three encryption modes in the security configuration.',
    terraform: `resource "aws_glue_security_configuration" "this" {
  name = "encrypted"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.glue.arn
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Glue::SecurityConfiguration'],
  aliases: { checkov: ['CKV_AWS_99'], prowler: [] },
  condition: {
    'all-of': [
      { property: 'EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode', equals: 'SSE-KMS' },
      { property: 'EncryptionConfiguration.JobBookmarksEncryption.JobBookmarksEncryptionMode', equals: 'CSE-KMS' },
      { property: 'EncryptionConfiguration.S3Encryptions', empty: false },
      { property: 'EncryptionConfiguration.S3Encryptions', every: { property: 'S3EncryptionMode', in: ['SSE-S3', 'SSE-KMS'] } }
    ]
  },
  messages: {
    pass: 'Security configuration {name} encrypts S3 data, CloudWatch logs and job bookmarks',
    fail: 'Security configuration {name} leaves something unencrypted ({property} is {value})',
    unknown: 'the encryption modes'
  }
})
