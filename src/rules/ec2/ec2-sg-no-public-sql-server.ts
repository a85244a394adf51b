import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicSqlServer = builtinRule({
  id: 'ec2-sg-no-public-sql-server',
  title: 'Security group does not allow Microsoft SQL Server (TCP 1433 or 1434) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 1433 or 1434 (Microsoft SQL Server), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'SQL Server reachable from the internet is under constant brute-force attack on the sa login; a success gives command execution through xp_cmdshell.',
  remediation: {
    text: 'Allow SQL Server only from the application\'s security group or private ranges.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "sql_server" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 1433
  to_port                      = 1433
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_sql_server_1433_1434', 'ec2_instance_port_sqlserver_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it. Like Prowler, only TCP is judged (1434 is also the UDP browser service, open to the internet only through protocol -1 here).',
  condition: { predicate: 'no-internet-ingress', port: [1433, 1434], what: 'Microsoft SQL Server (TCP 1433 or 1434)' }
})
