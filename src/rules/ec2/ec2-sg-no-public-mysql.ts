import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicMysql = builtinRule({
  id: 'ec2-sg-no-public-mysql',
  title: 'Security group does not allow MySQL (TCP 3306) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP port 3306 (MySQL), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'A MySQL server reachable from the internet is exposed to credential stuffing and to every unpatched server vulnerability.',
  remediation: {
    text: 'Allow MySQL only from the application\'s security group or private ranges; reach it from outside through a bastion or Session Manager port forwarding.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mysql_3306', 'ec2_instance_port_mysql_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: 3306, what: 'MySQL (TCP 3306)' }
})
