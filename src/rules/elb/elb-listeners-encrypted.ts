import { builtinRule } from '../declarative/builtin.js'

export const elbListenersEncrypted = builtinRule({
  id: 'elb-listeners-encrypted',
  title: 'Classic Load Balancer listeners use HTTPS or SSL',
  severity: 'medium',
  description: 'Checks that every listener of the Classic Load Balancer terminates TLS (Listeners[*].Protocol HTTPS or SSL).',
  risk: 'An HTTP or TCP listener carries requests, with their credentials and data, in clear text between the clients and the load balancer.',
  remediation: {
    text: 'Use HTTPS or SSL listeners with a certificate (from ACM), or move to an Application Load Balancer that redirects HTTP to HTTPS.',
    terraform: `resource "aws_elb" "this" {
  # ...
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = aws_acm_certificate.this.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ElasticLoadBalancing::LoadBalancer'],
  aliases: { checkov: ['CKV_AWS_127'], prowler: ['elb_ssl_listeners'] },
  notes: 'An HTTP listener that only redirects cannot be written on a Classic Load Balancer: any HTTP or TCP listener fails. Cloud Control cannot read Classic Load Balancers: judged from Terraform and inventories that hold them.',
  condition: { property: 'Listeners', every: { property: 'Protocol', in: ['HTTPS', 'SSL'], 'ignore-case': true } },
  messages: {
    pass: 'Every listener of load balancer {name} uses HTTPS or SSL',
    fail: 'Load balancer {name} has a listener without TLS (HTTP or TCP)',
    unknown: 'the listener protocols'
  }
})
