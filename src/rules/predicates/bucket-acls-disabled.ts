// bucket-acls-disabled: S3 object ownership is BucketOwnerEnforced (ACLs disabled). Without OwnershipControls the
// answer depends on where the bucket comes from: one this plan creates gets BucketOwnerEnforced (AWS's default since
// April 2023), a live one has ACLs on, one from state or .tf alone is unknown: code, not a property test.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, isNewInPlan, NOT_IN_CODE, nameOf, pass, unknownAt } from '../support/outcome.js'
import { read, readList, UNKNOWN } from '../support/read.js'

export const bucketAclsDisabled: PredicateDefinition = {
  name: 'bucket-acls-disabled',
  description:
    'The S3 bucket has ACLs disabled (OwnershipControls.Rules[*].ObjectOwnership BucketOwnerEnforced); without OwnershipControls a bucket this plan creates passes (AWS default since April 2023), a live one fails, one from state or .tf alone is unknown.',
  parameters: {},
  reads: ['OwnershipControls', 'OwnershipControls.Rules', 'OwnershipControls.Rules[*].ObjectOwnership'],
  judge(resource) {
    const path = 'OwnershipControls.Rules'
    const rules = readList(resource, path)
    if (rules === UNKNOWN) return unknownAt(resource, path, 'the object ownership')
    if (rules.length === 0) {
      if (read(resource, 'OwnershipControls') === UNKNOWN) return unknownAt(resource, path, 'the object ownership')
      if (isNewInPlan(resource)) {
        return pass(`Bucket ${nameOf(resource)} is new and gets BucketOwnerEnforced (ACLs disabled) by default`, path)
      }
      if (resource.origin === 'live') return fail(`Bucket ${nameOf(resource)} has no ownership controls, so ACLs are enabled`, path)
      return unknownAt(resource, path, 'the object ownership', NOT_IN_CODE)
    }
    const ownership = rules.map((_, i) => read(resource, `${path}[${i}].ObjectOwnership`))
    if (ownership.includes('BucketOwnerEnforced')) return pass(`Bucket ${nameOf(resource)} has ACLs disabled`, path)
    if (ownership.includes(UNKNOWN)) return unknownAt(resource, path, 'the object ownership')
    return fail(`Bucket ${nameOf(resource)} has ACLs enabled (object ownership ${ownership.join(', ')})`, path)
  }
}
