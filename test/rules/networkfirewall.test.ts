// Network Firewall rules: firewalls and the policies they share.
import { expected, judge, planned, res, ruleById } from './builders.js'

const FIREWALL = 'AWS::NetworkFirewall::Firewall'
const POLICY = 'AWS::NetworkFirewall::FirewallPolicy'
const firewall = (id: string, properties: Record<string, unknown>) => res(FIREWALL, id, { FirewallName: id, FirewallPolicyArn: 'arn:policy', VpcId: 'vpc-1', ...properties })
const policy = (id: string, body: Record<string, unknown>) => res(POLICY, id, { FirewallPolicyName: id, FirewallPolicy: body })
const DEFAULTS = { StatelessDefaultActions: ['aws:forward_to_sfe'], StatelessFragmentDefaultActions: ['aws:forward_to_sfe'] }

describe('networkfirewall-deletion-protection', () => {
  it('passes only DeleteProtection true; absent is false', () => {
    const firewalls = [firewall('on', { DeleteProtection: true }), firewall('off', { DeleteProtection: false }), firewall('unset', {})]
    expect(judge(ruleById('networkfirewall-deletion-protection'), firewalls)).toEqual(expected({ pass: ['on'], fail: ['off', 'unset'] }))
  })
})

describe('networkfirewall-multi-az', () => {
  it('needs two subnet mappings', () => {
    const firewalls = [
      firewall('two', { SubnetMappings: [{ SubnetId: 'subnet-1' }, { SubnetId: 'subnet-2' }] }),
      firewall('one', { SubnetMappings: [{ SubnetId: 'subnet-1' }] }),
      planned(FIREWALL, 'aws_networkfirewall_firewall.open', { FirewallName: 'open' }, ['SubnetMappings'])
    ]
    expect(judge(ruleById('networkfirewall-multi-az'), firewalls)).toEqual(expected({ pass: ['two'], fail: ['one'], unknown: ['aws_networkfirewall_firewall.open'] }))
  })
})

describe('networkfirewall-policy-rule-group-associated', () => {
  it('passes a stateful or a stateless rule group, fails none or empty lists', () => {
    const policies = [
      policy('stateful', { ...DEFAULTS, StatefulRuleGroupReferences: [{ ResourceArn: 'arn:rg' }] }),
      policy('stateless', { ...DEFAULTS, StatelessRuleGroupReferences: [{ ResourceArn: 'arn:rg', Priority: 1 }] }),
      policy('none', DEFAULTS),
      policy('empty', { ...DEFAULTS, StatefulRuleGroupReferences: [], StatelessRuleGroupReferences: [] })
    ]
    expect(judge(ruleById('networkfirewall-policy-rule-group-associated'), policies)).toEqual(expected({ pass: ['stateful', 'stateless'], fail: ['none', 'empty'] }))
  })
})

describe('networkfirewall-policy-stateless-default-full-drop-or-forward', () => {
  it('judges the full-packet default only: drop or forward passes, pass fails, a custom action beside them is allowed', () => {
    const policies = [
      policy('forward', { StatelessDefaultActions: ['aws:forward_to_sfe'], StatelessFragmentDefaultActions: ['aws:pass'] }),
      policy('drop-and-metric', { StatelessDefaultActions: ['aws:drop', 'publish-metrics'], StatelessFragmentDefaultActions: ['aws:pass'] }),
      policy('pass', { StatelessDefaultActions: ['aws:pass'], StatelessFragmentDefaultActions: ['aws:drop'] })
    ]
    expect(judge(ruleById('networkfirewall-policy-stateless-default-full-drop-or-forward'), policies)).toEqual(expected({ pass: ['forward', 'drop-and-metric'], fail: ['pass'] }))
  })
})

describe('networkfirewall-policy-stateless-default-fragmented-drop-or-forward', () => {
  it('judges the fragment default only', () => {
    const policies = [
      policy('forward', { StatelessDefaultActions: ['aws:pass'], StatelessFragmentDefaultActions: ['aws:forward_to_sfe'] }),
      policy('pass', { StatelessDefaultActions: ['aws:drop'], StatelessFragmentDefaultActions: ['aws:pass'] })
    ]
    expect(judge(ruleById('networkfirewall-policy-stateless-default-fragmented-drop-or-forward'), policies)).toEqual(expected({ pass: ['forward'], fail: ['pass'] }))
  })
})
