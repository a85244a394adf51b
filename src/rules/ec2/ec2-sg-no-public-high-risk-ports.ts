import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicHighRiskPorts = builtinRule({
  id: 'ec2-sg-no-public-high-risk-ports',
  title: 'Security group does not allow a high-risk port (TCP 25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080 or 8088) from the internet',
  severity: 'high',
  description:
    'Checks that no ingress rule of the security group opens any of TCP ports 25 (SMTP), 110 (POP3), 135 (Microsoft RPC), 143 (IMAP), 445 (SMB), 3000, 4333, 5000, 5500, 8080 or 8088 (development servers and admin consoles), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Mail, RPC, SMB and the default ports of development servers and admin consoles are rarely meant to be public: exposed, they leak data and give attackers a foothold through weak or default credentials.',
  remediation: {
    text: 'Remove the internet source from rules on these ports; put web applications behind a load balancer on 443, and reach the rest from private ranges or over a VPN.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "high_risk_ports" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 25
  to_port                      = 25
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports'] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. The ports are Prowler\'s default high-risk list (its ec2_high_risk_ports setting: 25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080, 8088); FSBP EC2.19 names a longer list (including 20, 21, 22, 23, 3306, 3389, 5432 and others) that our per-service rules cover one by one.',
  condition: { predicate: 'no-internet-ingress', port: [25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080, 8088], what: 'a high-risk port (TCP 25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080 or 8088)' }
})
