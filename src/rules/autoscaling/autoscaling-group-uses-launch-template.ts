import { builtinRule } from '../declarative/builtin.js'

export const autoscalingGroupUsesLaunchTemplate = builtinRule({
  id: 'autoscaling-group-uses-launch-template',
  title: 'Auto Scaling group launches from a launch template, not a launch configuration',
  severity: 'medium',
  description:
    'Checks that the Auto Scaling group names a launch template (LaunchTemplate, or MixedInstancesPolicy.LaunchTemplate) rather than a launch configuration.',
  risk: 'Launch configurations are deprecated: they get no new EC2 features (such as the newest instance types and several metadata and network options), cannot be versioned, and AWS is retiring them.',
  remediation: {
    text: 'Replace launch_configuration with a launch_template block naming an aws_launch_template.',
    terraform: `resource "aws_autoscaling_group" "this" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::AutoScaling::AutoScalingGroup'],
  aliases: { checkov: ['CKV_AWS_315'], prowler: ['autoscaling_group_using_ec2_launch_template'] },
  notes:
    'A group with a mixed instances policy passes through the policy\'s launch template, as with Prowler and Checkov.',
  condition: { 'any-of': [{ property: 'LaunchTemplate', exists: true }, { property: 'MixedInstancesPolicy.LaunchTemplate', exists: true }] },
  messages: {
    pass: 'Auto Scaling group {name} launches from a launch template',
    fail: 'Auto Scaling group {name} launches from a launch configuration',
    unknown: 'how the group launches instances'
  }
})
