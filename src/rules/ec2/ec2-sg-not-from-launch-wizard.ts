import { builtinRule } from '../declarative/builtin.js'

export const ec2SgNotFromLaunchWizard = builtinRule({
  id: 'ec2-sg-not-from-launch-wizard',
  title: 'Security group was not created by the EC2 launch wizard',
  severity: 'medium',
  description:
    'Checks that the security group is not one the EC2 console\'s launch wizard made (a GroupName starting with launch-wizard-).',
  risk: 'Launch-wizard groups are made in a hurry with broad defaults (SSH or RDP from anywhere is the console\'s suggestion) and then reused for unrelated instances without review.',
  remediation: {
    text: 'Replace the group with one written for the workload, with only the ports and sources it needs, and move the instances to it.',
    terraform: `resource "aws_security_group" "web" {
  name        = "web"
  description = "HTTPS from the load balancer"
  vpc_id      = aws_vpc.this.id
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::EC2::SecurityGroup'],
  aliases: { checkov: [], prowler: ['ec2_securitygroup_from_launch_wizard'] },
  notes:
    'Judged by name, as Prowler does: a group named launch-wizard-* in code fails too. Every group is judged, not only groups in use. Checkov has no such check.',
  condition: { not: { property: 'GroupName', matches: '^launch-wizard-' } },
  messages: {
    pass: 'Security group {name} was not created by the launch wizard',
    fail: 'Security group {name} was created by the EC2 launch wizard',
    unknown: 'the group name'
  }
})
