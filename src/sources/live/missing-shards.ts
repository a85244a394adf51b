// A merge of a sharded scan's inventories that lacks a shard (shard.ts): the pairs that shard held become `failed`
// ledger entries, so the estate never reads as cleaner than it was scanned.
import { InputError, type CoverageEntry } from '../../types.js'
import type { InventoryFile } from '../inventory-file.js'
import { typeHooks } from './services/index.js'
import { shareOf } from './shard.js'
import { GLOBAL_REGION, isGlobalType } from './types.js'

/**
 * What the shards missing from a merge held, as `failed` ledger entries, so that a shard whose job failed (or whose
 * inventory was not downloaded) never reads as a clean part of the estate: the same entries its scan would have
 * written, each type in each of its pairs. Inventories that are not shards add nothing; shards of different scans
 * (another count, other accounts or regions) are refused.
 */
export function missingShards(files: readonly InventoryFile[], inputName: string): { coverage: CoverageEntry[]; warnings: string[] } {
  const records = files.flatMap((file) => (file.shard ? [file.shard] : []))
  if (records.length === 0) return { coverage: [], warnings: [] }
  const [first] = records
  const sameScan = (record: typeof first) => record.count === first.count && record.global === first.global && JSON.stringify(record.estate) === JSON.stringify(first.estate)
  if (!records.every(sameScan)) {
    throw new InputError(`${inputName}: the inventories are shards of different scans (another shard count, or other accounts or regions); merge the shards of one scan`)
  }
  const present = new Set(records.map((record) => record.index))
  const types = [...new Set(files.flatMap((file) => file.types))]
  const accountWide = (type: string) => typeHooks(type)?.accountListing !== undefined
  const coverage: CoverageEntry[] = []
  const warnings: string[] = []
  for (let index = 1; index <= first.count; index++) {
    if (present.has(index)) continue
    const error = `shard ${index}/${first.count} is missing from the inventories merged (its job failed, or its inventory was not given)`
    const failed = (account: string, region: string, type: string): CoverageEntry => ({ account, region, type, state: 'failed', count: 0, error })
    const before = coverage.length
    const shares = shareOf({ index, count: first.count }, first.estate)
    for (const { account, regions } of first.estate) {
      const share = shares.get(account)
      if (!share) continue
      for (const type of types) {
        if (isGlobalType(type)) {
          if (share.accountLevel && first.global) coverage.push(failed(account, GLOBAL_REGION, type))
        } else if (accountWide(type)) {
          if (share.accountLevel) for (const region of regions) coverage.push(failed(account, region, type))
        } else for (const region of [...share.regions].sort()) coverage.push(failed(account, region, type))
      }
    }
    warnings.push(`${error}: its ${coverage.length - before} ledger entr${coverage.length - before === 1 ? 'y is' : 'ies are'} marked failed`)
  }
  return { coverage, warnings }
}
