import { joinOn } from '../support/joins.js'
import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isUnknown, read, readList } from '../support/read.js'

export const ec2DefaultSgRestrictsAllTraffic: RuleDefinition = {
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
  resourceTypes: ['AWS::EC2::SecurityGroup'],
  aliases: { checkov: ['CKV2_AWS_12'], prowler: ['ec2_securitygroup_default_restrict_traffic'] },
  notes:
    'Judges groups named "default" (or marked as AWS defaults). Checkov CKV2_AWS_12 also fails a VPC whose code does not manage its default group; we only judge default groups present in the inventory (always the case for live scans). A security-group rule resource whose group could not be determined makes a default group that would otherwise pass unknown.',
  check(resource, view) {
    const name = read(resource, 'GroupName')
    if (name !== 'default' && resource.isDefault !== true) return null
    const ingress = readList(resource, 'SecurityGroupIngress')
    const egress = readList(resource, 'SecurityGroupEgress')
    if (!isUnknown(ingress) && ingress.length > 0) {
      return fail(`Default security group ${nameOf(resource)} has ${ingress.length} ingress rule(s)`, 'SecurityGroupIngress')
    }
    if (!isUnknown(egress) && egress.length > 0) {
      return fail(`Default security group ${nameOf(resource)} has ${egress.length} egress rule(s)`, 'SecurityGroupEgress')
    }
    // Rule resources judged on their own (their group could not be found) may be this group's.
    const standalone = (['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'] as const).map((type) => joinOn(view, type, 'GroupId', resource, 'GroupId'))
    const own = standalone.flatMap((rules) => rules.matches)
    if (own.length > 0) return fail(`Default security group ${nameOf(resource)} has a rule: ${nameOf(own[0])}`, own[0].type === 'AWS::EC2::SecurityGroupIngress' ? 'SecurityGroupIngress' : 'SecurityGroupEgress')
    if (isUnknown(ingress)) return unknownAt(resource, 'SecurityGroupIngress', 'the ingress rules')
    if (isUnknown(egress)) return unknownAt(resource, 'SecurityGroupEgress', 'the egress rules')
    const undecided = standalone.flatMap((rules) => rules.undecided)
    if (undecided.length > 0) {
      return unknownAt(resource, 'SecurityGroupIngress', `security group rule ${nameOf(undecided[0])}, whose group could not be determined,`, 'might belong to it')
    }
    return pass(`Default security group ${nameOf(resource)} allows no traffic`)
  }
}
