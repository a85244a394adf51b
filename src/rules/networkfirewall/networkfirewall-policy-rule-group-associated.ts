import { builtinRule } from '../declarative/builtin.js'

export const networkfirewallPolicyRuleGroupAssociated = builtinRule({
  id: 'networkfirewall-policy-rule-group-associated',
  title: 'Network Firewall policy has at least one rule group',
  severity: 'medium',
  description:
    'Checks that the firewall policy references at least one stateful or stateless rule group (FirewallPolicy.StatefulRuleGroupReferences or StatelessRuleGroupReferences).',
  risk: 'A policy without rule groups inspects nothing: traffic passes or drops only by the default actions, and the firewall gives a false sense of protection.',
  remediation: {
    text: 'Add stateful_rule_group_reference (or stateless_rule_group_reference) blocks naming the rule groups that should inspect traffic.',
    terraform: `resource "aws_networkfirewall_firewall_policy" "this" {
  name = "inspection"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.block_domains.arn
    }
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::NetworkFirewall::FirewallPolicy'],
  aliases: { checkov: [], prowler: ['networkfirewall_policy_rule_group_associated'] },
  notes:
    'Prowler judges each firewall through its policy; we judge the policy, which every firewall using it shares. Checkov has no such check.',
  condition: { 'any-of': [{ property: 'FirewallPolicy.StatefulRuleGroupReferences', empty: false }, { property: 'FirewallPolicy.StatelessRuleGroupReferences', empty: false }] },
  messages: {
    pass: 'Firewall policy {name} references a rule group',
    fail: 'Firewall policy {name} has no rule group: it inspects nothing',
    unknown: 'the policy\'s rule groups'
  }
})
