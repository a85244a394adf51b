// Security-group ingress open to the internet: the shared judgement of the SSH, RDP and all-ports rules, for
// groups (with their inline entries and the standalone rules joined to them) and standalone ingress rules.
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { joinOn } from './joins.js'
import { fail, nameOf, pass, unknownAt } from './outcome.js'
import { and, holds, or, read, readEntryFields, readList, UNKNOWN, type Verdict } from './read.js'

/**
 * A CIDR with prefix length 0 covers its whole address family, however the address is spelled: EC2 and the
 * Terraform provider accept non-canonical forms such as "0::/0", "::0/0" or "0:0:0:0:0:0:0:0/0", so comparing
 * with "0.0.0.0/0" and "::/0" as strings misses them.
 */
export function isInternetCidr(value: unknown): boolean {
  return typeof value === 'string' && /\/0+$/.test(value.trim())
}

/** What an ingress check looks for: one TCP port, any of several TCP ports (a service's family), or every port. */
export type IngressTarget = { tcpPort: number } | { tcpPorts: readonly number[] } | 'all-ports'

export interface OpenIngress {
  verdict: Verdict
  /** The first entry found open (when verdict is true), or the first undecided one (when unknown). */
  path?: string
}

function protocolOf(value: unknown): Verdict | string {
  if (value === UNKNOWN) return UNKNOWN
  const p = String(value).toLowerCase()
  if (p === '-1' || p === 'all') return 'all'
  if (p === '6') return 'tcp'
  return p
}

/** What one ingress entry says, as the "open to the internet" checks need it. */
interface IngressEntry {
  fromInternet: Verdict
  protocol: Verdict | string
  fromPort: unknown
  toPort: unknown
}

const INGRESS_FIELDS = ['CidrIp', 'CidrIpv6', 'IpProtocol', 'FromPort', 'ToPort'] as const
type IngressFields = Record<(typeof INGRESS_FIELDS)[number], unknown>

/** One ingress entry's fields, as `read` gives them. */
function ingressEntry(fields: IngressFields): IngressEntry {
  return {
    fromInternet: or(holds(fields.CidrIp, isInternetCidr), holds(fields.CidrIpv6, isInternetCidr)),
    protocol: protocolOf(fields.IpProtocol),
    fromPort: fields.FromPort,
    toPort: fields.ToPort
  }
}

/** A standalone AWS::EC2::SecurityGroupIngress: its fields are the resource's own properties. */
function readStandaloneEntry(resource: Resource): IngressEntry {
  return ingressEntry({
    CidrIp: read(resource, 'CidrIp'),
    CidrIpv6: read(resource, 'CidrIpv6'),
    IpProtocol: read(resource, 'IpProtocol'),
    FromPort: read(resource, 'FromPort'),
    ToPort: read(resource, 'ToPort')
  })
}

// The three "open to the internet" rules (SSH, RDP, all ports) judge the same entries of every group: each
// list is read once, keyed by the list itself and checked against the unknown paths it was read with.
const ingressEntries = new WeakMap<readonly unknown[], { unknown: Resource['unknown']; entries: IngressEntry[] }>()

function ingressEntriesOf(resource: Resource, list: readonly unknown[]): IngressEntry[] {
  const cached = ingressEntries.get(list)
  if (cached !== undefined && cached.unknown === resource.unknown && cached.entries.length === list.length) return cached.entries
  const entries = readEntryFields(resource, 'SecurityGroupIngress', list, INGRESS_FIELDS).map(ingressEntry)
  ingressEntries.set(list, { unknown: resource.unknown, entries })
  return entries
}

/**
 * Does one ingress entry open the target to the internet? Prowler's semantics: protocol -1 from 0.0.0.0/0
 * or ::/0 always matches; otherwise the protocol must be TCP and the port within FromPort..ToPort. For
 * 'all-ports', a range covering 0..65535 matches whatever its protocol.
 */
function entryOpens(entry: IngressEntry, target: IngressTarget): Verdict {
  const { fromInternet, protocol, fromPort, toPort } = entry
  const allProtocols: Verdict = protocol === UNKNOWN ? UNKNOWN : protocol === 'all'
  // An unknown port is the UNKNOWN symbol, which Number() refuses (it throws): compare only known ports.
  const portsKnown = fromPort !== UNKNOWN && toPort !== UNKNOWN
  const from = portsKnown ? Number(fromPort) : NaN
  const to = portsKnown ? Number(toPort) : NaN
  let portMatch: Verdict
  if (target === 'all-ports') {
    portMatch = portsKnown ? from <= 0 && to >= 65535 : UNKNOWN
  } else {
    const tcp: Verdict = protocol === UNKNOWN ? UNKNOWN : protocol === 'tcp'
    const ports = 'tcpPorts' in target ? target.tcpPorts : [target.tcpPort]
    portMatch = and(tcp, portsKnown ? ports.some((port) => from <= port && port <= to) : UNKNOWN)
  }
  return and(fromInternet, or(allProtocols, portMatch))
}

/** Whether any SecurityGroupIngress entry of the group opens the target to the internet. */
export function findOpenIngress(resource: Resource, target: IngressTarget): OpenIngress {
  const list = readList(resource, 'SecurityGroupIngress')
  if (list === UNKNOWN) return { verdict: UNKNOWN, path: 'SecurityGroupIngress' }
  const entries = ingressEntriesOf(resource, list)
  let undecided: string | undefined
  for (let i = 0; i < entries.length; i++) {
    const verdict = entryOpens(entries[i], target)
    if (verdict === true) return { verdict: true, path: `SecurityGroupIngress[${i}]` }
    if (verdict === UNKNOWN && undecided === undefined) undecided = `SecurityGroupIngress[${i}]`
  }
  return undecided === undefined ? { verdict: false } : { verdict: UNKNOWN, path: undecided }
}

/** A security-group rule judged on its own (not folded into a group): one source, CloudFormation's standalone form. */
export const SECURITY_GROUP_INGRESS_TYPE = 'AWS::EC2::SecurityGroupIngress'

const standaloneEntries = new WeakMap<Resource, IngressEntry>()

function standaloneEntry(rule: Resource): IngressEntry {
  let entry = standaloneEntries.get(rule)
  if (entry === undefined) standaloneEntries.set(rule, (entry = readStandaloneEntry(rule)))
  return entry
}

/** How a message names a standalone rule: its address (and which source, when it has several) or its id. */
function ruleName(rule: Resource): string {
  return rule.part === undefined ? nameOf(rule) : `${nameOf(rule)} (${rule.part})`
}

/**
 * Shared outcome of the three "open to the internet" rules, for a group and for a standalone ingress rule.
 *
 * A group also answers for the standalone rules that may be its own (joinOn on GroupId): one known to be its
 * own and open fails it; one that might be its own (its GroupId is unknown: a rule whose group could not be
 * found) and is open makes a group that would otherwise pass `unknown`. A rule that might belong but opens
 * nothing relevant (443 from 10.0.0.0/8) changes nothing: the join's filter is the entry's own verdict.
 */
export function judgeOpenIngress(resource: Resource, view: InventoryView, target: IngressTarget, what: string): RuleOutcome {
  if (resource.type === SECURITY_GROUP_INGRESS_TYPE) {
    const verdict = entryOpens(standaloneEntry(resource), target)
    const name = ruleName(resource)
    if (verdict === true) {
      const source = read(resource, 'CidrIpv6') !== undefined && read(resource, 'CidrIp') === undefined ? 'CidrIpv6' : 'CidrIp'
      return fail(`Security group rule ${name} allows ${what} from the internet (0.0.0.0/0 or ::/0)`, source)
    }
    if (verdict === UNKNOWN) {
      const path = ['CidrIp', 'CidrIpv6', 'IpProtocol', 'FromPort', 'ToPort'].find((field) => read(resource, field) === UNKNOWN) ?? 'IpProtocol'
      return unknownAt(resource, path, `${path} of ${name}`)
    }
    return pass(`Security group rule ${name} does not allow ${what} from the internet`)
  }
  const found = findOpenIngress(resource, target)
  if (found.verdict === true) {
    return fail(`Security group ${nameOf(resource)} allows ${what} from the internet (0.0.0.0/0 or ::/0)`, found.path)
  }
  const rules = joinOn(view, SECURITY_GROUP_INGRESS_TYPE, 'GroupId', resource, 'GroupId', (rule) => entryOpens(standaloneEntry(rule), target))
  if (rules.matches.length > 0) {
    return fail(`Security group ${nameOf(resource)} allows ${what} from the internet (0.0.0.0/0 or ::/0) through ${ruleName(rules.matches[0])}`, 'SecurityGroupIngress')
  }
  if (found.verdict === UNKNOWN) return unknownAt(resource, found.path ?? 'SecurityGroupIngress', 'an ingress rule')
  if (rules.undecided.length > 0) {
    const more = rules.undecided.length > 1 ? ` and ${rules.undecided.length - 1} more` : ''
    return unknownAt(
      resource,
      'SecurityGroupIngress',
      `security group rule ${ruleName(rules.undecided[0])}${more}, which allows ${what} from the internet and whose group could not be determined,`,
      'might belong to it'
    )
  }
  return pass(`Security group ${nameOf(resource)} does not allow ${what} from the internet`, 'SecurityGroupIngress')
}
