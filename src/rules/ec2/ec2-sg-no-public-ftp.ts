import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicFtp = builtinRule({
  id: 'ec2-sg-no-public-ftp',
  title: 'Security group does not allow FTP (TCP 20 or 21) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens TCP ports 20 or 21 (FTP), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'FTP sends credentials and data in clear text, and exposed FTP servers are brute-forced and used to stage malware.',
  remediation: {
    text: 'Replace FTP with SFTP or AWS Transfer Family; if FTP must stay, allow it only from known private ranges.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "ftp" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 20
  to_port                      = 20
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_ftp_20_21', 'ec2_instance_port_ftp_exposed_to_internet'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The instance check aliased (ec2_instance_port_*) judges instances through their groups; we judge the groups that would expose them, so a plan shows the opening before any instance uses it.',
  condition: { predicate: 'no-internet-ingress', port: [20, 21], what: 'FTP (TCP 20 or 21)' }
})
