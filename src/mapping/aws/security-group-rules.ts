// Security-group rules in canonical form: one CloudFormation entry per source (design.md "Canonical form").
// Terraform writes a rule with lists of sources (cidr_blocks, ipv6_cidr_blocks, prefix_list_ids,
// security_groups, self); CloudFormation's SecurityGroupIngress/Egress hold one source per entry.
import type { TfResource } from '../../types.js'
import { attr, isUnknownAttr, type ResourceBuilder } from '../builder.js'
import { normalizeRuleEntry } from '../../model/security-group-rules.js'

export type Direction = 'ingress' | 'egress'

export interface RuleEntry {
  value: Record<string, unknown>
  /** Fields of this entry Terraform only knows after apply. */
  unknownFields: string[]
  /** The Terraform attribute path of the entry's source ('cidr_blocks[1]', 'self'), relative to the rule. */
  source: string
  /** The Terraform resource the rule was written in (the group itself, or a rule resource folded into it). */
  from: TfResource
}

const SOURCE_FIELD: Readonly<Record<Direction, { cidr: string; ipv6: string; prefixList: string; group: string }>> = {
  ingress: { cidr: 'CidrIp', ipv6: 'CidrIpv6', prefixList: 'SourcePrefixListId', group: 'SourceSecurityGroupId' },
  egress: { cidr: 'CidrIp', ipv6: 'CidrIpv6', prefixList: 'DestinationPrefixListId', group: 'DestinationSecurityGroupId' }
}

export type SourceKind = 'cidr' | 'ipv6' | 'prefixList' | 'group' | 'self'

export interface RuleShape {
  /** Attribute path of the rule inside `tf` ('' for a standalone rule resource, 'ingress[0]' inline). */
  base: string
  protocol: string
  fromPort: string
  toPort: string
  /** Attribute (list or single value) → kind of source. */
  sources: ReadonlyArray<readonly [string, SourceKind]>
}

/** One entry per source of one Terraform rule; unknown sources become entries with that field unknown. */
export function expandRule(tf: TfResource, direction: Direction, shape: RuleShape, ownGroupId: unknown): RuleEntry[] {
  const at = (name: string): string => (shape.base === '' ? name : `${shape.base}.${name}`)
  const common: Record<string, unknown> = {}
  const commonUnknown: string[] = []
  readCommonField(tf, at(shape.protocol), 'IpProtocol', common, commonUnknown)
  readCommonField(tf, at(shape.fromPort), 'FromPort', common, commonUnknown)
  readCommonField(tf, at(shape.toPort), 'ToPort', common, commonUnknown)
  readCommonField(tf, at('description'), 'Description', common, commonUnknown)
  // Normalized once per rule: an entry is the common fields plus one source field, which normalizing leaves
  // as it is (dropped when empty), so each entry copies the normalized common part instead of being normalized.
  const normalizedCommon = normalizeRuleEntry(common)
  const entries: RuleEntry[] = []
  const add = (field: string, value: unknown, unknown: boolean, source: string): void => {
    const entry: RuleEntry = { value: { ...normalizedCommon }, unknownFields: [...commonUnknown], source, from: tf }
    if (unknown) entry.unknownFields.push(field)
    else if (value !== undefined && value !== null && value !== '') entry.value[field] = value
    entries.push(entry)
  }
  for (let s = 0; s < shape.sources.length; s++) {
    const [name, kind] = shape.sources[s]
    const path = at(name)
    const value = attr(tf, path)
    if (kind === 'self') {
      const field = SOURCE_FIELD[direction].group
      if (isUnknownAttr(tf, path)) add(field, undefined, true, name)
      else if (value === true) add(field, ownGroupId, typeof ownGroupId !== 'string', name)
      continue
    }
    const field =
      kind === 'group' && typeof value === 'string' && !value.startsWith('sg-') && direction === 'ingress'
        ? 'SourceSecurityGroupName' // EC2-Classic / default-VPC groups named rather than identified
        : SOURCE_FIELD[direction][kind]
    if (isUnknownAttr(tf, path)) {
      add(field, undefined, true, name)
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        if (item === null || item === undefined) {
          if (isUnknownAttr(tf, `${path}[${i}]`)) add(field, undefined, true, `${name}[${i}]`)
        } else add(field, item, false, `${name}[${i}]`)
      }
    } else if (typeof value === 'string' && value !== '') {
      add(field, value, false, name)
    }
  }
  return entries
}

function readCommonField(tf: TfResource, path: string, field: string, common: Record<string, unknown>, unknownFields: string[]): void {
  if (isUnknownAttr(tf, path)) unknownFields.push(field)
  else common[field] = attr(tf, path)
}

export const INLINE_RULE_SOURCES: RuleShape['sources'] = [
  ['cidr_blocks', 'cidr'],
  ['ipv6_cidr_blocks', 'ipv6'],
  ['prefix_list_ids', 'prefixList'],
  ['security_groups', 'group'],
  ['self', 'self']
]

/**
 * The entry as text, fields in name order: the order entries are written in and what tells duplicates apart. The
 * same text as JSON.stringify(keys.sort().map((k) => [k, value[k]])) + JSON.stringify(unknownFields.sort()), built
 * without the intermediate arrays: a large plan has tens of thousands of entries.
 */
function sortKey(entry: RuleEntry): string {
  const keys = Object.keys(entry.value).sort()
  let key = '['
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) key += ','
    const value = entry.value[keys[i]]
    key += `[${JSON.stringify(keys[i])},${value === undefined ? 'null' : JSON.stringify(value)}]`
  }
  return `${key}]${JSON.stringify(entry.unknownFields.length > 1 ? [...entry.unknownFields].sort() : entry.unknownFields)}`
}

const RULE_STATE = new WeakMap<ResourceBuilder, Record<Direction, RuleEntry[]>>()

/**
 * The rule entries collected for a group. On first use the group registers a finishing step that sorts them,
 * drops duplicates (state repeats separately managed rules inside the group's own ingress/egress) and writes
 * SecurityGroupIngress/SecurityGroupEgress with the unknown fields' paths.
 */
export function ruleEntries(group: ResourceBuilder): Record<Direction, RuleEntry[]> {
  const state = RULE_STATE.get(group)
  if (state) return state
  const created: Record<Direction, RuleEntry[]> = { ingress: [], egress: [] }
  RULE_STATE.set(group, created)
  group.onFinish(() => {
    for (const [direction, property] of [['ingress', 'SecurityGroupIngress'], ['egress', 'SecurityGroupEgress']] as const) {
      const byKey = new Map<string, RuleEntry>()
      for (const e of created[direction]) {
        const key = sortKey(e)
        if (!byKey.has(key) || e.unknownFields.length > 0) byKey.set(byKey.has(key) ? `${key}#${byKey.size}` : key, e)
      }
      const sorted = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e)
      if (sorted.length === 0) continue
      group.properties[property] = sorted.map((e) => e.value)
      sorted.forEach((e, i) => e.unknownFields.forEach((f) => group.markUnknown(`${property}[${i}].${f}`)))
      // An entry from a rule resource (aws_security_group_rule, aws_vpc_security_group_ingress_rule) is that resource's.
      for (let i = 0; i < sorted.length; i++) if (sorted[i].from !== group.tf) group.noteCause(`${property}[${i}]`, sorted[i].from)
    }
  })
  return created
}
