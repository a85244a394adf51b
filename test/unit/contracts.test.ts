// The documented contracts stay in step with the code: action.yml, the settings table, the outputs and the
// README name the same things.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { SETTINGS } from '../../src/config.js'
import { stepOutputs } from '../../src/publish/step.js'
import { VERSION } from '../../src/version.js'
import { ROOT } from '../e2e/helpers.js'

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('contracts', () => {
  it('action.yml declares exactly the settings the config reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(SETTINGS.map((s) => s.input).sort())
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it("action.yml's inputs carry the settings table's descriptions and defaults (written once, in src/config.ts)", () => {
    for (const spec of SETTINGS) {
      const input = action.inputs[spec.input]
      expect([spec.input, input.default]).toEqual([spec.input, spec.actionDefault ?? spec.default])
      expect(input.description.startsWith(spec.description)).toBe(true)
    }
  })

  it('action.yml declares exactly the outputs the step sets', () => {
    const files = { sarifFile: 's', reportFile: 'r', resultsFile: 'j', sarifCut: { plan: 0, live: 0 }, sarifCategories: [] }
    const model: any = { run: { counts: { fail: 0, suppressed: 0, unknown: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, drift: { inSync: 0, changed: 0, missing: 0, unmanaged: 0 } }, gate: { verdict: 'pass', reason: '' }, iacCoverage: null }, coverage: [] }
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(stepOutputs(model, files)).sort())
  })

  it('the README documents every input, output and CLI flag', () => {
    for (const s of SETTINGS) {
      expect(readme).toContain(`\`${s.input}\``)
      if (s.cli) expect(readme).toContain(`--${s.cli}`)
    }
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(name)
  })

  it('the version is the package version', () => {
    expect(VERSION).toBe(pkg.version)
  })
})

describe('docs/rules.md rule table', () => {
  it('lists every rule with its severity (node scripts/readme-generated.mjs rewrites it)', async () => {
    const { ALL_RULES } = await import('../../src/rules/index.js')
    const rulesDoc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')
    for (const rule of ALL_RULES) expect(rulesDoc).toContain(`| \`${rule.id}\` | ${rule.severity} |`)
  })
})

describe('README workflow snippets', () => {
  // The README shows the Plumbline step of each example; every setting it shows is the example's, value and all.
  const snippets = [...readme.matchAll(/```yaml\n(\s*- uses: plumbline\/plumbline@v1\n[\s\S]*?)```/g)].map((m) => parse(m[1])[0].with as Record<string, unknown>)
  const examples = ['pr-gate.yml', 'scheduled-scan.yml'].map((file) => {
    const workflow = parse(readFileSync(join(ROOT, 'examples/workflows', file), 'utf8'))
    const steps = Object.values(workflow.jobs).flatMap((job: any) => job.steps)
    return steps.find((step: { uses?: string }) => step.uses?.startsWith('plumbline/plumbline@')).with as Record<string, unknown>
  })

  it('shows the pull-request gate and the scheduled scan as the examples have them', () => {
    expect(snippets).toHaveLength(2)
    snippets.forEach((snippet, i) => {
      for (const [key, value] of Object.entries(snippet)) expect([key, examples[i][key]]).toEqual([key, value])
    })
  })
})
