import { builtinRule } from '../declarative/builtin.js'

export const autoscalingGroupMultipleInstanceTypes = builtinRule({
  id: 'autoscaling-group-multiple-instance-types',
  title: 'Auto Scaling group can launch more than one instance type',
  severity: 'medium',
  description:
    'Checks that the Auto Scaling group has a mixed instances policy offering at least two instance types (two Overrides, or attribute-based InstanceRequirements).',
  risk: 'A group tied to one instance type cannot launch when that type runs short in a zone (or loses its Spot capacity), just when it has to scale or replace instances.',
  remediation: {
    text: 'Add a mixed_instances_policy with several override blocks of comparable instance types, or instance_requirements.',
    terraform: `resource "aws_autoscaling_group" "this" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.app.id
      }
      override {
        instance_type = "m6i.large"
      }
      override {
        instance_type = "m5.large"
      }
    }
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::AutoScaling::AutoScalingGroup'],
  aliases: { checkov: [], prowler: ['autoscaling_group_multiple_instance_types'] },
  notes:
    'Prowler also asks that the types be offered in every zone of the group; zone coverage is judged by autoscaling-group-multiple-az. Two overrides naming the same type pass here. Checkov has no such check.',
  condition: { 'any-of': [{ property: 'MixedInstancesPolicy.LaunchTemplate.Overrides[1]', exists: true }, { property: 'MixedInstancesPolicy.LaunchTemplate.Overrides[0].InstanceRequirements', exists: true }] },
  messages: {
    pass: 'Auto Scaling group {name} can launch several instance types',
    fail: 'Auto Scaling group {name} launches a single instance type',
    unknown: 'the group\'s instance types'
  }
})
