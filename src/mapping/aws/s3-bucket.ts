// aws_s3_bucket → AWS::S3::Bucket. The deprecated inline blocks (versioning, server_side_encryption_configuration,
// logging, acl) are read too: provider v4+ still computes them in state, and older code sets them. The companion
// resources (s3-bucket-companions.ts) fold in afterwards and win over the inline blocks.
import type { TfResource } from '../../types.js'
import { attr, ResourceBuilder } from '../builder.js'
import { block, copyFields, copyTags, toBoolean, type Field } from '../convert.js'
import type { ResourceMapper } from '../registry.js'
import { idFrom } from '../registry.js'

/** Terraform canned ACL → CloudFormation AccessControl. */
const CANNED_ACL: Readonly<Record<string, string>> = {
  private: 'Private',
  'public-read': 'PublicRead',
  'public-read-write': 'PublicReadWrite',
  'authenticated-read': 'AuthenticatedRead',
  'aws-exec-read': 'AwsExecRead',
  'bucket-owner-read': 'BucketOwnerRead',
  'bucket-owner-full-control': 'BucketOwnerFullControl',
  'log-delivery-write': 'LogDeliveryWrite'
}

/**
 * A Terraform canned ACL as CloudFormation's AccessControl spells it (the inline `acl` and aws_s3_bucket_acl);
 * an empty one (an access_control_policy instead) is not set; an unknown spelling is kept as it is, never guessed.
 */
export function cannedAcl(acl: unknown): string | undefined {
  return typeof acl === 'string' && acl !== '' ? CANNED_ACL[acl] ?? acl : undefined
}

/** One `rule` block of server-side encryption, as the inline block and the companion resource both write it. */
export const ENCRYPTION_RULE: readonly Field[] = [
  ['ServerSideEncryptionByDefault', 'apply_server_side_encryption_by_default', {
    one: [
      ['SSEAlgorithm', 'sse_algorithm'],
      ['KMSMasterKeyID', 'kms_master_key_id', (v) => (v === '' ? undefined : v)]
    ]
  }],
  ['BucketKeyEnabled', 'bucket_key_enabled', toBoolean]
]

/**
 * Versioning status: Terraform's 'Disabled' (never enabled) and inline `enabled = false` are CloudFormation's
 * absent VersioningConfiguration; an inline false cannot tell Suspended from never-enabled, so it stays absent.
 */
export function versioningStatus(status: unknown): string | undefined {
  return status === 'Enabled' || status === 'Suspended' ? status : undefined
}

function mapInlineBlocks(b: ResourceBuilder, tf: TfResource): void {
  // The blocks are computed in provider v4+: for a new bucket the plan only knows them after apply.
  b.record('VersioningConfiguration', 'versioning', false)
  b.record('BucketEncryption.ServerSideEncryptionConfiguration', 'server_side_encryption_configuration', false)
  b.record('LoggingConfiguration', 'logging', false)
  const versioning = block(tf.values.versioning)
  if (versioning) {
    const path = Array.isArray(tf.values.versioning) ? 'versioning[0].enabled' : 'versioning.enabled'
    b.set('VersioningConfiguration.Status', versioning.enabled === true ? 'Enabled' : undefined, [path])
  }
  const sse = block(tf.values.server_side_encryption_configuration)
  if (sse) {
    const base = Array.isArray(tf.values.server_side_encryption_configuration)
      ? 'server_side_encryption_configuration[0]'
      : 'server_side_encryption_configuration'
    copyFields(b, [['ServerSideEncryptionConfiguration', 'rule', { many: ENCRYPTION_RULE }]], 'BucketEncryption', base)
  }
  const logging = block(tf.values.logging)
  if (logging) {
    const base = Array.isArray(tf.values.logging) ? 'logging[0]' : 'logging'
    copyFields(b, [['DestinationBucketName', 'target_bucket'], ['LogFilePrefix', 'target_prefix']], 'LoggingConfiguration', base)
  }
  const acl = attr(tf, 'acl')
  b.set('AccessControl', cannedAcl(acl), ['acl'])
}

const BUCKET_FIELDS: readonly Field[] = [
  ['BucketName', 'bucket'],
  // CloudFormation omits ObjectLockEnabled unless it is true. Left unset rather than deleted afterwards: deleting a
  // property that is not the last one added turns the object into a slow dictionary for every later read.
  ['ObjectLockEnabled', 'object_lock_enabled', (v) => (toBoolean(v) === false ? undefined : toBoolean(v))],
  ['Arn', 'arn']
]

export const s3Bucket: ResourceMapper = {
  tfType: 'aws_s3_bucket',
  map(tf) {
    const b = new ResourceBuilder('AWS::S3::Bucket', tf)
    b.id = idFrom(tf.values, 'bucket', 'id')
    copyFields(b, BUCKET_FIELDS)
    mapInlineBlocks(b, tf)
    copyTags(b)
    return b
  }
}
