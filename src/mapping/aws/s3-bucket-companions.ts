// The S3 bucket's companion resources, folded into AWS::S3::Bucket as Cloud Control returns it:
// aws_s3_bucket_versioning, _server_side_encryption_configuration, _logging, _public_access_block,
// _ownership_controls. A companion replaces what the bucket's deprecated inline block said.
import { copyFields, toBoolean } from '../convert.js'
import type { CompanionMapper } from '../registry.js'
import { ENCRYPTION_RULE, versioningStatus } from './s3-bucket.js'

const BUCKET = [{ attr: 'bucket', parentTypes: ['aws_s3_bucket'] }] as const

export const s3BucketVersioning: CompanionMapper = {
  tfType: 'aws_s3_bucket_versioning',
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear('VersioningConfiguration')
    const path = Array.isArray(tf.values.versioning_configuration) ? 'versioning_configuration[0].status' : 'versioning_configuration.status'
    parent.copy('VersioningConfiguration.Status', path, versioningStatus, tf)
  }
}

export const s3BucketEncryption: CompanionMapper = {
  tfType: 'aws_s3_bucket_server_side_encryption_configuration',
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear('BucketEncryption')
    copyFields(parent, [['ServerSideEncryptionConfiguration', 'rule', { many: ENCRYPTION_RULE }]], 'BucketEncryption', '', tf)
  }
}

export const s3BucketLogging: CompanionMapper = {
  tfType: 'aws_s3_bucket_logging',
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear('LoggingConfiguration')
    copyFields(parent, [['DestinationBucketName', 'target_bucket'], ['LogFilePrefix', 'target_prefix']], 'LoggingConfiguration', '', tf)
  }
}

export const s3BucketPublicAccessBlock: CompanionMapper = {
  tfType: 'aws_s3_bucket_public_access_block',
  targets: BUCKET,
  fold(parent, tf) {
    copyFields(parent, [
      ['BlockPublicAcls', 'block_public_acls', toBoolean],
      ['BlockPublicPolicy', 'block_public_policy', toBoolean],
      ['IgnorePublicAcls', 'ignore_public_acls', toBoolean],
      ['RestrictPublicBuckets', 'restrict_public_buckets', toBoolean]
    ], 'PublicAccessBlockConfiguration', '', tf)
  }
}

export const s3BucketOwnershipControls: CompanionMapper = {
  tfType: 'aws_s3_bucket_ownership_controls',
  targets: BUCKET,
  fold(parent, tf) {
    copyFields(parent, [['Rules', 'rule', { many: [['ObjectOwnership', 'object_ownership']] }]], 'OwnershipControls', '', tf)
  }
}
