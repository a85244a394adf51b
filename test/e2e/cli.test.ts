// The CLI as a person runs it: bin/plumbline.js → dist/cli.js.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanEnv, exampleWorkspace, ROOT, runNode } from './helpers.js'

const cli = (args: string[], cwd: string) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd, env: cleanEnv() })

describe('plumbline --help and --version', () => {
  it('lists every option and exits 0', async () => {
    const { code, stdout } = await cli(['--help'], ROOT)
    expect(code).toBe(0)
    for (const flag of ['--plan FILE', '--state FILE', '--tf-dir DIR', '--config FILE', '--region REGION', '--fail-on SEVERITY', '--gate-scope new|all', '--fail-on-drift', '--fail-on-incomplete', '--out DIR', '--sarif-category NAME', '--sarif-fallback-location FILE']) {
      expect(stdout).toContain(`  ${flag} `)
    }
  })
  it('prints the package version', async () => {
    const { code, stdout } = await cli(['--version'], ROOT)
    expect(code).toBe(0)
    expect(stdout).toBe(`plumbline ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`)
  })
})

describe('plumbline scan', () => {
  it('checks the example plan, writes the three files and prints the findings', async () => {
    const ws = exampleWorkspace()
    const { code, stdout, stderr } = await cli(['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--out', 'out', '--fail-on', 'none'], ws)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(readdirSync(join(ws, 'out')).sort()).toEqual(['plumbline-report.html', 'plumbline-results.json', 'plumbline.sarif'])
    const results = JSON.parse(readFileSync(join(ws, 'out/plumbline-results.json'), 'utf8'))
    expect(results.schemaVersion).toBe(1)
    expect(stdout).toContain(`${results.run.counts.fail} failed`)
    expect(stdout).toMatch(/gate: not gated \(no fail-on-severity threshold/)
    // Results carry passes too, and every evaluation names its resource and origin.
    expect(results.evaluations.some((e: any) => e.status === 'pass')).toBe(true)
    for (const e of results.evaluations) expect(['plan', 'state']).toContain(e.resource.origin)
  })

  it('prints how long each phase took with PLUMBLINE_TIMINGS, and only then', async () => {
    const ws = exampleWorkspace()
    const args = ['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--out', 'out', '--fail-on', 'none']
    const timed = await runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd: ws, env: cleanEnv({ PLUMBLINE_TIMINGS: '1' }) })
    expect(timed.code).toBe(0)
    const line = timed.stderr.trimEnd()
    expect(line.split('\n')).toHaveLength(1)
    const phases = line.replace('timings (ms): ', '').split(' ').map((pair) => pair.split('='))
    expect(phases.map(([label]) => label)).toEqual([
      'start-up', 'read', 'parse', 'walk', 'state+code', 'map', 'rules', 'prior', 'live', 'delta', 'drift', 'model', 'scrub', 'sarif', 'html', 'writes', 'console', 'total'
    ])
    for (const [, ms] of phases) expect(ms).toMatch(/^\d+$/)
    const total = Number(phases.pop()![1])
    const sum = phases.reduce((n, [, ms]) => n + Number(ms), 0)
    expect(Math.abs(total - sum)).toBeLessThanOrEqual(phases.length) // each phase rounded on its own
    // The same run without it prints nothing to stderr.
    expect((await cli(args, ws)).stderr).toBe('')
  })

  it('fails on any failed check when no threshold is given, as Checkov does', async () => {
    const ws = exampleWorkspace()
    const { code, stdout } = await cli(['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra'], ws)
    expect(code).toBe(1)
    expect(stdout).toMatch(/gate: fail \(\d+ findings? at or above info\)/)
    expect(stdout).toContain('BLOCKS THE GATE')
  })

  it('exits 1 when the gate fails', async () => {
    const ws = exampleWorkspace()
    const { code, stdout } = await cli(['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--fail-on', 'high', '--gate-scope', 'all'], ws)
    expect(code).toBe(1)
    expect(stdout).toMatch(/gate: fail \(\d+ findings? at or above high\)/)
  })

  it('checks .tf code without a plan', async () => {
    const ws = exampleWorkspace()
    const { code, stdout } = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'none'], ws)
    expect(code).toBe(0)
    const results = JSON.parse(readFileSync(join(ws, 'plumbline-out/plumbline-results.json'), 'utf8'))
    expect(results.evaluations.length).toBeGreaterThan(0)
    for (const e of results.evaluations) expect(e.resource.origin).toBe('hcl')
    expect(results.evaluations.some((e: any) => e.status === 'unknown')).toBe(true)
    expect(stdout).toContain('gate: not gated')
  })

  it('never writes a secret written literally in .tf code', async () => {
    const ws = exampleWorkspace()
    const secrets = ['Tr0ub4dor&3-literal-db-password', 'AKIAZZZZZZZZZZZZZZZZ', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']
    mkdirSync(join(ws, 'leaky'))
    writeFileSync(
      join(ws, 'leaky/main.tf'),
      [
        'resource "aws_db_instance" "db" {',
        '  identifier = "leaky-db"',
        `  password   = "${secrets[0]}"`,
        '}',
        'resource "aws_lambda_function" "fn" {',
        '  function_name = "leaky-fn"',
        '  runtime       = "python3.12"',
        '  environment {',
        `    variables = { AWS_ACCESS_KEY_ID = "${secrets[1]}", AWS_SECRET_ACCESS_KEY = "${secrets[2]}" }`,
        '  }',
        '}'
      ].join('\n')
    )
    const { code, stdout, stderr } = await cli(['scan', '--tf-dir', 'leaky', '--fail-on', 'critical', '--gate-scope', 'all'], ws)
    expect(code).toBe(1) // the secrets in the environment are a critical finding
    const out = join(ws, 'plumbline-out')
    const texts = [stdout, stderr, ...readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'))]
    for (const secret of secrets) for (const text of texts) expect(text.includes(secret)).toBe(false)
    expect(stdout).toContain('AWS_SECRET_ACCESS_KEY')
  })

  describe('bad input: one line on stderr, exit 2', () => {
    const cases: Array<[string, (ws: string) => string[], RegExp]> = [
      ['a missing plan', () => ['--plan', 'nope.json'], /^plumbline: --plan: nope\.json does not exist/],
      ['a plan that is not JSON', (ws) => (writeFileSync(join(ws, 'bad.json'), '{"format_version": '), ['--plan', 'bad.json']), /bad\.json.*(JSON|json)/],
      ['a plan of another format version', (ws) => (writeFileSync(join(ws, 'v2.json'), JSON.stringify({ format_version: '2.0', planned_values: {} })), ['--plan', 'v2.json']), /v2\.json.*2\.0/],
      ['an HCL syntax error', (ws) => (mkdirSync(join(ws, 'broken')), writeFileSync(join(ws, 'broken/main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n'), ['--tf-dir', 'broken']), /broken\/main\.tf:\d+:\d+: /],
      ['an unknown severity', () => ['--plan', 'infra/plan.json', '--fail-on', 'severe'], /--fail-on: "severe" is not a severity/],
      ['an unknown rule id in the config file', (ws) => (writeFileSync(join(ws, 'cfg.yml'), 'skip-rules: [no-such-rule]\n'), ['--plan', 'infra/plan.json', '--config', 'cfg.yml']), /unknown rule id "no-such-rule"/],
      ['an unknown option', () => ['--plna', 'x'], /--plna/]
    ]
    it.each(cases)('%s', async (_name, args, expected) => {
      const ws = exampleWorkspace()
      const { code, stdout, stderr } = await cli(['scan', ...args(ws)], ws)
      expect(code).toBe(2)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(expected)
      expect(stdout).toBe('')
    })
  })
})

describe('plumbline scan --base REF (suppressions the change adds)', () => {
  it('lists the suppressions the working tree adds against REF; --ignore-added-suppressions gates without them', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'plumbline-cli-base-'))
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ws, env: { ...cleanEnv(), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } })
    cpSync(join(ROOT, 'examples'), join(ws, 'infra'), { recursive: true, filter: (src) => !src.includes('/workflows') })
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-qm', 'base')
    const iam = join(ws, 'infra/iam.tf')
    writeFileSync(iam, readFileSync(iam, 'utf8').replace('resource "aws_iam_role" "deploy" {\n', 'resource "aws_iam_role" "deploy" {\n  #checkov:skip=CKV_AWS_62:CI deploys everything\n'))
    const args = ['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--out', 'out', '--fail-on', 'critical', '--base', 'main']
    // The example fails two critical findings; the added skip hides one of them.
    const kept = await cli(args, ws)
    expect(kept.stdout).toContain('ADDED    checkov-skip CKV_AWS_62 aws_iam_role.deploy  infra/iam.tf:29')
    expect(kept.stdout).toContain('gate: fail (1 finding at or above critical)')
    const strict = await cli([...args, '--ignore-added-suppressions'], ws)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('infra/iam.tf:29  [not applied]')
    expect(strict.stdout).toContain('gate: fail (2 findings at or above critical)')
    const results = JSON.parse(readFileSync(join(ws, 'out/plumbline-results.json'), 'utf8'))
    expect(results.addedSuppressions).toEqual([{ kind: 'checkov-skip', rule: 'CKV_AWS_62', resource: 'aws_iam_role.deploy', file: 'infra/iam.tf', line: 29, reason: 'CI deploys everything', applied: false }])
    const wrong = await cli([...args.slice(0, -1), 'no-such-branch'], ws)
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/^plumbline: --base: "no-such-branch" is not a commit/)
  })
})
