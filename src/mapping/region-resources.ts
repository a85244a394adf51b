// The Terraform side of the region pseudo-resource (Plumbline::Account::Region, src/model/facts.ts): one per
// (account, region) the mapped resources fall in, so that region controls (guardduty-enabled, ...) have something
// to judge on a plan, a state or .tf code. Made after the regions are assigned (the provider's, 'global' for
// global types), never for 'global'. Whether a control gives a verdict there is the predicate's business: it judges
// only where the Terraform manages a resource of the kind it looks for (rules/predicates/region-has.ts).
import { regionResource, REGION_TYPE } from '../model/facts.js'
import type { Evaluation, Resource } from '../types.js'
import { GLOBAL_REGION } from '../sources/live/types.js'

/**
 * The region pseudo-resources of mapped Terraform resources, one per (account, region), in first-seen order.
 * `deleted`: the resources a plan deletes (mapped from its prior state): their regions get a pseudo-resource too,
 * whose DeletedTypes lists their types, so that a plan removing the only GuardDuty detector of a region is judged
 * there (and fails) instead of saying nothing.
 */
export function terraformRegionResources(resources: readonly Resource[], deleted: readonly Resource[] = []): Resource[] {
  const byScope = new Map<string, Resource>()
  const scopeOf = (r: Resource): Resource | undefined => {
    if (r.region === undefined || r.region === GLOBAL_REGION || r.type === REGION_TYPE) return undefined
    const key = `${r.account ?? ''}\u0000${r.region}`
    let region = byScope.get(key)
    if (!region) byScope.set(key, (region = regionResource(r.region, r.account, r.origin)))
    return region
  }
  for (let i = 0; i < resources.length; i++) scopeOf(resources[i])
  for (const r of deleted) {
    const region = scopeOf(r)
    if (!region) continue
    const types = (region.properties.DeletedTypes ??= []) as string[]
    if (!types.includes(r.type)) types.push(r.type)
  }
  return [...byScope.values()]
}

/** The resources with their region pseudo-resources after them: what the rules judge (counts and drift use the resources alone). */
export function withRegionResources(resources: readonly Resource[], deleted: readonly Resource[] = []): Resource[] {
  const regions = terraformRegionResources(resources, deleted)
  return regions.length === 0 ? (resources as Resource[]) : [...resources, ...regions]
}

/**
 * With a live side, the Terraform regions whose account the code did not state belong to the account the
 * credentials scanned first (as drift matches them): their evaluations take its id, `<account>/<region>`, so the
 * posture delta pairs a plan's region verdict with the live one (pre-existing, not introduced). Evaluations of
 * one resource share one reference, changed once.
 */
export function adoptRegionAccount(evaluations: readonly Evaluation[], account: string): void {
  for (let i = 0; i < evaluations.length; i++) {
    const ref = evaluations[i].resource
    if (ref.type !== REGION_TYPE || ref.origin === 'live' || ref.account !== undefined || ref.region === undefined) continue
    ref.account = account
    ref.id = `${account}/${ref.region}`
  }
}
