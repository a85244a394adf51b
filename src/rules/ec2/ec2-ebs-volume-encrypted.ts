import { builtinRule } from '../declarative/builtin.js'

export const ec2EbsVolumeEncrypted = builtinRule({
  id: 'ec2-ebs-volume-encrypted',
  title: 'EBS volume is encrypted',
  severity: 'high',
  description: 'Checks that the EBS volume is encrypted at rest (Encrypted is true).',
  risk: 'Data on an unencrypted volume, and every snapshot taken of it, is readable by anyone who gets hold of a copy.',
  remediation: {
    text: 'Create the volume encrypted (an existing volume must be copied through an encrypted snapshot).',
    terraform: `resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::EC2::Volume'],
  aliases: { checkov: ['CKV_AWS_3'], prowler: ['ec2_ebs_volume_encryption'] },
  notes:
    'An absent Encrypted fails: the volume is then encrypted only if the account has EBS encryption by default, which ec2-ebs-default-encryption-enabled judges separately.',
  condition: { property: 'Encrypted', equals: true },
  messages: {
    pass: 'Volume {name} is encrypted',
    fail: 'Volume {name} is not encrypted',
    unknown: 'the encryption setting'
  }
})
