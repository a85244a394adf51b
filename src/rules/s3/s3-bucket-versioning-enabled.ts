import { fail, nameOf, pass, read, UNKNOWN, unknownAt, type RuleDefinition } from '../helpers.js'

export const s3BucketVersioningEnabled: RuleDefinition = {
  id: 's3-bucket-versioning-enabled',
  title: 'S3 bucket has object versioning enabled',
  severity: 'medium',
  description: 'Checks that the bucket keeps previous versions of its objects (VersioningConfiguration.Status is Enabled).',
  risk: 'Without versioning an overwritten or deleted object is gone: a mistake, a buggy job or ransomware cannot be undone.',
  remediation: {
    text: 'Enable versioning on the bucket (aws_s3_bucket_versioning with status "Enabled").',
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}`
  },
  categories: ['resilience'],
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_21'], prowler: ['s3_bucket_object_versioning'] },
  check(resource) {
    const path = 'VersioningConfiguration.Status'
    const status = read(resource, path)
    if (status === UNKNOWN) return unknownAt(resource, path, 'the versioning status')
    if (status === 'Enabled') return pass(`Bucket ${nameOf(resource)} has versioning enabled`, path)
    const state = status === 'Suspended' ? 'suspended' : 'not enabled'
    return fail(`Bucket ${nameOf(resource)} has versioning ${state}`, path)
  }
}
