// The changes mode ("changes since the last scan"): the last inventory, patched. For every account and region the
// inventory covers, CloudTrail's write management events since its scan time (LookupEvents, paged, at CloudTrail's
// 2 requests per second) are turned into the resources they touched (events.ts); exactly those are read again
// with Cloud Control GetResource (a resource it no longer finds leaves the inventory), and a type an event names
// without an identifier is listed again in that region. Everything else stays as the inventory holds it.
//
// Nothing is lost when runs collapse: the event that woke a run is never read; every run takes every event since
// the inventory's time, so a run GitHub cancelled (one running and one pending per concurrency group) is covered
// by the next. And CloudTrail may show an event some minutes after the call: the patched inventory's scan time is
// set back by DELIVERY_OVERLAP, so an event still in delivery when this run looked is read by the next one
// (reading an event twice only reads its resource again).
import { compareText } from '../../../model/values.js'
import { InputError, type ChangesSummary, type CoverageEntry, type Resource } from '../../../types.js'
export type { ChangesSummary } from '../../../types.js'
import type { InventoryFile } from '../../inventory-file.js'
import { inLiveOrder } from '../../inventory-file.js'
import { Caller } from '../caller.js'
import { classifyError, errorLine } from '../limits.js'
import { accountRefresher, type LiveScanOptions, type LiveScanResult, type RefreshResult } from '../scan.js'
import { foldByService } from '../services/index.js'
import { GLOBAL_REGION, isGlobalType } from '../types.js'
import { resourcesTouchedBy, type TrailRecord } from './events.js'
import { EVENT_HISTORY_DAYS, globalEventsRegion, writeEventsBetween } from './lookup.js'

/** The ledger type of each (account, region) whose event history the changes mode read. */
export const CHANGE_EVENTS_TYPE = 'Plumbline::CloudTrail::ChangeEvents'

/**
 * How far the patched inventory's scan time is set back from the moment the events were looked up. AWS: "CloudTrail
 * typically delivers events within an average of about 5 minutes of an API call. This time is not guaranteed."
 * Fifteen minutes covers the usual delay three times over; the cost is reading a few resources twice.
 */
export const DELIVERY_OVERLAP_MS = 15 * 60_000

export interface ChangesOptions extends LiveScanOptions {
  /** The last inventory: its resources, its scope (types, accounts, regions) and its scan time. */
  previous: InventoryFile
  /** How the user names the setting, for the one-line errors: `since` or `--since`. */
  sinceName: string
  now: Date
}


/** What a full scan returns (never sharded: the changes mode patches a whole inventory), and what changed. */
export interface ChangesResult extends Omit<LiveScanResult, 'shard'> {
  /** The patched inventory's scan time: the lookups' end, less the delivery overlap. */
  scannedAt: string
  summary: ChangesSummary
}

interface RegionWork {
  changed: Map<string, { type: string; id: string }>
  relist: Set<string>
}

export async function scanChanges(options: ChangesOptions): Promise<ChangesResult> {
  const { previous, now } = options
  const since = sinceTime(previous, options.sinceName, now)
  const warnings: string[] = []
  const coverage: CoverageEntry[] = []
  const ignored = new Map<string, number>()
  const scanned = new Set(previous.types)
  const caller = new Caller({ rateLimit: options.rateLimit, concurrency: options.concurrency, retry: { ...options.retry, ...(options.sleep ? { sleep: options.sleep } : {}) } })
  let events = 0
  const refreshes: Array<{ account: string; region: string; result: RefreshResult }> = []
  try {
    const scope = scopeOf(previous)
    for (const account of scope.keys()) {
      if (!options.sessions.some((s) => s.accountId === account)) warnings.push(`account ${account} is in the inventory but was not reached by this run's credentials: its resources stay as the inventory holds them`)
    }
    await Promise.all(
      options.sessions.map(async (session) => {
        const regions = scope.get(session.accountId)
        if (!regions) {
          warnings.push(`account ${session.accountId} is not in the inventory of ${previous.scannedAt}: the changes mode reads only what that scan covered; run a full scan to add it`)
          return
        }
        const partition = /^arn:([^:]+):/.exec(session.principalArn ?? '')?.[1] ?? 'aws'
        // Global types' events are recorded in one region; that region's history also holds its regional events.
        const lookupRegions = [...new Set([...[...regions].filter((r) => r !== GLOBAL_REGION), ...(regions.has(GLOBAL_REGION) ? [globalEventsRegion(partition)] : [])])].sort()
        const work = new Map<string, RegionWork>()
        const workOf = (region: string) => {
          let w = work.get(region)
          if (!w) work.set(region, (w = { changed: new Map(), relist: new Set() }))
          return w
        }
        await Promise.all(
          lookupRegions.map(async (region) => {
            const entry: CoverageEntry = { account: session.accountId, region, type: CHANGE_EVENTS_TYPE, state: 'scanned', count: 0, read: 'full' }
            coverage.push(entry)
            let records: TrailRecord[]
            try {
              const window = await writeEventsBetween({ caller, account: session.accountId, credentials: session.credentials }, region, since, now)
              records = window.records
              if (window.unreadable > 0) warnings.push(`account ${session.accountId} ${region}: ${window.unreadable} CloudTrail event(s) could not be read as records and were skipped`)
            } catch (err) {
              const kind = classifyError(err)
              entry.state = kind === 'denied' ? 'denied' : kind === 'unsupported' ? 'unsupported' : 'failed'
              entry.error = errorLine(err)
              warnings.push(`account ${session.accountId} ${region}: the changes since ${since.toISOString()} could not be read from CloudTrail (${entry.error}); its resources stay as the inventory of ${previous.scannedAt} holds them`)
              return
            }
            entry.count = records.length
            events += records.length
            for (const record of records) {
              const touched = resourcesTouchedBy(record, scanned)
              if (touched.ignored !== undefined) {
                ignored.set(touched.ignored, (ignored.get(touched.ignored) ?? 0) + 1)
                continue
              }
              for (const touch of touched.touches) {
                const recordRegion = isGlobalType(touch.type) ? GLOBAL_REGION : (record.awsRegion ?? region)
                if (!regions.has(recordRegion)) {
                  const reason = `a change in ${recordRegion === GLOBAL_REGION ? 'the global types' : `region ${recordRegion}`}, which the inventory did not scan`
                  ignored.set(reason, (ignored.get(reason) ?? 0) + 1)
                  continue
                }
                const w = workOf(recordRegion)
                if ('relist' in touch) w.relist.add(touch.type)
                else w.changed.set(`${touch.type}\u0000${touch.id}`, { type: touch.type, id: touch.id })
              }
            }
          })
        )
        const refresher = accountRefresher(session, options, caller)
        await Promise.all(
          [...work].map(async ([region, w]) => {
            // A resource of a type listed again anyway needs no read of its own.
            const changed = [...w.changed.values()].filter(({ type }) => !w.relist.has(type))
            refreshes.push({ account: session.accountId, region, result: await refresher.refresh(region, changed, [...w.relist]) })
          })
        )
      })
    )
  } finally {
    caller.destroy()
  }
  const patched = patchInventory(previous, refreshes, coverage)
  warnings.push(...refreshes.flatMap((r) => r.result.warnings))
  const summary: ChangesSummary = {
    since: since.toISOString(),
    until: now.toISOString(),
    events,
    ignored: [...ignored].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || compareText(a.reason, b.reason)),
    reread: refreshes.reduce((n, r) => n + r.result.read.length, 0),
    removed: refreshes.reduce((n, r) => n + r.result.gone.length, 0),
    failed: refreshes.reduce((n, r) => n + r.result.failed.length, 0),
    relisted: refreshes.reduce((n, r) => n + r.result.relisted.types.length, 0),
    calls: caller.calls
  }
  for (const { account, region, result } of refreshes) {
    for (const f of result.failed) warnings.push(`account ${account} ${region}: ${f.type} ${f.id} changed since the inventory but could not be read again (${f.error}); it stays as the inventory holds it`)
  }
  return {
    resources: patched.resources,
    coverage: patched.coverage,
    warnings,
    accounts: previous.accounts,
    regions: previous.regions,
    calls: caller.calls,
    scannedAt: new Date(Math.max(since.getTime(), now.getTime() - DELIVERY_OVERLAP_MS)).toISOString(),
    summary
  }
}

/** The inventory's scan time as the start of the window, checked against what CloudTrail's history can still answer. */
export function sinceTime(previous: InventoryFile, sinceName: string, now: Date): Date {
  const time = Date.parse(previous.scannedAt)
  if (!previous.scannedAt || Number.isNaN(time)) {
    throw new InputError(`${sinceName}: the inventory has no scan time (scannedAt), so the changes since it cannot be looked up; give the plumbline-inventory.json of a live scan`)
  }
  if (time > now.getTime()) throw new InputError(`${sinceName}: the inventory's scan time ${previous.scannedAt} is in the future; check the machine's clock or give another inventory`)
  if (now.getTime() - time > EVENT_HISTORY_DAYS * 86_400_000) {
    throw new InputError(`${sinceName}: the inventory was scanned at ${previous.scannedAt}, more than ${EVENT_HISTORY_DAYS} days ago, beyond CloudTrail's event history; run a full scan instead`)
  }
  if (previous.shard) throw new InputError(`${sinceName}: the inventory is one shard's (${previous.shard.index}/${previous.shard.count}); give the inventories of every shard to a merge first, or a whole scan's inventory`)
  return new Date(time)
}

/** Each account of the inventory with the regions (and `global`) its ledger says the scan read. */
function scopeOf(previous: InventoryFile): Map<string, Set<string>> {
  const scope = new Map<string, Set<string>>()
  for (const entry of previous.coverage) {
    if (entry.type === CHANGE_EVENTS_TYPE) continue
    let regions = scope.get(entry.account)
    if (!regions) scope.set(entry.account, (regions = new Set()))
    regions.add(entry.region)
  }
  return scope
}

/**
 * The inventory with the refreshes applied: a resource read again replaces its old self, one Cloud Control no longer
 * finds leaves, a type listed again replaces every resource of its type in its region (and its ledger entry), one
 * whose read failed stays as it was with its ledger entry marked failed. The event-history entries of this run
 * replace those of the run before.
 */
export function patchInventory(previous: InventoryFile, refreshes: ReadonlyArray<{ account: string; region: string; result: RefreshResult }>, eventCoverage: readonly CoverageEntry[]): { resources: Resource[]; coverage: CoverageEntry[] } {
  const keyOf = (account: string | undefined, region: string | undefined, type: string, id: string | null) => `${account}\u0000${region}\u0000${type}\u0000${id}`
  const pairOf = (account: string | undefined, region: string | undefined, type: string) => `${account}\u0000${region}\u0000${type}`
  const replaced = new Set<string>()
  const touchedPairs = new Set<string>()
  const relisted = new Set<string>()
  const fresh: Resource[] = []
  const failedPairs = new Map<string, string[]>()
  for (const { account, region, result } of refreshes) {
    for (const r of [...result.read, ...result.gone]) {
      replaced.add(keyOf(account, region, r.type, r.id))
      touchedPairs.add(pairOf(account, region, r.type))
    }
    for (const type of result.relisted.types) relisted.add(pairOf(account, region, type))
    for (const f of result.failed) failedPairs.set(pairOf(account, region, f.type), [...(failedPairs.get(pairOf(account, region, f.type)) ?? []), f.error])
    fresh.push(...result.read, ...result.relisted.resources)
  }
  const kept = previous.resources.filter((r) => !replaced.has(keyOf(r.account, r.region, r.type, r.id)) && !relisted.has(pairOf(r.account, r.region, r.type)))
  const resources = inLiveOrder(foldByService([...kept, ...fresh]))
  const newEntries = refreshes.flatMap(({ result }) => result.relisted.coverage)
  const coverage = previous.coverage
    .filter((c) => c.type !== CHANGE_EVENTS_TYPE && !relisted.has(pairOf(c.account, c.region, c.type)))
    .map((c) => {
      const errors = failedPairs.get(pairOf(c.account, c.region, c.type))
      if (!errors) return c
      return { ...c, state: 'failed' as const, error: `${errors.length} changed resource(s) could not be read again: ${errors[0]}` }
    })
  // The count of a pair whose resources were read again or found deleted follows its resources now.
  const counts = new Map<string, number>()
  for (const r of resources) {
    const pair = pairOf(r.account, r.region, r.type)
    if (touchedPairs.has(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  const recounted = coverage.map((c) => {
    const pair = pairOf(c.account, c.region, c.type)
    return touchedPairs.has(pair) && c.state === 'scanned' ? { ...c, count: counts.get(pair) ?? 0 } : c
  })
  const all = [...recounted, ...newEntries, ...eventCoverage]
  all.sort((a, b) => compareText(a.account, b.account) || compareText(a.region, b.region) || compareText(a.type, b.type))
  return { resources, coverage: all }
}
