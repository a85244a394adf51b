// Shards of a live scan: every (account, region) pair in exactly one shard, each account's account-level work in
// exactly one, the same cut in every job.
import { parseShard, shareOf, type AccountShare } from '../../src/sources/live/shard.js'
import { InputError } from '../../src/types.js'

const accounts = [
  { account: '222222222222', regions: ['us-east-1', 'eu-west-1'] },
  { account: '111111111111', regions: ['eu-west-1', 'ap-south-1', 'us-east-1'] },
  { account: '333333333333', regions: [] }
]
const pairsOf = (shares: Map<string, AccountShare>) =>
  [...shares].flatMap(([account, share]) => [...(share.accountLevel ? [`${account} account`] : []), ...[...share.regions].map((r) => `${account} ${r}`)])

describe('shareOf', () => {
  it('gives every pair to exactly one of N shards, in runs as even as can be, for N from 1 to more than the pairs', () => {
    const all = accounts.flatMap(({ account, regions }) => [`${account} account`, ...regions.map((r) => `${account} ${r}`)]).sort()
    for (let count = 1; count <= 10; count++) {
      const shares = Array.from({ length: count }, (_, i) => pairsOf(shareOf({ index: i + 1, count }, accounts)))
      expect(shares.flat().sort()).toEqual(all)
      const sizes = shares.map((share) => share.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    }
  })

  it('cuts accounts by id, each with its account-level pair first, then regions by name, whatever order they came in', () => {
    // Eight pairs in three shards: 2, 3 and 3.
    expect(pairsOf(shareOf({ index: 1, count: 3 }, accounts))).toEqual(['111111111111 account', '111111111111 ap-south-1'])
    expect(pairsOf(shareOf({ index: 2, count: 3 }, [...accounts].reverse()))).toEqual(['111111111111 eu-west-1', '111111111111 us-east-1', '222222222222 account'])
    expect(pairsOf(shareOf({ index: 3, count: 3 }, accounts))).toEqual(['222222222222 eu-west-1', '222222222222 us-east-1', '333333333333 account'])
  })
})

describe('parseShard', () => {
  it('reads K/N and refuses anything else in one line', () => {
    expect(parseShard('2/8', 'shard')).toEqual({ index: 2, count: 8 })
    expect(parseShard(' 1 / 1 ', 'shard')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/257']) {
      expect(() => parseShard(bad, '--shard')).toThrow(new InputError(`--shard: "${bad}" is not a shard; write K/N with 1 ≤ K ≤ N ≤ 256 (the matrix value, e.g. 2/8)`))
    }
  })
})
