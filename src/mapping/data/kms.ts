// KMS beyond the key itself (aws_kms_key is hand-written: aws/kms-key.ts): aliases, replica keys, and a key policy
// managed as a resource of its own, folded into its key.
import { parsePolicy, toBoolean } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

export const KMS: readonly MappingSpec[] = [
  { tf: 'aws_kms_alias', cfn: 'AWS::KMS::Alias', names: { AliasName: 'name' } },
  {
    tf: 'aws_kms_replica_key',
    cfn: 'AWS::KMS::ReplicaKey',
    names: { KeyPolicy: 'policy', Enabled: 'enabled', PendingWindowInDays: 'deletion_window_in_days' },
    defaults: { Enabled: true }
  }
]

export const KMS_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the policy is the key's KeyPolicy.
    tf: 'aws_kms_key_policy',
    parent: { attr: 'key_id', types: ['aws_kms_key'] },
    fields: [
      ['KeyPolicy', 'policy', parsePolicy],
      ['BypassPolicyLockoutSafetyCheck', 'bypass_policy_lockout_safety_check', toBoolean]
    ]
  }
]
