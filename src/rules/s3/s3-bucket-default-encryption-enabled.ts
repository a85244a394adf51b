import { fail, isNewInPlan, nameOf, pass, UNKNOWN, unknownAt, type RuleDefinition } from '../helpers.js'
import { ENCRYPTION_PATH, encryptionAlgorithms } from './encryption.js'

export const s3BucketDefaultEncryptionEnabled: RuleDefinition = {
  id: 's3-bucket-default-encryption-enabled',
  title: 'S3 bucket has default server-side encryption',
  severity: 'medium',
  description: 'Checks that the bucket encrypts new objects by default (SSE-S3, SSE-KMS or DSSE-KMS).',
  risk: 'Objects stored unencrypted are readable by anyone who obtains the underlying storage or a misdirected copy.',
  remediation: {
    text: 'Configure default encryption on the bucket (aws_s3_bucket_server_side_encryption_configuration).',
    terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}`
  },
  categories: ['encryption'],
  resourceTypes: ['AWS::S3::Bucket'],
  aliases: { checkov: ['CKV_AWS_19'], prowler: ['s3_bucket_default_encryption'] },
  notes:
    'Prowler deprecated this check because AWS encrypts every bucket with SSE-S3 since January 2023. We keep it for code written against older assumptions: a bucket the plan creates without a configuration passes (AWS applies SSE-S3); a bucket from state or HCL alone without one is unknown. s3-bucket-kms-encryption is the stricter rule.',
  check(resource) {
    const algorithms = encryptionAlgorithms(resource)
    if (algorithms === UNKNOWN) return unknownAt(resource, ENCRYPTION_PATH, 'the default encryption')
    if (algorithms.length > 0) {
      return pass(`Bucket ${nameOf(resource)} encrypts objects by default (${algorithms.join(', ')})`, ENCRYPTION_PATH)
    }
    if (isNewInPlan(resource)) {
      return pass(`Bucket ${nameOf(resource)} is new and gets SSE-S3 default encryption from AWS`, ENCRYPTION_PATH)
    }
    if (resource.origin === 'live') return fail(`Bucket ${nameOf(resource)} has no default encryption`, ENCRYPTION_PATH)
    return unknownAt(resource, ENCRYPTION_PATH, 'the default encryption (not set in the code)')
  }
}
