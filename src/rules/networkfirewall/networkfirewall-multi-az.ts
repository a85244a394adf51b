import { builtinRule } from '../declarative/builtin.js'

export const networkfirewallMultiAz = builtinRule({
  id: 'networkfirewall-multi-az',
  title: 'Network Firewall firewall has endpoints in more than one Availability Zone',
  severity: 'medium',
  description:
    'Checks that the firewall maps at least two subnets (SubnetMappings); Network Firewall takes one subnet per Availability Zone, so two subnets are two zones.',
  risk: 'A firewall with a single endpoint stops all traffic routed through it when its zone fails, or forces traffic across zones around it.',
  remediation: {
    text: 'Add a subnet_mapping for a firewall subnet in each Availability Zone the VPC uses, and route each zone through its own endpoint.',
    terraform: `resource "aws_networkfirewall_firewall" "this" {
  name                = "inspection"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.this.arn
  vpc_id              = aws_vpc.this.id
  subnet_mapping {
    subnet_id = aws_subnet.firewall_a.id
  }
  subnet_mapping {
    subnet_id = aws_subnet.firewall_b.id
  }
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::NetworkFirewall::Firewall'],
  aliases: { checkov: [], prowler: ['networkfirewall_multi_az'] },
  notes:
    'Prowler counts the distinct zones of the firewall\'s endpoints; we count the mapped subnets, which is the same number because Network Firewall refuses a second subnet in a zone it already covers. Checkov has no such check.',
  condition: { property: 'SubnetMappings[1]', exists: true },
  messages: {
    pass: 'Firewall {name} has endpoints in several Availability Zones',
    fail: 'Firewall {name} has an endpoint in a single Availability Zone',
    unknown: 'the firewall\'s subnet mappings'
  }
})
