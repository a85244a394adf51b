import { builtinRule } from '../declarative/builtin.js'

export const codebuildReportGroupExportEncrypted = builtinRule({
  id: 'codebuild-report-group-export-encrypted',
  title: 'CodeBuild report group encrypts the test reports it exports to S3',
  severity: 'medium',
  description:
    'Checks that a report group exporting to S3 does not disable encryption of the exported reports (ExportConfig.S3Destination.EncryptionDisabled is not true). Report groups that do not export get no verdict.',
  risk: 'Unencrypted test and coverage reports in S3 are protected by the bucket policy alone; they can reveal code structure, test data and environment details.',
  remediation: {
    text: 'Remove encryption_disabled (or set it to false) from the report group\'s S3 destination, and give it a KMS key.',
    terraform: `resource "aws_codebuild_report_group" "this" {
  name = "tests"
  type = "TEST"
  export_config {
    type = "S3"
    s3_destination {
      bucket              = aws_s3_bucket.reports.id
      encryption_disabled = false
      encryption_key      = aws_kms_key.reports.arn
      packaging           = "NONE"
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CodeBuild::ReportGroup'],
  aliases: { checkov: [], prowler: ['codebuild_report_group_export_encrypted'] },
  'applies-when': { property: 'ExportConfig.ExportConfigType', equals: 'S3' },
  condition: { property: 'ExportConfig.S3Destination.EncryptionDisabled', equals: false, default: false },
  messages: {
    pass: 'Report group {name} encrypts its exported reports',
    fail: 'Report group {name} exports its reports to S3 unencrypted',
    unknown: 'whether export encryption is disabled'
  }
})
