// The S3 bucket's companion resources, folded into AWS::S3::Bucket as Cloud Control returns it:
// aws_s3_bucket_versioning, _server_side_encryption_configuration, _logging, _public_access_block,
// _ownership_controls, and _notification (hand-written: one block becomes a configuration per event). The rest are
// data (data/s3.ts). A companion replaces what the bucket's deprecated inline block said.
import type { TfResource } from '../../types.js'
import type { ResourceBuilder } from '../builder.js'
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

/**
 * One kind of notification block (topic, queue, lambda_function) → its CloudFormation configurations. Terraform lists
 * several events per block; S3, and so Cloud Control, keeps one configuration per event, each with the block's filter
 * (rule names 'Prefix'/'Suffix', as the schema's propertyTransform says Cloud Control returns them). Unknowns are
 * recorded per value, not per block: a new block's computed `id` (not mapped) must not make the whole list unknown.
 */
function foldNotifications(parent: ResourceBuilder, tf: TfResource, blockName: string, property: string, target: string, arnAttribute: string): void {
  const out = `NotificationConfiguration.${property}`
  const blocks = tf.values[blockName]
  // The blocks themselves known only after apply (a dynamic block over an unknown collection): so is the list.
  if (!Array.isArray(blocks)) {
    parent.record(out, blockName, true, tf)
    return
  }
  const configurations: Array<Record<string, unknown>> = []
  const pending: Array<readonly [string, string]> = []
  for (let i = 0; i < blocks.length; i++) {
    const item = blocks[i] as Record<string, unknown> | null
    if (!item || typeof item !== 'object') continue
    const src = `${blockName}[${i}]`
    // Without its events the number of configurations is unknown: the list is.
    if (!Array.isArray(item.events)) {
      parent.record(out, `${src}.events`, true, tf)
      continue
    }
    const rules: Array<{ Name: string; Value: string }> = []
    if (typeof item.filter_prefix === 'string' && item.filter_prefix !== '') rules.push({ Name: 'Prefix', Value: item.filter_prefix })
    if (typeof item.filter_suffix === 'string' && item.filter_suffix !== '') rules.push({ Name: 'Suffix', Value: item.filter_suffix })
    const events = (item.events as unknown[]).filter((e): e is string => typeof e === 'string').sort()
    for (const event of events) {
      const at = `${out}[${configurations.length}]`
      const configuration: Record<string, unknown> = { Event: event }
      const arn = item[arnAttribute]
      if (typeof arn === 'string' && arn !== '') configuration[target] = arn
      if (rules.length > 0) configuration.Filter = { S3Key: { Rules: rules.map((r) => ({ ...r })) } }
      configurations.push(configuration)
      pending.push([`${at}.${target}`, `${src}.${arnAttribute}`], [`${at}.Filter`, `${src}.filter_prefix`], [`${at}.Filter`, `${src}.filter_suffix`])
    }
  }
  parent.set(out, configurations.length > 0 ? configurations : undefined, [], tf)
  for (const [path, src] of pending) parent.record(path, src, true, tf)
}

export const s3BucketNotification: CompanionMapper = {
  tfType: 'aws_s3_bucket_notification',
  targets: BUCKET,
  fold(parent, tf) {
    parent.clear('NotificationConfiguration')
    foldNotifications(parent, tf, 'topic', 'TopicConfigurations', 'Topic', 'topic_arn')
    foldNotifications(parent, tf, 'queue', 'QueueConfigurations', 'Queue', 'queue_arn')
    foldNotifications(parent, tf, 'lambda_function', 'LambdaConfigurations', 'Function', 'lambda_function_arn')
    // CloudFormation states EventBridgeConfiguration only when it is on; the provider's false is "off".
    parent.copy('NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled', 'eventbridge', (v) => (toBoolean(v) === true ? true : undefined), tf)
  }
}
