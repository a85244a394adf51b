// `plumbline shards`: the matrix of a sharded scan. The estate's pairs (shard.ts's order) are cut into N contiguous
// ranges of about equal work, each written as a `shard` value `K/N:FROM..TO` that a scan job takes as it is.
//
// The work of a pair is what its scan will call: one list per type and one read per resource. A previous scan's
// inventory tells both per pair (its ledger: one entry per type read, with the count of resources); a pair it does
// not know (an account or region new since) is taken as the mean of its kind, account-level or regional. Without an
// inventory every pair weighs the same. The ranges tile the whole order (the first open at its start, the last at
// its end), so a pair that appears between the plan and the scan still falls in exactly one shard.
import type { CoverageEntry } from '../../types.js'
import { typeHooks } from './services/index.js'
import { formatShard, pairsOf, type PairKey, type Shard } from './shard.js'
import { GLOBAL_REGION, isGlobalType } from './types.js'

/** One entry of the GitHub matrix's `include`: the shard value, and what it holds for people reading the plan. */
export interface MatrixEntry {
  /** `K/N`: for the job's name, without the account ids of the range (the job list is as public as the repository). */
  name: string
  shard: string
  /** (account, region) pairs, each account's account-level work counted as one. */
  pairs: number
  /** Resources the previous scan found in them (only with an inventory). */
  resources?: number
}

export interface ShardPlan {
  matrix: { include: MatrixEntry[] }
  /** The heaviest shard's work over the mean's: 1.0 is a perfect balance. */
  imbalance: number
}

const pairName = (account: string, region?: string) => `${account} ${region ?? ''}`

/** Each pair's work from a previous scan's ledger: entries (list calls) plus resources (reads), and the resources alone. */
export function pairWork(coverage: readonly CoverageEntry[]): Map<string, { work: number; resources: number }> {
  const accountWide = (type: string) => typeHooks(type)?.accountListing !== undefined
  const out = new Map<string, { work: number; resources: number }>()
  for (const entry of coverage) {
    const accountLevel = entry.region === GLOBAL_REGION || isGlobalType(entry.type) || accountWide(entry.type)
    const key = pairName(entry.account, accountLevel ? undefined : entry.region)
    const slot = out.get(key) ?? { work: 0, resources: 0 }
    const count = entry.count ?? 0
    slot.work += 1 + count
    slot.resources += count
    out.set(key, slot)
  }
  return out
}

/**
 * Cuts the accounts' pairs into `requested` ranges of about equal work: each cut falls where the running total comes
 * closest to its share of the whole, never leaving a shard empty. With fewer pairs than shards requested, one
 * shard per pair (a job with nothing to scan would only cost a runner).
 */
export function planShards(accounts: ReadonlyArray<{ account: string; regions: readonly string[] }>, requested: number, work?: ReadonlyMap<string, { work: number; resources: number }>): ShardPlan {
  const pairs = pairsOf(accounts)
  const count = Math.max(1, Math.min(requested, pairs.length))
  const means = work ? meanWork(work) : undefined
  const weights = pairs.map((pair) => (work && means ? (work.get(pairName(pair.account, pair.region)) ?? { work: means[pair.region === undefined ? 0 : 1], resources: 0 }) : { work: 1, resources: 0 }))
  const total = weights.reduce((sum, w) => sum + w.work, 0)
  // cuts[k]: index of the first pair of shard k+1 (cuts[0] = 0, cuts[count] = pairs.length).
  const cuts = [0]
  let running = 0
  let next = 0
  for (let k = 1; k < count; k++) {
    const target = (total * k) / count
    // Leave at least one pair for each shard still to come.
    const latest = pairs.length - (count - k)
    while (next < latest && Math.abs(running + weights[next].work - target) <= Math.abs(running - target)) {
      running += weights[next].work
      next++
    }
    if (next === cuts[k - 1]) running += weights[next++].work
    cuts.push(next)
  }
  cuts.push(pairs.length)
  const include: MatrixEntry[] = []
  const loads: number[] = []
  for (let k = 0; k < count; k++) {
    const held = pairs.slice(cuts[k], cuts[k + 1])
    const from: PairKey | undefined = k === 0 ? undefined : pairs[cuts[k]]
    const to: PairKey | undefined = k === count - 1 ? undefined : pairs[cuts[k + 1]]
    const shard: Shard = { index: k + 1, count, range: { ...(from ? { from } : {}), ...(to ? { to } : {}) } }
    const slice = weights.slice(cuts[k], cuts[k + 1])
    loads.push(slice.reduce((sum, w) => sum + w.work, 0))
    include.push({ name: `${k + 1}/${count}`, shard: formatShard(shard), pairs: held.length, ...(work ? { resources: slice.reduce((sum, w) => sum + w.resources, 0) } : {}) })
  }
  const mean = total / count
  return { matrix: { include }, imbalance: mean > 0 ? Math.max(...loads) / mean : 1 }
}

/** The mean work of the account-level pairs and of the regional pairs a ledger knows (1 for a kind it knows none of). */
function meanWork(work: ReadonlyMap<string, { work: number }>): [number, number] {
  const sums = [0, 0]
  const counts = [0, 0]
  for (const [key, w] of work) {
    const kind = key.endsWith(' ') ? 0 : 1
    sums[kind] += w.work
    counts[kind]++
  }
  return [counts[0] > 0 ? sums[0] / counts[0] : 1, counts[1] > 0 ? sums[1] / counts[1] : 1]
}
