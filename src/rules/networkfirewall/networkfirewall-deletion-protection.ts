import { builtinRule } from '../declarative/builtin.js'

export const networkfirewallDeletionProtection = builtinRule({
  id: 'networkfirewall-deletion-protection',
  title: 'Network Firewall firewall has deletion protection enabled',
  severity: 'medium',
  description:
    'Checks that the firewall cannot be deleted until its deletion protection is turned off first (DeleteProtection is true).',
  risk: 'Deleting a firewall by mistake, or by an attacker clearing the way, removes inspection and filtering from every subnet routed through it at once.',
  remediation: {
    text: 'Set delete_protection = true on the firewall.',
    terraform: `resource "aws_networkfirewall_firewall" "this" {
  name                = "inspection"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.this.arn
  vpc_id              = aws_vpc.this.id
  delete_protection   = true
  subnet_mapping {
    subnet_id = aws_subnet.firewall.id
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::NetworkFirewall::Firewall'],
  aliases: { checkov: ['CKV_AWS_344'], prowler: ['networkfirewall_deletion_protection'] },
  notes:
    'An absent DeleteProtection is false (the AWS default), as with Checkov and Prowler.',
  condition: { property: 'DeleteProtection', equals: true, default: false },
  messages: {
    pass: 'Firewall {name} has deletion protection',
    fail: 'Firewall {name} can be deleted without first turning off deletion protection',
    unknown: 'the deletion protection setting'
  }
})
