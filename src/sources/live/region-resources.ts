// The live side of the region pseudo-resource (Plumbline::Account::Region, src/model/facts.ts): one per (account,
// region) the scan read, made from the coverage ledger rather than stored in the inventory, so a saved inventory
// (offline runs, the demo, inventories written before region controls existed) gives the same regions as the scan
// that wrote it. ScannedTypes lists the types whose listing succeeded there, UnreadTypes those the scan meant to read
// but could not (denied, failed): a region control answers unknown, not "absent", about those, and gives no verdict
// about a type the scan was not asked to read (services, resource-types), as no rule judges what was not scanned. A region whose every entry is `unsupported` (not opted in) was
// not read and gets none; 'global' is not a region.
import { regionResource } from '../../model/facts.js'
import type { CoverageEntry, Resource } from '../../types.js'
import { GLOBAL_REGION } from './types.js'

export function liveRegionResources(coverage: readonly CoverageEntry[]): Resource[] {
  const byScope = new Map<string, { account: string; region: string; scanned: string[]; unread: string[]; read: boolean }>()
  for (const c of coverage) {
    if (c.region === GLOBAL_REGION) continue
    const key = `${c.account}\u0000${c.region}`
    let scope = byScope.get(key)
    if (!scope) byScope.set(key, (scope = { account: c.account, region: c.region, scanned: [], unread: [], read: false }))
    if (c.state !== 'unsupported') scope.read = true
    if (c.state === 'scanned') scope.scanned.push(c.type)
    // Denied or failed: meant to be read and not read. Unsupported (the type does not exist there) is no reading.
    else if (c.state !== 'unsupported') scope.unread.push(c.type)
  }
  const out: Resource[] = []
  for (const scope of byScope.values()) {
    if (!scope.read) continue
    const region = regionResource(scope.region, scope.account, 'live', scope.scanned)
    if (scope.unread.length > 0) region.properties.UnreadTypes = [...scope.unread].sort()
    out.push(region)
  }
  return out
}
