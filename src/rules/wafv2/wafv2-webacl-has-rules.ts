import { builtinRule } from '../declarative/builtin.js'

export const wafv2WebaclHasRules = builtinRule({
  id: 'wafv2-webacl-has-rules',
  title: 'WAF web ACL has at least one rule or rule group',
  severity: 'medium',
  description: 'Checks that the WAFv2 web ACL inspects requests with at least one rule or rule group (Rules is not empty).',
  risk: 'A web ACL without rules applies only its default action to every request: the resources behind it look protected but nothing is filtered.',
  remediation: {
    text: 'Add rules or managed rule groups (such as AWSManagedRulesCommonRuleSet) to the web ACL.',
    terraform: `resource "aws_wafv2_web_acl" "this" {
  name  = "app"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "app"
    sampled_requests_enabled   = true
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::WAFv2::WebACL'],
  aliases: { checkov: ['CKV_AWS_175'], prowler: ['wafv2_webacl_with_rules'] },
  notes:
    'Rule groups that Firewall Manager adds before or after the ACL\'s own rules are not part of the CloudFormation resource: an ACL that only has those fails here (Prowler passes it). Checkov\'s CKV_AWS_175 also covers WAF Classic ACLs, which Cloud Control cannot read: not judged.',
  condition: { property: 'Rules', empty: false },
  messages: {
    pass: 'Web ACL {name} has rules',
    fail: 'Web ACL {name} has no rules or rule groups',
    unknown: 'the rules of the web ACL'
  }
})
