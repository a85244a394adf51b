import { builtinRule } from '../declarative/builtin.js'

export const ec2NetworkAclNoPublicAdminPorts = builtinRule({
  id: 'ec2-network-acl-no-public-admin-ports',
  title: 'Network ACL does not allow SSH or RDP (TCP 22, 3389) from the internet',
  severity: 'medium',
  description:
    'Checks that no ingress entry of a network ACL allows TCP port 22 (SSH) or 3389 (RDP), directly or through protocol -1 (all traffic), from 0.0.0.0/0 or ::/0, unless a lower-numbered deny entry of the same ACL denies that port from the whole address family first.',
  risk: 'A network ACL that lets remote administration in from anywhere leaves the security groups as the only barrier between the internet and every SSH and RDP service of its subnets.',
  remediation: {
    text: 'Remove the internet source from the entry, or add a lower-numbered deny for TCP 22 and 3389 from 0.0.0.0/0 and ::/0; reach hosts through a bastion in a restricted subnet, a VPN, or AWS Systems Manager Session Manager.',
    terraform: `resource "aws_network_acl_rule" "deny_ssh" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 90
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::NetworkAclEntry'],
  aliases: {
    checkov: ['CKV_AWS_232', 'CKV_AWS_231', 'CKV_AWS_352'],
    prowler: ['ec2_networkacl_allow_ingress_tcp_port_22', 'ec2_networkacl_allow_ingress_tcp_port_3389', 'ec2_networkacl_allow_ingress_any_port']
  },
  notes:
    'Judges each entry (AWS::EC2::NetworkAclEntry: an aws_network_acl_rule, or one inline ingress block of aws_network_acl or aws_default_network_acl) where Prowler and Checkov report the ACL; egress entries get no verdict. As Prowler, a lower-numbered deny of the same ACL from 0.0.0.0/0 (or ::/0, for an IPv6 entry) covering the port makes the allow harmless (Checkov does not look at the order); a deny whose ACL or rule number is unknown is not counted, so the allow still fails. An all-traffic allow (protocol -1) fails here through TCP 22 and 3389, which is also Prowler\'s ec2_networkacl_allow_ingress_any_port (severity high there; medium here, as the port checks CIS and FSBP EC2.21 name). Live scans do not read entries yet: Cloud Control has no list handler for AWS::EC2::NetworkAclEntry, so the rule judges plans, state, .tf code and saved inventories.',
  condition: { predicate: 'no-internet-nacl-ingress', ports: [22, 3389] }
})
