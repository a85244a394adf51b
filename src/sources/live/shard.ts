// Sharding a live scan over a GitHub Actions matrix: each job of `shard: K/N` reads its share of the estate's
// (account, region) pairs, and a merge job reads all the shards' inventories as one (inventory-file.ts
// mergeInventories). Every job lists the same pairs (the accounts' region lists are read first, in every job) in the
// same order, and cuts the list the same way, so the shares never overlap and leave nothing out.
//
// The order: accounts by id, each with its account-level pair first (global types, account facts, types listed once
// per account, opt-in region entries), then its regions by name. Two cuts:
// - `K/N`: N contiguous runs as even in length as can be, so an account's regions mostly stay in one job, and each
//   account's account-level work in exactly one.
// - `K/N:FROM..TO`: the pairs from FROM up to, not including, TO (an empty end is open), as `plumbline shards`
//   writes them, balanced by a previous scan's sizes (shard-plan.ts). The ranges of a plan tile the whole order, so a
//   pair that appeared since the plan (a new account or region) still falls in exactly one shard.
// Pure (no AWS client): config.ts reads the setting with parseShard on every run, plan-only ones included.
import { compareText } from '../../model/values.js'
import { InputError } from '../../types.js'

/** A place in the pair order: an account's account-level pair (no region), or one of its regions. */
export interface PairKey {
  account: string
  region?: string
}

/** Shard `index` of `count`, 1-based as the setting writes it (`2/8`); with `range`, that range of the order. */
export interface Shard {
  index: number
  count: number
  range?: { from?: PairKey; to?: PairKey }
}

/** What one job reads of one account. */
export interface AccountShare {
  accountLevel: boolean
  regions: ReadonlySet<string>
}

/** A job's share of an account that falls wholly to other jobs. */
export const NOTHING: AccountShare = { accountLevel: false, regions: new Set() }

export const MAX_SHARDS = 256

const ACCOUNT = /^\d{12}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

/** The pair order: by account, the account-level pair first, then regions by name. */
export function comparePairs(a: PairKey, b: PairKey): number {
  const byAccount = compareText(a.account, b.account)
  if (byAccount !== 0) return byAccount
  if (a.region === undefined || b.region === undefined) return a.region === b.region ? 0 : a.region === undefined ? -1 : 1
  return compareText(a.region, b.region)
}

/** `123456789012` (the account-level pair) or `123456789012/eu-west-1`. */
export function formatPair(key: PairKey): string {
  return key.region === undefined ? key.account : `${key.account}/${key.region}`
}

/** The `shard` setting's value for `shard`: `K/N`, or `K/N:FROM..TO` with a range. */
export function formatShard(shard: Shard): string {
  const base = `${shard.index}/${shard.count}`
  if (!shard.range) return base
  const end = (key?: PairKey) => (key ? formatPair(key) : '')
  return `${base}:${end(shard.range.from)}..${end(shard.range.to)}`
}

/** `K/N` or `K/N:FROM..TO` as the `shard` setting takes it; `inputName` names the setting in the one-line error. */
export function parseShard(value: string, inputName: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*(?::\s*([^\s.]*)\.\.([^\s.]*)\s*)?$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new InputError(
      `${inputName}: "${value}" is not a shard; write K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (the matrix value, e.g. 2/8), or the K/N:FROM..TO that plumbline shards prints`
    )
  }
  if (match[3] === undefined) return { index, count }
  const pair = (text: string): PairKey | undefined => {
    if (text === '') return undefined
    const [account, region, extra] = text.split('/')
    if (!ACCOUNT.test(account) || (region !== undefined && !REGION.test(region)) || extra !== undefined) {
      throw new InputError(`${inputName}: "${text}" in "${value}" is not a pair; write ACCOUNT or ACCOUNT/REGION (12 digits, a region name), as plumbline shards prints them`)
    }
    return region === undefined ? { account } : { account, region }
  }
  const from = pair(match[3])
  const to = pair(match[4])
  if (from && to && comparePairs(from, to) >= 0) {
    throw new InputError(`${inputName}: "${value}" is an empty range; the first pair must come before the second (take the values plumbline shards prints)`)
  }
  return { index, count, range: { ...(from ? { from } : {}), ...(to ? { to } : {}) } }
}

/** Every pair of the accounts, in the pair order. */
export function pairsOf(accounts: ReadonlyArray<{ account: string; regions: readonly string[] }>): PairKey[] {
  const pairs: PairKey[] = []
  for (const { account, regions } of [...accounts].sort((a, b) => compareText(a.account, b.account))) {
    pairs.push({ account })
    for (const region of [...regions].sort(compareText)) pairs.push({ account, region })
  }
  return pairs
}

/** The pairs of `pairs` (in the pair order) that are shard's. */
export function pairsOfShard(shard: Shard, pairs: readonly PairKey[]): PairKey[] {
  if (shard.range) {
    const { from, to } = shard.range
    return pairs.filter((pair) => (!from || comparePairs(pair, from) >= 0) && (!to || comparePairs(pair, to) < 0))
  }
  const start = Math.floor(((shard.index - 1) * pairs.length) / shard.count)
  const end = Math.floor((shard.index * pairs.length) / shard.count)
  return pairs.slice(start, end)
}

/** This shard's share of each account, from every account's regions (the accounts' ids are unique). */
export function shareOf(shard: Shard, accounts: ReadonlyArray<{ account: string; regions: readonly string[] }>): Map<string, AccountShare> {
  const shares = new Map<string, { accountLevel: boolean; regions: Set<string> }>()
  for (const { account, region } of pairsOfShard(shard, pairsOf(accounts))) {
    let share = shares.get(account)
    if (!share) shares.set(account, (share = { accountLevel: false, regions: new Set() }))
    if (region === undefined) share.accountLevel = true
    else share.regions.add(region)
  }
  return shares
}
