// Drift: the IaC inventory (Terraform state, or the plan's prior state) against the live inventory, matched on
// (CloudFormation type, primary identifier, account, region). Classes: changed (property differences, from
// diffResources), missing (in IaC, not live), unmanaged (live, not in IaC); in-sync resources are counted.
// The coverage ledger decides what may be called missing: a type whose listing did not succeed in that account
// and region yields no "missing" (driftctl did the same), and a scope that was never scanned yields nothing.
import { diffResources } from './diff.js'
import { isPathIgnored, isResourceIgnored, type DriftIgnore } from './ignore.js'
import { resourceRef } from '../model/resource-ref.js'
import type { CoverageEntry, DriftEntry, Resource, SourceLocation } from '../types.js'

export interface DriftInput {
  /** Terraform's view of what exists: mapped state or prior-state resources (origin 'state'). */
  iac: readonly Resource[]
  /** The live inventory (a scan or a saved inventory). */
  live: readonly Resource[]
  /** The live side's coverage ledger. */
  coverage: readonly CoverageEntry[]
  /** The account of IaC resources that do not state one: the account the credentials scanned first. */
  defaultAccount?: string
  ignore?: DriftIgnore
  /** The plan's resource_drift, by Terraform address: what Terraform itself saw change, as evidence. */
  evidence?: ReadonlyMap<string, { actions: string[]; changedPaths: string[] }>
  /** .tf location of a Terraform address, when the code was given. */
  locate?: (address: string) => SourceLocation | undefined
}

export interface ScopeCoverage {
  account: string
  region: string
  managed: number
  unmanaged: number
  missing: number
  /** managed ÷ (managed + unmanaged + missing), percent with one decimal; null when the scope holds nothing. */
  iacCoverage: number | null
}

export interface DriftResult {
  entries: DriftEntry[]
  counts: { inSync: number; changed: number; missing: number; unmanaged: number }
  /** Overall IaC coverage in percent (one decimal), null when nothing was compared. */
  iacCoverage: number | null
  byScope: ScopeCoverage[]
  /** Matched (IaC, live) pairs, for the posture delta. */
  pairs: Array<{ iac: Resource; live: Resource }>
}

/**
 * Account-level facts (Plumbline::) take part when Terraform declares them (a password policy changed by hand is
 * drift) but are never "unmanaged": every account has them whether Terraform manages them or not.
 */
const isFact = (type: string) => type.startsWith('Plumbline::')

export function compareInventories(input: DriftInput): DriftResult {
  const ignore = input.ignore
  const ignored = (r: Resource) => ignore !== undefined && isResourceIgnored(ignore, r.type, r.id)

  // Scopes the live side read completely, per (account, region, type); list-only types compare presence only.
  const scanned = new Set<string>()
  const presenceOnly = new Set<string>()
  for (const c of input.coverage) {
    const key = scopeTypeKey(c.account, c.region, c.type)
    if (c.state === 'scanned') scanned.add(key)
    // Properties only as far as the list returned them: compare presence, not values.
    if (c.read === 'list-only') presenceOnly.add(key)
  }
  const liveTypes = new Set(input.coverage.map((c) => c.type))

  const iacByKey = new Map<string, Resource>()
  for (const r of input.iac) {
    if (r.id === null || ignored(r)) continue
    const account = r.account ?? input.defaultAccount
    if (!account || !liveTypes.has(r.type)) continue
    iacByKey.set(driftKey(r.type, r.id, account, r.region ?? ''), r)
  }

  const entries: DriftEntry[] = []
  const pairs: Array<{ iac: Resource; live: Resource }> = []
  const scopes = new Map<string, ScopeCoverage>()
  const scope = (account: string, region: string): ScopeCoverage => {
    const key = `${account}\u0000${region}`
    let s = scopes.get(key)
    if (!s) scopes.set(key, (s = { account, region, managed: 0, unmanaged: 0, missing: 0, iacCoverage: null }))
    return s
  }
  const counts = { inSync: 0, changed: 0, missing: 0, unmanaged: 0 }

  const matched = new Set<string>()
  for (const live of input.live) {
    if (live.id === null || ignored(live) || !live.account || !live.region) continue
    const key = driftKey(live.type, live.id, live.account, live.region)
    const iac = iacByKey.get(key)
    if (iac) {
      matched.add(key)
      pairs.push({ iac, live })
      scope(live.account, live.region).managed++
      const changes = presenceOnly.has(scopeTypeKey(live.account, live.region, live.type))
        ? []
        : diffResources(iac, live).filter((c) => !ignore || !isPathIgnored(ignore, live.type, live.id, c.path))
      const evidence = evidenceOf(iac, input.evidence)
      if (changes.length === 0) {
        counts.inSync++
        continue
      }
      counts.changed++
      entries.push(entry('changed', iac, live, changes, evidence, input.locate))
      continue
    }
    // Live only. AWS's own defaults and account facts are not unmanaged; neither is a type Terraform cannot map.
    if (live.isDefault || isFact(live.type)) continue
    counts.unmanaged++
    scope(live.account, live.region).unmanaged++
    entries.push(entry('unmanaged', undefined, live, [], [], input.locate))
  }

  for (const [key, iac] of iacByKey) {
    if (matched.has(key)) continue
    const account = iac.account ?? (input.defaultAccount as string)
    const region = iac.region ?? ''
    // Missing only where the live side listed that type in that account and region successfully.
    if (!scanned.has(scopeTypeKey(account, region, iac.type))) continue
    counts.missing++
    scope(account, region).missing++
    entries.push(entry('missing', { ...iac, account, region }, undefined, [], evidenceOf(iac, input.evidence), input.locate))
  }

  let managed = 0
  let all = 0
  for (const s of scopes.values()) {
    const total = s.managed + s.unmanaged + s.missing
    s.iacCoverage = percent(s.managed, total)
    managed += s.managed
    all += total
  }
  entries.sort(compareEntries)
  const byScope = [...scopes.values()].sort((a, b) => (a.account + a.region < b.account + b.region ? -1 : 1))
  return { entries, counts, iacCoverage: percent(managed, all), byScope, pairs }
}

/** The drift key (design.md): CloudFormation type, primary identifier, account, region. */
function driftKey(type: string, id: string, account: string, region: string): string {
  return `${type}\u0000${id}\u0000${account}\u0000${region}`
}

function percent(part: number, total: number): number | null {
  return total === 0 ? null : Math.floor((part / total) * 1000) / 10
}

function scopeTypeKey(account: string, region: string, type: string): string {
  return `${account}\u0000${region}\u0000${type}`
}

function evidenceOf(iac: Resource, evidence: DriftInput['evidence']): string[] {
  const found = iac.address ? evidence?.get(iac.address) : undefined
  if (!found) return []
  const what = found.actions.join(',') || 'update'
  const paths = found.changedPaths.length > 0 ? `: ${found.changedPaths.slice(0, 10).join(', ')}${found.changedPaths.length > 10 ? ', …' : ''}` : ''
  return [`resource_drift ${what}${paths}`]
}

function entry(
  kind: DriftEntry['class'],
  iac: Resource | undefined,
  live: Resource | undefined,
  changes: DriftEntry['changes'],
  evidence: string[],
  locate: DriftInput['locate']
): DriftEntry {
  const subject = (live ?? iac) as Resource
  const ref = resourceRef(live ?? subject)
  const address = iac?.address
  if (address) ref.address = address
  if (iac?.tfType) ref.tfType = iac.tfType
  const out: DriftEntry = { class: kind, resource: ref, changes, evidence }
  if (address) {
    out.address = address
    const location = locate?.(address) ?? iac?.location
    if (location) out.location = location
  }
  return out
}

const CLASS_ORDER = { changed: 0, missing: 1, unmanaged: 2 } as const

function compareEntries(a: DriftEntry, b: DriftEntry): number {
  return (
    CLASS_ORDER[a.class] - CLASS_ORDER[b.class] ||
    cmp(a.resource.type, b.resource.type) ||
    cmp(a.resource.id ?? '', b.resource.id ?? '') ||
    cmp(a.resource.account ?? '', b.resource.account ?? '') ||
    cmp(a.resource.region ?? '', b.resource.region ?? '')
  )
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
