// The bucket's versioning state as the fact Plumbline::S3::BucketVersioning (src/model/facts.ts), in the shape S3
// GetBucketVersioning returns: CloudFormation's AWS::S3::Bucket has no MFA delete, so the bucket cannot carry it.
// aws_s3_bucket_versioning gives one (versioning_configuration { status, mfa_delete }: 'Enabled' / 'Disabled', its
// companion fold into the bucket is s3-bucket-companions.ts); a bucket that no aws_s3_bucket_versioning of the input
// names gives one from its legacy inline block (`versioning { enabled, mfa_delete }`, booleans), which provider v4+
// still computes in state. A bucket with neither gives none: the rule judges it as S3's default (MFA delete off).
import { BUCKET_VERSIONING_TYPE } from '../../model/facts.js'
import type { TfResource } from '../../types.js'
import { isUnknownAttr, ResourceBuilder } from '../builder.js'
import { block, toBoolean } from '../convert.js'
import { idFrom } from '../registry.js'
import type { ParentIndex } from '../resolve.js'
import { versioningStatus } from './s3-bucket.js'

const BUCKET_TYPES = ['aws_s3_bucket'] as const

/** MfaDelete as S3 returns it; anything else ('' in some states) is S3's "never configured", absent. */
const mfaDeleteStatus = (value: unknown): string | undefined => (value === 'Enabled' || value === 'Disabled' ? value : undefined)

/** One fact per aws_s3_bucket_versioning, and per aws_s3_bucket with an inline versioning block no such resource replaces. */
export function bucketVersioningFacts(input: readonly TfResource[], index: ParentIndex): ResourceBuilder[] {
  const builders: ResourceBuilder[] = []
  const managed = new Set<TfResource>()
  for (const tf of input) {
    if (tf.type !== 'aws_s3_bucket_versioning') continue
    const byRef = index.byReference(tf, 'bucket', BUCKET_TYPES)
    const parents = byRef.length > 0 ? byRef : index.byValueOf(tf, tf.values.bucket, BUCKET_TYPES)
    for (const bucket of parents) managed.add(bucket)
    // A bucket named by a known value that is not in the input is managed, and judged, in another configuration
    // (mapping/index.ts reports the companion unmapped). One whose name is unknown may be any new bucket here: its
    // fact, with an unknown Bucket, leaves those buckets' verdicts open rather than failing them.
    const named = typeof tf.values.bucket === 'string' && tf.values.bucket !== '' && !isUnknownAttr(tf, 'bucket')
    if (parents.length === 0 && named) continue
    const b = new ResourceBuilder(BUCKET_VERSIONING_TYPE, tf)
    b.id = idFrom(tf.values, 'bucket')
    // Bucket's expression (aws_s3_bucket.x.id) joins the fact to its bucket while the name is known only after apply.
    b.copy('Bucket', 'bucket')
    const base = Array.isArray(tf.values.versioning_configuration) ? 'versioning_configuration[0]' : 'versioning_configuration'
    b.copy('Status', `${base}.status`, versioningStatus)
    b.copy('MFADelete', `${base}.mfa_delete`, mfaDeleteStatus)
    builders.push(b)
  }
  for (const bucket of input) {
    if (bucket.type !== 'aws_s3_bucket' || managed.has(bucket)) continue
    const unknown = isUnknownAttr(bucket, 'versioning')
    const versioning = block(bucket.values.versioning)
    if (!versioning && !unknown) continue
    // The fact keeps the bucket's address: it is written in that block, and its type tells the two apart.
    const b = new ResourceBuilder(BUCKET_VERSIONING_TYPE, bucket)
    b.id = idFrom(bucket.values, 'bucket', 'id')
    b.copy('Bucket', 'bucket')
    b.addReferences('Bucket', [bucket.address])
    const base = Array.isArray(bucket.values.versioning) ? 'versioning[0]' : 'versioning'
    // `enabled = false` cannot tell Suspended from never versioned: absent, as S3 returns a bucket never versioned.
    // Recorded at the block's own attributes: a block unknown as a whole makes both unknown (an ancestor is).
    b.set('Status', toBoolean(versioning?.enabled) === true ? 'Enabled' : undefined, [`${base}.enabled`])
    const mfaDelete = toBoolean(versioning?.mfa_delete)
    b.set('MFADelete', mfaDelete === true ? 'Enabled' : mfaDelete === false ? 'Disabled' : undefined, [`${base}.mfa_delete`])
    builders.push(b)
  }
  return builders
}
