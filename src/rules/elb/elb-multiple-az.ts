import { builtinRule } from '../declarative/builtin.js'

export const elbMultipleAz = builtinRule({
  id: 'elb-multiple-az',
  title: 'Classic Load Balancer spans at least two Availability Zones',
  severity: 'medium',
  description: 'Checks that the Classic Load Balancer is in at least two Availability Zones (AvailabilityZones) or subnets (Subnets).',
  risk: 'A load balancer in one Availability Zone goes down with that zone, and the service behind it with it.',
  remediation: {
    text: 'Add a subnet (or Availability Zone) in a second zone, with instances registered there.',
    terraform: `resource "aws_elb" "this" {
  # ...
  subnets = [aws_subnet.a.id, aws_subnet.b.id]
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElasticLoadBalancing::LoadBalancer'],
  aliases: { checkov: [], prowler: ['elb_is_in_multiple_az'] },
  notes: 'Counts zones or subnets (a load balancer has at most one subnet per zone). Cloud Control cannot read Classic Load Balancers: judged from Terraform and inventories that hold them.',
  condition: { 'any-of': [{ property: 'AvailabilityZones[1]', exists: true }, { property: 'Subnets[1]', exists: true }] },
  messages: {
    pass: 'Load balancer {name} spans at least two Availability Zones',
    fail: 'Load balancer {name} is in a single Availability Zone',
    unknown: 'the zones or subnets of the load balancer'
  }
})
