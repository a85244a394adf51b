// A live scan cut into shards and merged gives what one scan gives: the example estate on the local AWS server,
// scanned over three regions and global whole and as three shards (`--shard K/3`, each writing its inventory), then
// the three inventories merged by a pattern. The merged run's evaluations, drift, ledger and counts equal the whole
// scan's, read back the same way; each pair is read by exactly one shard.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { STAGING, seedExampleEstate } from '../fixtures/live-estate.mjs'
import { awsCliEnv, exampleWorkspace, ROOT, runNode } from './helpers.js'

type Json = Record<string, any>

let server: AwsServer
let workspace: string
let env: NodeJS.ProcessEnv
const REGIONS = 'eu-west-1,us-east-1,us-west-2,global'

const cli = (...args: string[]) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd: workspace, env })
const read = (file: string): Json => JSON.parse(readFileSync(join(workspace, file), 'utf8'))

beforeAll(async () => {
  server = await startAwsServer()
  seedExampleEstate(server)
  workspace = exampleWorkspace()
  env = awsCliEnv(server, server.createUserKeys(STAGING, 'auditor'), 'eu-west-1')
})

afterAll(async () => {
  await server.close()
})

describe('plumbline scan --live --shard K/N, merged with --inventory', () => {
  it('reads each pair in exactly one shard, and the merge gives what the whole scan gives', async () => {
    const whole = await cli('scan', '--live', '--regions', REGIONS, '--region', 'eu-west-1', '--out', 'whole', '--fail-on', 'none')
    expect(whole.code).toBe(0)
    const ledgers: Json[][] = []
    for (const k of [1, 2, 3]) {
      const shard = await cli('scan', '--live', '--regions', REGIONS, '--region', 'eu-west-1', '--shard', `${k}/3`, '--out', `shard-${k}`, '--fail-on', 'none')
      expect(shard.code).toBe(0)
      expect(shard.stderr).toContain(`(shard ${k}/3)`)
      ledgers.push(read(`shard-${k}/plumbline-inventory.json`).coverage)
    }
    // Four pairs (the account level, then eu-west-1, us-east-1, us-west-2) in three shards: 1, 1 and 2. The account
    // level holds the global types and the types listed once per account (S3 buckets and their policies, placed in
    // their regions); per-region facts (a bucket's versioning) go with their region.
    const regionsOf = (ledger: Json[], types: (type: string) => boolean) => [...new Set(ledger.filter((c) => types(c.type)).map((c) => c.region))].sort()
    const regional = (type: string) => !['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'].includes(type)
    expect(regionsOf(ledgers[0]!, regional)).toEqual(['global'])
    expect(regionsOf(ledgers[1]!, regional)).toEqual(['eu-west-1'])
    expect(regionsOf(ledgers[2]!, regional)).toEqual(['us-east-1', 'us-west-2'])
    expect(regionsOf(ledgers[1]!, (type) => !regional(type))).toEqual([])
    const key = (c: Json) => `${c.account} ${c.region} ${c.type}`
    const keys = ledgers.flat().map(key)
    expect(new Set(keys).size).toBe(keys.length) // no entry in two shards
    expect(keys.sort()).toEqual(read('whole/plumbline-inventory.json').coverage.map(key).sort()) // none left out

    const merged = await cli('scan', '--inventory', 'shard-*/plumbline-inventory.json', '--tf-dir', 'infra', '--out', 'merged', '--fail-on', 'none')
    const offline = await cli('scan', '--inventory', 'whole/plumbline-inventory.json', '--tf-dir', 'infra', '--out', 'offline', '--fail-on', 'none')
    expect(merged.code).toBe(0)
    expect(offline.code).toBe(0)
    const [m, o] = [read('merged/plumbline-results.json'), read('offline/plumbline-results.json')]
    expect(m.evaluations.filter((e: Json) => e.resource.origin === 'live').length).toBeGreaterThan(30)
    expect(m.evaluations).toEqual(o.evaluations)
    expect(m.drift).toEqual(o.drift)
    expect(m.run.counts).toEqual(o.run.counts)
    expect(m.coverage.map(key).sort()).toEqual(o.coverage.map(key).sort())
    // And the live findings are the whole live scan's.
    const failing = (results: Json) => results.evaluations.filter((e: Json) => e.resource.origin === 'live' && e.status === 'fail').map((e: Json) => `${e.rule} ${e.resource.id}`).sort()
    expect(failing(m)).toEqual(failing(read('whole/plumbline-results.json')))
  }, 180_000)

  it('marks a missing shard\'s pairs failed in the merged ledger, exactly the entries its scan writes', async () => {
    const merged = await cli('scan', '--inventory', 'shard-1/plumbline-inventory.json', '--inventory', 'shard-3/plumbline-inventory.json', '--out', 'partial', '--fail-on', 'none', '--fail-on-incomplete')
    expect(merged.code).toBe(1)
    const ledger: Json[] = read('partial/plumbline-results.json').coverage
    const failed = ledger.filter((c) => c.state === 'failed')
    const key = (c: Json) => `${c.account} ${c.region} ${c.type}`
    expect(failed.map(key).sort()).toEqual(read('shard-2/plumbline-inventory.json').coverage.map(key).sort())
    expect(failed[0]!.error).toBe('shard 2/3 is missing from the inventories merged (its job failed, or its inventory was not given)')
    expect(`${merged.stdout}${merged.stderr}`).toMatch(new RegExp(`shard 2/3 is missing from the inventories merged \\(its job failed, or its inventory was not given\\): its ${failed.length} ledger entries are marked failed`))
  }, 60_000)

  it('refuses a shard that is not K/N, and one without a live scan, in one line', async () => {
    const bad = await cli('scan', '--live', '--shard', '4/3', '--out', 'x')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('plumbline: --shard: "4/3" is not a shard; write K/N with 1 ≤ K ≤ N ≤ 256 (the matrix value, e.g. 2/8), or the K/N:FROM..TO that plumbline shards prints\n')
    const offline = await cli('scan', '--inventory', 'infra/inventory.json', '--shard', '1/2', '--out', 'x')
    expect(offline.code).toBe(2)
    expect(offline.stderr).toMatch(/^plumbline: --shard: only a live scan is split into shards; /)
  })
})
