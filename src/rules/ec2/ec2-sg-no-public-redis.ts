import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicRedis = builtinRule({
  id: 'ec2-sg-no-public-redis',
  title: 'Security group does not allow Redis (TCP 6379) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP port 6379 (Redis), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Redis often runs without authentication; exposed to the internet it leaks its data and its CONFIG command has been used to write SSH keys and cron jobs onto the host.',
  remediation: {
    text: 'Allow Redis only from the application\'s security group or private ranges; use ElastiCache with AUTH and in-transit encryption.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "redis" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_redis_6379', 'ec2_instance_port_redis_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: 6379, what: 'Redis (TCP 6379)' }
})
