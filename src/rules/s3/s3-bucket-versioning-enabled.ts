import type { Resource } from '../../types.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { holds, isTrue, or, read, UNKNOWN, type Verdict } from '../support/read.js'

const LOCK_PATH = 'ObjectLockEnabled'
const LOCK_CONFIGURATION_PATH = 'ObjectLockConfiguration.ObjectLockEnabled'

/**
 * Object Lock on: CloudFormation's ObjectLockEnabled (Terraform's object_lock_enabled), or the lock
 * configuration's ObjectLockEnabled "Enabled" that Cloud Control reads back. S3 enables versioning with it and
 * refuses to suspend versioning while it is on (S3 User Guide, "Locking objects with Object Lock").
 */
function objectLockOn(resource: Resource): Verdict {
  return or(holds(read(resource, LOCK_PATH), isTrue), holds(read(resource, LOCK_CONFIGURATION_PATH), (v) => v === 'Enabled'))
}

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
  notes:
    'A bucket with Object Lock enabled passes whatever its versioning configuration says: S3 turns versioning on with Object Lock and does not let it be suspended.',
  check(resource) {
    const path = 'VersioningConfiguration.Status'
    const status = read(resource, path)
    if (status === 'Enabled') return pass(`Bucket ${nameOf(resource)} has versioning enabled`, path)
    const lock = objectLockOn(resource)
    if (lock === true) {
      const lockPath = isTrue(read(resource, LOCK_PATH)) ? LOCK_PATH : LOCK_CONFIGURATION_PATH
      if (status === 'Suspended') {
        return pass(`Bucket ${nameOf(resource)} has Object Lock enabled, so S3 keeps versioning on although the configuration says Suspended`, lockPath)
      }
      return pass(`Bucket ${nameOf(resource)} has Object Lock enabled, which turns versioning on (S3 does not let it be suspended)`, lockPath)
    }
    if (status === UNKNOWN) return unknownAt(resource, path, 'the versioning status')
    if (lock === UNKNOWN) return unknownAt(resource, LOCK_PATH, 'whether Object Lock (which turns versioning on) is enabled')
    const state = status === 'Suspended' ? 'suspended' : 'not enabled'
    return fail(`Bucket ${nameOf(resource)} has versioning ${state}`, path)
  }
}
