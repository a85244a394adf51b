// Standalone rule resources fold into their group's SecurityGroupIngress/SecurityGroupEgress; they never
// appear as resources of their own (design.md "Canonical form").
import { attr } from '../builder.js'
import type { CompanionMapper } from '../registry.js'
import { expandRule, ruleEntries, type Direction, type RuleShape } from './security-group-rules.js'

const GROUP = [{ attr: 'security_group_id', parentTypes: ['aws_security_group', 'aws_default_security_group'] }] as const

/** aws_security_group_rule: `type` says the direction; sources as lists, or one source group, or self. */
export const securityGroupRule: CompanionMapper = {
  tfType: 'aws_security_group_rule',
  targets: GROUP,
  fold(group, tf) {
    const direction: Direction = attr(tf, 'type') === 'egress' ? 'egress' : 'ingress'
    const shape: RuleShape = {
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
    ruleEntries(group)[direction].push(...expandRule(tf, direction, shape, group.tf.values.id))
  }
}

/** aws_vpc_security_group_ingress_rule / _egress_rule: exactly one source each. */
function vpcRule(direction: Direction): CompanionMapper {
  return {
    tfType: `aws_vpc_security_group_${direction}_rule`,
    targets: GROUP,
    fold(group, tf) {
      const shape: RuleShape = {
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
      ruleEntries(group)[direction].push(...expandRule(tf, direction, shape, group.tf.values.id))
    }
  }
}

export const vpcSecurityGroupIngressRule = vpcRule('ingress')
export const vpcSecurityGroupEgressRule = vpcRule('egress')
