import { referencedBy } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

export const cloudtrailKmsEncryptionEnabled: RuleDefinition = {
  id: 'cloudtrail-kms-encryption-enabled',
  title: 'CloudTrail trail encrypts its logs with a KMS key',
  severity: 'medium',
  description: 'Checks that the trail encrypts log files with a customer-managed KMS key (KMSKeyId is set).',
  risk: 'With S3-managed encryption anyone who can read the bucket can read the trail; a KMS key adds an audited second permission.',
  remediation: {
    text: 'Set a customer-managed KMS key on the trail (its key policy must allow CloudTrail to use it).',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "org-trail"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}`
  },
  categories: ['encryption', 'logging'],
  resourceTypes: ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_35'], prowler: ['cloudtrail_kms_encryption_enabled'] },
  notes:
    'A KMSKeyId known only after apply counts when its Terraform expression refers to an aws_kms_key of the same configuration (Resource.references): the trail is then encrypted with that customer-managed key.',
  check(resource, view) {
    const path = 'KMSKeyId'
    const key = read(resource, path)
    if (key === UNKNOWN) {
      // `kms_key_id = aws_kms_key.trail.arn`: the ARN is known after apply, the key is this configuration's.
      const keys = referencedBy(view, resource, path, 'AWS::KMS::Key', 'Arn')
      if (keys.length > 0) {
        return pass(`Trail ${nameOf(resource)} encrypts its logs with the customer-managed key ${keys[0].address ?? nameOf(keys[0])}`, path)
      }
      return unknownAt(resource, path, 'the KMS key')
    }
    if (typeof key === 'string' && key !== '') return pass(`Trail ${nameOf(resource)} encrypts its logs with KMS`, path)
    return fail(`Trail ${nameOf(resource)} does not encrypt its logs with KMS`, path)
  }
}
