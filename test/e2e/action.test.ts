// The committed action bundle, run the way the GitHub runner runs it: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE and GITHUB_EVENT_PATH, workflow commands on stdout.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runActionStep, type ProcessResult } from './helpers.js'
import { sensitivePlanValues } from './plan-secrets.js'

interface ActionRun {
  result: ProcessResult
  workspace: string
  outputs: Record<string, string>
  summary: string
  results: { run: { counts: { fail: number; suppressed: number; unknown: number; bySeverity: Record<string, number> }; gate: { verdict: string; reason: string } }; evaluations: Array<Record<string, any>> }
}

async function runAction(inputs: Record<string, string>, event = 'pull_request'): Promise<ActionRun> {
  const payload = { pull_request: { number: 7, head: { sha: 'feedc0de'.repeat(5) } }, repository: { full_name: 'acme/infra' } }
  const run = await runActionStep(inputs, { event, payload })
  let results: ActionRun['results'] = { run: { counts: { fail: -1, suppressed: -1, unknown: -1, bySeverity: {} }, gate: { verdict: '', reason: '' } }, evaluations: [] }
  if (run.outputs['results-file']) results = JSON.parse(readFileSync(run.outputs['results-file'], 'utf8'))
  return { ...run, results }
}

describe('the action bundle on the example project', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction({ 'terraform-plan': 'infra/plan.json', 'terraform-dir': 'infra' })
  })

  it('sets every output, consistent with the results file', () => {
    const { outputs, results } = run
    expect(Number(outputs.findings)).toBe(results.run.counts.fail)
    expect(Number(outputs.findings)).toBeGreaterThan(0)
    for (const s of ['critical', 'high', 'medium', 'low', 'info']) expect(Number(outputs[`findings-${s}`])).toBe(results.run.counts.bySeverity[s])
    expect(Number(outputs.suppressed)).toBe(results.run.counts.suppressed)
    expect(Number(outputs.unknown)).toBe(results.run.counts.unknown)
    expect(outputs.gate).toBe(results.run.gate.verdict)
    expect(outputs['gate-reason']).toBe(results.run.gate.reason)
    for (const f of ['sarif-file', 'report-file', 'results-file']) expect(outputs[f].startsWith(join(run.workspace, 'plumbline-out'))).toBe(true)
    expect(readdirSync(join(run.workspace, 'plumbline-out')).sort()).toEqual(['plumbline-report.html', 'plumbline-results.json', 'plumbline.sarif'])
  })

  it('gates the pull request on high findings the change introduces and fails the step', () => {
    const introducedHigh = run.results.evaluations.filter((e) => e.status === 'fail' && e.delta === 'introduced' && ['critical', 'high'].includes(e.severity))
    expect(introducedHigh.length).toBeGreaterThan(0)
    expect(run.outputs.gate).toBe('fail')
    expect(run.result.code).toBe(1)
    expect(run.result.stdout).toContain(`::error::Plumbline gate failed: ${introducedHigh.length} finding`)
  })

  it('annotates the .tf lines, at most 10 per level', () => {
    const lines = run.result.stdout.split('\n')
    const located = (level: string) => lines.filter((l) => l.startsWith(`::${level} `) && /file=infra\/[^,:]+\.tf/.test(l))
    const errors = located('error')
    const warnings = located('warning')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(warnings.length).toBeLessThanOrEqual(10)
    // Each annotation points at the line that starts a resource block in that file.
    for (const line of [...errors, ...warnings]) {
      const file = line.match(/file=([^,:]+)/)![1]
      const lineNo = Number(line.match(/line=(\d+)/)![1])
      const text = readFileSync(join(run.workspace, file), 'utf8').split('\n')[lineNo - 1]
      expect(text).toMatch(/^\s*resource\s+"/)
    }
  })

  it('writes a job summary with the verdict and the counts', () => {
    expect(run.summary).toContain(run.results.run.gate.reason)
    expect(run.summary).toMatch(/fail/i)
    expect(run.summary.length).toBeLessThan(1024 * 1024)
  })

  it('honours the inline plumbline:ignore and #checkov:skip comments', () => {
    const suppressed = run.results.evaluations.filter((e) => e.status === 'suppressed')
    expect(suppressed.map((e) => e.suppression.source).sort()).toEqual(expect.arrayContaining(['checkov-skip', 'inline']))
    for (const e of suppressed) expect(e.suppression.reason.length).toBeGreaterThan(0)
  })

  it('never writes a sensitive value anywhere: files, stdout, summary, outputs', () => {
    const secrets = sensitivePlanValues(JSON.parse(readFileSync(join(ROOT, 'examples/plan.json'), 'utf8')))
    expect(secrets.length).toBeGreaterThan(0)
    const out = join(run.workspace, 'plumbline-out')
    // `::add-mask::` is how the runner learns what to mask; it consumes those lines and prints none of them.
    const stdoutLines = run.result.stdout.split('\n')
    const masked = stdoutLines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length))
    for (const secret of secrets) expect(masked).toContain(secret)
    const printed = stdoutLines.filter((l) => !l.startsWith('::add-mask::')).join('\n')
    const texts = [printed, run.result.stderr, run.summary, JSON.stringify(run.outputs), ...readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'))]
    for (const secret of secrets) for (const text of texts) expect(text.includes(secret)).toBe(false)
  })
})

describe('the action bundle on bad input', () => {
  it('fails the step with one line naming the input', async () => {
    const { result } = await runAction({ 'terraform-plan': 'infra/missing.json' })
    expect(result.code).toBe(1)
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error::'))
    expect(errors).toEqual([expect.stringContaining('input terraform-plan: infra/missing.json does not exist')])
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
  })

  it('does not gate a scheduled run with findings (threshold none by default), and does not call it a pass', async () => {
    const { result, outputs } = await runAction({ 'terraform-plan': 'infra/plan.json', 'terraform-dir': 'infra' }, 'schedule')
    expect(Number(outputs.findings)).toBeGreaterThan(0)
    expect(outputs.gate).toBe('not-gated')
    expect(result.code).toBe(0)
  })
})
