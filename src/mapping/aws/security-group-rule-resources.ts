// Standalone rule resources fold into their group's SecurityGroupIngress/SecurityGroupEgress (design.md
// "Canonical form"). One that cannot be tied to exactly one group of the configuration (a group managed
// elsewhere: a literal sg-... id or a variable; an expression naming several groups) is judged on its own, in
// CloudFormation's standalone form: AWS::EC2::SecurityGroupIngress / AWS::EC2::SecurityGroupEgress, one resource
// per source as CloudFormation has it. Evidence that cannot be placed is never dropped, and never a pass.
import type { TfResource } from '../../types.js'
import { attr, isUnknownAttr, ResourceBuilder } from '../builder.js'
import type { CompanionMapper } from '../registry.js'
import { expandRule, ruleEntries, type Direction, type RuleEntry, type RuleShape } from './security-group-rules.js'

const GROUP = [{ attr: 'security_group_id', parentTypes: ['aws_security_group', 'aws_default_security_group'] }] as const

const STANDALONE_TYPE: Readonly<Record<Direction, string>> = {
  ingress: 'AWS::EC2::SecurityGroupIngress',
  egress: 'AWS::EC2::SecurityGroupEgress'
}

/**
 * One standalone resource per entry. GroupId is the companion's security_group_id when known, else unknown: the
 * group it belongs to is what could not be decided. It carries no references on purpose: a rule joins it to a
 * group only by a known id, and otherwise treats it as possibly any group's (rules/support/ingress.ts).
 * `parts`: name each resource by its source (Resource.part) when one Terraform resource can hold several sources.
 */
function standaloneResources(tf: TfResource, direction: Direction, entries: RuleEntry[], id: string | null, parts: boolean): ResourceBuilder[] {
  const groupId = attr(tf, 'security_group_id')
  const groupKnown = typeof groupId === 'string' && groupId !== '' && !isUnknownAttr(tf, 'security_group_id')
  return entries.map((entry) => {
    const b = new ResourceBuilder(STANDALONE_TYPE[direction], tf)
    b.id = id
    if (parts) b.part = entry.source
    if (groupKnown) b.set('GroupId', groupId, [])
    else b.markUnknown('GroupId')
    for (const [field, value] of Object.entries(entry.value)) b.set(field, value, [])
    for (const field of entry.unknownFields) b.markUnknown(field)
    return b
  })
}

const SECURITY_GROUP_RULE_SHAPE: RuleShape = {
  base: '',
  protocol: 'protocol',
  fromPort: 'from_port',
  toPort: 'to_port',
  sources: [
    ['cidr_blocks', 'cidr'],
    ['ipv6_cidr_blocks', 'ipv6'],
    ['prefix_list_ids', 'prefixList'],
    ['source_security_group_id', 'group'],
    ['self', 'self']
  ]
}

const directionOf = (tf: TfResource): Direction => (attr(tf, 'type') === 'egress' ? 'egress' : 'ingress')

/** aws_security_group_rule: `type` says the direction; sources as lists, or one source group, or self. */
export const securityGroupRule: CompanionMapper = {
  tfType: 'aws_security_group_rule',
  targets: GROUP,
  fold(group, tf) {
    const direction = directionOf(tf)
    ruleEntries(group)[direction].push(...expandRule(tf, direction, SECURITY_GROUP_RULE_SHAPE, group.tf.values.id))
  },
  standalone(tf) {
    // Its Terraform id (sgrule-...) is no EC2 rule id, and one resource with several sources is several rules.
    const direction = directionOf(tf)
    return standaloneResources(tf, direction, expandRule(tf, direction, SECURITY_GROUP_RULE_SHAPE, attr(tf, 'security_group_id')), null, true)
  }
}

const VPC_RULE_SHAPE: RuleShape = {
  base: '',
  protocol: 'ip_protocol',
  fromPort: 'from_port',
  toPort: 'to_port',
  sources: [
    ['cidr_ipv4', 'cidr'],
    ['cidr_ipv6', 'ipv6'],
    ['prefix_list_id', 'prefixList'],
    ['referenced_security_group_id', 'group']
  ]
}

/** aws_vpc_security_group_ingress_rule / _egress_rule: exactly one source each. */
function vpcRule(direction: Direction): CompanionMapper {
  return {
    tfType: `aws_vpc_security_group_${direction}_rule`,
    targets: GROUP,
    fold(group, tf) {
      ruleEntries(group)[direction].push(...expandRule(tf, direction, VPC_RULE_SHAPE, group.tf.values.id))
    },
    standalone(tf) {
      // security_group_rule_id (sgr-...) is the EC2 rule id, CloudFormation's primary identifier of the type.
      const ruleId = attr(tf, 'security_group_rule_id')
      const id = typeof ruleId === 'string' && ruleId.startsWith('sgr-') ? ruleId : null
      return standaloneResources(tf, direction, expandRule(tf, direction, VPC_RULE_SHAPE, attr(tf, 'security_group_id')), id, false)
    }
  }
}

export const vpcSecurityGroupIngressRule = vpcRule('ingress')
export const vpcSecurityGroupEgressRule = vpcRule('egress')
