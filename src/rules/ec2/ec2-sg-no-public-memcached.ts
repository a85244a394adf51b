import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicMemcached = builtinRule({
  id: 'ec2-sg-no-public-memcached',
  title: 'Security group does not allow Memcached (TCP 11211) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP port 11211 (Memcached), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Memcached has no authentication: anyone who reaches it reads and overwrites the cache, and an exposed server is a well-known amplifier for denial-of-service attacks.',
  remediation: {
    text: 'Allow Memcached only from the application\'s security group or private ranges.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "memcached" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 11211
  to_port                      = 11211
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_memcached_11211', 'ec2_instance_port_memcached_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it. Like Prowler, only TCP is judged; UDP 11211 (the amplification vector) open to the internet is not caught by this rule, except through protocol -1.',
  condition: { predicate: 'no-internet-ingress', port: 11211, what: 'Memcached (TCP 11211)' }
})
