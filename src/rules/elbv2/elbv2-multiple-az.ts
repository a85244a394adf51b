import { builtinRule } from '../declarative/builtin.js'

export const elbv2MultipleAz = builtinRule({
  id: 'elbv2-multiple-az',
  title: 'Load balancer spans at least two Availability Zones',
  severity: 'medium',
  description: 'Checks that the Application, Network or Gateway Load Balancer is placed in at least two subnets (Subnets or SubnetMappings), so in at least two Availability Zones.',
  risk: 'A load balancer in one Availability Zone goes down with that zone, and the service behind it with it.',
  remediation: {
    text: 'Attach a subnet in a second Availability Zone (Application Load Balancers require two).',
    terraform: `resource "aws_lb" "this" {
  name    = "app"
  subnets = [aws_subnet.a.id, aws_subnet.b.id]
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  aliases: { checkov: [], prowler: ['elbv2_is_in_multiple_az'] },
  notes:
    'Counts subnets: a load balancer has at most one subnet per Availability Zone, so two subnets are two zones. A load balancer in an Outpost or a Local Zone subnet alone fails.',
  condition: { 'any-of': [{ property: 'Subnets[1]', exists: true }, { property: 'SubnetMappings[1]', exists: true }] },
  messages: {
    pass: 'Load balancer {name} spans at least two Availability Zones',
    fail: 'Load balancer {name} is in a single Availability Zone',
    unknown: 'the subnets of the load balancer'
  }
})
