import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicCassandra = builtinRule({
  id: 'ec2-sg-no-public-cassandra',
  title: 'Security group does not allow Cassandra (TCP 7000, 7001, 7199, 8888, 9042 or 9160) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 7000, 7001, 7199, 8888, 9042 or 9160 (Cassandra), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Cassandra\'s client, inter-node and JMX ports give whoever reaches them the data, the cluster membership and remote management of the JVM.',
  remediation: {
    text: 'Allow the Cassandra ports only from the cluster\'s and the clients\' security groups or private ranges.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "cassandra" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 7000
  to_port                      = 7000
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_cassandra_7199_9160_8888', 'ec2_instance_port_cassandra_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it. The ports are the union of the two Prowler checks this rule aliases (the security-group check looks at 7199, 9160 and 8888; the instance check at 7000, 7001, 7199, 9042 and 9160), so a group opening only 7000, 7001 or 9042 fails here while it passes the Prowler security-group check: a deliberately stricter reading, since 9042 is the native client port.',
  condition: { predicate: 'no-internet-ingress', port: [7000, 7001, 7199, 8888, 9042, 9160], what: 'Cassandra (TCP 7000, 7001, 7199, 8888, 9042 or 9160)' }
})
