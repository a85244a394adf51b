import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicCifs = builtinRule({
  id: 'ec2-sg-no-public-cifs',
  title: 'Security group does not allow CIFS (TCP 445 or 139) from the internet',
  severity: 'critical',
  description:
    'Checks that no ingress rule of the security group opens TCP port 445 (CIFS/SMB) or TCP port 139 (NetBIOS session service, SMB over NetBIOS), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'SMB exposed to the internet is a favourite target of worms and ransomware (EternalBlue, WannaCry) and leaks file shares and credentials (NTLM relay).',
  remediation: {
    text: 'Remove the internet source from the rule: reach file shares over a VPN, AWS Client VPN or Direct Connect, from known private ranges only.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "smb" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 445
  to_port           = 445
  cidr_ipv4         = "10.0.0.0/8"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_instance_port_cifs_exposed_to_internet'] },
  notes:
    'Prowler judges instances (ec2_instance_port_cifs_exposed_to_internet: an instance whose security groups open TCP 139 or 445 to the internet); we judge the groups that would expose them, and standalone ingress rules, so a plan shows the opening before any instance uses it. Ports as Prowler: 445 and 139 (CIS 5.0 5.1.2 names 445 only; 139 carries the same SMB service over NetBIOS). Every group is judged, not only groups in use, and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. Checkov has no check for these ports.',
  condition: {
    'all-of': [
      { predicate: 'no-internet-ingress', port: 445, what: 'CIFS (TCP 445)' },
      { predicate: 'no-internet-ingress', port: 139, what: 'NetBIOS session service (TCP 139)' }
    ]
  },
  messages: { pass: '{name} does not allow CIFS (TCP 445 or 139) from the internet' }
})
