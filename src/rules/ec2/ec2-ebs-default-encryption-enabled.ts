import { builtinRule } from '../declarative/builtin.js'

export const ec2EbsDefaultEncryptionEnabled = builtinRule({
  id: 'ec2-ebs-default-encryption-enabled',
  title: 'EBS encryption by default is enabled in the region',
  severity: 'high',
  description: 'Checks that the account encrypts every new EBS volume and snapshot copy in the region by default.',
  risk: 'Without it any volume created without an explicit encrypted flag (by people, scripts or services) is stored unencrypted.',
  remediation: {
    text: 'Turn on EBS encryption by default in every region you use.',
    terraform: `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['Plumbline::EC2::EbsEncryptionByDefault'],
  aliases: { checkov: ['CKV_AWS_106'], prowler: ['ec2_ebs_default_encryption'] },
  notes:
    'Prowler only reports regions that have volumes unless --scan-unused-services; we judge every region fact we are given. CIS (2.2.1 in v3.0, 5.1.1 in v4.0/v5.0) audits exactly this setting, so we map it to that control as well as ec2-ebs-volume-encrypted.',
  condition: { property: 'EbsEncryptionByDefault', equals: true },
  messages: {
    pass: 'EBS encryption by default is enabled in {region}',
    fail: 'EBS encryption by default is disabled in {region}',
    unknown: 'EBS encryption by default'
  }
})
