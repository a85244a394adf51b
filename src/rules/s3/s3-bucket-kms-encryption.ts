import type { Resource } from '../../types.js'
import { fail, isNewInPlan, nameOf, NOT_IN_CODE, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, readList, readNode, UNKNOWN } from '../support/read.js'

const ENCRYPTION_PATH = 'BucketEncryption.ServerSideEncryptionConfiguration'

/**
 * The SSEAlgorithm of each default-encryption rule; UNKNOWN if any is undecided; [] when none is configured.
 * Only the algorithms decide: a key id known after apply (a key the same plan creates) or redacted leaves
 * `aws:kms` KMS encryption, so the containers are read as nodes, not as whole values.
 */
function encryptionAlgorithms(resource: Resource): string[] | typeof UNKNOWN {
  if (readNode(resource, 'BucketEncryption') === UNKNOWN) return UNKNOWN
  const rules = readList(resource, ENCRYPTION_PATH)
  if (rules === UNKNOWN) return UNKNOWN
  const algorithms: string[] = []
  for (let i = 0; i < rules.length; i++) {
    const algorithm = read(resource, `${ENCRYPTION_PATH}[${i}].ServerSideEncryptionByDefault.SSEAlgorithm`)
    if (algorithm === UNKNOWN) return UNKNOWN
    if (typeof algorithm === 'string') algorithms.push(algorithm)
  }
  return algorithms
}

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse'])

export const s3BucketKmsEncryption: RuleDefinition = {
  id: 's3-bucket-kms-encryption',
  title: 'S3 bucket encrypts objects with KMS keys by default',
  severity: 'medium',
  description: 'Checks that the default encryption of the bucket uses SSE-KMS or DSSE-KMS rather than S3-managed keys.',
  risk: 'With S3-managed keys anyone allowed to read the object can decrypt it; a KMS key adds a second, audited permission.',
  remediation: {
    text: 'Use aws:kms (with a customer-managed key) as the default encryption algorithm.',
    terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.this.arn
    }
    bucket_key_enabled = true
  }
}`
  },
  categories: ['encryption'],
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_145'], prowler: ['s3_bucket_kms_encryption'] },
  notes:
    'There is no "any default encryption" rule (Checkov CKV_AWS_19, Prowler\'s deprecated s3_bucket_default_encryption): AWS has applied SSE-S3 to every bucket since January 2023, so it could never fail. Without a configuration, a bucket this plan creates or a live bucket fails (SSE-S3 only); a bucket from state or HCL alone is unknown. The algorithm alone decides: aws:kms with a key known only after apply (one the same plan creates) is KMS encryption.',
  check(resource) {
    const algorithms = encryptionAlgorithms(resource)
    if (algorithms === UNKNOWN) return unknownAt(resource, ENCRYPTION_PATH, 'the default encryption')
    if (algorithms.some((a) => KMS_ALGORITHMS.has(a))) {
      return pass(`Bucket ${nameOf(resource)} encrypts with KMS by default`, ENCRYPTION_PATH)
    }
    if (algorithms.length > 0) {
      return fail(`Bucket ${nameOf(resource)} encrypts with ${algorithms.join(', ')}, not KMS`, ENCRYPTION_PATH)
    }
    if (isNewInPlan(resource) || resource.origin === 'live') {
      return fail(`Bucket ${nameOf(resource)} has no KMS default encryption (AWS applies SSE-S3 only)`, ENCRYPTION_PATH)
    }
    return unknownAt(resource, ENCRYPTION_PATH, 'the default encryption', NOT_IN_CODE)
  }
}
