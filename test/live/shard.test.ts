// Shards of a live scan: every (account, region) pair in exactly one shard, each account's account-level work in
// exactly one, the same cut in every job.
import { buildInventoryFile, type InventoryFile, type ShardRecord } from '../../src/sources/inventory-file.js'
import { missingShards } from '../../src/sources/live/missing-shards.js'
import { formatShard, parseShard, shareOf, type AccountShare } from '../../src/sources/live/shard.js'
import { pairWork, planShards } from '../../src/sources/live/shard-plan.js'
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
      expect(() => parseShard(bad, '--shard')).toThrow(
        new InputError(`--shard: "${bad}" is not a shard; write K/N with 1 ≤ K ≤ N ≤ 256 (the matrix value, e.g. 2/8), or the K/N:FROM..TO that plumbline shards prints`)
      )
    }
  })

  it('reads the ranges plumbline shards prints, and writes them back the same', () => {
    for (const value of ['1/3:..111111111111/us-east-1', '2/3:111111111111/us-east-1..222222222222', '3/3:222222222222..']) {
      expect(formatShard(parseShard(value, 'shard'))).toBe(value)
    }
    expect(parseShard('2/3:111111111111/us-east-1..222222222222', 'shard')).toEqual({ index: 2, count: 3, range: { from: { account: '111111111111', region: 'us-east-1' }, to: { account: '222222222222' } } })
    expect(() => parseShard('2/3:222222222222..111111111111', 'shard')).toThrow(/is an empty range; the first pair must come before the second/)
    expect(() => parseShard('2/3:12345..', 'shard')).toThrow(new InputError('shard: "12345" in "2/3:12345.." is not a pair; write ACCOUNT or ACCOUNT/REGION (12 digits, a region name), as plumbline shards prints them'))
  })
})

describe('planShards', () => {
  const allPairs = accounts.flatMap(({ account, regions }) => [`${account} account`, ...regions.map((r) => `${account} ${r}`)]).sort()
  const sharesOf = (plan: ReturnType<typeof planShards>) => plan.matrix.include.map((entry) => pairsOf(shareOf(parseShard(entry.shard, 'shard'), accounts)))

  it('tiles the pairs: every pair in exactly one shard, for N from 1 to more than the pairs, the first range open at its start and the last at its end', () => {
    for (let count = 1; count <= 10; count++) {
      const plan = planShards(accounts, count)
      // Eight pairs: at most eight shards, one pair each.
      const planned = Math.min(count, allPairs.length)
      expect(plan.matrix.include.map((e) => e.name)).toEqual(Array.from({ length: planned }, (_, i) => `${i + 1}/${planned}`))
      expect(sharesOf(plan).flat().sort()).toEqual(allPairs)
      expect(plan.matrix.include.map((e) => e.pairs)).toEqual(sharesOf(plan).map((share) => share.length))
      const shards = plan.matrix.include.map((e) => parseShard(e.shard, 'shard'))
      expect(shards[0].range?.from).toBeUndefined()
      expect(shards[planned - 1].range?.to).toBeUndefined()
      for (let k = 1; k < planned; k++) expect(shards[k].range?.from).toEqual(shards[k - 1].range?.to)
      // Without sizes every pair weighs the same: as even as the even cut.
      expect(Math.max(...plan.matrix.include.map((e) => e.pairs)) - Math.min(...plan.matrix.include.map((e) => e.pairs))).toBeLessThanOrEqual(1)
    }
  })

  it('balances by the previous scan: a heavy pair gets a shard of its own', () => {
    const coverage = [
      { account: '111111111111', region: 'eu-west-1', type: 'AWS::EC2::SecurityGroup', state: 'scanned' as const, count: 60 },
      { account: '111111111111', region: 'us-east-1', type: 'AWS::EC2::SecurityGroup', state: 'scanned' as const, count: 1 },
      { account: '111111111111', region: 'global', type: 'AWS::IAM::Role', state: 'scanned' as const, count: 1 },
      { account: '111111111111', region: 'ap-south-1', type: 'AWS::EC2::SecurityGroup', state: 'scanned' as const, count: 1 },
      // A bucket is listed once per account: account-level work, wherever it lives.
      { account: '222222222222', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'scanned' as const, count: 3 },
      { account: '222222222222', region: 'eu-west-1', type: 'AWS::EC2::SecurityGroup', state: 'scanned' as const, count: 1 }
    ]
    const work = pairWork(coverage)
    expect(work.get('222222222222 ')).toEqual({ work: 4, resources: 3 })
    expect(work.get('111111111111 eu-west-1')).toEqual({ work: 61, resources: 60 })
    const plan = planShards(accounts, 3, work)
    expect(sharesOf(plan).flat().sort()).toEqual(allPairs)
    // The 61 of eu-west-1 alone in the middle shard; the rest before and after it.
    expect(sharesOf(plan)[1]).toEqual(['111111111111 eu-west-1'])
    expect(plan.matrix.include.map((e) => e.resources)).toEqual([2, 60, 5])
    // The imbalance: the heaviest shard over the mean (8 pairs unknown to the ledger weigh the mean of their kind).
    expect(plan.imbalance).toBeGreaterThan(1)
    expect(plan.imbalance).toBeLessThan(3)
    // The even cut would put eu-west-1 with other pairs.
    expect(pairsOf(shareOf({ index: 2, count: 3 }, accounts))).toContain('111111111111 eu-west-1')
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

  it('gives a run of missing ranged shards what lies between the shards present', () => {
    // Ranged (planned) shards of the same five pairs: [111 account], [111 eu-west-1], [111 us-east-1, 222 account], [222 eu-west-1].
    const ranges = [
      { to: { account: '111111111111', region: 'eu-west-1' } },
      { from: { account: '111111111111', region: 'eu-west-1' }, to: { account: '111111111111', region: 'us-east-1' } },
      { from: { account: '111111111111', region: 'us-east-1' }, to: { account: '222222222222', region: 'eu-west-1' } },
      { from: { account: '222222222222', region: 'eu-west-1' } }
    ]
    const ranged = (index: number) => shardFile(index, { count: 4, range: ranges[index - 1] })
    const { coverage, warnings } = missingShards([ranged(1), ranged(4)], 'inventory')
    expect(coverage.map((c) => `${c.account} ${c.region} ${c.type}`)).toEqual([
      '111111111111 eu-west-1 AWS::EC2::SecurityGroup',
      '111111111111 us-east-1 AWS::EC2::SecurityGroup',
      '222222222222 global AWS::IAM::Role',
      '222222222222 eu-west-1 AWS::S3::Bucket'
    ])
    expect(warnings).toEqual(['shards 2/4 to 3/4 are missing from the inventories merged (their jobs failed, or their inventories were not given): their 4 ledger entries are marked failed'])
    expect(() => missingShards([ranged(1), shardFile(2, { count: 4 })], 'inventory')).toThrow(InputError)
  })

  it('refuses shards of different scans', () => {
    expect(() => missingShards([shardFile(1), shardFile(2, { count: 4 })], '--inventory')).toThrow(
      new InputError('--inventory: the inventories are shards of different scans (another shard count, or other accounts or regions); merge the shards of one scan')
    )
    expect(() => missingShards([shardFile(1), shardFile(2, { estate: estate.slice(1) })], '--inventory')).toThrow(InputError)
  })
})
