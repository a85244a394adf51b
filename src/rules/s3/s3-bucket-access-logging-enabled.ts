import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { readNode, UNKNOWN } from '../support/read.js'

export const s3BucketAccessLoggingEnabled: RuleDefinition = {
  id: 's3-bucket-access-logging-enabled',
  title: 'S3 bucket has server access logging enabled',
  severity: 'medium',
  description: 'Checks that the bucket writes server access logs (LoggingConfiguration is set).',
  risk: 'Without access logs there is no record of who read or changed objects, which blinds incident response and audits.',
  remediation: {
    text: 'Send server access logs to a separate logging bucket (aws_s3_bucket_logging).',
    terraform: `resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.this.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "access/"
}`
  },
  categories: ['logging', 'forensics-ready'],
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_18'], prowler: ['s3_bucket_server_access_logging_enabled'] },
  notes:
    'A LoggingConfiguration without DestinationBucketName counts as enabled: CloudFormation then logs into the bucket itself.',
  check(resource) {
    const path = 'LoggingConfiguration'
    // Only the block itself must be known: a logging target created by the same plan (its name known after
    // apply) still means logging is on.
    const logging = readNode(resource, path)
    if (logging === UNKNOWN) return unknownAt(resource, path, 'the logging configuration')
    if (logging !== null && typeof logging === 'object') {
      return pass(`Bucket ${nameOf(resource)} has server access logging enabled`, path)
    }
    return fail(`Bucket ${nameOf(resource)} has server access logging disabled`, path)
  }
}
