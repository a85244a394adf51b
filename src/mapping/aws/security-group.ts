// aws_security_group and aws_default_security_group → AWS::EC2::SecurityGroup, inline ingress/egress split into
// one entry per source (security-group-rules.ts). The default group is the VPC's own: GroupName 'default'.
import type { TfResource } from '../../types.js'
import { isUnknownAttr, ResourceBuilder } from '../builder.js'
import { copyFields, copyTags } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'
import { expandRule, INLINE_RULE_SOURCES, ruleEntries, type Direction } from './security-group-rules.js'

function addInlineRules(b: ResourceBuilder, tf: TfResource): void {
  const entries = ruleEntries(b)
  for (const [direction, property] of [['ingress', 'SecurityGroupIngress'], ['egress', 'SecurityGroupEgress']] as const) {
    if (isUnknownAttr(tf, direction)) {
      b.markUnknown(property)
      continue
    }
    const rules = tf.values[direction]
    if (!Array.isArray(rules)) continue
    const list = entries[direction as Direction]
    for (let i = 0; i < rules.length; i++) {
      const shape = { base: `${direction}[${i}]`, protocol: 'protocol', fromPort: 'from_port', toPort: 'to_port', sources: INLINE_RULE_SOURCES }
      const expanded = expandRule(tf, direction, shape, tf.values.id)
      for (let e = 0; e < expanded.length; e++) list.push(expanded[e])
    }
  }
}

function mapGroup(tf: TfResource, isDefault: boolean): ResourceBuilder {
  const b = new ResourceBuilder('AWS::EC2::SecurityGroup', tf)
  b.id = idFrom(tf.values, 'id')
  b.isDefault = isDefault
  if (isDefault) {
    b.set('GroupName', 'default', [])
    b.set('GroupDescription', 'default VPC security group', [])
  } else {
    copyFields(b, [['GroupName', 'name'], ['GroupDescription', 'description']])
  }
  copyFields(b, [['VpcId', 'vpc_id'], ['GroupId', 'id'], ['Id', 'id']])
  addInlineRules(b, tf)
  copyTags(b)
  return b
}

export const securityGroup: ResourceMapper = { tfType: 'aws_security_group', map: (tf) => mapGroup(tf, false) }

export const defaultSecurityGroup: ResourceMapper = { tfType: 'aws_default_security_group', map: (tf) => mapGroup(tf, true) }
