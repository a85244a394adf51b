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

  it('action.yml declares exactly the outputs the step sets', () => {
    const files = { sarifFile: 's', reportFile: 'r', resultsFile: 'j', sarifCut: { plan: 0, live: 0 } }
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

describe('README rule table', () => {
  it('lists every rule with its severity (node scripts/readme-rules.mjs rewrites it)', async () => {
    const { ALL_RULES } = await import('../../src/rules/index.js')
    for (const rule of ALL_RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`)
  })
})

describe('README workflow', () => {
  it('shows the pull-request gate exactly as examples/workflows/pr-gate.yml has it', () => {
    const workflow = readFileSync(join(ROOT, 'examples/workflows/pr-gate.yml'), 'utf8')
    expect(readme).toContain(workflow.slice(workflow.indexOf('name: plumbline')))
    const parsed = parse(workflow)
    expect(parsed.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'security-events': 'write', actions: 'read', 'pull-requests': 'write' })
  })

  it('shows the scheduled live scan exactly as examples/workflows/scheduled-scan.yml has it, with the permissions it needs', () => {
    const workflow = readFileSync(join(ROOT, 'examples/workflows/scheduled-scan.yml'), 'utf8')
    expect(readme).toContain(workflow.slice(workflow.indexOf('name: plumbline-nightly')))
    const parsed = parse(workflow)
    expect(parsed.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'security-events': 'write', actions: 'read' })
    const step = parsed.jobs['live-scan'].steps.find((s: { id?: string }) => s.id === 'plumbline')
    // Every input the example uses is one the action declares.
    for (const input of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(input)
  })
})
