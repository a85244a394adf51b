// Suppressions a pull request adds, end to end: the committed action bundle runs on a pull_request event whose
// change adds a `#checkov:skip` line, a `.plumbline.yml` suppression and a `.plumbline-ignore` line to the example
// project. The base is read from the local GitHub server the way the action reads GitHub (the pull request's files,
// then each touched file at pull_request.base.sha): the job's checkout has no history to ask.
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { startGitHubServer, type GitHubServer } from '../github-server/index.mjs'
import { runActionStep, type ActionRun } from './helpers.js'

const REPOSITORY = 'acme/orders'
const TOKEN = 'ghs_' + 'p'.repeat(36)
const BASE_SHA = '1'.repeat(40)
const HEAD_SHA = '2'.repeat(40)
const RUNNER_FILES = new Set(['github-output', 'step-summary.md', 'event.json'])

/** Every file of the checkout, as a commit holds it. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      const rel = relative(dir, path).split('\\').join('/')
      if (rel === '.git' || RUNNER_FILES.has(rel) || rel.startsWith('plumbline-out')) continue
      if (statSync(path).isDirectory()) walk(path)
      else files[rel] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return files
}

const SKIP_LINE = '  #checkov:skip=CKV_AWS_62:CI deploys everything for now, ask @octocat'
const CONFIG_ENTRY = [
  '  - rule: lambda-function-no-secrets-in-env',
  '    resource: module.app.aws_lambda_function.this',
  '    reason: the token is a test value, see www.example.test',
  ''
].join('\n')
const IGNORE_LINE = 'AWS::S3::Bucket orders-staging-*'

/** The pull request's change: the three suppressions, and a touched file whose old suppressions must not count. */
function change(workspace: string): void {
  const iam = join(workspace, 'infra/iam.tf')
  writeFileSync(iam, readFileSync(iam, 'utf8').replace('resource "aws_iam_role" "deploy" {\n', `resource "aws_iam_role" "deploy" {\n${SKIP_LINE}\n`))
  appendFileSync(join(workspace, 'infra/storage.tf'), '\n# reviewed for the pull request\n')
  appendFileSync(join(workspace, 'infra/.plumbline.yml'), CONFIG_ENTRY)
  writeFileSync(join(workspace, 'infra/.plumbline-ignore'), `# CI writes into these\n${IGNORE_LINE}\n`)
}

async function runOnPullRequest(server: GitHubServer, inputs: Record<string, string>): Promise<ActionRun> {
  return runActionStep(
    { 'terraform-plan': 'infra/plan.json', 'terraform-dir': 'infra', 'fail-on-severity': 'critical', 'upload-sarif': 'false', 'upload-report': 'false', ...inputs },
    {
      repository: REPOSITORY,
      payload: {
        pull_request: { number: 7, changed_files: 4, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA } },
        repository: { full_name: REPOSITORY, private: true }
      },
      env: { ...server.env(), NODE_NO_WARNINGS: '1', 'INPUT_GITHUB-TOKEN': TOKEN },
      prepare: (workspace) => {
        server.addCommit(REPOSITORY, BASE_SHA, snapshot(workspace))
        change(workspace)
        server.addCommit(REPOSITORY, HEAD_SHA, snapshot(workspace))
        server.addPullRequest(REPOSITORY, 7, BASE_SHA, HEAD_SHA)
      }
    }
  )
}

interface Results {
  run: { gate: { verdict: string; reason: string }; inputs: Record<string, unknown> }
  evaluations: Array<{ rule: string; status: string; resource: { address?: string }; suppression?: { source: string; addedByChange?: boolean } }>
  addedSuppressions?: Array<{ kind: string; rule?: string; resource?: string; file: string; line?: number; reason?: string; applied: boolean }>
}

const resultsOf = (run: ActionRun): Results => JSON.parse(readFileSync(join(run.workspace, 'plumbline-out/plumbline-results.json'), 'utf8'))
const addedRows = (markdown: string) => markdown.split('\n').filter((line) => /^\| (checkov:skip|plumbline:ignore|config suppression|skip-rules|severity lowered|drift ignore) \|/.test(line))
const SKIP_LINE_NUMBER = 29 // the resource block starts on line 28 of examples/iam.tf

describe('suppressions a pull request adds', () => {
  let server: GitHubServer
  let off: ActionRun
  let on: ActionRun

  beforeAll(async () => {
    server = await startGitHubServer({ repository: REPOSITORY })
    server.addToken(TOKEN, { contents: 'read', issues: 'write', pull_requests: 'write' })
    off = await runOnPullRequest(server, {})
    on = await runOnPullRequest(server, { 'ignore-added-suppressions': 'true' })
  }, 120_000)
  afterAll(async () => {
    await server.close()
  })

  it('are exactly the three the change adds, read against the base commit through the REST API', () => {
    expect(off.result.stdout).not.toMatch(/::warning::suppressions added by this change/)
    expect(resultsOf(off).addedSuppressions).toEqual([
      { kind: 'checkov-skip', rule: 'CKV_AWS_62', resource: 'aws_iam_role.deploy', file: 'infra/iam.tf', line: SKIP_LINE_NUMBER, reason: 'CI deploys everything for now, ask @octocat', applied: true },
      {
        kind: 'config',
        rule: 'lambda-function-no-secrets-in-env',
        resource: 'module.app.aws_lambda_function.this',
        file: 'infra/.plumbline.yml',
        line: expect.any(Number),
        reason: 'the token is a test value, see www.example.test',
        applied: true
      },
      { kind: 'drift-ignore', resource: IGNORE_LINE, file: 'infra/.plumbline-ignore', line: 2, applied: true }
    ])
    const asked = server.requests.filter((r) => r.path.includes('/pulls/7/files') || r.path.includes('/contents/')).map((r) => `${r.path}${r.query}`)
    expect(asked).toEqual(expect.arrayContaining([expect.stringContaining('/repos/acme/orders/pulls/7/files?per_page=100&page=1'), expect.stringMatching(/\/contents\/infra%2Fstorage\.tf\?ref=1{40}$|\/contents\/infra\/storage\.tf\?ref=1{40}$/)]))
  })

  it('are listed in the job summary and the comment, escaped as data; by default they apply and the gate passes', () => {
    expect(off.result.code).toBe(0)
    expect(resultsOf(off).run.gate.verdict).toBe('pass')
    const comment = server.comments.find((c) => c.body.includes('<!-- plumbline:pr-comment -->'))?.body ?? ''
    for (const markdown of [off.summary, comment]) {
      expect(markdown).toContain('Suppressions added by this change')
      expect(addedRows(markdown)).toHaveLength(3)
      expect(markdown).toContain(`[infra/iam.tf:${SKIP_LINE_NUMBER}](https://github.com/${REPOSITORY}/blob/${HEAD_SHA}/infra/iam.tf#L${SKIP_LINE_NUMBER})`)
      expect(markdown).toContain('ask @\u2060octocat')
      expect(markdown).toContain('www\u2060.example.test')
    }
    const skipped = resultsOf(off).evaluations.find((e) => e.rule === 'iam-inline-policy-no-admin' && e.resource.address === 'aws_iam_role.deploy')
    expect(skipped).toMatchObject({ status: 'suppressed', suppression: { source: 'checkov-skip', addedByChange: true } })
    // The example's own suppressions (storage.tf, touched by the change) were there before it.
    const older = resultsOf(off).evaluations.filter((e) => e.status === 'suppressed' && e.suppression?.source !== 'checkov-skip' && e.rule !== 'lambda-function-no-secrets-in-env')
    expect(older.length).toBeGreaterThan(0)
    expect(older.every((e) => e.suppression?.addedByChange === undefined)).toBe(true)
  })

  it('with ignore-added-suppressions, are listed as not applied and the gate fails on what they would have hidden', () => {
    expect(on.result.code).toBe(1)
    const results = resultsOf(on)
    expect(results.run.gate.verdict).toBe('fail')
    expect(results.run.inputs.ignoreAddedSuppressions).toBe(true)
    expect(results.addedSuppressions?.map((a) => a.applied)).toEqual([false, false, false])
    const status = (rule: string, address: string) => results.evaluations.find((e) => e.rule === rule && e.resource.address === address)?.status
    expect(status('iam-inline-policy-no-admin', 'aws_iam_role.deploy')).toBe('fail')
    expect(status('lambda-function-no-secrets-in-env', 'module.app.aws_lambda_function.this')).toBe('fail')
    expect(on.result.stdout).toMatch(/::error::Plumbline gate failed: 2 findings? at or above critical/)
    expect(on.summary).toContain('**not applied**')
    expect(addedRows(on.summary).every((row) => row.endsWith('| **no** |'))).toBe(true)
  })
})
