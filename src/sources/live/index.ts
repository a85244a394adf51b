// The live side of a run: authenticate and scan, or read a saved inventory. Loaded only when a run has a
// live side (the pipeline imports it on demand), so plan-only runs never load the AWS SDK clients.
import { openEstate, type AuthHost, type AuthSettings } from '../../auth/index.js'
import type { CoverageEntry, Resource } from '../../types.js'
import { buildInventoryFile, inLiveOrder, mergeInventories, readInventoryFile, type InventoryFile, type ReadInventory } from '../inventory-file.js'
import { listEstate, scanLive, type LiveScanOptions } from './scan.js'
import { pairWork, planShards, type ShardPlan } from './shard-plan.js'
import { missingShards } from './missing-shards.js'
import type { Shard } from './shard.js'
import type { RegionSelection } from './types.js'
import { scanChanges, sinceTime, type ChangesSummary } from './changes/index.js'
import { lookUpLastChanges, type LastChangeTarget, type LastChanges } from './changes/who-changed.js'

/**
 * The settings the live side reads: the run's Config (src/config.ts) has these fields; they are named here so
 * that a source does not import the settings layer above it.
 */
export interface LiveSettings {
  live: boolean
  /** Saved inventories read instead of scanning (several: merged). */
  inventoryFiles: string[]
  auth: AuthSettings
  regions: RegionSelection
  liveTypes: string[]
  awsRegion: string
  rateLimit: number
  concurrency: number
  shard?: Shard
  /** The changes mode: the last inventory's path (resolved: never last-scheduled-run here). */
  since?: string
  whoChanged?: boolean
}

export interface LiveSide {
  resources: Resource[]
  coverage: CoverageEntry[]
  warnings: string[]
  accounts: string[]
  /** The account scanned first: Terraform resources that do not state their account belong to it. */
  primaryAccount?: string
  regions: string[]
  /** The file to write (a fresh scan), with secret values redacted; absent when read from a file. */
  inventory?: InventoryFile
  /** AWS requests the scan sent. */
  calls?: number
  /** The changes mode: what CloudTrail said and what was read again. */
  changes?: ChangesSummary
  /**
   * who-changed, when the live side was read with credentials and the setting is on: the newest write event on
   * each resource, with the sessions of this run.
   */
  lastChanges?: (targets: readonly LastChangeTarget[]) => Promise<LastChanges>
}

export interface LiveHost extends AuthHost {
  now?: () => Date
}

export async function readLiveSide(config: LiveSettings, host: LiveHost, toolVersion: string, shownPath: (p: string) => string): Promise<LiveSide | undefined> {
  if (config.inventoryFiles.length > 0) {
    const inputName = host.nameOf?.('inventory') ?? 'inventory'
    const parts: ReadInventory[] = []
    for (const path of config.inventoryFiles) parts.push({ file: await readInventoryFile(path, inputName, shownPath(path)), shownPath: shownPath(path) })
    const file = mergeInventories(parts, inputName)
    const missing = missingShards(parts.map((part) => part.file), inputName)
    return { resources: inLiveOrder(file.resources), coverage: [...file.coverage, ...missing.coverage], warnings: missing.warnings, accounts: file.accounts, primaryAccount: file.primaryAccount, regions: file.regions }
  }
  if (!config.live) return undefined
  const now = host.now ?? (() => new Date())
  // The changes mode's inventory is read and checked before any AWS call: one it cannot use is an input error alone.
  const sinceName = host.nameOf?.('since') ?? 'since'
  const previous = config.since !== undefined ? await readInventoryFile(config.since, sinceName, shownPath(config.since)) : undefined
  if (previous) sinceTime(previous, sinceName, now())
  const { sessions, unreachable } = await openEstate(config.auth, host)
  const lastChanges = config.whoChanged
    ? (targets: readonly LastChangeTarget[]) => lookUpLastChanges(targets, { sessions, concurrency: config.concurrency, now: now(), sleep: host.sleep })
    : undefined
  if (previous) {
    const changes = await scanChanges({ ...scanOptions(config, host, sessions, unreachable), types: previous.types, previous, sinceName, now: now() })
    host.info?.(
      `changes since ${changes.summary.since}: ${changes.summary.events} write event(s) in CloudTrail; ${changes.summary.reread} resource(s) read again, ${changes.summary.removed} deleted, ${changes.summary.relisted} type(s) listed again` +
        (changes.summary.ignored.length > 0 ? `; ignored: ${changes.summary.ignored.map((i) => `${i.count} × ${i.reason}`).join('; ')}` : '')
    )
    const inventory = buildInventoryFile({
      tool: { name: 'Plumbline', version: toolVersion },
      scannedAt: changes.scannedAt,
      accounts: changes.accounts,
      ...(previous.primaryAccount ? { primaryAccount: previous.primaryAccount } : {}),
      regions: changes.regions,
      types: previous.types,
      resources: changes.resources,
      coverage: changes.coverage
    })
    return { ...changes, primaryAccount: previous.primaryAccount ?? sessions[0]?.accountId, inventory, changes: changes.summary, ...(lastChanges ? { lastChanges } : {}) }
  }
  const scannedAt = now().toISOString()
  const scan = await scanLive({ ...scanOptions(config, host, sessions, unreachable), shard: config.shard })
  const inventory = buildInventoryFile({
    tool: { name: 'Plumbline', version: toolVersion },
    scannedAt,
    accounts: scan.accounts,
    primaryAccount: sessions[0]?.accountId,
    regions: scan.regions,
    types: config.liveTypes,
    resources: scan.resources,
    coverage: scan.coverage,
    shard: scan.shard
  })
  return { ...scan, primaryAccount: sessions[0]?.accountId, inventory, ...(lastChanges ? { lastChanges } : {}) }
}

/** What a scan and a shard plan read the estate with: the settings, the host's sleep and progress, the sessions. */
function scanOptions(config: LiveSettings, host: LiveHost, sessions: LiveScanOptions['sessions'], unreachable: LiveScanOptions['unreachable']): LiveScanOptions {
  return {
    sessions,
    regions: config.regions,
    types: config.liveTypes,
    homeRegion: config.awsRegion,
    rateLimit: config.rateLimit,
    concurrency: config.concurrency,
    sleep: host.sleep,
    progress: host.info,
    regionsInputName: host.nameOf?.('regions'),
    unreachable
  }
}

/**
 * `plumbline shards`: the estate listed live (the accounts, discovered or given, and their regions), cut into
 * `count` shards balanced by the previous scan's inventories when given (several are merged: a sharded scan's).
 */
export async function planShardRun(config: LiveSettings & { shards: number }, host: LiveHost, shownPath: (p: string) => string): Promise<ShardPlan & { warnings: string[]; accounts: number; unreachable: number }> {
  const inputName = host.nameOf?.('inventory') ?? 'inventory'
  const previous: ReadInventory[] = []
  for (const path of config.inventoryFiles) previous.push({ file: await readInventoryFile(path, inputName, shownPath(path)), shownPath: shownPath(path) })
  const work = previous.length > 0 ? pairWork(mergeInventories(previous, inputName).coverage) : undefined
  const { sessions, unreachable } = await openEstate(config.auth, host)
  const estate = await listEstate(scanOptions(config, host, sessions, unreachable))
  const plan = planShards(estate.accounts, config.shards, work)
  const warnings = [...estate.warnings, ...unreachable.map((u) => `account ${u.account}: ${u.reason}; the shard that holds it will mark its ledger entries ${u.state}`)]
  return { ...plan, warnings, accounts: estate.accounts.length, unreachable: unreachable.length }
}
