import { builtinRule } from '../declarative/builtin.js'

export const kmsKeyNotMultiRegion = builtinRule({
  id: 'kms-key-not-multi-region',
  title: 'Customer-managed KMS key is single-Region',
  severity: 'medium',
  description: 'Checks that the customer-managed key is not a multi-Region key (MultiRegion).',
  risk: 'Key material shared by related keys in several Regions lets data encrypted in one Region be decrypted in another, under key policies managed apart.',
  remediation: {
    text: 'Use single-Region keys unless a workload must decrypt the same data in several Regions; keep such keys few and their policies aligned.',
    terraform: `resource "aws_kms_key" "this" {
  description         = "app data"
  enable_key_rotation = true
  multi_region        = false
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::KMS::Key'],
  aliases: { checkov: [], prowler: ['kms_cmk_not_multi_region'] },
  notes: 'AWS-managed keys are skipped (they are always single-Region).',
  'applies-when': { not: { predicate: 'is-aws-default' } },
  condition: { property: 'MultiRegion', equals: false, default: false },
  messages: {
    pass: 'Key {name} is single-Region',
    fail: 'Key {name} is a multi-Region key',
    unknown: 'whether the key is multi-Region'
  }
})
