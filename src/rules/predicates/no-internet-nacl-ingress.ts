// no-internet-nacl-ingress: no ingress entry of a network ACL (AWS::EC2::NetworkAclEntry) allows TCP `ports` from
// 0.0.0.0/0 or ::/0. Prowler's semantics (check_network_acl): an entry with protocol -1 (all traffic) or TCP with
// the port in its range opens the port, and an allow is harmless when an entry of the same ACL with a lower rule
// number denies the same port from the whole address family first (EC2 applies the lowest-numbered match).
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { isInternetCidr } from '../support/ingress.js'
import { fail, nameOf, pass, unknownAt } from '../support/outcome.js'
import { and, holds, isTrue, read, UNKNOWN, type Verdict } from '../support/read.js'

export const NETWORK_ACL_ENTRY_TYPE = 'AWS::EC2::NetworkAclEntry'

type Family = 'CidrBlock' | 'Ipv6CidrBlock'
const FAMILIES: readonly Family[] = ['CidrBlock', 'Ipv6CidrBlock']

/** Protocol as CloudFormation's number (-1, 6) or as a source may spell it ("tcp", "all"). */
function protocolOf(value: unknown): Verdict | 'all' | 'tcp' | 'other' {
  if (value === UNKNOWN) return UNKNOWN
  const p = String(value).trim().toLowerCase()
  if (p === '-1' || p === 'all') return 'all'
  if (p === '6' || p === 'tcp') return 'tcp'
  return 'other'
}

/** Whether the entry's protocol and port range take in TCP `port`. */
function coversPort(entry: Resource, port: number): Verdict {
  const protocol = protocolOf(read(entry, 'Protocol'))
  if (protocol === UNKNOWN) return UNKNOWN
  if (protocol === 'all') return true
  if (protocol !== 'tcp') return false
  const from = read(entry, 'PortRange.From')
  const to = read(entry, 'PortRange.To')
  if (from === UNKNOWN || to === UNKNOWN) return UNKNOWN
  // EC2 requires a range for TCP; an entry read without one is taken as every port rather than as none.
  const low = from === undefined || from === null ? 0 : Number(from)
  const high = to === undefined || to === null ? 65535 : Number(to)
  return low <= port && port <= high
}

/** RuleAction allow (any case); absent counts as unknown: CloudFormation requires it. */
function allows(entry: Resource): Verdict {
  const action = read(entry, 'RuleAction')
  if (action === UNKNOWN || action === undefined || action === null) return UNKNOWN
  return String(action).toLowerCase() === 'allow'
}

/** The address families whose whole range the entry's source is: 0.0.0.0/0 (CidrBlock), ::/0 (Ipv6CidrBlock). */
function internetFamily(entry: Resource, family: Family): Verdict {
  return holds(read(entry, family), isInternetCidr)
}

function ruleNumberOf(entry: Resource): number | undefined {
  const n = read(entry, 'RuleNumber')
  if (n === UNKNOWN || n === undefined || n === null || n === '') return undefined
  const number = Number(n)
  return Number.isFinite(number) ? number : undefined
}

/** Two entries of the same ACL: the same known NetworkAclId, or Terraform expressions referring to the same ACL. */
function sameAcl(a: Resource, b: Resource): boolean {
  const idA = read(a, 'NetworkAclId')
  const idB = read(b, 'NetworkAclId')
  if (typeof idA === 'string' && idA !== '' && typeof idB === 'string' && idB !== '') return idA === idB
  const refsB = b.references?.NetworkAclId ?? []
  return (a.references?.NetworkAclId ?? []).some((address) => refsB.includes(address))
}

/** A lower-numbered ingress deny of the same ACL, from the whole `family`, covering `port`: it decides first. */
function shadowingDeny(entry: Resource, view: InventoryView, family: Family, port: number): Resource | undefined {
  const number = ruleNumberOf(entry)
  if (number === undefined) return undefined
  return view.ofType(NETWORK_ACL_ENTRY_TYPE).find((other) => {
    if (other === entry || !sameAcl(entry, other)) return false
    const egress = read(other, 'Egress')
    if (egress === UNKNOWN || isTrue(egress)) return false
    const otherNumber = ruleNumberOf(other)
    if (otherNumber === undefined || otherNumber >= number) return false
    return allows(other) === false && internetFamily(other, family) === true && coversPort(other, port) === true
  })
}

function entryName(entry: Resource): string {
  return entry.part === undefined ? nameOf(entry) : `${nameOf(entry)} (${entry.part})`
}

/** "TCP 22", "TCP 22 or 3389" (what must not be open), "TCP 22 and 3389" (what is). */
function listed(ports: readonly number[], conjunction: 'or' | 'and'): string {
  return ports.length === 1 ? `TCP ${ports[0]}` : `TCP ${ports.slice(0, -1).join(', ')} ${conjunction} ${ports[ports.length - 1]}`
}

/** The outcome for one entry; null for an egress entry or another type (the predicate does not apply). */
export function judgeNaclEntry(entry: Resource, view: InventoryView, ports: readonly number[]): RuleOutcome | null {
  if (entry.type !== NETWORK_ACL_ENTRY_TYPE) return null
  const egress = read(entry, 'Egress')
  if (egress !== UNKNOWN && isTrue(egress)) return null
  const name = entryName(entry)
  const number = ruleNumberOf(entry)
  const rule = number === undefined ? '' : ` (rule ${number})`
  const action = allows(entry)
  if (action === false) return pass(`Network ACL entry ${name}${rule} denies traffic`, 'RuleAction')

  const open: number[] = []
  const shadowed: Array<[number, Resource]> = []
  let undecided: string | undefined
  let openFamily: Family | undefined
  for (const family of FAMILIES) {
    const fromInternet = internetFamily(entry, family)
    for (const port of ports) {
      const verdict = and(action, fromInternet, coversPort(entry, port), egress === UNKNOWN ? UNKNOWN : true)
      if (verdict === UNKNOWN) {
        undecided ??= [family, 'RuleAction', 'Protocol', 'PortRange', 'PortRange.From', 'PortRange.To', 'Egress'].find((path) => read(entry, path) === UNKNOWN) ?? 'RuleAction'
        continue
      }
      if (verdict !== true) continue
      const deny = shadowingDeny(entry, view, family, port)
      if (deny !== undefined) shadowed.push([port, deny])
      else if (!open.includes(port)) {
        open.push(port)
        openFamily ??= family
      }
    }
  }
  if (open.length > 0) {
    const what = protocolOf(read(entry, 'Protocol')) === 'all' ? `all traffic, ${listed(open, 'and')} included,` : listed(open, 'and')
    const cidr = String(read(entry, openFamily!))
    return fail(`Network ACL entry ${name}${rule} allows ${what} from the internet (${cidr})`, openFamily)
  }
  if (undecided !== undefined) return unknownAt(entry, undecided, `${undecided} of network ACL entry ${name}`)
  if (shadowed.length > 0) {
    const [port, deny] = shadowed[0]
    return pass(`Network ACL entry ${name}${rule} allows TCP ${port} from the internet, but ${entryName(deny)} (rule ${ruleNumberOf(deny)}) denies it first`, 'RuleNumber')
  }
  return pass(`Network ACL entry ${name}${rule} does not allow ${listed(ports, 'or')} from the internet`)
}

export const noInternetNaclIngress: PredicateDefinition = {
  name: 'no-internet-nacl-ingress',
  description:
    'The network ACL entry (AWS::EC2::NetworkAclEntry) judged, if it is an ingress allow, does not open any of `ports` (TCP, or through protocol -1) to 0.0.0.0/0 or ::/0, unless a lower-numbered deny of the same ACL from the whole address family covers the port first. Egress entries get no verdict.',
  parameters: {
    ports: {
      description: 'the TCP ports that must not be open from the internet ([22, 3389])',
      required: true,
      check: (value) =>
        Array.isArray(value) && value.length > 0 && value.every((p) => Number.isInteger(p) && p >= 0 && p <= 65535)
          ? undefined
          : `must be a list of TCP ports (0 to 65535) such as [22, 3389], not ${JSON.stringify(value)}`
    }
  },
  judge(resource, view, args) {
    return judgeNaclEntry(resource, view, args.ports as number[])
  }
}
