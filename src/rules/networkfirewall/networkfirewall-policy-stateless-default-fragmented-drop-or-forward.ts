import { builtinRule } from '../declarative/builtin.js'

export const networkfirewallPolicyStatelessDefaultFragmentedDropOrForward = builtinRule({
  id: 'networkfirewall-policy-stateless-default-fragmented-drop-or-forward',
  title: 'Network Firewall policy drops or forwards unmatched fragmented packets to stateful inspection',
  severity: 'medium',
  description:
    'Checks that the firewall policy\'s default stateless action for fragmented packets that match no stateless rule (FirewallPolicy.StatelessFragmentDefaultActions) is aws:drop or aws:forward_to_sfe, not aws:pass.',
  risk: 'With aws:pass as the default, fragmented packets that no stateless rule matches bypass the stateful engine and its rule groups entirely.',
  remediation: {
    text: 'Set stateless_fragment_default_actions = ["aws:forward_to_sfe"] (or ["aws:drop"]).',
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
  aliases: { checkov: [], prowler: ['networkfirewall_policy_default_action_fragmented_packets'] },
  notes:
    'Evidences FSBP NetworkFirewall.5. Prowler judges each firewall through its policy; we judge the policy. A custom action listed beside aws:drop or aws:forward_to_sfe does not change the verdict. Checkov has no such check.',
  condition: { property: 'FirewallPolicy.StatelessFragmentDefaultActions', some: { in: ['aws:drop', 'aws:forward_to_sfe'] } },
  messages: {
    pass: 'Firewall policy {name} drops or inspects unmatched fragmented packets',
    fail: 'Firewall policy {name} lets unmatched fragmented packets pass uninspected',
    unknown: 'the default action for fragmented packets'
  }
})
