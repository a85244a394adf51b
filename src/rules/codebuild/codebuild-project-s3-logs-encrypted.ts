import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectS3LogsEncrypted = builtinRule({
  id: 'codebuild-project-s3-logs-encrypted',
  title: 'CodeBuild project encrypts the build logs it writes to S3',
  severity: 'low',
  description:
    'Checks that a project sending build logs to S3 does not disable their encryption (LogsConfig.S3Logs.EncryptionDisabled is not true). Projects without S3 logs get no verdict.',
  risk: 'Build logs often print configuration, endpoints and, by mistake, secrets; unencrypted in S3 they are protected by the bucket policy alone.',
  remediation: {
    text: 'Remove encryption_disabled (or set it to false) from the S3 logs configuration.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "\${aws_s3_bucket.logs.id}/codebuild"
      encryption_disabled = false
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: ['CKV_AWS_311'], prowler: ['codebuild_project_s3_logs_encrypted'] },
  'applies-when': { property: 'LogsConfig.S3Logs.Status', equals: 'ENABLED' },
  condition: { property: 'LogsConfig.S3Logs.EncryptionDisabled', equals: false, default: false },
  messages: {
    pass: 'Project {name} encrypts its S3 build logs',
    fail: 'Project {name} writes its build logs to S3 unencrypted',
    unknown: 'whether S3 log encryption is disabled'
  }
})
