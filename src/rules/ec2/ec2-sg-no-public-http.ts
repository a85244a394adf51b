import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNoPublicHttp = builtinRule({
  id: 'ec2-sg-no-public-http',
  title: 'Security group does not allow HTTP (TCP 80) from the internet',
  severity: 'medium',
  description:
    'Checks that no ingress rule of the security group opens TCP port 80 (HTTP), or all traffic, to 0.0.0.0/0 or ::/0.',
  risk: 'Plain HTTP from the internet carries requests, cookies and credentials unencrypted; internet-facing services should take HTTPS, usually through a load balancer that redirects port 80.',
  remediation: {
    text: 'Put the service behind an Application Load Balancer or CloudFront that takes HTTP and redirects it to HTTPS, and allow port 80 on the instances only from the load balancer\'s security group.',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "http" {
  security_group_id            = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  referenced_security_group_id = aws_security_group.app.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  aliases: { checkov: ['CKV_AWS_260'], prowler: [] },
  notes:
    'Every group is judged, not only groups in use (Prowler reports in-use groups unless --scan-unused-services), and protocol -1 (all traffic) from the internet fails, as for ec2-sg-no-public-ssh. A security-group rule resource that cannot be tied to one group of the configuration is judged on its own as AWS::EC2::SecurityGroupIngress. Checkov (CKV_AWS_260) fails a group that allows TCP 80 from 0.0.0.0/0 (or ::/0), as here. Prowler has no check for port 80. A load balancer\'s own group that accepts port 80 only to redirect to HTTPS fails too: suppress the rule for that group.',
  condition: { predicate: 'no-internet-ingress', port: 80, what: 'HTTP (TCP 80)' }
})
