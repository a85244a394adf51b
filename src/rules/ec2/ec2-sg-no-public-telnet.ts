import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicTelnet = builtinRule({
  id: 'ec2-sg-no-public-telnet',
  title: 'Security group does not allow Telnet (TCP 23) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP port 23 (Telnet), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Telnet sends the login and the whole session in clear text and is the first thing botnets such as Mirai try with default passwords.',
  remediation: {
    text: 'Close Telnet; administer hosts with SSH from known ranges or Systems Manager Session Manager.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "telnet" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 23
  to_port                      = 23
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_telnet_23', 'ec2_instance_port_telnet_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: 23, what: 'Telnet (TCP 23)' }
})
