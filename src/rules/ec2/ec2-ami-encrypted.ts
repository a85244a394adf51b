import { builtinRule } from '../declarative/builtin.js'

export const ec2AmiEncrypted = builtinRule({
  id: 'ec2-ami-encrypted',
  title: 'AMI EBS volumes are encrypted',
  severity: 'medium',
  description: 'Checks that every EBS block device of an AMI the account owns is encrypted (Plumbline::EC2::Image, read with EC2 DescribeImages).',
  risk: 'Every instance launched from the image starts from unencrypted disks, and the snapshots behind the image are readable by anyone who can copy them.',
  remediation: {
    text: 'Copy the image with encryption on (aws_ami_copy with encrypted = true and a KMS key of yours) and deregister the unencrypted one.',
    terraform: `resource "aws_ami_copy" "encrypted" {
  name              = "app-encrypted"
  source_ami_id     = aws_ami.app.id
  source_ami_region = "eu-west-1"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['Plumbline::EC2::Image'],
  aliases: { checkov: ['CKV_AWS_204'], prowler: [] },
  notes:
    'A block device made from a snapshot is as encrypted as that snapshot unless it says encrypted = true: in Terraform it is unknown, where Checkov passes it. Live, DescribeImages says for every device. Instance-store devices have no EBS volume and are not judged.',
  condition: {
    property: 'BlockDeviceMappings',
    every: { 'any-of': [{ property: 'Ebs', exists: false }, { property: 'Ebs.Encrypted', equals: true }] }
  },
  messages: {
    pass: 'Every EBS volume of AMI {name} is encrypted',
    fail: 'AMI {name} has an unencrypted EBS volume',
    unknown: 'the encryption of the image\'s volumes'
  }
})
