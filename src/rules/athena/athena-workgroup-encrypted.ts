import { builtinRule } from '../declarative/builtin.js'

export const athenaWorkgroupEncrypted = builtinRule({
  id: 'athena-workgroup-encrypted',
  title: 'Athena workgroup encrypts query results',
  severity: 'medium',
  description:
    'Checks that the workgroup encrypts the query results it writes to S3 (WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption is SSE_S3, SSE_KMS or CSE_KMS).',
  risk: 'Query results are copies of the data queried; unencrypted in the results bucket they escape the encryption of the source data.',
  remediation: {
    text: 'Set an encryption option for the workgroup\'s query results (SSE_KMS with a key of yours where the data calls for it), and enforce the workgroup configuration so clients cannot turn it off.',
    terraform: `resource "aws_athena_workgroup" "this" {
  name = "analysts"
  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://\${aws_s3_bucket.results.bucket}/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Athena::WorkGroup'],
  aliases: { checkov: ['CKV_AWS_159'], prowler: ['athena_workgroup_encryption'] },
  notes: 'A workgroup that does not enforce its configuration lets clients choose their own result settings; athena-workgroup-enforces-configuration checks that apart.',
  condition: { property: 'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption', in: ['SSE_S3', 'SSE_KMS', 'CSE_KMS'] },
  messages: {
    pass: 'Workgroup {name} encrypts query results ({value})',
    fail: 'Workgroup {name} does not encrypt query results (EncryptionOption is {value})',
    unknown: 'the query results encryption'
  }
})
