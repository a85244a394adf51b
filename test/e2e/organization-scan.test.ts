// An organization scanned whole and as a matrix of shards, on the local AWS server speaking Organizations and STS:
// three member accounts in four regions (plus the management account, and one ACTIVE account without the member
// role), discovered with `--accounts organization`. `plumbline shards` plans the matrix (evenly, then balanced by
// the whole scan's inventory), each entry's `--shard` value is scanned as a job would, and the shards' inventories
// merged by a pattern give exactly the whole scan's evaluations, drift, ledger, counts and SARIF results. The action
// with `command: shards` writes the same matrix as its step output.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { MANAGEMENT, ORG_REGIONS_4, seedOrganization } from '../fixtures/org-estate.mjs'
import { awsCliEnv, exampleWorkspace, ROOT, runActionStep, runNode } from './helpers.js'

type Json = Record<string, any>

const ROLELESS = '555555555555'
const REGIONS = [...ORG_REGIONS_4, 'global'].join(',')
const ORG = ['--accounts', 'organization', '--regions', REGIONS, '--region', 'eu-west-1']

let server: AwsServer
let workspace: string
let env: NodeJS.ProcessEnv
let members: string[]

const cli = (...args: string[]) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd: workspace, env })
const read = (file: string): Json => JSON.parse(readFileSync(join(workspace, file), 'utf8'))
const key = (c: Json) => `${c.account} ${c.region} ${c.type} ${c.state}`

beforeAll(async () => {
  server = await startAwsServer()
  ;({ members } = seedOrganization(server, { members: 3, regions: ORG_REGIONS_4, perRegion: 2, roleless: [ROLELESS] }))
  workspace = exampleWorkspace()
  env = awsCliEnv(server, server.createUserKeys(MANAGEMENT, 'scanner'), 'eu-west-1')
  // A service control policy denies us-west-2 to the third member.
  server.addFault({ kind: 'deny', scp: true, account: members[2], region: 'us-west-2' })
})

afterAll(async () => {
  await server.close()
})

describe('an organization scanned in a matrix of shards', () => {
  let matrix: Json
  it('scans the whole organization: every member through its role, the roleless one denied in the ledger', async () => {
    const whole = await cli('scan', '--live', ...ORG, '--out', 'whole', '--fail-on', 'none')
    expect(whole.code).toBe(0)
    const inventory = read('whole/plumbline-inventory.json')
    expect(inventory.accounts).toEqual([...members, MANAGEMENT].sort())
    const denied = inventory.coverage.filter((c: Json) => c.state === 'denied')
    expect(denied.length).toBeGreaterThan(0)
    const roleless = denied.filter((c: Json) => c.account === ROLELESS)
    expect(new Set(denied.map((c: Json) => c.account))).toEqual(new Set([ROLELESS, members[2]]))
    expect(new Set(roleless.map((c: Json) => c.region))).toEqual(new Set([...ORG_REGIONS_4, 'global']))
    // The region an SCP denies is denied in the ledger, never failed (buckets are listed once per account, from
    // aws-region, which the SCP leaves alone: their us-west-2 entries are read).
    const scpDenied = inventory.coverage.filter((c: Json) => c.account === members[2] && c.region === 'us-west-2' && !c.type.includes('::S3::'))
    expect(scpDenied.length).toBeGreaterThan(10)
    for (const entry of scpDenied) expect(entry).toMatchObject({ state: 'denied', error: expect.stringMatching(/with an explicit deny in a service control policy/) })
    expect(inventory.coverage.filter((c: Json) => c.state === 'failed')).toEqual([])
    expect(`${whole.stdout}${whole.stderr}`).toContain(`account ${ROLELESS}: Could not assume arn:aws:iam::${ROLELESS}:role/plumbline-scan`)
    // Each member's four regions hold two open and two closed SSH groups.
    const results = read('whole/plumbline-results.json')
    const openSsh = results.evaluations.filter((e: Json) => e.resource.type === 'AWS::EC2::SecurityGroup' && e.status === 'fail' && /ssh|22/i.test(e.rule))
    expect(new Set(openSsh.map((e: Json) => e.resource.account))).toEqual(new Set(members))
  }, 180_000)

  it('plans shards evenly without an inventory, and balanced by the previous scan with one', async () => {
    const even = await cli('shards', '--shards', '4', ...ORG)
    expect(even.code).toBe(0)
    const evenMatrix = JSON.parse(even.stdout)
    // The management account (its level and four regions), three members (five pairs each), the roleless one (its level alone).
    const pairs = evenMatrix.include.map((e: Json) => e.pairs)
    expect(pairs.reduce((a: number, b: number) => a + b, 0)).toBe(1 + 4 + 3 * 5 + 1)
    expect(Math.max(...pairs) - Math.min(...pairs)).toBeLessThanOrEqual(1)
    expect(even.stderr).toMatch(/Planned 4 shard\(s\) over 5 account\(s\) \(1 not reachable\), 21 \(account, region\) pairs; heaviest shard \d\.\d\d× the mean/)

    const balanced = await cli('shards', '--shards', '4', ...ORG, '--inventory', 'whole/plumbline-inventory.json')
    expect(balanced.code).toBe(0)
    matrix = JSON.parse(balanced.stdout)
    expect(matrix.include.map((e: Json) => e.name)).toEqual(['1/4', '2/4', '3/4', '4/4'])
    const resources = matrix.include.map((e: Json) => e.resources)
    expect(resources.reduce((a: number, b: number) => a + b, 0)).toBe(read('whole/plumbline-inventory.json').resources.length)
    // Balanced by the previous scan, each member's five pairs fall in one shard, and the two light accounts (the
    // management account, the roleless one) share the last; the even cut splits a member between two jobs.
    expect(matrix.include.map((e: Json) => e.shard)).toEqual(members.map((_, i) => `${i + 1}/4:${i === 0 ? '' : members[i]}..${members[i + 1] ?? ROLELESS}`).concat([`4/4:${ROLELESS}..`]))
    // The third member's us-west-2 is denied: 9 resources fewer. Each member's level holds its IAM role's access
    // advisor fact (Plumbline::IAM::ServiceLastAccessed) besides the account facts.
    expect(resources).toEqual([46, 46, 37, 10])
    expect(balanced.stderr).toMatch(/heaviest shard 1\.0\d× the mean/)
    expect(evenMatrix.include[1].shard).toBe(`2/4:${members[1]}..${members[2]}/eu-central-1`)
  }, 120_000)

  it('scans each planned shard once, and the merge equals the whole scan', async () => {
    for (const entry of matrix.include) {
      const shard = await cli('scan', '--live', ...ORG, '--shard', entry.shard, '--out', `shard-${entry.name.replace('/', '-of-')}`, '--fail-on', 'none')
      expect(shard.code).toBe(0)
    }
    const ledgers = matrix.include.map((e: Json) => read(`shard-${e.name.replace('/', '-of-')}/plumbline-inventory.json`).coverage.map(key))
    const all = ledgers.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual(read('whole/plumbline-inventory.json').coverage.map(key).sort())

    const merged = await cli('scan', '--inventory', 'shard-*/plumbline-inventory.json', '--tf-dir', 'infra', '--out', 'merged', '--fail-on', 'none')
    const offline = await cli('scan', '--inventory', 'whole/plumbline-inventory.json', '--tf-dir', 'infra', '--out', 'offline', '--fail-on', 'none')
    expect(merged.code).toBe(0)
    expect(offline.code).toBe(0)
    const [m, o] = [read('merged/plumbline-results.json'), read('offline/plumbline-results.json')]
    expect(m.evaluations.filter((e: Json) => e.resource.origin === 'live').length).toBeGreaterThan(100)
    expect(m.evaluations).toEqual(o.evaluations)
    expect(m.drift).toEqual(o.drift)
    expect(m.run.counts).toEqual(o.run.counts)
    expect(m.coverage.map(key).sort()).toEqual(o.coverage.map(key).sort())
    const results = (file: string) => read(file).runs.map((run: Json) => ({ category: run.automationDetails?.id, results: run.results }))
    expect(results('merged/plumbline.sarif')).toEqual(results('offline/plumbline.sarif'))

    // A shard whose job failed: its pairs are failed in the merged ledger, never clean.
    const partial = await cli('scan', '--inventory', 'shard-1-of-4/plumbline-inventory.json', '--inventory', 'shard-2-of-4/plumbline-inventory.json', '--inventory', 'shard-4-of-4/plumbline-inventory.json', '--out', 'partial', '--fail-on', 'none')
    expect(partial.code).toBe(0)
    const failed = read('partial/plumbline-results.json').coverage.filter((c: Json) => c.state === 'failed').map((c: Json) => `${c.account} ${c.region} ${c.type}`)
    const third = read('shard-3-of-4/plumbline-inventory.json').coverage.map((c: Json) => `${c.account} ${c.region} ${c.type}`)
    expect(failed.sort()).toEqual(third.sort())
  }, 300_000)

  it('writes the matrix as the step output of the action with command: shards', async () => {
    const keys = server.createUserKeys(MANAGEMENT, 'action')
    const run = await runActionStep(
      { command: 'shards', shards: '2', accounts: 'organization', regions: REGIONS, 'aws-region': 'eu-west-1' },
      { event: 'schedule', env: { ...server.env(), AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey, NODE_OPTIONS: `--import ${join(ROOT, 'test/aws-server/resolve-localhost.mjs')}` } }
    )
    expect(run.result.code).toBe(0)
    const output = JSON.parse(run.outputs.matrix)
    expect(output.include.map((e: Json) => e.name)).toEqual(['1/2', '2/2'])
    expect(output.include[0].shard).toMatch(/^1\/2:\.\.\d{12}(\/[a-z0-9-]+)?$/)
    expect(run.summary).toContain('Plumbline: shards planned')
    // The summary names shards, not the account ids of their ranges.
    expect(run.summary).not.toMatch(/\d{12}/)
  }, 120_000)
})
