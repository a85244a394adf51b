import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, type ConfigContext, type RawSettings } from '../../src/config.js'
import { InputError } from '../../src/types.js'

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-config-'))
  mkdirSync(join(dir, '.git'))
  mkdirSync(join(dir, 'infra'))
  writeFileSync(join(dir, 'plan.json'), '{}')
  return dir
}

const ctx = (cwd: string, event?: string): ConfigContext => ({
  cwd,
  event,
  defaultFallbackLocation: '.github/workflows/gate.yml',
  nameOf: (s) => `input ${s.input}`,
  env: {},
  liveDefault: 'auto'
})

function build(raw: RawSettings, cwd: string, event?: string) {
  return buildConfig(raw, ctx(cwd, event))
}

describe('buildConfig', () => {
  it('applies the pull-request defaults: threshold high, scope new', () => {
    const dir = workspace()
    const config = build({ 'terraform-plan': 'plan.json' }, dir, 'pull_request')
    expect(config.failOn).toBe('high')
    expect(config.gateScope).toBe('new')
    expect(config.repoRoot).toBe(dir)
    expect(config.sarifFallbackLocation).toBe('.github/workflows/gate.yml')
    expect(config.outDir).toBe(join(dir, 'plumbline-out'))
  })

  it('applies the scheduled defaults: threshold none, scope all', () => {
    const dir = workspace()
    const config = build({ 'terraform-dir': 'infra' }, dir, 'schedule')
    expect(config.failOn).toBe('none')
    expect(config.gateScope).toBe('all')
    expect(config.tfDir).toBe(join(dir, 'infra'))
  })

  it('finds .plumbline.yml at the repository root', () => {
    const dir = workspace()
    writeFileSync(join(dir, '.plumbline.yml'), 'skip-rules: []\n')
    expect(build({ 'terraform-dir': 'infra' }, dir).configFile).toBe(join(dir, '.plumbline.yml'))
  })

  it.each([
    [{ 'terraform-plan': 'nope.json' }, 'input terraform-plan: nope.json does not exist'],
    [{ 'terraform-plan': 'plan.json', 'fail-on-severity': 'severe' }, 'input fail-on-severity: "severe" is not a severity; use one of critical, high, medium, low, info or none'],
    [{ 'terraform-plan': 'plan.json', 'gate-scope': 'some' }, 'input gate-scope: "some" is not a gate scope; use new or all'],
    [{ 'terraform-plan': 'plan.json', 'aws-region': 'Europe' }, 'input aws-region: "Europe" is not an AWS region name'],
    [{ 'terraform-plan': 'plan.json', 'fail-on-drift': 'yes' }, 'input fail-on-drift: "yes" is not a boolean; use true or false'],
    [{ 'terraform-dir': 'plan.json' }, 'input terraform-dir: plan.json is not a folder'],
    [{}, 'nothing to check: give input terraform-plan'],
    [{ 'terraform-plan': 'plan.json', 'output-dir': 'plan.json' }, 'input output-dir: plan.json cannot be the output folder (it is a file); give a folder'],
    [{ 'terraform-plan': 'plan.json', 'output-dir': 'plan.json/out' }, 'input output-dir: plan.json/out cannot be the output folder (plan.json is a file)']
  ])('rejects bad input %j with one line', (raw, expected) => {
    const dir = workspace()
    let error: unknown
    try {
      build(raw as RawSettings, dir)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(expected)
    expect((error as Error).message).not.toContain('\n')
  })
})
