// Security-group rules compared as a set of entries inside their group (design.md "Canonical form"). The
// entry itself is put in the canonical form the mapping and the live normalizer already share
// (normalizeRuleEntry: protocol names for 6/17/1/58, lower case, no ports for all-traffic '-1', numeric
// ports), so a rule written 'TCP', '6' or 'tcp' is one rule.
import { normalizeRuleEntry } from '../../model/security-group-rules.js'

export const SECURITY_GROUP_RULE_PROPERTIES = ['SecurityGroupIngress', 'SecurityGroupEgress'] as const

/** A rule entry in canonical form: normalized fields, empty ones dropped. */
export function canonicalRuleEntry(entry: Record<string, unknown>): Record<string, unknown> {
  return normalizeRuleEntry(entry)
}

/**
 * The identity of a canonical entry: every field, in name order. `withoutDescription` gives the permission
 * alone, to pair a rule whose description was edited by hand (the description is drift, the rule is the same).
 */
export function ruleEntryKey(entry: Record<string, unknown>, withoutDescription = false): string {
  let key = ''
  for (const field of Object.keys(entry).sort()) {
    if (withoutDescription && field === 'Description') continue
    key += `${field}\u0000${String(entry[field])}\u0001`
  }
  return key
}
