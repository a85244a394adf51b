// Several inventories merged are one live side: the demo's recorded inventory cut in two the way a sharded scan
// cuts an estate (the global types in one file, the region in the other), given to the CLI as two files and as a
// glob pattern, gives the same evaluations, drift, coverage ledger and SARIF as the whole file. The same file
// twice is refused with one line, since it would count each resource twice.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, cleanEnv, exampleWorkspace, runNode, type ProcessResult } from './helpers.js'

type Json = Record<string, any>

async function scan(workspace: string, out: string, inventories: string[]): Promise<ProcessResult> {
  return runNode(
    [join(ROOT, 'bin/plumbline.js'), 'scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', ...inventories.flatMap((i) => ['--inventory', i]), '--out', out, '--fail-on', 'none'],
    { cwd: workspace, env: cleanEnv() }
  )
}

const results = (workspace: string, out: string): Json => JSON.parse(readFileSync(join(workspace, out, 'plumbline-results.json'), 'utf8'))
const sarif = (workspace: string, out: string): Json => JSON.parse(readFileSync(join(workspace, out, 'plumbline.sarif'), 'utf8'))

describe('inventories merged', () => {
  let workspace: string
  let whole: ProcessResult

  beforeAll(async () => {
    workspace = exampleWorkspace()
    const inventory = JSON.parse(readFileSync(join(workspace, 'infra/inventory.json'), 'utf8'))
    const part = (keep: (region: string) => boolean, regions: string[]) => ({
      ...inventory,
      regions,
      resources: inventory.resources.filter((r: Json) => keep(r.region)),
      coverage: inventory.coverage.filter((c: Json) => keep(c.region))
    })
    const regional = inventory.regions as string[]
    writeFileSync(join(workspace, 'infra/shard-1.json'), JSON.stringify(part((region) => region === 'global', [])))
    writeFileSync(join(workspace, 'infra/shard-2.json'), JSON.stringify(part((region) => region !== 'global', regional)))
    whole = await scan(workspace, 'whole', ['infra/inventory.json'])
  }, 120_000)

  it('gives what the whole inventory gives, as two files and as a pattern', async () => {
    expect(whole.code).toBe(0)
    const expected = results(workspace, 'whole')
    expect(expected.evaluations.filter((e: Json) => e.resource.origin === 'live').length).toBeGreaterThan(20)
    expect(expected.drift.length).toBeGreaterThan(0)
    for (const [out, given] of [
      ['merged', ['infra/shard-2.json', 'infra/shard-1.json']],
      ['pattern', ['infra/shard-*.json']]
    ] as const) {
      const run = await scan(workspace, out, [...given])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const merged = results(workspace, out)
      // The same verdicts, drift and ledger (the files' order only changes the order of the ledger's entries).
      expect(merged.evaluations).toEqual(expected.evaluations)
      expect(merged.drift).toEqual(expected.drift)
      expect(new Set(merged.coverage.map((c: Json) => JSON.stringify(c)))).toEqual(new Set(expected.coverage.map((c: Json) => JSON.stringify(c))))
      expect(merged.coverage).toHaveLength(expected.coverage.length)
      expect(merged.run.counts).toEqual(expected.run.counts)
      expect(merged.run.accounts).toEqual(expected.run.accounts)
      expect([...merged.run.regions].sort()).toEqual([...expected.run.regions].sort())
      expect(merged.run.inputs.inventory).toEqual(out === 'merged' ? ['infra/shard-2.json', 'infra/shard-1.json'] : ['infra/shard-1.json', 'infra/shard-2.json'])
      const liveRun = (log: Json) => log.runs.find((r: Json) => r.automationDetails.id === 'plumbline/live/')
      expect(liveRun(sarif(workspace, out)).results).toEqual(liveRun(sarif(workspace, 'whole')).results)
    }
  }, 120_000)

  it('refuses the same scan given twice, in one line naming both files', async () => {
    const run = await scan(workspace, 'twice', ['infra/inventory.json', 'infra/shard-1.json'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^plumbline: --inventory: infra\/inventory\.json and infra\/shard-1\.json both cover AWS::[A-Za-z0-9:]+ in 123456789012 global; give each scan once/)
  })

  it('says so when a pattern matches no file', async () => {
    const run = await scan(workspace, 'none', ['infra/shards/*.json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--inventory: infra\/shards\/\*\.json matches no file; check the pattern/)
  })
})
