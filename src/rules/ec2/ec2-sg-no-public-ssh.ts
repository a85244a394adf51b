import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicSsh = builtinRule({
  id: 'ec2-sg-no-public-ssh',
  title: 'Security group does not allow SSH (TCP 22) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP port 22 (or all traffic) to 0.0.0.0/0 or ::/0.',
  risk: 'SSH open to the internet invites brute-force and exploitation of the SSH daemon; one weak key or unpatched host is enough.',
  remediation: {
    text: 'Restrict SSH to known address ranges, or remove it and use AWS Systems Manager Session Manager.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: ['CKV_AWS_24'], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', 'ec2_instance_port_ssh_exposed_to_internet'] },
  notes: 'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services): an unused open group is one attachment away from exposure. Unlike Prowler, the port rule is not silenced when the same group fails ec2-sg-no-public-all-ports, so a suppression of one never hides the other. A security-group rule resource that cannot be tied to one group of the configuration (its group is managed elsewhere, or its security_group_id is an expression that cannot be followed) is judged on its own as AWS::EC2::SecurityGroupIngress, and a group it might belong to is unknown rather than passing while the rule opens the port. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: 22, what: 'SSH (TCP 22)' }
})
