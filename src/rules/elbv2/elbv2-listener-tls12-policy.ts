import { builtinRule } from '../declarative/builtin.js'

export const elbv2ListenerTls12Policy = builtinRule({
  id: 'elbv2-listener-tls12-policy',
  title: 'Load balancer HTTPS or TLS listener requires TLS 1.2 or later',
  severity: 'medium',
  description:
    'Checks that an HTTPS or TLS listener uses a security policy whose oldest protocol is TLS 1.2 (SslPolicy ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-* or -FS-1-2-*).',
  risk: 'Policies that still accept TLS 1.0 or 1.1 and their weak ciphers let a network attacker downgrade connections and attack the older protocols.',
  remediation: {
    text: 'Set the listener\'s ssl_policy to a TLS 1.2 or TLS 1.3 policy, such as ELBSecurityPolicy-TLS13-1-2-2021-06.',
    terraform: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.this.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ElasticLoadBalancingV2::Listener'],
  aliases: { checkov: ['CKV_AWS_103'], prowler: ['elbv2_insecure_ssl_ciphers'] },
  notes:
    'Only HTTPS and TLS listeners are judged (elbv2-listener-https-or-redirect judges HTTP ones, which Checkov also fails here unless they redirect). A listener without SslPolicy fails, as in Checkov: the policy AWS then picks is not written in the code. Prowler judges the load balancer as a whole against its own list of secure policies, which are these policies.',
  'applies-when': { property: 'Protocol', in: ['HTTPS', 'TLS'] },
  condition: { property: 'SslPolicy', matches: '^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-' },
  messages: {
    pass: 'Listener {name} requires TLS 1.2 or later ({value})',
    fail: 'Listener {name} uses security policy {value}, which accepts protocols older than TLS 1.2',
    unknown: 'the security policy'
  }
})
