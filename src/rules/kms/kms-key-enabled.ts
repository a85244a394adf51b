import { builtinRule } from '../declarative/builtin.js'

export const kmsKeyEnabled = builtinRule({
  id: 'kms-key-enabled',
  title: 'Customer-managed KMS key is enabled',
  severity: 'low',
  description: 'Checks that the customer-managed key is enabled (Enabled), so that what it encrypts can be decrypted.',
  risk: 'Data encrypted under a disabled key cannot be read; a key disabled on the way to deletion is one step from losing that data for good.',
  remediation: {
    text: 'Enable the key, or delete the resources and data that still depend on it before retiring it.',
    terraform: `resource "aws_kms_key" "this" {
  description = "app data"
  is_enabled  = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::KMS::Key'],
  aliases: { checkov: ['CKV_AWS_227'], prowler: [] },
  notes:
    'AWS-managed keys are skipped. A key pending deletion (FSBP KMS.3, Prowler kms_cmk_not_deleted_unintentionally) cannot be told from a disabled one here: the CloudFormation model has no key state, and PendingWindowInDays is write-only; such a key is disabled and fails this rule.',
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { property: 'Enabled', equals: true, default: true },
  messages: {
    pass: 'Key {name} is enabled',
    fail: 'Key {name} is disabled',
    unknown: 'whether the key is enabled'
  }
})
