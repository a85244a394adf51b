// Region controls on the plan side, through the real pipeline and writers: a plan that does not touch GuardDuty
// gives no GuardDuty verdict; one that manages a suspended detector fails on the region pseudo-resource, and the
// finding (no .tf block of its own) is placed at the fallback location in SARIF and blocks the gate.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPipeline } from '../../src/pipeline.js'
import { writeOutputFiles } from '../../src/publish/files.js'
import { buildInventoryFile } from '../../src/sources/inventory-file.js'
import { config } from './plan-config.js'

function created(type: string, name: string, values: Record<string, unknown>) {
  return {
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    values,
    sensitive_values: {},
    change: { actions: ['create'], before: null, after: values, after_unknown: {}, before_sensitive: false, after_sensitive: {} }
  }
}

/** A resource of the prior state the plan deletes. */
function deletedOne(type: string, name: string, values: Record<string, unknown>) {
  const prior = { address: `${type}.${name}`, mode: 'managed', type, name, values, sensitive_values: {} }
  const change = { address: prior.address, mode: 'managed', type, name, change: { actions: ['delete'], before: values, after: null, after_unknown: {}, before_sensitive: {}, after_sensitive: false } }
  return { prior, change }
}

async function run(resources: Array<ReturnType<typeof created>>, deleted: Array<ReturnType<typeof deletedOne>> = [], inventory?: object) {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-region-'))
  const plan = {
    format_version: '1.2',
    planned_values: { root_module: { resources: resources.map(({ change: _change, ...r }) => r) } },
    resource_changes: [...resources.map(({ values: _values, sensitive_values: _sv, ...r }) => r), ...deleted.map((d) => d.change)],
    ...(deleted.length > 0 ? { prior_state: { format_version: '1.0', values: { root_module: { resources: deleted.map((d) => d.prior) } } } } : {})
  }
  const planFile = join(dir, 'plan.json')
  writeFileSync(planFile, JSON.stringify(plan))
  const cfg = config(planFile, dir)
  if (inventory) {
    cfg.inventoryFiles = [join(dir, 'inventory.json')]
    writeFileSync(cfg.inventoryFiles[0]!, JSON.stringify(inventory))
  }
  const { model } = await runPipeline(cfg)
  return { model, cfg }
}

describe('guardduty-enabled on a plan', () => {
  const bucket = created('aws_s3_bucket', 'data', { bucket: 'acme-data', tags: {} })

  it('gives no verdict when the plan manages no GuardDuty detector', async () => {
    const { model } = await run([bucket])
    expect(model.evaluations.filter((e) => e.resource.address === 'aws_s3_bucket.data').length).toBeGreaterThan(0)
    expect(model.evaluations.filter((e) => e.rule === 'guardduty-enabled')).toEqual([])
    // The pseudo-resource is for the rules only: it is not counted as a resource of the plan.
    expect(model.run.counts.resources).toBe(1)
  })

  it('fails the region when the plan manages a suspended detector, placed at the fallback location, and blocks the gate', async () => {
    const { model, cfg } = await run([bucket, created('aws_guardduty_detector', 'main', { enable: false, finding_publishing_frequency: 'SIX_HOURS', tags: {} })])
    const verdicts = model.evaluations.filter((e) => e.rule === 'guardduty-enabled')
    expect(verdicts).toEqual([
      expect.objectContaining({
        status: 'fail',
        severity: 'high',
        delta: 'introduced',
        blocksGate: true,
        message: 'us-east-1 does not have an enabled GuardDuty detector (Enable true): aws_guardduty_detector.main has Enable false',
        resource: { type: 'Plumbline::Account::Region', id: 'us-east-1', region: 'us-east-1', origin: 'plan' },
        frameworks: { 'aws-fsbp': ['GuardDuty.1'] }
      })
    ])
    expect(model.run.gate.verdict).toBe('fail')
    const files = await writeOutputFiles(model, cfg)
    const sarif = JSON.parse(readFileSync(files.sarifFile, 'utf8'))
    const results = sarif.runs.flatMap((r: { results: Array<{ ruleId: string; locations: unknown }> }) => r.results).filter((r: { ruleId: string }) => r.ruleId === 'guardduty-enabled')
    expect(results).toHaveLength(1)
    expect(JSON.stringify(results[0].locations)).toContain('"uri":"README.md"')
  })

  it('passes the region when the planned detector is on', async () => {
    const { model } = await run([created('aws_guardduty_detector', 'main', { enable: true, tags: {} })])
    expect(model.evaluations.filter((e) => e.rule === 'guardduty-enabled').map((e) => [e.status, e.resource.id])).toEqual([['pass', 'us-east-1']])
  })
})

describe('securityhub-enabled on a plan', () => {
  it('passes a region whose hub the plan keeps, and fails it, as introduced, when the plan deletes the hub', async () => {
    const hub = { id: '123456789012', arn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', enable_default_standards: true, auto_enable_controls: true }
    const kept = await run([created('aws_securityhub_account', 'this', hub)])
    expect(kept.model.evaluations.filter((e) => e.rule === 'securityhub-enabled').map((e) => e.status)).toEqual(['pass'])

    const { model } = await run([created('aws_s3_bucket', 'data', { bucket: 'acme-data', tags: {} })], [deletedOne('aws_securityhub_account', 'this', hub)])
    const verdicts = model.evaluations.filter((e) => e.rule === 'securityhub-enabled')
    const after = verdicts.filter((e) => e.resource.origin === 'plan')
    expect(after.map((e) => [e.status, e.delta, e.message])).toEqual([['fail', 'introduced', 'us-east-1 does not have Security Hub enabled: the plan deletes its AWS::SecurityHub::Hub']])
  })
})

describe('a region verdict on both sides', () => {
  it('pairs the plan\'s region (its account unstated) with the scanned one: a suspended detector kept by the plan is pre-existing, not introduced', async () => {
    const account = '123456789012'
    const inventory = buildInventoryFile({
      tool: { name: 'Plumbline', version: 'test' },
      scannedAt: '2026-12-01T00:00:00Z',
      accounts: [account],
      primaryAccount: account,
      regions: ['us-east-1'],
      types: ['AWS::GuardDuty::Detector'],
      resources: [{ type: 'AWS::GuardDuty::Detector', id: 'd-1', account, region: 'us-east-1', origin: 'live', properties: { Id: 'd-1', Enable: false } }],
      coverage: [{ account, region: 'us-east-1', type: 'AWS::GuardDuty::Detector', state: 'scanned', count: 1, read: 'full' }]
    })
    const kept = created('aws_guardduty_detector', 'main', { id: 'd-1', enable: false, tags: {} })
    kept.change.actions = ['no-op']
    kept.change.before = kept.change.after as never
    const { model } = await run([kept], [], inventory)
    const verdicts = model.evaluations.filter((e) => e.rule === 'guardduty-enabled').map((e) => [e.resource.origin, e.resource.id, e.status, e.delta])
    expect(verdicts).toEqual([
      ['plan', `${account}/us-east-1`, 'fail', 'pre-existing'],
      ['live', `${account}/us-east-1`, 'fail', 'pre-existing']
    ])
    // Pre-existing findings do not fail a pull request's gate (scope new).
    expect(model.evaluations.filter((e) => e.rule === 'guardduty-enabled' && e.blocksGate)).toEqual([])
  })
})
