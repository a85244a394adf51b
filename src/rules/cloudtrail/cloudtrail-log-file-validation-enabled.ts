import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const cloudtrailLogFileValidationEnabled: RuleDefinition = {
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
  resourceTypes: ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_36'], prowler: ['cloudtrail_log_file_validation_enabled'] },
  check(resource) {
    const path = 'EnableLogFileValidation'
    const enabled = read(resource, path)
    if (enabled === UNKNOWN) return unknownAt(resource, path, 'the log file validation setting')
    if (isTrue(enabled)) return pass(`Trail ${nameOf(resource)} validates its log files`, path)
    return fail(`Trail ${nameOf(resource)} does not validate its log files`, path)
  }
}
