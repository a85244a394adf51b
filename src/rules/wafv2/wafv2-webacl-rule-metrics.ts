import { builtinRule } from '../declarative/builtin.js'

export const wafv2WebaclRuleMetrics = builtinRule({
  id: 'wafv2-webacl-rule-metrics',
  title: 'WAF web ACL rules send CloudWatch metrics',
  severity: 'low',
  description: 'Checks that every rule and rule group of the WAFv2 web ACL sends metrics to CloudWatch (Rules[*].VisibilityConfig.CloudWatchMetricsEnabled).',
  risk: 'Without a rule\'s metrics nobody sees how often it matches: attacks it blocks, and legitimate traffic it wrongly blocks, go unnoticed.',
  remediation: {
    text: 'Set cloudwatch_metrics_enabled = true in every rule\'s visibility_config.',
    terraform: `resource "aws_wafv2_web_acl" "this" {
  # ...
  rule {
    name     = "common"
    priority = 1
    # ...
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::WAFv2::WebACL'],
  aliases: { checkov: [], prowler: ['wafv2_webacl_rule_logging_enabled'] },
  notes: 'A web ACL without rules passes here (nothing to measure); wafv2-webacl-has-rules fails it.',
  condition: { property: 'Rules', every: { property: 'VisibilityConfig.CloudWatchMetricsEnabled', equals: true } },
  messages: {
    pass: 'Every rule of web ACL {name} sends CloudWatch metrics',
    fail: 'A rule of web ACL {name} does not send CloudWatch metrics',
    unknown: 'the rules\' visibility settings'
  }
})
