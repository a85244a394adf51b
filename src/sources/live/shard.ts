// Sharding a live scan over a GitHub Actions matrix: each job of `shard: K/N` reads its share of the estate's
// (account, region) pairs, and a merge job reads all the shards' inventories as one (inventory-file.ts
// mergeInventories). Every job lists the same pairs (the accounts' region lists are read first, in every job) in the
// same order, and cuts the list the same way, so the shares never overlap and leave nothing out.
//
// The order: accounts by id, each with its account-level pair first (global types, account facts, types listed once
// per account, opt-in region entries), then its regions by name. The cut: N contiguous runs as even in length as
// can be, so an account's regions mostly stay in one job, and each account's account-level work in exactly one.
// Pure (no AWS client): config.ts reads the setting with parseShard on every run, plan-only ones included.
import { compareText } from '../../model/values.js'
import { InputError } from '../../types.js'

/** Shard `index` of `count`, 1-based as the setting writes it (`2/8`). */
export interface Shard {
  index: number
  count: number
}

/** What one job reads of one account. */
export interface AccountShare {
  accountLevel: boolean
  regions: ReadonlySet<string>
}

/** A job's share of an account that falls wholly to other jobs. */
export const NOTHING: AccountShare = { accountLevel: false, regions: new Set() }

const MAX_SHARDS = 256

/** `K/N` as the `shard` setting takes it; `inputName` names the setting in the one-line error. */
export function parseShard(value: string, inputName: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new InputError(`${inputName}: "${value}" is not a shard; write K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (the matrix value, e.g. 2/8)`)
  }
  return { index, count }
}

/** This shard's share of each account, from every account's regions (the accounts' ids are unique). */
export function shareOf(shard: Shard, accounts: ReadonlyArray<{ account: string; regions: readonly string[] }>): Map<string, AccountShare> {
  const pairs: Array<{ account: string; region?: string }> = []
  const byId = [...accounts].sort((a, b) => compareText(a.account, b.account))
  for (const { account, regions } of byId) {
    pairs.push({ account })
    for (const region of [...regions].sort()) pairs.push({ account, region })
  }
  const start = Math.floor(((shard.index - 1) * pairs.length) / shard.count)
  const end = Math.floor((shard.index * pairs.length) / shard.count)
  const shares = new Map<string, { accountLevel: boolean; regions: Set<string> }>()
  for (const { account, region } of pairs.slice(start, end)) {
    let share = shares.get(account)
    if (!share) shares.set(account, (share = { accountLevel: false, regions: new Set() }))
    if (region === undefined) share.accountLevel = true
    else share.regions.add(region)
  }
  return shares
}
