import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicPostgresql = builtinRule({
  id: 'ec2-sg-no-public-postgresql',
  title: 'Security group does not allow PostgreSQL (TCP 5432) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP port 5432 (PostgreSQL), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'A PostgreSQL server reachable from the internet is exposed to password guessing; weak credentials have let attackers run commands on the host through COPY ... PROGRAM.',
  remediation: {
    text: 'Allow PostgreSQL only from the application\'s security group or private ranges; reach it from outside through a bastion or Session Manager port forwarding.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "postgresql" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_postgres_5432', 'ec2_instance_port_postgresql_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: 5432, what: 'PostgreSQL (TCP 5432)' }
})
