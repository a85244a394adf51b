import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicLdap = builtinRule({
  id: 'ec2-sg-no-public-ldap',
  title: 'Security group does not allow LDAP (TCP 389 or 636) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 389 or 636 (LDAP), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'A directory reachable from the internet over LDAP or LDAPS leaks its entries to anonymous binds and invites password spraying against every account.',
  remediation: {
    text: 'Allow LDAP and LDAPS only from the directory\'s clients in private ranges or over a VPN.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "ldap" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 389
  to_port                      = 389
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_instance_port_ldap_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. Prowler judges instances (ec2_instance_port_ldap_exposed_to_internet: an instance whose security groups open one of these TCP ports to the internet); we judge the groups that would expose them. Checkov has no check for these ports.',
  condition: { predicate: 'no-internet-ingress', port: [389, 636], what: 'LDAP (TCP 389 or 636)' }
})
