import { builtinRule } from '../declarative/builtin.js'

export const autoscalingLaunchConfigEbsEncrypted = builtinRule({
  id: 'autoscaling-launch-config-ebs-encrypted',
  title: 'Auto Scaling launch configuration encrypts the EBS volumes it declares',
  severity: 'high',
  description:
    'Checks that every EBS volume the launch configuration declares (root and additional block devices) is encrypted (BlockDeviceMappings[*].Ebs.Encrypted is true); instance store volumes are not judged.',
  risk: 'Unencrypted volumes, and every snapshot taken of them, are readable by anyone who gets a copy, on every instance the group launches.',
  remediation: {
    text: 'Set encrypted = true in root_block_device and each ebs_block_device (create a new launch configuration), or turn on EBS encryption by default for the account.',
    terraform: `resource "aws_launch_configuration" "app" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::AutoScaling::LaunchConfiguration'],
  aliases: { checkov: ['CKV_AWS_8'], prowler: [] },
  notes:
    'As with Checkov, only the volumes the configuration declares are judged, and one left unencrypted fails even when the account encrypts new volumes by default (ec2-ebs-default-encryption-enabled judges that). A configuration that declares no block device passes: its root volume is the AMI\'s, encrypted as the AMI\'s snapshot or the account default says. Checkov applies the check to aws_instance too; instances are judged by ec2-ebs-volume-encrypted through their volumes.',
  condition: { property: 'BlockDeviceMappings', every: { 'any-of': [{ property: 'Ebs', exists: false }, { property: 'Ebs.Encrypted', equals: true }] } },
  messages: {
    pass: 'Launch configuration {name} encrypts the volumes it declares',
    fail: 'Launch configuration {name} declares an unencrypted EBS volume',
    unknown: 'the encryption of its volumes'
  }
})
