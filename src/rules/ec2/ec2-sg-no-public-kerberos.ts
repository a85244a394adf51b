import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicKerberos = builtinRule({
  id: 'ec2-sg-no-public-kerberos',
  title: 'Security group does not allow Kerberos (TCP 88, 464, 749 or 750) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 88, 464, 749 or 750 (Kerberos), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'A Kerberos KDC reachable from the internet invites password spraying, AS-REP roasting and ticket attacks against the directory.',
  remediation: {
    text: 'Allow Kerberos only from the domain\'s clients in private ranges or over a VPN.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "kerberos" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 88
  to_port                      = 88
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_instance_port_kerberos_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. Prowler judges instances (ec2_instance_port_kerberos_exposed_to_internet: an instance whose security groups open one of these TCP ports to the internet); we judge the groups that would expose them. Checkov has no check for these ports.',
  condition: { predicate: 'no-internet-ingress', port: [88, 464, 749, 750], what: 'Kerberos (TCP 88, 464, 749 or 750)' }
})
