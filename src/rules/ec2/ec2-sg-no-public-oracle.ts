import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicOracle = builtinRule({
  id: 'ec2-sg-no-public-oracle',
  title: 'Security group does not allow Oracle Database (TCP 1521, 2483 or 2484) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 1521, 2483 or 2484 (Oracle Database), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'An Oracle listener reachable from the internet exposes the database to password guessing and to listener and TNS vulnerabilities.',
  remediation: {
    text: 'Allow the listener ports only from the application\'s security group or private ranges.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "oracle" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 1521
  to_port                      = 1521
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_oracle_1521_2483', 'ec2_instance_port_oracle_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it. The ports are the union of the two Prowler checks this rule aliases: the security-group check looks at 1521 and 2483, the instance check also at 2484 (the TLS listener), so a group opening only 2484 fails here while it passes the Prowler security-group check.',
  condition: { predicate: 'no-internet-ingress', port: [1521, 2483, 2484], what: 'Oracle Database (TCP 1521, 2483 or 2484)' }
})
