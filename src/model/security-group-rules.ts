// A security-group rule entry in canonical form (design.md "Canonical form"): the Terraform mapping, the live
// normalizer and drift's comparison all put entries through this one function, so a rule written 'TCP', '6' or
// 'tcp' is one rule wherever it comes from.
import { toNumber } from './values.js'

const PROTOCOL_NAMES: Readonly<Record<string, string>> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' }

/**
 * IpProtocol as EC2 reports it: names for tcp/udp/icmp/icmpv6, '-1' for all traffic. For '-1' EC2 returns no
 * ports, so the canonical entry has none either (whatever Terraform's 0/0 or -1/-1 said).
 */
export function normalizeRuleEntry(entry: Record<string, unknown>): Record<string, unknown> {
  let protocol = entry.IpProtocol
  if (protocol !== undefined && protocol !== null) {
    const p = String(protocol).toLowerCase()
    protocol = PROTOCOL_NAMES[p] ?? p
  }
  // Built key by key in the entry's order rather than copied and pruned with `delete`, which would leave
  // thousands of rule objects in V8's slow dictionary mode.
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(entry)) {
    let value = key === 'IpProtocol' ? protocol : entry[key]
    if (key === 'FromPort' || key === 'ToPort') {
      if (protocol === '-1') continue
      if (value !== undefined) value = toNumber(value)
    }
    if (value === undefined || value === null || value === '') continue
    out[key] = value
  }
  return out
}
