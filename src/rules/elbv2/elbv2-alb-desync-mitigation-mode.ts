import { builtinRule } from '../declarative/builtin.js'
import { APPLICATION, attributeIsNot } from './attributes.js'

export const elbv2AlbDesyncMitigationMode = builtinRule({
  id: 'elbv2-alb-desync-mitigation-mode',
  title: 'Application Load Balancer uses defensive or strictest desync mitigation',
  severity: 'medium',
  description:
    'Checks that the Application Load Balancer\'s desync mitigation mode (attribute routing.http.desync_mitigation_mode) is defensive or strictest, not monitor.',
  risk: 'In monitor mode ambiguous requests that can desynchronise the load balancer and its targets (HTTP request smuggling) are forwarded as they are, letting an attacker poison other users\' requests or bypass rules.',
  remediation: {
    text: 'Set desync_mitigation_mode to defensive (the default) or strictest.',
    terraform: `resource "aws_lb" "this" {
  name                   = "app"
  subnets                = var.public_subnet_ids
  desync_mitigation_mode = "defensive"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_328'], prowler: ['elbv2_desync_mitigation_mode'] },
  notes:
    'Without the attribute AWS\'s default, defensive, holds. Stricter than Prowler, which also passes monitor mode when the load balancer drops invalid header fields: FSBP ELB.12 and Checkov ask for defensive or strictest. Checkov\'s CKV_AWS_328 also covers Classic Load Balancers, whose desync mode is a load balancer attribute CloudFormation does not model: not judged here.',
  'applies-when': APPLICATION,
  condition: attributeIsNot('routing.http.desync_mitigation_mode', { 'not-in': ['defensive', 'strictest'] }),
  messages: {
    pass: 'Load balancer {name} uses defensive or strictest desync mitigation',
    fail: 'Load balancer {name} only monitors desync (routing.http.desync_mitigation_mode is neither defensive nor strictest)',
    unknown: 'the load balancer attributes'
  }
})
