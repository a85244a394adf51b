import { builtinRule } from '../declarative/builtin.js'

export const elbConnectionDrainingEnabled = builtinRule({
  id: 'elb-connection-draining-enabled',
  title: 'Classic Load Balancer drains connections',
  severity: 'low',
  description: 'Checks that the Classic Load Balancer lets in-flight requests finish on an instance that is deregistered or unhealthy (ConnectionDrainingPolicy.Enabled).',
  risk: 'Without connection draining, requests in flight are cut off whenever an instance is deregistered, as in every deployment or scale-in.',
  remediation: {
    text: 'Enable connection draining with a timeout that covers your longest requests.',
    terraform: `resource "aws_elb" "this" {
  # ...
  connection_draining         = true
  connection_draining_timeout = 300
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElasticLoadBalancing::LoadBalancer'],
  aliases: { checkov: [], prowler: ['elb_connection_draining_enabled'] },
  notes: 'Without the policy the default, off, holds. Cloud Control cannot read Classic Load Balancers: judged from Terraform and inventories that hold them.',
  condition: { property: 'ConnectionDrainingPolicy.Enabled', equals: true, default: false },
  messages: {
    pass: 'Load balancer {name} drains connections',
    fail: 'Load balancer {name} does not drain connections',
    unknown: 'the connection draining setting'
  }
})
