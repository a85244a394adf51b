// Shards of a live scan: every (account, region) pair in exactly one shard, each account's account-level work in
// exactly one, the same cut in every job.
import { buildInventoryFile, type InventoryFile, type ShardRecord } from '../../src/sources/inventory-file.js'
import { missingShards } from '../../src/sources/live/missing-shards.js'
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

describe('missingShards', () => {
  const estate = [
    { account: '111111111111', regions: ['eu-west-1', 'us-east-1'] },
    { account: '222222222222', regions: ['eu-west-1'] }
  ]
  const types = ['AWS::IAM::Role', 'AWS::S3::Bucket', 'AWS::EC2::SecurityGroup']
  const shardFile = (index: number, over: Partial<ShardRecord> = {}): InventoryFile =>
    buildInventoryFile({ tool: { name: 'Plumbline', version: '0.1.0' }, scannedAt: '', accounts: [], regions: [], types, resources: [], coverage: [], shard: { index, count: 3, estate, global: true, ...over } })

  it('gives each pair of a missing shard its failed entries: global types once, account-wide listings in every region, the rest per region', () => {
    // Five pairs in three shards: [111 account], [111 eu-west-1, 111 us-east-1], [222 account, 222 eu-west-1].
    const { coverage, warnings } = missingShards([shardFile(2)], 'inventory')
    expect(coverage.map((c) => `${c.account} ${c.region} ${c.type} ${c.state}`)).toEqual([
      '111111111111 global AWS::IAM::Role failed',
      '111111111111 eu-west-1 AWS::S3::Bucket failed',
      '111111111111 us-east-1 AWS::S3::Bucket failed',
      '222222222222 global AWS::IAM::Role failed',
      '222222222222 eu-west-1 AWS::S3::Bucket failed',
      '222222222222 eu-west-1 AWS::EC2::SecurityGroup failed'
    ])
    expect(warnings).toEqual([
      'shard 1/3 is missing from the inventories merged (its job failed, or its inventory was not given): its 3 ledger entries are marked failed',
      'shard 3/3 is missing from the inventories merged (its job failed, or its inventory was not given): its 3 ledger entries are marked failed'
    ])
    expect(missingShards([shardFile(1), shardFile(2), shardFile(3)], 'inventory')).toEqual({ coverage: [], warnings: [] })
    expect(missingShards([buildInventoryFile({ tool: { name: 'Plumbline', version: '0.1.0' }, scannedAt: '', accounts: [], regions: [], types, resources: [], coverage: [] })], 'inventory')).toEqual({ coverage: [], warnings: [] })
  })

  it('refuses shards of different scans', () => {
    expect(() => missingShards([shardFile(1), shardFile(2, { count: 4 })], '--inventory')).toThrow(
      new InputError('--inventory: the inventories are shards of different scans (another shard count, or other accounts or regions); merge the shards of one scan')
    )
    expect(() => missingShards([shardFile(1), shardFile(2, { estate: estate.slice(1) })], '--inventory')).toThrow(InputError)
  })
})
