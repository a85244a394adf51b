import { builtinRule } from '../declarative/builtin.js'

export const elbv2ListenerHttpsOrRedirect = builtinRule({
  id: 'elbv2-listener-https-or-redirect',
  title: 'Load balancer HTTP listener redirects to HTTPS',
  severity: 'medium',
  description:
    'Checks that a load balancer listener either does not use plain HTTP (Protocol HTTPS, TLS, TCP, UDP, TCP_UDP or GENEVE) or redirects every request to HTTPS by its default action (a redirect action with RedirectConfig.Protocol HTTPS).',
  risk: 'An HTTP listener that serves requests sends them, with their cookies, credentials and data, in clear text over the network.',
  remediation: {
    text: 'Serve the application on an HTTPS listener and make the HTTP listener\'s default action a redirect to HTTPS.',
    terraform: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`
  },
  categories: ['encryption', 'internet-exposed'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::Listener'],
  aliases: { checkov: ['CKV_AWS_2'], prowler: ['elbv2_ssl_listeners'] },
  notes:
    'Judges each listener, where Prowler judges the Application Load Balancer as a whole (it fails when any of its listeners is HTTP without a redirect to HTTPS). Only the default action counts: listener rules that redirect some paths do not make the listener pass. TCP and UDP listeners pass as Checkov passes them: the load balancer does not see what they carry.',
  condition: {
    'any-of': [
      { property: 'Protocol', 'not-equals': 'HTTP' },
      { property: 'DefaultActions', some: { 'all-of': [{ property: 'Type', equals: 'redirect' }, { property: 'RedirectConfig.Protocol', equals: 'HTTPS' }] } }
    ]
  },
  messages: {
    pass: 'Listener {name} uses an encrypted protocol or redirects HTTP to HTTPS',
    fail: 'Listener {name} serves plain HTTP without redirecting to HTTPS',
    unknown: 'the listener protocol or default action'
  }
})
