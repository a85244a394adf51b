// bucket-kms-encrypted: the default encryption of an S3 bucket uses a KMS key (aws:kms or aws:kms:dsse). Only the
// algorithms decide, and without a configuration a bucket this plan creates or a live one fails (SSE-S3 only) while
// one from state or .tf alone is unknown: code.
import type { PredicateDefinition } from '../declarative/predicates.js'
import type { Resource } from '../../types.js'
import { fail, isNewInPlan, nameOf, NOT_IN_CODE, pass, unknownAt } from '../support/outcome.js'
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

export const bucketKmsEncrypted: PredicateDefinition = {
  name: 'bucket-kms-encrypted',
  description:
    `The S3 bucket's default encryption uses SSE-KMS or DSSE-KMS (BucketEncryption...SSEAlgorithm aws:kms or aws:kms:dsse); without a configuration a bucket this plan creates or a live one fails, one from state or .tf alone is unknown.`,
  parameters: {},
  reads: ['BucketEncryption', 'BucketEncryption.ServerSideEncryptionConfiguration', 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SSEAlgorithm'],
  judge(resource) {
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
