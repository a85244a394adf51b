// aws_kms_key → AWS::KMS::Key, identified by KeyId. PendingWindowInDays, RotationPeriodInDays and
// BypassPolicyLockoutSafetyCheck are write-only (never returned live), so they are marked sensitive.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, parsePolicy, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const orDefault = (fallback: unknown): Convert => (v) => toBoolean(v ?? fallback)

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['Description', 'description', nonEmpty],
  ['KeyUsage', 'key_usage', nonEmpty],
  ['KeySpec', 'customer_master_key_spec', nonEmpty],
  ['KeyPolicy', 'policy', parsePolicy],
  ['MultiRegion', 'multi_region', toBoolean],
  ['PendingWindowInDays', 'deletion_window_in_days', toNumber],
  ['RotationPeriodInDays', 'rotation_period_in_days', toNumber],
  ['BypassPolicyLockoutSafetyCheck', 'bypass_policy_lockout_safety_check', toBoolean],
  ['Arn', 'arn'],
  ['KeyId', 'key_id']
]

export const kmsKey: ResourceMapper = {
  tfType: 'aws_kms_key',
  map(tf) {
    const b = new ResourceBuilder('AWS::KMS::Key', tf)
    b.id = idFrom(tf.values, 'key_id', 'id')
    copyFields(b, FIELDS)
    // Provider defaults: is_enabled true, enable_key_rotation false.
    b.set('Enabled', orDefault(true)(tf.values.is_enabled), ['is_enabled'])
    b.set('EnableKeyRotation', orDefault(false)(tf.values.enable_key_rotation), ['enable_key_rotation'])
    copyTags(b)
    return b
  }
}
