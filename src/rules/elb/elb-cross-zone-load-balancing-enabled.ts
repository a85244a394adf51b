import { builtinRule } from '../declarative/builtin.js'

export const elbCrossZoneLoadBalancingEnabled = builtinRule({
  id: 'elb-cross-zone-load-balancing-enabled',
  title: 'Classic Load Balancer balances across Availability Zones',
  severity: 'low',
  description: 'Checks that the Classic Load Balancer spreads requests over the instances of all its Availability Zones (CrossZone).',
  risk: 'Without cross-zone balancing each zone\'s node sends only to its own zone\'s instances: a zone with fewer healthy instances is overloaded.',
  remediation: {
    text: 'Turn on cross-zone load balancing (the aws provider\'s default).',
    terraform: `resource "aws_elb" "this" {
  # ...
  cross_zone_load_balancing = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElasticLoadBalancing::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_138'], prowler: ['elb_cross_zone_load_balancing_enabled'] },
  notes:
    'Without CrossZone CloudFormation\'s default, off, holds; Terraform code that leaves cross_zone_load_balancing out gets the provider\'s default, on (the mapping fills it in). Cloud Control cannot read Classic Load Balancers: judged from Terraform and inventories that hold them.',
  condition: { property: 'CrossZone', equals: true, default: false },
  messages: {
    pass: 'Load balancer {name} balances across Availability Zones',
    fail: 'Load balancer {name} does not balance across Availability Zones',
    unknown: 'the cross-zone setting'
  }
})
