import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const kmsKeyRotationEnabled: RuleDefinition = {
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
  resourceTypes: ['AWS::KMS::Key'],
  aliases: { checkov: ['CKV_AWS_7'], prowler: ['kms_cmk_rotation_enabled'] },
  notes:
    'Only keys rotation applies to are judged, as in Prowler: AWS-managed keys (isDefault), disabled keys, asymmetric and HMAC keys (KeySpec other than SYMMETRIC_DEFAULT) and imported key material (Origin EXTERNAL) are skipped. Absent KeySpec, Origin and Enabled take the CloudFormation defaults (SYMMETRIC_DEFAULT, AWS_KMS, true).',
  check(resource) {
    if (resource.isDefault === true) return null
    const spec = read(resource, 'KeySpec')
    const origin = read(resource, 'Origin')
    const enabled = read(resource, 'Enabled')
    if (spec !== UNKNOWN && spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') return null
    if (origin !== UNKNOWN && origin !== undefined && origin !== 'AWS_KMS') return null
    if (enabled === false || enabled === 'false') return null
    if (spec === UNKNOWN) return unknownAt(resource, 'KeySpec', 'the key spec')
    if (origin === UNKNOWN) return unknownAt(resource, 'Origin', 'the key origin')
    const path = 'EnableKeyRotation'
    const rotation = read(resource, path)
    if (rotation === UNKNOWN || enabled === UNKNOWN) return unknownAt(resource, path, 'the key rotation setting')
    if (isTrue(rotation)) return pass(`Key ${nameOf(resource)} rotates automatically`, path)
    return fail(`Key ${nameOf(resource)} does not rotate automatically`, path)
  }
}
