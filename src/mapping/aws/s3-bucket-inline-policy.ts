// The bucket policy written inline on aws_s3_bucket (`policy`, deprecated since provider v4 but still accepted
// and still computed in state) → its own AWS::S3::BucketPolicy, as Cloud Control lists it. Without this, a
// public policy written inline was never judged, and s3-bucket-tls-only failed a bucket whose inline policy
// denies plain HTTP. driftctl expands the inline policy the same way.
//
// Only when no aws_s3_bucket_policy in the input names the bucket: that resource then manages the policy, and
// the bucket's computed `policy` merely echoes it. An unknown `policy` yields a policy only when the
// configuration sets it (an expression known after apply); left out, it is just the provider's computed echo.
import type { TfResource } from '../../types.js'
import { isUnknownAttr, ResourceBuilder } from '../builder.js'
import { parsePolicy } from '../convert.js'
import { idFrom } from '../registry.js'
import type { ParentIndex } from '../resolve.js'

const BUCKET_TYPES = ['aws_s3_bucket'] as const

function writesPolicy(bucket: TfResource): boolean {
  if (isUnknownAttr(bucket, 'policy')) return bucket.configured?.includes('policy') === true
  const policy = bucket.values.policy
  return typeof policy === 'string' && policy.trim() !== '' && policy.trim() !== '{}'
}

/** One AWS::S3::BucketPolicy per bucket of `input` with an inline policy that no aws_s3_bucket_policy manages. */
export function inlineBucketPolicies(input: readonly TfResource[], index: ParentIndex): ResourceBuilder[] {
  const managed = new Set<TfResource>()
  for (const tf of input) {
    if (tf.type !== 'aws_s3_bucket_policy') continue
    const byRef = index.byReference(tf, 'bucket', BUCKET_TYPES)
    for (const bucket of byRef.length > 0 ? byRef : index.byValueOf(tf, tf.values.bucket, BUCKET_TYPES)) managed.add(bucket)
  }
  const builders: ResourceBuilder[] = []
  for (const bucket of input) {
    if (bucket.type !== 'aws_s3_bucket' || managed.has(bucket) || !writesPolicy(bucket)) continue
    // The policy keeps the bucket's address: it is written in that block, and its type tells the two apart.
    const b = new ResourceBuilder('AWS::S3::BucketPolicy', bucket)
    b.id = idFrom(bucket.values, 'bucket', 'id')
    b.copy('Bucket', 'bucket')
    b.copy('PolicyDocument', 'policy', parsePolicy)
    // The policy belongs to the bucket it is written in, even while the bucket's name is known only after apply.
    b.addReferences('Bucket', [bucket.address])
    builders.push(b)
  }
  return builders
}
