import { builtinRule } from '../declarative/builtin.js'

export const networkfirewallPolicyStatelessDefaultFullDropOrForward = builtinRule({
  id: 'networkfirewall-policy-stateless-default-full-drop-or-forward',
  title: 'Network Firewall policy drops or forwards unmatched full packets to stateful inspection',
  severity: 'medium',
  description:
    'Checks that the firewall policy\'s default stateless action for full packets that match no stateless rule (FirewallPolicy.StatelessDefaultActions) is aws:drop or aws:forward_to_sfe, not aws:pass.',
  risk: 'With aws:pass as the default, full packets that no stateless rule matches bypass the stateful engine and its rule groups entirely.',
  remediation: {
    text: 'Set stateless_default_actions = ["aws:forward_to_sfe"] (or ["aws:drop"]).',
    terraform: `resource "aws_networkfirewall_firewall_policy" "this" {
  name = "inspection"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::NetworkFirewall::FirewallPolicy'],
  aliases: { checkov: [], prowler: ['networkfirewall_policy_default_action_full_packets'] },
  notes:
    'Evidences FSBP NetworkFirewall.4. Prowler judges each firewall through its policy; we judge the policy. A custom action listed beside aws:drop or aws:forward_to_sfe does not change the verdict. Checkov has no such check.',
  condition: { property: 'FirewallPolicy.StatelessDefaultActions', some: { in: ['aws:drop', 'aws:forward_to_sfe'] } },
  messages: {
    pass: 'Firewall policy {name} drops or inspects unmatched full packets',
    fail: 'Firewall policy {name} lets unmatched full packets pass uninspected',
    unknown: 'the default action for full packets'
  }
})
