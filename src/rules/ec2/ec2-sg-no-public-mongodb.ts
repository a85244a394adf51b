import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicMongodb = builtinRule({
  id: 'ec2-sg-no-public-mongodb',
  title: 'Security group does not allow MongoDB (TCP 27017 or 27018) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 27017 or 27018 (MongoDB), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'MongoDB reachable from the internet is found by scanners within hours; unauthenticated or weakly protected databases have been wiped and held for ransom by the thousand.',
  remediation: {
    text: 'Keep the database on private subnets and allow it only from the application\'s security group or private ranges.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "mongodb" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 27017
  to_port                      = 27017
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mongodb_27017_27018', 'ec2_instance_port_mongodb_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: [27017, 27018], what: 'MongoDB (TCP 27017 or 27018)' }
})
