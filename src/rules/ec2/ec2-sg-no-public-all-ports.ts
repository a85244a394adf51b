import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicAllPorts = builtinRule({
  id: 'ec2-sg-no-public-all-ports',
  title: 'Security group does not allow all ports from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group allows all traffic (protocol -1) or the whole port range 0-65535 from 0.0.0.0/0 or ::/0.',
  risk: 'Every service on every attached instance becomes reachable from the internet, including ones never meant to be exposed.',
  remediation: {
    text: 'Replace the rule with rules for the specific ports and sources that are needed.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: ['CKV_AWS_277'], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_all_ports'] },
  notes: 'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services): an unused open group is one attachment away from exposure. Unlike Prowler, the port rule is not silenced when the same group fails ec2-sg-no-public-all-ports, so a suppression of one never hides the other. A security-group rule resource that cannot be tied to one group of the configuration (its group is managed elsewhere, or its security_group_id is an expression that cannot be followed) is judged on its own as AWS::EC2::SecurityGroupIngress, and a group it might belong to is unknown rather than passing while the rule opens the port.',
  condition: { predicate: 'no-internet-ingress', port: 'all', what: 'all ports' }
})
