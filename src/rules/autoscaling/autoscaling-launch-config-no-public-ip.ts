import { builtinRule } from '../declarative/builtin.js'

export const autoscalingLaunchConfigNoPublicIp = builtinRule({
  id: 'autoscaling-launch-config-no-public-ip',
  title: 'Auto Scaling launch configuration does not assign public IP addresses',
  severity: 'high',
  description:
    'Checks that instances launched from the launch configuration get no public IPv4 address (AssociatePublicIpAddress is not true).',
  risk: 'Every instance the group launches is directly reachable from the internet as soon as a security group rule allows it, instead of only through a load balancer.',
  remediation: {
    text: 'Set associate_public_ip_address = false (launch configurations cannot be changed: create a new one and point the group at it), and put a load balancer in front of the group.',
    terraform: `resource "aws_launch_configuration" "app" {
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::AutoScaling::LaunchConfiguration'],
  aliases: { checkov: ['CKV_AWS_389'], prowler: ['autoscaling_group_launch_configuration_no_public_ip'] },
  notes:
    'Prowler judges the groups that launch from the configuration; we judge the configuration itself, which is what a group\'s instances get. An absent AssociatePublicIpAddress passes, as with Prowler and Checkov: the subnet decides then (vpc-subnet-no-public-ip-on-launch judges it).',
  condition: { property: 'AssociatePublicIpAddress', 'not-equals': true },
  messages: {
    pass: 'Launch configuration {name} does not assign public IP addresses',
    fail: 'Launch configuration {name} gives every instance a public IP address',
    unknown: 'the public IP setting'
  }
})
