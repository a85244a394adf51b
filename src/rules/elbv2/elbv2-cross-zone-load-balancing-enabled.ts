import { builtinRule } from '../declarative/builtin.js'
import { attributeIs } from './attributes.js'

export const elbv2CrossZoneLoadBalancingEnabled = builtinRule({
  id: 'elbv2-cross-zone-load-balancing-enabled',
  title: 'Network or Gateway Load Balancer balances across zones',
  severity: 'low',
  description: 'Checks that the Network or Gateway Load Balancer spreads traffic over the targets of every enabled Availability Zone (attribute load_balancing.cross_zone.enabled is true).',
  risk: 'Without cross-zone balancing each zone\'s node sends only to its own zone\'s targets: a zone with few healthy targets is overloaded while others sit idle.',
  remediation: {
    text: 'Turn on enable_cross_zone_load_balancing (data transfer between zones is charged for Network Load Balancers).',
    terraform: `resource "aws_lb" "this" {
  name                             = "net"
  load_balancer_type               = "network"
  subnets                          = var.private_subnet_ids
  enable_cross_zone_load_balancing = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_152'], prowler: ['elbv2_cross_zone_load_balancing_enabled'] },
  notes:
    'Application Load Balancers get no verdict: cross-zone balancing is always on for them (Checkov passes them). Without the attribute AWS\'s default for these types, off, holds.',
  'applies-when': { property: 'Type', in: ['network', 'gateway'], default: 'application' },
  condition: attributeIs('load_balancing.cross_zone.enabled', { equals: true }),
  messages: {
    pass: 'Load balancer {name} balances across Availability Zones',
    fail: 'Load balancer {name} does not balance across Availability Zones (load_balancing.cross_zone.enabled is not true)',
    unknown: 'the load balancer attributes'
  }
})
