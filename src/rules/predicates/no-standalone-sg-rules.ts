// no-standalone-sg-rules: no security-group rule resource judged on its own (its group could not be tied to one
// group of the configuration: managed elsewhere, or an expression that cannot be followed) is this group's. Inline
// rules are properties of the group (SecurityGroupIngress, SecurityGroupEgress); these are not.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { joinOn } from '../support/joins.js'
import { nameOf, unknownAt } from '../support/outcome.js'

const RULE_TYPES = ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'] as const

export const noStandaloneSgRules: PredicateDefinition = {
  name: 'no-standalone-sg-rules',
  description:
    'No standalone AWS::EC2::SecurityGroupIngress or AWS::EC2::SecurityGroupEgress of the inventory (one judged on its own) belongs to the security group; one whose group cannot be determined makes the answer unknown.',
  parameters: {},
  reads: ['GroupId'],
  judge(resource, view) {
    const standalone = RULE_TYPES.map((type) => joinOn(view, type, 'GroupId', resource, 'GroupId'))
    const own = standalone.flatMap((rules) => rules.matches)
    if (own.length > 0) {
      return { status: 'fail', message: `Security group ${nameOf(resource)} has a rule: ${nameOf(own[0])}`, path: own[0].type === RULE_TYPES[0] ? 'SecurityGroupIngress' : 'SecurityGroupEgress' }
    }
    const undecided = standalone.flatMap((rules) => rules.undecided)
    if (undecided.length > 0) {
      return unknownAt(resource, 'SecurityGroupIngress', `security group rule ${nameOf(undecided[0])}, whose group could not be determined,`, 'might belong to it')
    }
    return { status: 'pass', message: `Security group ${nameOf(resource)} has no standalone rules` }
  }
}
