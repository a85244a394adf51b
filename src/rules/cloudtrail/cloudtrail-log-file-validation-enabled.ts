import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailLogFileValidationEnabled = builtinRule({
  id: 'cloudtrail-log-file-validation-enabled',
  title: 'CloudTrail trail has log file validation enabled',
  severity: 'medium',
  description: 'Checks that the trail writes signed digest files so that log tampering can be detected (EnableLogFileValidation).',
  risk: 'Without digests an attacker who reaches the log bucket can alter or delete records without detection.',
  remediation: {
    text: 'Enable log file validation on the trail.',
    terraform: `resource "aws_cloudtrail" "this" {
  name                       = "org-trail"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_36'], prowler: ['cloudtrail_log_file_validation_enabled'] },
  condition: { property: 'EnableLogFileValidation', equals: true },
  messages: {
    pass: 'Trail {name} validates its log files',
    fail: 'Trail {name} does not validate its log files',
    unknown: 'the log file validation setting'
  }
})
