// writeOutputFiles renders each file while the previous one is being written: every file must still be complete
// when it returns, and a refused write must still fail the call (with the other files written, the link untouched).
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Config } from '../../src/config.js'
import { runPipeline } from '../../src/pipeline.js'
import { config } from './plan-config.js'
import { OUTPUT_NAMES, writeOutputFiles } from '../../src/publish/files.js'
import { buildResultsJson } from '../../src/report/results-json.js'
import { InputError } from '../../src/types.js'

/** A plan of a few hundred unencrypted, unversioned buckets: files of a few hundred kilobytes each. */
async function checkedPlan(): Promise<{ dir: string; cfg: Config; model: Awaited<ReturnType<typeof runPipeline>>['model'] }> {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-outputs-'))
  const resources = Array.from({ length: 300 }, (_, i) => ({
    address: `aws_s3_bucket.b${i}`,
    mode: 'managed',
    type: 'aws_s3_bucket',
    name: `b${i}`,
    values: { bucket: `acme-bucket-${i}`, tags: { Team: 'storage' } },
    sensitive_values: {}
  }))
  const plan = {
    format_version: '1.2',
    planned_values: { root_module: { resources } },
    resource_changes: resources.map((r) => ({ address: r.address, mode: 'managed', type: r.type, name: r.name, change: { actions: ['create'], before: null, after: r.values, after_unknown: {}, before_sensitive: false, after_sensitive: {} } }))
  }
  const planFile = join(dir, 'plan.json')
  writeFileSync(planFile, JSON.stringify(plan))
  const cfg = config(planFile, dir)
  const { model } = await runPipeline(cfg)
  return { dir, cfg, model }
}

describe('results JSON', () => {
  it('is the plain serialization of the document, optional fields and added suppressions included', async () => {
    const { model } = await checkedPlan()
    const [first, second] = model.evaluations
    first!.delta = 'introduced'
    first!.suppression = { source: 'config', reason: 'accepted' }
    second!.path = undefined
    const addedSuppressions = [{ kind: 'inline' as const, rule: first!.rule, resource: 'aws_s3_bucket.b0', file: 'main.tf', line: 3, applied: true }]
    const document = { ...model, addedSuppressions }
    const { schemaVersion, run, evaluations, drift, coverage, unmapped } = document
    expect(buildResultsJson(document)).toBe(JSON.stringify({ schemaVersion, run, evaluations, drift, coverage, unmapped, addedSuppressions }) + '\n')
    expect(buildResultsJson({ ...model, evaluations: [] })).toBe(JSON.stringify({ schemaVersion, run, evaluations: [], drift, coverage, unmapped }) + '\n')
  })
})

describe('writeOutputFiles', () => {
  it('writes SARIF, report and results in full before it returns', async () => {
    const { cfg, model } = await checkedPlan()
    const files = await writeOutputFiles(model, cfg)
    const { schemaVersion, run, evaluations, drift, coverage, unmapped } = model
    // The pieces, with each shared object serialized once, join to exactly the plain serialization.
    expect(evaluations.length).toBeGreaterThan(600)
    expect(readFileSync(files.resultsFile, 'utf8')).toBe(JSON.stringify({ schemaVersion, run, evaluations, drift, coverage, unmapped }) + '\n')
    const sarif = JSON.parse(readFileSync(files.sarifFile, 'utf8'))
    expect(sarif.runs[0].results.length).toBeGreaterThan(300)
    expect(readFileSync(files.reportFile, 'utf8').trimEnd()).toMatch(/<\/html>$/)
  })

  it('when the SARIF is over the gzip cap, cuts it and says so once, in the report and the results too', async () => {
    const { cfg, model } = await checkedPlan()
    const full = await writeOutputFiles(model, { ...cfg, outDir: join(cfg.outDir, 'full') })
    const fullResults = JSON.parse(readFileSync(full.sarifFile, 'utf8')).runs[0].results.length
    expect(full.sarifCut).toEqual({ plan: 0, live: 0 })
    expect(model.run.warnings).toEqual([])
    // A cap of a fifth of the compressed file, with a result cap that cuts first: one warning, with the total.
    const maxGzipBytes = Math.floor(gzipSync(readFileSync(full.sarifFile)).length / 5)
    const files = await writeOutputFiles(model, cfg, undefined, { sarifCaps: { maxGzipBytes, maxResultsPerRun: fullResults - 10 } })
    const kept = JSON.parse(readFileSync(files.sarifFile, 'utf8')).runs[0].results.length
    expect(kept).toBeLessThan(fullResults - 10)
    expect(gzipSync(readFileSync(files.sarifFile)).length).toBeLessThanOrEqual(maxGzipBytes)
    expect(files.sarifCut).toEqual({ plan: fullResults - kept, live: 0 })
    expect(files.sarifCategories).toEqual([{ category: 'plumbline/plan', results: kept, cut: fullResults - kept }])
    const warning = `SARIF holds the highest-severity results only: ${fullResults - kept} lower-severity result(s) were left out`
    expect(model.run.warnings).toHaveLength(1)
    expect(model.run.warnings[0]!.startsWith(warning)).toBe(true)
    expect(model.run.warnings[0]).toContain(`(plumbline/plan: ${fullResults - kept}; all are in plumbline-results.json)`)
    expect(JSON.parse(readFileSync(files.resultsFile, 'utf8')).run.warnings).toEqual(model.run.warnings)
    expect(readFileSync(files.reportFile, 'utf8')).toContain(warning)
  })

  it('fails with the refused write when one output is a link, leaving the link and its target as they were', async () => {
    const { dir, cfg, model } = await checkedPlan()
    mkdirSync(cfg.outDir, { recursive: true })
    const target = join(dir, 'elsewhere.txt')
    writeFileSync(target, 'untouched\n')
    const report = join(cfg.outDir, OUTPUT_NAMES.report)
    symlinkSync(target, report)
    await expect(writeOutputFiles(model, cfg)).rejects.toThrow(InputError)
    await expect(writeOutputFiles(model, cfg)).rejects.toThrow(/plumbline-report\.html is a symbolic link/)
    expect(lstatSync(report).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('untouched\n')
    // The files around it were written whole: nothing half-written is left behind.
    expect(readFileSync(join(cfg.outDir, OUTPUT_NAMES.results), 'utf8')).toBe(buildResultsJson(model))
    expect(existsSync(join(cfg.outDir, OUTPUT_NAMES.sarif))).toBe(true)
  })
})
