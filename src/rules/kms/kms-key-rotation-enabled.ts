import { builtinRule } from '../declarative/builtin.js'

export const kmsKeyRotationEnabled = builtinRule({
  id: 'kms-key-rotation-enabled',
  title: 'Customer-managed symmetric KMS key has automatic rotation enabled',
  severity: 'high',
  description: 'Checks that enabled, customer-managed, symmetric encryption keys rotate their key material automatically.',
  risk: 'Key material that never rotates widens the amount of data exposed if it is ever compromised, and breaks rotation policies.',
  remediation: {
    text: 'Enable automatic key rotation.',
    terraform: `resource "aws_kms_key" "this" {
  description         = "app data"
  enable_key_rotation = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::KMS::Key'],
  aliases: { checkov: ['CKV_AWS_7'], prowler: ['kms_cmk_rotation_enabled'] },
  notes:
    'Only keys rotation applies to are judged, as in Prowler: AWS-managed keys (isDefault), disabled keys, asymmetric and HMAC keys (KeySpec other than SYMMETRIC_DEFAULT) and imported key material (Origin EXTERNAL) are skipped. Absent KeySpec, Origin and Enabled take the CloudFormation defaults (SYMMETRIC_DEFAULT, AWS_KMS, true).',
  'applies-when': {
    'all-of': [
      { not: { predicate: 'is-aws-default' } },
      { property: 'KeySpec', equals: 'SYMMETRIC_DEFAULT', default: 'SYMMETRIC_DEFAULT' },
      { property: 'Origin', equals: 'AWS_KMS', default: 'AWS_KMS' },
      { property: 'Enabled', 'not-equals': false }
    ]
  },
  condition: { property: 'EnableKeyRotation', equals: true },
  messages: {
    pass: 'Key {name} rotates automatically',
    fail: 'Key {name} does not rotate automatically',
    unknown: { KeySpec: 'the key spec', Origin: 'the key origin', Enabled: 'whether the key is enabled', EnableKeyRotation: 'the key rotation setting' }
  }
})
