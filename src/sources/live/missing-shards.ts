// A merge of a sharded scan's inventories that lacks a shard (shard.ts): the pairs that shard held become `failed`
// ledger entries, so the estate never reads as cleaner than it was scanned.
import { InputError, type CoverageEntry } from '../../types.js'
import type { InventoryFile, ShardRecord } from '../inventory-file.js'
import { typeHooks } from './services/index.js'
import { pairsOf, pairsOfShard, type PairKey } from './shard.js'
import { GLOBAL_REGION, isGlobalType } from './types.js'

/**
 * What the shards missing from a merge held, as `failed` ledger entries, so that a shard whose job failed (or whose
 * inventory was not downloaded) never reads as a clean part of the estate: the same entries its scan would have
 * written, each type in each of its pairs. Inventories that are not shards add nothing; shards of different scans
 * (another count, other accounts or regions) are refused.
 *
 * An even cut (`K/N`) is recomputed for each missing shard. A ranged cut (`K/N:FROM..TO`) is known only from the
 * shards present: a run of missing shards held what lies between the end of the shard before it and the start of
 * the shard after it.
 */
export function missingShards(files: readonly InventoryFile[], inputName: string): { coverage: CoverageEntry[]; warnings: string[] } {
  const records = files.flatMap((file) => (file.shard ? [file.shard] : []))
  if (records.length === 0) return { coverage: [], warnings: [] }
  const [first] = records
  const ranged = (record: ShardRecord) => record.range !== undefined
  const sameScan = (record: ShardRecord) =>
    record.count === first.count && record.global === first.global && ranged(record) === ranged(first) && JSON.stringify(record.estate) === JSON.stringify(first.estate)
  if (!records.every(sameScan)) {
    throw new InputError(`${inputName}: the inventories are shards of different scans (another shard count, or other accounts or regions); merge the shards of one scan`)
  }
  const present = new Map(records.map((record) => [record.index, record]))
  const pairs = pairsOf(first.estate)
  const types = [...new Set(files.flatMap((file) => file.types))]
  const coverage: CoverageEntry[] = []
  const warnings: string[] = []
  for (const run of missingRuns(first.count, present, ranged(first))) {
    const [a, b] = [run[0], run[run.length - 1]]
    const named = a === b ? `shard ${a}/${first.count} is` : `shards ${a}/${first.count} to ${b}/${first.count} are`
    const error = `${named} missing from the inventories merged (${a === b ? 'its job failed, or its inventory was' : 'their jobs failed, or their inventories were'} not given)`
    const held = ranged(first)
      ? pairsOfShard({ index: a, count: first.count, range: { from: present.get(a - 1)?.range?.to, to: present.get(b + 1)?.range?.from } }, pairs)
      : pairsOfShard({ index: a, count: first.count }, pairs)
    const entries = failedEntries(held, first, types, error)
    coverage.push(...entries)
    warnings.push(`${error}: ${a === b ? 'its' : 'their'} ${entries.length} ledger entr${entries.length === 1 ? 'y is' : 'ies are'} marked failed`)
  }
  return { coverage, warnings }
}

/** The missing shard indexes: each alone for an even cut (its share is known), in maximal runs for a ranged one. */
function missingRuns(count: number, present: ReadonlyMap<number, ShardRecord>, ranged: boolean): number[][] {
  const runs: number[][] = []
  for (let index = 1; index <= count; index++) {
    if (present.has(index)) continue
    const last = runs[runs.length - 1]
    if (ranged && last && last[last.length - 1] === index - 1) last.push(index)
    else runs.push([index])
  }
  return runs
}

/** The entries a scan of `held` writes: global types once per account-level pair, account-wide listings in every region of the account, the rest per region. */
function failedEntries(held: readonly PairKey[], record: ShardRecord, types: readonly string[], error: string): CoverageEntry[] {
  const accountWide = (type: string) => typeHooks(type)?.accountListing !== undefined
  const regionsOf = new Map(record.estate.map(({ account, regions }) => [account, regions]))
  const failed = (account: string, region: string, type: string): CoverageEntry => ({ account, region, type, state: 'failed', count: 0, error })
  const coverage: CoverageEntry[] = []
  // Per account, as a scan writes them: its account-level entries, then its regions'.
  const accounts = [...new Set(held.map((pair) => pair.account))]
  for (const account of accounts) {
    const accountLevel = held.some((pair) => pair.account === account && pair.region === undefined)
    const regions = held.filter((pair) => pair.account === account && pair.region !== undefined).map((pair) => pair.region as string)
    for (const type of types) {
      if (isGlobalType(type)) {
        if (accountLevel && record.global) coverage.push(failed(account, GLOBAL_REGION, type))
      } else if (accountWide(type)) {
        if (accountLevel) for (const region of regionsOf.get(account) ?? []) coverage.push(failed(account, region, type))
      } else for (const region of regions) coverage.push(failed(account, region, type))
    }
  }
  return coverage
}
