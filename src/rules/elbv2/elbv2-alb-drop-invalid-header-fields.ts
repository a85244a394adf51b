import { builtinRule } from '../declarative/builtin.js'
import { APPLICATION, attributeIs } from './attributes.js'

export const elbv2AlbDropInvalidHeaderFields = builtinRule({
  id: 'elbv2-alb-drop-invalid-header-fields',
  title: 'Application Load Balancer drops invalid HTTP header fields',
  severity: 'medium',
  description:
    'Checks that the Application Load Balancer removes HTTP headers whose names are not valid before forwarding requests (attribute routing.http.drop_invalid_header_fields.enabled is true).',
  risk: 'Malformed header names pass through to the targets, where differences in how the load balancer and the application parse them allow request smuggling and header injection.',
  remediation: {
    text: 'Turn on drop_invalid_header_fields on the load balancer.',
    terraform: `resource "aws_lb" "this" {
  name                       = "app"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  drop_invalid_header_fields = true
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_131'], prowler: ['elbv2_alb_drop_invalid_header_fields_enabled'] },
  notes: 'Network and Gateway Load Balancers get no verdict: they do not parse HTTP. Without the attribute AWS\'s default, false, holds.',
  'applies-when': APPLICATION,
  condition: attributeIs('routing.http.drop_invalid_header_fields.enabled', { equals: true }),
  messages: {
    pass: 'Load balancer {name} drops invalid HTTP header fields',
    fail: 'Load balancer {name} forwards invalid HTTP header fields (routing.http.drop_invalid_header_fields.enabled is not true)',
    unknown: 'the load balancer attributes'
  }
})
