import { builtinRule } from '../declarative/builtin.js'

export const ec2AmiNotPublic = builtinRule({
  id: 'ec2-ami-not-public',
  title: 'AMI is not public',
  severity: 'critical',
  description:
    'Checks that no AMI the account owns has a launch permission for every AWS account (the group "all"). AMIs have no CloudFormation type: the scan reads them with EC2 DescribeImages as Plumbline::EC2::Image.',
  risk: 'Anyone can launch a public image and read its disks: baked-in credentials, keys, source code and data.',
  remediation: {
    text: 'Remove the public launch permission (share the image with named accounts or your organization), and turn on block public access for AMIs.',
    terraform: `resource "aws_ami_launch_permission" "partner" {
  image_id   = aws_ami.app.id
  account_id = "111122223333" # a named account, never group = "all"
}`
  },
  categories: ['public-exposure'],
  'resource-types': ['Plumbline::EC2::Image'],
  aliases: { checkov: [], prowler: ['ec2_ami_public'] },
  notes:
    'In Terraform an image is public when an aws_ami_launch_permission with group = "all" names it. Checkov CKV_AWS_205 fails every aws_ami_launch_permission, shares with one account or an organization included; we judge only public sharing, so it is not an alias.',
  condition: { property: 'Public', equals: false },
  messages: {
    pass: 'AMI {name} is not public',
    fail: 'AMI {name} can be launched by every AWS account',
    unknown: 'whether the image is public'
  }
})
