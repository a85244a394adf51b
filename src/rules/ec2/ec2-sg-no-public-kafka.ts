import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicKafka = builtinRule({
  id: 'ec2-sg-no-public-kafka',
  title: 'Security group does not allow Kafka (TCP 9092) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP port 9092 (Kafka), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'A Kafka broker reachable from the internet lets anyone who gets past its (often absent) authentication read and inject messages.',
  remediation: {
    text: 'Allow the broker port only from the producers\' and consumers\' security groups or private ranges; use MSK with IAM or TLS authentication.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "kafka" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 9092
  to_port                      = 9092
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_kafka_9092', 'ec2_instance_port_kafka_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: 9092, what: 'Kafka (TCP 9092)' }
})
