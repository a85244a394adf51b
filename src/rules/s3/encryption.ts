// The default-encryption algorithms of a bucket, read once for both encryption rules.
import type { Resource } from '../../types.js'
import { read, readList, UNKNOWN } from '../helpers.js'

export const ENCRYPTION_PATH = 'BucketEncryption.ServerSideEncryptionConfiguration'

/** The SSEAlgorithm of each default-encryption rule; UNKNOWN if any is undecided; [] when none is configured. */
export function encryptionAlgorithms(resource: Resource): string[] | typeof UNKNOWN {
  if (read(resource, 'BucketEncryption') === UNKNOWN) return UNKNOWN
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
