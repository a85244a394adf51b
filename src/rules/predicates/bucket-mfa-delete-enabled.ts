// bucket-mfa-delete-enabled: the bucket's versioning fact (Plumbline::S3::BucketVersioning, S3 GetBucketVersioning;
// CloudFormation's bucket has no MFA delete) says MFADelete Enabled. Judged on the bucket, joined with its fact by
// bucket name or, in Terraform, by the versioning resource's reference to the bucket.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { BUCKET_VERSIONING_TYPE } from '../../model/facts.js'
import { joinOn } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt, valueForMessage } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

/** Where the verdict points on the bucket: its versioning configuration, which MFA delete belongs to. */
const AT = 'VersioningConfiguration'
const WHAT = 'whether MFA delete is enabled'

export const bucketMfaDeleteEnabled: PredicateDefinition = {
  name: 'bucket-mfa-delete-enabled',
  description:
    "The S3 bucket's versioning state (Plumbline::S3::BucketVersioning, joined on Bucket or a Terraform reference) has MFADelete Enabled. In Terraform a bucket without one has S3's default, MFA delete off; live, a bucket whose versioning could not be read is unknown.",
  parameters: {},
  reads: ['BucketName'],
  judge(bucket, view) {
    const { matches, undecided } = joinOn(view, BUCKET_VERSIONING_TYPE, 'Bucket', bucket, 'BucketName')
    // A fact that may be this bucket's (its Bucket known only after apply) leaves the verdict open, unless it could
    // only confirm a pass: it turns MFA delete on, and the bucket has a fact of its own.
    let open = undecided.some((fact) => matches.length === 0 || read(fact, 'MFADelete') !== 'Enabled')
    for (const fact of matches) {
      const mfaDelete = read(fact, 'MFADelete')
      if (mfaDelete === UNKNOWN) open = true
      else if (mfaDelete !== 'Enabled') {
        return fail(`Bucket ${nameOf(bucket)} does not have MFA delete enabled (MFADelete is ${valueForMessage(fact, 'MFADelete', mfaDelete)})`, AT)
      }
    }
    if (open) return unknownAt(bucket, AT, WHAT)
    if (matches.length > 0) return pass(`Bucket ${nameOf(bucket)} has MFA delete enabled`, AT)
    // Live, the scan reads every bucket's versioning: none means the call failed or was not made, never "off".
    if (bucket.origin === 'live') return unknownAt(bucket, AT, WHAT, "is not known (the bucket's versioning was not read: denied, failed or not scanned)")
    return fail(`Bucket ${nameOf(bucket)} does not have MFA delete enabled (no versioning configuration of the code turns it on; S3 leaves it off)`, AT)
  }
}
