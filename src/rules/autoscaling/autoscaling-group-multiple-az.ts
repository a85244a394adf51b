import { builtinRule } from '../declarative/builtin.js'

export const autoscalingGroupMultipleAz = builtinRule({
  id: 'autoscaling-group-multiple-az',
  title: 'Auto Scaling group spans more than one Availability Zone',
  severity: 'medium',
  description:
    'Checks that the Auto Scaling group launches instances in at least two Availability Zones (two AvailabilityZones, or two subnets in VPCZoneIdentifier).',
  risk: 'A group confined to one zone loses all its instances when that zone fails, and cannot replace them elsewhere.',
  remediation: {
    text: 'Give the group subnets in at least two Availability Zones (vpc_zone_identifier).',
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
  categories: ['resilience'],
  'resource-types': ['AWS::AutoScaling::AutoScalingGroup'],
  aliases: { checkov: [], prowler: ['autoscaling_group_multiple_az'] },
  notes:
    'Prowler counts the group\'s Availability Zones, which a live read returns (AvailabilityZones). In Terraform code a group placed by subnets has no zones until apply, so two subnets count as two zones: two subnets of the same zone pass here although the group is in one zone (the subnets\' zones are not joined). Checkov has no such check.',
  condition: { 'any-of': [{ property: 'AvailabilityZones[1]', exists: true }, { property: 'VPCZoneIdentifier[1]', exists: true }] },
  messages: {
    pass: 'Auto Scaling group {name} spans several Availability Zones',
    fail: 'Auto Scaling group {name} launches instances in a single Availability Zone',
    unknown: 'the group\'s zones and subnets'
  }
})
