// Shared builders for the rule tests: CloudFormation-shaped resources, an inventory view over them, and a
// judge that runs one rule over a list of resources and sorts their labels by outcome.
import type { InventoryView, Resource, Rule } from '../../src/types.js'
import { REDACTED } from '../../src/paths.js'

export { REDACTED }

type Extra = Partial<Omit<Resource, 'type' | 'properties'>>

/** A live resource with a primary id; pass `{ id: null, origin: 'plan', address }` to model a new one. */
export function res(type: string, id: string | null, properties: Record<string, unknown> = {}, extra: Extra = {}): Resource {
  return { type, id, origin: 'live', properties, ...extra }
}

/** A resource this plan creates: no id yet, named by its address; `unknown` lists after-apply paths. */
export function planned(type: string, address: string, properties: Record<string, unknown> = {}, unknown: string[] = []): Resource {
  return { type, id: null, origin: 'plan', action: 'create', address, properties, unknown }
}

export function viewOf(resources: readonly Resource[]): InventoryView {
  return {
    ofType: (type) => resources.filter((r) => r.type === type),
    find: (type, id) => resources.find((r) => r.type === type && r.id === id)
  }
}

export interface Verdicts {
  pass: string[]
  fail: string[]
  unknown: string[]
  /** Resources of the rule's types for which the rule returned null (does not apply). */
  skipped: string[]
}

function labelOf(resource: Resource): string {
  return resource.id ?? resource.address ?? '(unnamed)'
}

/**
 * Run the rule on every resource of its types (others are context for joins) and sort labels by outcome.
 * Also asserts what every outcome must satisfy: a message, and a path that is a string when given.
 */
export function judge(rule: Rule, resources: readonly Resource[], context: readonly Resource[] = []): Verdicts {
  const view = viewOf([...resources, ...context])
  const verdicts: Verdicts = { pass: [], fail: [], unknown: [], skipped: [] }
  for (const resource of resources) {
    if (!rule.resourceTypes.includes(resource.type)) continue
    const outcome = rule.check(resource, view)
    if (outcome === null) {
      verdicts.skipped.push(labelOf(resource))
      continue
    }
    if (typeof outcome.message !== 'string' || outcome.message.length === 0) {
      throw new Error(`${rule.id} gave an empty message for ${labelOf(resource)}`)
    }
    verdicts[outcome.status].push(labelOf(resource))
  }
  for (const list of Object.values(verdicts)) list.sort()
  return verdicts
}

/** Expected verdicts; omitted lists are expected empty. */
export function expected(v: Partial<Verdicts>): Verdicts {
  const sorted = (xs: string[] = []) => [...xs].sort()
  return { pass: sorted(v.pass), fail: sorted(v.fail), unknown: sorted(v.unknown), skipped: sorted(v.skipped) }
}

/** All messages the rule produces for the resources, for checks on wording (names, never secret values). */
export function messages(rule: Rule, resources: readonly Resource[], context: readonly Resource[] = []): string[] {
  const view = viewOf([...resources, ...context])
  return resources
    .filter((r) => rule.resourceTypes.includes(r.type))
    .map((r) => rule.check(r, view)?.message ?? '')
}

import { findRule } from '../../src/rules/index.js'

/** The registered rule with this id (so tests see the frameworks the registry adds). */
export function ruleById(id: string): Rule {
  const rule = findRule(id)
  if (!rule || rule.id !== id) throw new Error(`no rule ${id}`)
  return rule
}
