// Network ACLs: aws_network_acl and aws_default_network_acl → AWS::EC2::NetworkAcl (identified by Id), and every
// entry → AWS::EC2::NetworkAclEntry, CloudFormation's only form for an entry: an aws_network_acl_rule, and each
// inline `ingress` / `egress` block of the two ACL types (one entry per block, named by Resource.part like
// `ingress[0]`, keeping the ACL's address: it is written in that block). An entry has no id before EC2 numbers
// the ACL's rules (CloudFormation's Id is generated), so entries are always named by address.
import type { TfResource } from '../../types.js'
import { attr, isUnknownAttr, ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

export const NETWORK_ACL_TYPE = 'AWS::EC2::NetworkAcl'
export const NETWORK_ACL_ENTRY_TYPE = 'AWS::EC2::NetworkAclEntry'

/** Terraform's protocol names → the protocol numbers CloudFormation (and EC2) use. */
const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { all: -1, icmp: 1, tcp: 6, udp: 17, icmpv6: 58 }

/** A protocol as CloudFormation's integer: "tcp" and "6" → 6, "all" and "-1" → -1; anything else as written. */
export const toProtocolNumber: Convert = (v) => {
  if (typeof v === 'string') {
    const named = PROTOCOL_NUMBERS[v.trim().toLowerCase()]
    if (named !== undefined) return named
  }
  return toNumber(v)
}

const lowerCase: Convert = (v) => (typeof v === 'string' ? v.toLowerCase() : v)

/** The fields an inline block and an aws_network_acl_rule share (the rule number and action are named apart). */
function entryFields(ruleNumber: string, action: string): readonly Field[] {
  return [
    ['RuleNumber', ruleNumber, toNumber],
    ['RuleAction', action, lowerCase],
    ['Protocol', 'protocol', toProtocolNumber],
    ['CidrBlock', 'cidr_block', nonEmpty],
    ['Ipv6CidrBlock', 'ipv6_cidr_block', nonEmpty]
  ]
}

const RULE_FIELDS = entryFields('rule_number', 'rule_action')
const BLOCK_FIELDS = entryFields('rule_no', 'action')

/**
 * PortRange and Icmp from from_port/to_port and icmp_type/icmp_code under `base` ('' or 'ingress[0]'). EC2
 * ignores the ports of a protocol without ports (all, icmp), where the provider still stores 0: copied as written,
 * the rules decide what they mean.
 */
function copyPortsAndIcmp(b: ResourceBuilder, base: string): void {
  const at = (name: string) => (base === '' ? name : `${base}.${name}`)
  for (const [out, from, to] of [['PortRange', 'from_port', 'to_port'], ['Icmp', 'icmp_type', 'icmp_code']] as const) {
    const outFrom = out === 'PortRange' ? 'From' : 'Type'
    const outTo = out === 'PortRange' ? 'To' : 'Code'
    b.copy(`${out}.${outFrom}`, at(from), toNumber)
    b.copy(`${out}.${outTo}`, at(to), toNumber)
  }
}

/** NetworkAclId of an inline entry: its ACL's id when known; else unknown, and the entry refers to the ACL. */
function setParentAcl(b: ResourceBuilder, acl: TfResource): void {
  const id = idFrom(acl.values, 'id')
  if (id !== null && !isUnknownAttr(acl, 'id')) b.set('NetworkAclId', id, [])
  else b.markUnknown('NetworkAclId')
  // The entries of one ACL join each other (a lower-numbered deny shadows an allow) even before the ACL has an id.
  b.addReferences('NetworkAclId', [acl.address])
}

function mapAcl(tf: TfResource, isDefault: boolean): ResourceBuilder {
  const b = new ResourceBuilder(NETWORK_ACL_TYPE, tf)
  b.id = idFrom(tf.values, 'id', 'default_network_acl_id')
  b.isDefault = isDefault
  copyFields(b, [['VpcId', 'vpc_id', nonEmpty], ['Id', 'id', nonEmpty]])
  copyTags(b)
  return b
}

export const networkAcl: ResourceMapper = { tfType: 'aws_network_acl', map: (tf) => mapAcl(tf, false) }
export const defaultNetworkAcl: ResourceMapper = { tfType: 'aws_default_network_acl', map: (tf) => mapAcl(tf, true) }

/** aws_network_acl_rule → one AWS::EC2::NetworkAclEntry. */
export const networkAclRule: ResourceMapper = {
  tfType: 'aws_network_acl_rule',
  map(tf) {
    const b = new ResourceBuilder(NETWORK_ACL_ENTRY_TYPE, tf)
    // Its Terraform id (nacl-<hash>) is no EC2 or CloudFormation id.
    b.id = null
    b.copy('NetworkAclId', 'network_acl_id', nonEmpty)
    // egress defaults to false in the provider and in CloudFormation: absent means an ingress entry.
    b.copy('Egress', 'egress', toBoolean)
    copyFields(b, RULE_FIELDS)
    copyPortsAndIcmp(b, '')
    return b
  }
}

const ACL_TYPES: ReadonlySet<string> = new Set(['aws_network_acl', 'aws_default_network_acl'])

/**
 * The inline entries of every aws_network_acl and aws_default_network_acl of `input`. A block list known only
 * after apply (dynamic blocks over an unknown value) becomes one entry with every field unknown, named by the
 * list (`ingress`): its entries may open anything, which is never a pass.
 */
export function inlineNetworkAclEntries(input: readonly TfResource[]): ResourceBuilder[] {
  const builders: ResourceBuilder[] = []
  for (const acl of input) {
    if (!ACL_TYPES.has(acl.type)) continue
    for (const direction of ['ingress', 'egress'] as const) {
      if (isUnknownAttr(acl, direction)) {
        const b = new ResourceBuilder(NETWORK_ACL_ENTRY_TYPE, acl)
        b.part = direction
        setParentAcl(b, acl)
        b.set('Egress', direction === 'egress', [])
        for (const field of ['RuleNumber', 'RuleAction', 'Protocol', 'CidrBlock', 'Ipv6CidrBlock', 'PortRange']) b.markUnknown(field)
        builders.push(b)
        continue
      }
      const blocks = attr(acl, direction)
      if (!Array.isArray(blocks)) continue
      blocks.forEach((_, i) => {
        const base = `${direction}[${i}]`
        const b = new ResourceBuilder(NETWORK_ACL_ENTRY_TYPE, acl)
        b.part = base
        setParentAcl(b, acl)
        b.set('Egress', direction === 'egress', [])
        copyFields(b, BLOCK_FIELDS, '', base)
        copyPortsAndIcmp(b, base)
        builders.push(b)
      })
    }
  }
  return builders
}
