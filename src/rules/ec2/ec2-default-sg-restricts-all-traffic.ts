import { builtinRule } from '../declarative/builtin.js'

export const ec2DefaultSgRestrictsAllTraffic = builtinRule({
  id: 'ec2-default-sg-restricts-all-traffic',
  title: 'Default security group of a VPC allows no traffic',
  severity: 'high',
  description: 'Checks that the default security group has no ingress and no egress rules.',
  risk: 'Resources launched without an explicit group land in the default group; any rule in it silently applies to them.',
  remediation: {
    text: 'Manage the default security group with Terraform and leave it without rules.',
    terraform: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.this.id
  # no ingress or egress blocks: all rules are removed
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::EC2::SecurityGroup'],
  aliases: { checkov: ['CKV2_AWS_12'], prowler: ['ec2_securitygroup_default_restrict_traffic'] },
  notes:
    'Judges groups named "default" (or marked as AWS defaults). Checkov CKV2_AWS_12 also fails a VPC whose code does not manage its default group; we only judge default groups present in the inventory (always the case for live scans). A security-group rule resource whose group could not be determined makes a default group that would otherwise pass unknown.',
  // Groups named "default" or marked as AWS defaults; a group whose name is open is not taken for one.
  'applies-when': {
    'any-of': [{ property: 'GroupName', equals: 'default', 'if-unknown': false }, { predicate: 'is-aws-default' }]
  },
  // Rule resources judged on their own (their group could not be found) may be this group's.
  condition: {
    'all-of': [
      { property: 'SecurityGroupIngress', empty: true },
      { property: 'SecurityGroupEgress', empty: true },
      { predicate: 'no-standalone-sg-rules' }
    ]
  },
  messages: {
    pass: 'Default security group {name} allows no traffic',
    fail: 'Default security group {name} has rules ({property})',
    // An ingress verdict that is open is worded by no-standalone-sg-rules when a standalone rule leaves it open.
    unknown: { SecurityGroupEgress: 'the egress rules' }
  }
})
