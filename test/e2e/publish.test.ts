// Publishing end to end: the committed action bundle, run as the runner runs it on a pull request, talks to the
// local GitHub server through GITHUB_API_URL (code scanning, issue comments) and the Actions results service
// (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN: artifacts and their blob upload). Nothing is stubbed: the bytes that
// arrived are compared with the files on disk.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startGitHubServer, type GitHubServer } from '../github-server/index.mjs'
import { unzip } from '../github-server/unzip.mjs'
import { runActionStep, withReportData, type ActionRun } from './helpers.js'

const REPOSITORY = 'acme/orders'
const TOKEN = 'ghs_' + 'a'.repeat(36)
const READ_ONLY = 'ghs_' + 'b'.repeat(36)

type Run = ActionRun

async function runAction(server: GitHubServer, inputs: Record<string, string>, opts: { token?: string; pr?: number; publicRepo?: boolean; prepare?: (workspace: string) => void } = {}): Promise<Run> {
  const pr = opts.pr ?? 7
  return runActionStep(inputs, {
    prepare: opts.prepare,
    repository: REPOSITORY,
    runId: '4242',
    ref: `refs/pull/${pr}/merge`,
    payload: { pull_request: { number: pr, head: { sha: 'feedc0de'.repeat(5) } }, repository: { full_name: REPOSITORY, private: !opts.publicRepo } },
    env: { ...server.env(), NODE_NO_WARNINGS: '1', 'INPUT_GITHUB-TOKEN': opts.token ?? TOKEN }
  })
}

const EXAMPLE = { 'terraform-plan': 'infra/plan.json', 'terraform-dir': 'infra', 'fail-on-severity': 'none', 'retention-days': '5' }

describe('publishing from a pull request', () => {
  let server: GitHubServer
  let first: Run
  let second: Run

  beforeAll(async () => {
    server = await startGitHubServer({ repository: REPOSITORY })
    server.addToken(TOKEN, { issues: 'write', pull_requests: 'write', security_events: 'write' })
    server.addComment(REPOSITORY, 7, 'LGTM, but see the scan', 'octocat')
    first = await runAction(server, EXAMPLE)
    second = await runAction(server, EXAMPLE)
  }, 120_000)
  afterAll(async () => {
    await server.close()
  })

  it('finishes cleanly', () => {
    expect(first.result.stdout).not.toMatch(/^::(error|warning)::.*(publish|upload|comment)/im)
    expect(first.result.code).toBe(0)
  })

  it('uploads the HTML report un-archived, byte for byte, and links it', () => {
    const report = server.artifacts.find((a) => a.name === 'plumbline-report.html' && a.runBackendId)
    expect(report).toMatchObject({ archived: false, finalized: true })
    expect(report?.bytes.equals(readFileSync(join(first.workspace, 'plumbline-out/plumbline-report.html')))).toBe(true)
    expect(first.outputs['report-url']).toBe(`https://github.com/${REPOSITORY}/actions/runs/4242/artifacts/${report?.id}`)
    expect(first.summary).toContain(`[Full HTML report](${first.outputs['report-url']})`)
    // Retention passed through: about 5 days from now.
    const days = (Date.parse(report?.expiresAt ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(4.9)
    expect(days).toBeLessThan(5.1)
  })

  it('uploads the SARIF and results JSON as one archived artifact', () => {
    const data = server.artifacts.find((a) => a.name === 'plumbline-results')
    expect(data).toMatchObject({ archived: true, finalized: true })
    const files = unzip(data?.bytes as Buffer)
    expect([...files.keys()].sort()).toEqual(['plumbline-results.json', 'plumbline.sarif'])
    expect(files.get('plumbline.sarif')?.equals(readFileSync(join(first.workspace, 'plumbline-out/plumbline.sarif')))).toBe(true)
  })

  it('uploads the SARIF to code scanning, one upload per category, and the payload decodes to the file', () => {
    const uploads = server.sarifUploads.slice(0, 1)
    expect(uploads.map((u) => u.category)).toEqual(['plumbline/plan'])
    const onDisk = JSON.parse(readFileSync(join(first.workspace, 'plumbline-out/plumbline.sarif'), 'utf8'))
    expect(JSON.parse(uploads[0].sarifText)).toEqual(onDisk)
    expect(uploads[0].body).toMatchObject({ commit_sha: 'abc1234'.padEnd(40, '0'), ref: 'refs/pull/7/merge' })
    expect(uploads[0].polls).toBeGreaterThanOrEqual(1)
    expect(first.result.stdout).toContain('code scanning: plumbline/plan uploaded and processed')
  })

  it('writes one comment and updates it on the next run, leaving other comments alone', () => {
    const ours = server.comments.filter((c) => c.body.includes('<!-- plumbline:pr-comment -->'))
    expect(ours).toHaveLength(1)
    expect(ours[0].updated).toBeGreaterThan(ours[0].created)
    expect(ours[0].body).toContain('### Plumbline:')
    expect(ours[0].body).toContain(second.outputs['report-url'])
    expect(server.comments.find((c) => c.author === 'octocat')?.body).toBe('LGTM, but see the scan')
    expect(first.result.stdout).toContain('pull-request comment created')
    expect(second.result.stdout).toContain('pull-request comment updated')
  })
})

describe('publishing an estate of three accounts: one code-scanning category per account', () => {
  const ACCOUNTS = ['123456789012', '210987654321', '333333333333']
  /** The example's recorded inventory, once per account (its own account kept as the first). */
  const threeAccounts = (workspace: string) => {
    const text = readFileSync(join(workspace, 'infra/inventory.json'), 'utf8')
    ACCOUNTS.forEach((account, i) => writeFileSync(join(workspace, `infra/account-${i + 1}.json`), text.replaceAll(ACCOUNTS[0], account)))
  }
  const ESTATE = { ...EXAMPLE, inventory: 'infra/account-*.json' }
  let server: GitHubServer
  let split: Run
  let one: Run
  let perAccount: Array<{ category?: string; results: number }>

  beforeAll(async () => {
    server = await startGitHubServer({ repository: REPOSITORY })
    server.addToken(TOKEN, { issues: 'write', pull_requests: 'write', security_events: 'write' })
    split = await runAction(server, ESTATE, { prepare: threeAccounts })
    perAccount = server.sarifUploads.map((u) => ({ category: u.category, results: JSON.parse(u.sarifText).runs[0].results.length }))
    one = await runAction(server, { ...ESTATE, 'sarif-live-categories': 'one' }, { prepare: threeAccounts })
  }, 180_000)
  afterAll(async () => {
    await server.close()
  })

  it('uploads each category alone, one per account, and names them in the sarif-categories output', () => {
    expect(split.result.code).toBe(0)
    const categories = ['plumbline/plan', 'plumbline/live', ...ACCOUNTS.map((account) => `plumbline/live/${account}`)]
    expect(perAccount.map((u) => u.category)).toEqual(categories)
    expect(split.outputs['sarif-categories'].split('\n')).toEqual(categories)
    for (const category of categories) expect(split.result.stdout).toContain(`code scanning: ${category} uploaded and processed`)
    const onDisk = JSON.parse(readFileSync(join(split.workspace, 'plumbline-out/plumbline.sarif'), 'utf8'))
    server.sarifUploads.slice(0, categories.length).forEach((upload, i) => {
      expect(upload.categories).toEqual([categories[i]])
      // The payload is the file's run, alone with the file's top-level fields.
      expect(JSON.parse(upload.sarifText)).toEqual({ ...onDisk, runs: [onDisk.runs[i]] })
    })
    // Every account has findings of its own, in its own category only.
    for (const [i, account] of ACCOUNTS.entries()) {
      const run = onDisk.runs[i + 2]
      expect(run.results.length).toBeGreaterThan(0)
      for (const result of run.results) expect(result.message.text).toContain(account)
    }
  })

  it('holds in the accounts\' categories exactly what one live category holds', () => {
    const oneUploads = server.sarifUploads.slice(perAccount.length)
    expect(oneUploads.map((u) => u.category)).toEqual(['plumbline/plan', 'plumbline/live'])
    const fingerprints = (texts: string[]) => texts.flatMap((text) => JSON.parse(text).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints.primaryLocationLineHash)).sort()
    const live = server.sarifUploads.slice(1, perAccount.length).map((u) => u.sarifText)
    expect(fingerprints(live)).toEqual(fingerprints([oneUploads[1].sarifText]))
    expect(one.outputs['sarif-categories']).toBe('plumbline/plan\nplumbline/live')
  })

  it('counts the findings per rule and per account in the summary and the comment', () => {
    for (const text of [split.summary, server.comments.find((c) => c.body.includes('<!-- plumbline:pr-comment -->'))?.body ?? '']) {
      expect(text).toMatch(/#+ Findings by rule/)
      expect(text).toMatch(/#+ Findings by account/)
      for (const account of ACCOUNTS) expect(text).toMatch(new RegExp(`\\| ${account} \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\|`))
    }
  })
})

describe('the comment edited is only ever our own: marker and author', () => {
  const PLANTED = '<!-- plumbline:pr-comment -->\nplanted by someone else: [log in](https://evil.example)'
  const COMMENT_ONLY = { ...EXAMPLE, 'upload-sarif': 'false', 'upload-report': 'false' }
  const kinds = [
    { kind: 'the job token (GITHUB_TOKEN)', token: 'ghs_' + 'd'.repeat(36), login: 'github-actions[bot]' },
    { kind: "a GitHub App's installation token", token: 'ghs_' + 'e'.repeat(36), login: 'plumbline-app[bot]' },
    { kind: 'a personal access token', token: 'github_pat_' + 'f'.repeat(40), login: 'octocat' }
  ]

  it.each(kinds)('with $kind, a user\'s comment carrying the marker is left alone; ours is created, then updated', async ({ token, login }) => {
    const server = await startGitHubServer({ repository: REPOSITORY })
    try {
      server.addToken(token, { issues: 'write', pull_requests: 'write' }, login)
      const plantedId = server.addComment(REPOSITORY, 7, PLANTED, 'mallory')
      const first = await runAction(server, COMMENT_ONLY, { token })
      const second = await runAction(server, COMMENT_ONLY, { token })
      expect(first.result.code).toBe(0)
      expect(first.result.stdout).toContain('pull-request comment created')
      expect(second.result.stdout).toContain('pull-request comment updated')
      const planted = server.comments.find((c) => c.id === plantedId)
      expect(planted).toMatchObject({ body: PLANTED, author: 'mallory' })
      expect(planted?.updated).toBe(planted?.created)
      const ours = server.comments.filter((c) => c.id !== plantedId)
      expect(ours).toHaveLength(1)
      expect(ours[0]).toMatchObject({ author: login })
      expect(ours[0].body).toContain('### Plumbline:')
      expect(ours[0].updated).toBeGreaterThan(ours[0].created)
      // The identity was asked the documented way for the token's kind.
      const asked = server.requests.filter((r) => r.path === '/user' || r.path === '/graphql').map((r) => `${r.method} ${r.path} ${r.status}`)
      expect(asked).toContain(login.endsWith('[bot]') ? 'POST /graphql 200' : 'GET /user 200')
    } finally {
      await server.close()
    }
  }, 120_000)
})

describe('publishing where GitHub says no', () => {
  let server: GitHubServer
  beforeAll(async () => {
    server = await startGitHubServer({ repository: REPOSITORY })
    server.addToken(READ_ONLY, { issues: 'read', pull_requests: 'read', security_events: 'none' })
  })
  afterAll(async () => {
    await server.close()
  })

  it('warns (does not fail) when code scanning is unavailable and skips the comment for a read-only token', async () => {
    server.setCodeScanning(REPOSITORY, 'advanced-security-disabled')
    const run = await runAction(server, EXAMPLE, { token: READ_ONLY })
    expect(run.result.code).toBe(0)
    const warnings = run.result.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings.some((w) => /code scanning is not available for acme\/orders .*403/.test(w))).toBe(true)
    expect(run.result.stdout).toMatch(/^::notice::pull-request comment skipped: the token cannot write comments here/m)
    expect(server.comments).toHaveLength(0)
    // The files are still on disk and the report artifact was still uploaded.
    expect(readFileSync(join(run.workspace, 'plumbline-out/plumbline.sarif'), 'utf8').length).toBeGreaterThan(100)
    expect(server.artifacts.some((a) => a.name === 'plumbline-report.html')).toBe(true)
  })

  it('fails the step on a publishing error only with fail-on-publish-error', async () => {
    // An artifact name that already exists in this run: the results service refuses it (409).
    const soft = await runAction(server, { ...EXAMPLE, 'upload-sarif': 'false', 'comment-on-pr': 'false' }, { token: READ_ONLY })
    expect(soft.result.code).toBe(0)
    expect(soft.result.stdout).toMatch(/::warning::uploading the report artifacts failed: /)
    const strict = await runAction(server, { ...EXAMPLE, 'upload-sarif': 'false', 'comment-on-pr': 'false', 'fail-on-publish-error': 'true' }, { token: READ_ONLY })
    expect(strict.result.code).toBe(1)
    expect(strict.result.stdout).toMatch(/::error::Plumbline could not publish: uploading the report artifacts/)
  })

  it('masks account ids in the report, summary, comment and every file of a public repository', async () => {
    const writer = 'ghs_' + 'c'.repeat(36)
    const server2 = await startGitHubServer({ repository: REPOSITORY })
    try {
      server2.addToken(writer, { issues: 'write', pull_requests: 'write', security_events: 'write' })
      const run = await runAction(server2, { ...EXAMPLE, inventory: 'infra/inventory.json' }, { token: writer, publicRepo: true })
      expect(run.result.code).toBe(0)
      // The report with its data blocks read (findings, drift, ledger entries are compressed in it).
      const html = withReportData(readFileSync(join(run.workspace, 'plumbline-out/plumbline-report.html'), 'utf8'))
      const comment = server2.comments[0]?.body ?? ''
      // Report, summary, comment — and the log's warnings and annotations, which a public repository shows too.
      for (const text of [html, run.summary, comment, run.result.stdout]) expect(text).not.toContain('123456789012')
      // Masked, and the mask itself escaped as markdown text.
      expect(comment).toContain(String.raw`orders-staging-logs-\*\*\*\*\*\*\*\*9012`)
      // The files are the artifacts anyone can download from a public repository, and the SARIF becomes annotations
      // anyone can read on pull requests: masked too.
      for (const file of ['plumbline.sarif', 'plumbline-results.json']) {
        const text = readFileSync(join(run.workspace, 'plumbline-out', file), 'utf8')
        expect(text).not.toContain('123456789012')
        expect(text).toContain('********9012')
      }
    } finally {
      await server2.close()
    }
  })
})
