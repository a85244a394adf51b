// The local GitHub server, exercised only through the real clients: @actions/github's getOctokit for the REST
// endpoints (reaching the server through GITHUB_API_URL) and @actions/artifact's DefaultArtifactClient for the
// results service and the blob upload (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN). If a wire shape were wrong,
// the clients would fail to parse it or report a different error, and these tests would fail.
import { jest } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startGitHubServer, type GitHubServer } from './index.mjs'
import { unzip } from './unzip.mjs'

type GitHubModule = typeof import('@actions/github')
type ArtifactModule = typeof import('@actions/artifact')
type Octokit = ReturnType<GitHubModule['getOctokit']>

const OWNER = 'acme'
const REPO = 'orders'
const SHA = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
const REF = 'refs/pull/7/merge'
const JOB_TOKEN = 'ghs_job_token_write'
const READ_TOKEN = 'ghs_fork_token_read'
const PR_ONLY_TOKEN = 'ghs_pull_requests_only'
const DAY_MS = 24 * 3600 * 1000

const savedEnv = { ...process.env }
let server: GitHubServer
let github: GitHubModule
let artifactModule: ArtifactModule
let workspace: string
let octokit: Octokit

function sarifLog(categories: string[], resultsPerRun = 1): Record<string, unknown> {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: categories.map((category) => ({
      tool: { driver: { name: 'Plumbline', rules: [{ id: 'PL-S3-001', shortDescription: { text: 'S3 bucket public' } }] } },
      automationDetails: { id: `${category}/` },
      results: Array.from({ length: resultsPerRun }, (_, i) => ({
        ruleId: 'PL-S3-001',
        message: { text: `finding ${i} in ${category}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'infra/main.tf' }, region: { startLine: 10 + i } } }]
      }))
    }))
  }
}

const encode = (text: string) => gzipSync(Buffer.from(text)).toString('base64')

async function rejection(promise: Promise<unknown>): Promise<{ status: number; data: any; headers: Record<string, string> }> {
  try {
    await promise
  } catch (err) {
    const e = err as { status: number; response?: { data: any; headers: Record<string, string> } }
    return { status: e.status, data: e.response?.data, headers: e.response?.headers ?? {} }
  }
  throw new Error('the request succeeded')
}

beforeAll(async () => {
  server = await startGitHubServer({ repository: `${OWNER}/${REPO}` })
  workspace = mkdtempSync(join(tmpdir(), 'github-server-'))
  Object.assign(process.env, server.env(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace })
  delete process.env.GITHUB_RETENTION_DAYS
  // @actions/github reads GITHUB_API_URL when the module is first evaluated: import it after setting it.
  github = await import('@actions/github')
  artifactModule = await import('@actions/artifact')
  server.addToken(JOB_TOKEN, { issues: 'write', pull_requests: 'write', security_events: 'write' })
  server.addToken(READ_TOKEN, { issues: 'read', pull_requests: 'read', security_events: 'read' })
  server.addToken(PR_ONLY_TOKEN, { pull_requests: 'write' })
  octokit = github.getOctokit(JOB_TOKEN)
})

afterAll(async () => {
  await server.close()
  rmSync(workspace, { recursive: true, force: true })
  process.env = savedEnv
})

describe('code scanning SARIF upload', () => {
  test('a gzip+base64 SARIF is accepted (202), decodes to the file, and its status goes pending → complete', async () => {
    server.setProcessing(2)
    const text = JSON.stringify(sarifLog(['plumbline/live']))
    const started = new Date().toISOString()
    const upload = await octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: encode(text), started_at: started, tool_name: 'Plumbline' })
    expect(upload.status).toBe(202)
    expect(upload.data.url).toBe(`${server.url}/repos/${OWNER}/${REPO}/code-scanning/sarifs/${upload.data.id}`)

    const stored = server.sarifUploads.find((u) => u.id === upload.data.id)!
    expect(stored).toMatchObject({ repository: `${OWNER}/${REPO}`, commit_sha: SHA, ref: REF, category: 'plumbline/live' })
    expect(stored.sarifText).toBe(text)
    expect(stored.body).toMatchObject({ started_at: started, tool_name: 'Plumbline' })

    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: upload.data.id! })).data)
    expect(statuses.map((s) => s.processing_status)).toEqual(['pending', 'pending', 'complete'])
    expect(statuses[2].analyses_url).toBe(`${server.url}/repos/${OWNER}/${REPO}/code-scanning/analyses?sarif_id=${upload.data.id}`)
    expect(statuses[2].errors).toEqual([])
  })

  test('processing configured to fail, and a SARIF breaking GitHub\'s rules, end "failed" with errors', async () => {
    server.setProcessing(0, 'failed')
    const configured = await octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: encode(JSON.stringify(sarifLog(['a']))) })
    const failed = (await octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: configured.data.id! })).data
    expect(failed.processing_status).toBe('failed')
    expect(failed.errors?.length).toBeGreaterThan(0)

    server.setProcessing(0)
    // Two runs of one tool with the same category in one upload, and a 2.0.0 log: both rejected in processing.
    const duplicate = await octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: encode(JSON.stringify(sarifLog(['same', 'same']))) })
    const duplicateStatus = (await octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: duplicate.data.id! })).data
    expect(duplicateStatus.processing_status).toBe('failed')
    expect(duplicateStatus.errors?.join('\n')).toMatch(/same category/)
    const oldVersion = await octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: encode(JSON.stringify({ ...sarifLog(['x']), version: '2.0.0' })) })
    expect((await octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: oldVersion.data.id! })).data.errors?.join('\n')).toMatch(/2\.0\.0/)

    // validate: true also checks what code scanning needs to show a result (here: a location).
    const unplaced = sarifLog(['v']) as any
    delete unplaced.runs[0].results[0].locations
    const statusOf = async (validate: boolean) => {
      const sent = await octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: encode(JSON.stringify(unplaced)), validate })
      return (await octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: sent.data.id! })).data
    }
    expect((await statusOf(false)).processing_status).toBe('complete')
    const validated = await statusOf(true)
    expect(validated.processing_status).toBe('failed')
    expect(validated.errors?.join('\n')).toMatch(/artifactLocation\.uri is required/)

    // Two runs with distinct categories are fine.
    const distinct = await octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: encode(JSON.stringify(sarifLog(['plumbline/plan', 'plumbline/live']))) })
    expect((await octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: distinct.data.id! })).data.processing_status).toBe('complete')
    expect(server.sarifUploads.find((u) => u.id === distinct.data.id)!.categories).toEqual(['plumbline/plan', 'plumbline/live'])
  })

  test('a payload that is not gzip then base64, or not JSON inside, is refused with 400 and not recorded', async () => {
    const before = server.sarifUploads.length
    const text = JSON.stringify(sarifLog(['a']))
    const cases = [
      Buffer.from(text).toString('base64'), // base64 without gzip
      '%%% not base64 %%%',
      gzipSync(Buffer.from('{"version": "2.1.0", "runs": [')).toString('base64')
    ]
    for (const sarif of cases) {
      const refused = await rejection(octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif }))
      expect(refused.status).toBe(400)
    }
    expect(server.sarifUploads.length).toBe(before)
  })

  test('missing or malformed parameters get 422 "Invalid request."', async () => {
    const sarif = encode(JSON.stringify(sarifLog(['a'])))
    // The typed route requires commit_sha; the point is sending a request without it.
    const withoutSha: any = { owner: OWNER, repo: REPO, ref: REF, sarif }
    const noSha = await rejection(octokit.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', withoutSha))
    expect(noSha.status).toBe(422)
    expect(noSha.data.message).toBe('Invalid request.\n\n"commit_sha" wasn\'t supplied.')
    const shortSha = await rejection(octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: 'abc123', ref: REF, sarif }))
    expect(shortSha.status).toBe(422)
    const branchName = await rejection(octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: 'main', sarif }))
    expect(branchName.status).toBe(422)
    expect(branchName.data.message).toMatch(/\/ref/)
  })

  test('a gzip-compressed SARIF over 10 MB is refused with 413', async () => {
    // Stored (level 0) gzip of incompressible bytes: just over the limit after compression.
    const tooLarge = gzipSync(randomBytes(10 * 1024 * 1024 + 1), { level: 0 })
    const refused = await rejection(octokit.rest.codeScanning.uploadSarif({ owner: OWNER, repo: REPO, commit_sha: SHA, ref: REF, sarif: tooLarge.toString('base64') }))
    expect(refused.status).toBe(413)
  })

  test('repositories where code scanning is unavailable answer as GitHub does', async () => {
    const sarif = encode(JSON.stringify(sarifLog(['a'])))
    const upload = (repo: string, client = octokit) => rejection(client.rest.codeScanning.uploadSarif({ owner: OWNER, repo, commit_sha: SHA, ref: REF, sarif }))
    server.setCodeScanning(`${OWNER}/private-no-ghas`, 'advanced-security-disabled')
    server.setCodeScanning(`${OWNER}/scanning-off`, 'code-scanning-disabled')
    server.setCodeScanning(`${OWNER}/gone`, 'not-found')
    const before = server.sarifUploads.length

    const noGhas = await upload('private-no-ghas')
    expect(noGhas.status).toBe(403)
    expect(noGhas.data.message).toBe('Advanced Security must be enabled for this repository to use code scanning.')
    const off = await upload('scanning-off')
    expect(off.status).toBe(403)
    expect(off.data.message).toMatch(/^Code scanning is not enabled for this repository/)
    expect((await upload('gone')).status).toBe(404)
    expect((await upload('never-heard-of')).status).toBe(404)

    // A token without security_events: write (a fork's pull request) is refused before anything else.
    const readOnly = await upload(REPO, github.getOctokit(READ_TOKEN))
    expect(readOnly.status).toBe(403)
    expect(readOnly.data.message).toBe('Resource not accessible by integration')
    expect(readOnly.headers['x-accepted-github-permissions']).toBe('security_events=write')
    const unknown = await upload(REPO, github.getOctokit('ghs_revoked'))
    expect(unknown.status).toBe(401)
    expect(unknown.data.message).toBe('Bad credentials')
    expect(server.sarifUploads.length).toBe(before)

    expect((await rejection(octokit.rest.codeScanning.getSarif({ owner: OWNER, repo: REPO, sarif_id: 'no-such-upload' }))).status).toBe(404)
  })
})

describe('issue comments', () => {
  const ISSUE = 7

  test('create (201), list page by page with a Link header, paginate, update (200)', async () => {
    for (let i = 0; i < 4; i++) server.addComment(`${OWNER}/${REPO}`, ISSUE, `review note ${i}`)
    server.addComment(`${OWNER}/${REPO}`, ISSUE + 1, 'on another pull request')

    const created = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: ISSUE, body: '<!-- plumbline -->\nfirst run' })
    expect(created.status).toBe(201)
    expect(created.data.user?.login).toBe('github-actions[bot]')
    expect(created.data.body).toBe('<!-- plumbline -->\nfirst run')
    expect(created.data.html_url).toBe(`https://github.com/${OWNER}/${REPO}/issues/${ISSUE}#issuecomment-${created.data.id}`)

    const page1 = await octokit.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: ISSUE, per_page: 2 })
    expect(page1.data.map((c) => c.body)).toEqual(['review note 0', 'review note 1'])
    expect(page1.headers.link).toMatch(/[?&]page=2>; rel="next"/)
    expect(page1.headers.link).toMatch(/[?&]page=3>; rel="last"/)
    const page3 = await octokit.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: ISSUE, per_page: 2, page: 3 })
    expect(page3.data.map((c) => c.id)).toEqual([created.data.id])
    expect(page3.headers.link).toMatch(/rel="prev"/)
    expect(page3.headers.link).not.toMatch(/rel="next"/)

    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: ISSUE, per_page: 2 })
    expect(all.map((c) => c.body)).toEqual(['review note 0', 'review note 1', 'review note 2', 'review note 3', '<!-- plumbline -->\nfirst run'])

    const updated = await octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: created.data.id, body: '<!-- plumbline -->\nsecond run' })
    expect(updated.status).toBe(200)
    expect(updated.data.id).toBe(created.data.id)
    const stored = server.comments.find((c) => c.id === created.data.id)!
    expect(stored.body).toBe('<!-- plumbline -->\nsecond run')
    expect(stored.updated).toBeGreaterThan(stored.created)
    expect(server.comments.filter((c) => c.issue === ISSUE && c.body.startsWith('<!-- plumbline -->'))).toHaveLength(1)
  })

  test('bodies over 65,536 characters are refused with 422; characters are counted, not UTF-16 units', async () => {
    const atLimit = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 9, body: 'x'.repeat(65_536) })
    expect(atLimit.status).toBe(201)
    const tooLong = await rejection(octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 9, body: 'x'.repeat(65_537) }))
    expect(tooLong.status).toBe(422)
    expect(tooLong.data.errors[0].message).toBe('Body is too long (maximum is 65536 characters)')
    const longUpdate = await rejection(octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: atLimit.data.id, body: 'y'.repeat(70_000) }))
    expect(longUpdate.status).toBe(422)
    expect(server.comments.find((c) => c.id === atLimit.data.id)!.body).toBe('x'.repeat(65_536))
    // 65,536 emoji are 131,072 UTF-16 units but 65,536 characters.
    expect((await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 9, body: '🔒'.repeat(65_536) })).status).toBe(201)
  })

  test('a read-only token lists but cannot create or update (403); pull_requests: write alone may comment', async () => {
    const reader = github.getOctokit(READ_TOKEN)
    const id = server.addComment(`${OWNER}/${REPO}`, 11, 'existing')
    expect((await reader.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 11 })).data.map((c) => c.id)).toEqual([id])
    const create = await rejection(reader.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 11, body: 'nope' }))
    expect(create.status).toBe(403)
    expect(create.data.message).toBe('Resource not accessible by integration')
    const update = await rejection(reader.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: id, body: 'nope' }))
    expect(update.status).toBe(403)
    expect(server.comments.filter((c) => c.issue === 11).map((c) => c.body)).toEqual(['existing'])

    const prWriter = github.getOctokit(PR_ONLY_TOKEN)
    expect((await prWriter.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 11, body: 'from pull_requests: write' })).status).toBe(201)
  })

  test('authentication: Bearer works like token; unknown tokens get 401; unknown comments and repositories 404', async () => {
    // Octokit sends a three-part (JWT-shaped) token as `Authorization: bearer …`, any other as `token …`.
    const jwtShaped = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ0ZXN0In0.c2lnbmF0dXJl'
    server.addToken(jwtShaped, { issues: 'read' })
    const bearer = github.getOctokit(jwtShaped)
    expect((await bearer.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 7 })).status).toBe(200)
    const stranger = await rejection(github.getOctokit('ghp_unknown').rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 7 }))
    expect(stranger).toMatchObject({ status: 401, data: { message: 'Bad credentials' } })
    expect((await rejection(octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: 1, body: 'x' }))).status).toBe(404)
    expect((await rejection(octokit.rest.issues.listComments({ owner: OWNER, repo: 'elsewhere', issue_number: 7 }))).status).toBe(404)
    // A comment id from one repository is not found through another.
    const otherId = server.addComment(`${OWNER}/other`, 1, 'there')
    expect((await rejection(octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: otherId, body: 'x' }))).status).toBe(404)
  })
})

describe('who a token is: GET /user and GraphQL viewer', () => {
  const PAT = 'github_pat_' + 'o'.repeat(40)
  const APP_TOKEN = 'ghs_app_installation_token'

  beforeAll(() => {
    server.addToken(PAT, { issues: 'write' }, 'octocat')
    server.addToken(APP_TOKEN, { issues: 'write' }, 'plumbline-app[bot]')
  })

  test('GET /user answers a user token with its user; installation tokens get 403 from an integration', async () => {
    const user = await github.getOctokit(PAT).request('GET /user')
    expect(user.status).toBe(200)
    expect(user.data).toMatchObject({ login: 'octocat', type: 'User' })
    for (const token of [JOB_TOKEN, APP_TOKEN]) {
      const refused = await rejection(github.getOctokit(token).request('GET /user'))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe('Resource not accessible by integration')
    }
    expect((await rejection(github.getOctokit('ghp_unknown').request('GET /user'))).status).toBe(401)
  })

  test('GraphQL viewer answers every kind, bots spelled as REST spells a comment author', async () => {
    const viewer = async (token: string) => (await github.getOctokit(token).graphql<{ viewer: { login: string; databaseId: number } }>('query { viewer { login databaseId } }')).viewer
    expect(await viewer(JOB_TOKEN)).toEqual({ login: 'github-actions[bot]', databaseId: 41898282 })
    expect((await viewer(APP_TOKEN)).login).toBe('plumbline-app[bot]')
    expect((await viewer(PAT)).login).toBe('octocat')
    // The comment the token writes has that author.
    const created = await github.getOctokit(APP_TOKEN).rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 21, body: 'from the app' })
    expect(created.data.user).toMatchObject({ login: 'plumbline-app[bot]', type: 'Bot' })
    // Errors come back in the body, as GitHub's GraphQL API sends them; the client throws them.
    await expect(github.getOctokit(PAT).graphql('query { viewer { email } }')).rejects.toThrow("Field 'email' doesn't exist on type 'User'")
  })

  test('a personal access token lacking a permission is refused in its own words', async () => {
    const reader = 'github_pat_' + 'r'.repeat(40)
    server.addToken(reader, { issues: 'read' }, 'octocat')
    const refused = await rejection(github.getOctokit(reader).rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 21, body: 'x' }))
    expect(refused).toMatchObject({ status: 403, data: { message: 'Resource not accessible by personal access token' } })
  })
})

describe('repository contents and pull request files', () => {
  const READER = 'ghs_contents_and_pulls_reader'
  const BASE = 'b'.repeat(40)
  const HEAD = 'c'.repeat(40)
  let reader: Octokit

  beforeAll(() => {
    server.addToken(READER, { contents: 'read', pull_requests: 'read' })
    reader = github.getOctokit(READER)
    const moved = 'stays the same\n'.repeat(5)
    server.addCommit(`${OWNER}/${REPO}`, BASE, {
      'infra/main.tf': 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n',
      'infra/old-name.tf': moved,
      'gone.txt': 'bye\n',
      'big.bin': Buffer.alloc(1024 * 1024 + 1, 0x61)
    })
    server.addCommit(`${OWNER}/${REPO}`, HEAD, {
      'infra/main.tf': 'a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk',
      'infra/new-name.tf': moved,
      'infra/.plumbline-ignore': 'AWS::S3::Bucket logs-*\n',
      'big.bin': Buffer.alloc(1024 * 1024 + 1, 0x61)
    })
    server.addPullRequest(`${OWNER}/${REPO}`, 31, BASE, HEAD)
  })

  test('the files a pull request changes: status, counts, renames and unified-diff patches, page by page', async () => {
    const files = await reader.paginate(reader.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 31, per_page: 2 })
    expect(files.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['gone.txt', 'removed', undefined],
      ['infra/.plumbline-ignore', 'added', undefined],
      ['infra/main.tf', 'modified', undefined],
      ['infra/new-name.tf', 'renamed', 'infra/old-name.tf']
    ])
    const main = files.find((f) => f.filename === 'infra/main.tf')!
    expect(main).toMatchObject({ additions: 2, deletions: 1, changes: 3 })
    expect(main.patch).toBe('@@ -1,10 +1,11 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n i\n j\n+k\n\\ No newline at end of file')
    expect(files.find((f) => f.filename === 'infra/.plumbline-ignore')?.patch).toBe('@@ -0,0 +1 @@\n+AWS::S3::Bucket logs-*')
    expect((await rejection(reader.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 99 }))).status).toBe(404)
    expect((await rejection(octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'gone.txt', ref: BASE }))).status).toBe(403)
  })

  test('at most 3,000 files are listed', async () => {
    const many = Object.fromEntries(Array.from({ length: 3005 }, (_, i) => [`f/${String(i).padStart(4, '0')}.txt`, `${i}\n`]))
    server.addCommit(`${OWNER}/${REPO}`, 'd'.repeat(40), {})
    server.addCommit(`${OWNER}/${REPO}`, 'e'.repeat(40), many)
    server.addPullRequest(`${OWNER}/${REPO}`, 32, 'd'.repeat(40), 'e'.repeat(40))
    const files = await reader.paginate(reader.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 32, per_page: 100 })
    expect(files).toHaveLength(3000)
  })

  test('a file at a commit: base64 JSON up to 1 MB, raw with the raw media type, folders listed, 404 when absent', async () => {
    const file = await reader.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'infra/main.tf', ref: BASE })
    const data = file.data as { type: string; encoding: string; content: string; size: number }
    expect(data).toMatchObject({ type: 'file', encoding: 'base64', size: 20 })
    expect(Buffer.from(data.content, 'base64').toString()).toBe('a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n')
    const raw = await reader.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: OWNER, repo: REPO, path: 'infra/main.tf', ref: HEAD, headers: { accept: 'application/vnd.github.raw+json' } })
    expect(raw.data).toBe('a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk')
    const big = (await reader.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'big.bin', ref: BASE })).data as { encoding: string; content: string }
    expect(big).toMatchObject({ encoding: 'none', content: '' })
    const folder = (await reader.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'infra', ref: HEAD })).data as Array<{ name: string; type: string }>
    expect(folder.map((e) => [e.name, e.type])).toEqual([['.plumbline-ignore', 'file'], ['main.tf', 'file'], ['new-name.tf', 'file']])
    expect((await rejection(reader.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'infra/.plumbline-ignore', ref: BASE }))).status).toBe(404)
    expect((await rejection(reader.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'infra/main.tf', ref: 'f'.repeat(40) }))).status).toBe(404)
  })
})

describe('artifacts through @actions/artifact', () => {
  let stdoutSpy: jest.SpiedFunction<typeof process.stdout.write>

  // The client logs every step (::debug:: commands) to stdout; keep the test output readable.
  beforeEach(() => {
    stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    stdoutSpy.mockRestore()
    process.env.ACTIONS_RUNTIME_TOKEN = server.env().ACTIONS_RUNTIME_TOKEN
  })

  function writeFiles(dir: string, files: Record<string, string | Buffer>): string[] {
    return Object.entries(files).map(([name, content]) => {
      const path = join(dir, name)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, content)
      return path
    })
  }

  test('an archived multi-file upload arrives as a zip of exactly those files, with retention and digest', async () => {
    const dir = join(workspace, 'plumbline-out')
    const files = { 'results.sarif': JSON.stringify(sarifLog(['plumbline/plan'], 50)), 'results.json': '{"findings": []}\n', 'inventory/live.json': randomBytes(4096).toString('hex') }
    const paths = writeFiles(dir, files)
    const before = Date.now()
    const result = await new artifactModule.DefaultArtifactClient().uploadArtifact('plumbline-data', paths, dir, { retentionDays: 7 })

    const stored = server.artifacts.find((a) => a.id === result.id)!
    expect(stored).toMatchObject({ name: 'plumbline-data', archived: true, mimeType: 'application/zip', finalized: true, version: 7 })
    expect(stored.bytes.length).toBe(result.size)
    expect(createHash('sha256').update(stored.bytes).digest('hex')).toBe(result.digest)
    const entries = unzip(stored.bytes)
    expect([...entries.keys()].sort()).toEqual(Object.keys(files).sort())
    for (const [name, path] of Object.entries(files).map(([name]) => [name, join(dir, name)])) expect(entries.get(name)!.equals(readFileSync(path))).toBe(true)
    const expires = Date.parse(stored.expiresAt!)
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY_MS - 60_000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS + 60_000)

    // The blob went up as Azure block blob calls against the signed URL.
    const blobCalls = server.requests.filter((r) => r.path.startsWith(`/results-storage/actions-results/${stored.id}/`))
    expect(blobCalls.map((r) => [r.method, new URLSearchParams(r.query).get('comp'), r.status])).toEqual([
      ['PUT', 'block', 201],
      ['PUT', 'blocklist', 201]
    ])
  })

  test('a single file with skipArchive arrives byte for byte under its own name and MIME type', async () => {
    const [path] = writeFiles(join(workspace, 'report'), { 'plumbline-report.html': '<!doctype html><title>Plumbline</title><p>é ✓</p>\n' })
    const result = await new artifactModule.DefaultArtifactClient().uploadArtifact('name-is-ignored', [path], join(workspace, 'report'), { skipArchive: true, retentionDays: 3 })
    const stored = server.artifacts.find((a) => a.id === result.id)!
    expect(stored).toMatchObject({ name: 'plumbline-report.html', archived: false, mimeType: 'text/html', blobContentType: 'text/html', finalized: true })
    expect(stored.bytes.equals(readFileSync(path))).toBe(true)
    expect(Date.parse(stored.expiresAt!)).toBeGreaterThan(Date.now() + 3 * DAY_MS - 120_000)

    const found = await new artifactModule.DefaultArtifactClient().getArtifact('plumbline-report.html')
    expect(found.artifact).toMatchObject({ id: result.id, name: 'plumbline-report.html', size: stored.bytes.length })
  })

  test('a file larger than one 8 MiB block is staged in several blocks and reassembled in order', async () => {
    const content = randomBytes(9 * 1024 * 1024 + 123)
    const [path] = writeFiles(join(workspace, 'big'), { 'big.bin': content })
    const result = await new artifactModule.DefaultArtifactClient().uploadArtifact('big', [path], join(workspace, 'big'), { skipArchive: true })
    const stored = server.artifacts.find((a) => a.id === result.id)!
    expect(stored.bytes.equals(content)).toBe(true)
    expect(stored.mimeType).toBe('application/octet-stream')
    expect(stored.expiresAt).toBeUndefined()
    const blocks = server.requests.filter((r) => r.path.startsWith(`/results-storage/actions-results/${stored.id}/`) && r.query.includes('comp=block&'))
    expect(blocks.length).toBe(2)
  })

  test('the same artifact name twice in a run is refused (409 already_exists)', async () => {
    const [path] = writeFiles(join(workspace, 'dup'), { 'dup.txt': 'once' })
    const client = new artifactModule.DefaultArtifactClient()
    await client.uploadArtifact('dup', [path], join(workspace, 'dup'))
    await expect(client.uploadArtifact('dup', [path], join(workspace, 'dup'))).rejects.toThrow(/409.*already exists/)
    expect(server.artifacts.filter((a) => a.name === 'dup')).toHaveLength(1)
  })

  test('a runtime token the server did not sign is refused (401) and nothing is created', async () => {
    const [header, , signature] = server.runtimeToken().split('.')
    const forgedClaims = Buffer.from(JSON.stringify({ scp: 'Actions.Results:someone-else:their-job', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url')
    process.env.ACTIONS_RUNTIME_TOKEN = `${header}.${forgedClaims}.${signature}`
    const [path] = writeFiles(join(workspace, 'forged'), { 'forged.txt': 'x' })
    const before = server.artifacts.length
    await expect(new artifactModule.DefaultArtifactClient().uploadArtifact('forged', [path], join(workspace, 'forged'))).rejects.toThrow(/401/)
    expect(server.artifacts.length).toBe(before)

    // A genuine token for another job of the run works, and the artifact records that job.
    process.env.ACTIONS_RUNTIME_TOKEN = server.runtimeToken({ jobBackendId: 'second-job' })
    const result = await new artifactModule.DefaultArtifactClient().uploadArtifact('from-second-job', [path], join(workspace, 'forged'))
    expect(server.artifacts.find((a) => a.id === result.id)).toMatchObject({ runBackendId: server.backendIds.runBackendId, jobBackendId: 'second-job' })
  })
})

describe('workflow runs and their artifacts', () => {
  const ACTIONS_READER = 'ghs_actions_read'
  const WORKFLOW = 'scheduled-scan.yml'
  const at = (iso: string) => new Date(iso)
  let reader: Octokit
  let stdoutSpy: jest.SpiedFunction<typeof process.stdout.write>

  beforeAll(() => {
    server.addToken(ACTIONS_READER, { actions: 'read', contents: 'read' })
    reader = github.getOctokit(ACTIONS_READER)
  })
  beforeEach(() => {
    stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    stdoutSpy.mockRestore()
    process.env.ACTIONS_RUNTIME_TOKEN = server.env().ACTIONS_RUNTIME_TOKEN
  })

  test('runs of a workflow by file name or id: filtered by event and status (or conclusion), newest first, paged', async () => {
    const repo = 'runs-listing'
    const seed = (event: string, conclusion: string | undefined, created: string, extra: Record<string, unknown> = {}) =>
      server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event, conclusion, createdAt: at(created), ...extra })
    const oldest = seed('schedule', 'success', '2026-11-01T03:00:00Z')
    const older = seed('schedule', 'success', '2026-11-02T03:00:00Z')
    const failed = seed('schedule', 'failure', '2026-11-03T03:00:00Z')
    const pushed = seed('push', 'success', '2026-11-03T09:00:00Z', { pullRequests: [12] })
    const running = server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event: 'schedule', status: 'in_progress', createdAt: at('2026-11-04T03:00:00Z') })
    server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: 'ci.yml', event: 'schedule', conclusion: 'success', createdAt: at('2026-11-05T03:00:00Z') })
    expect(new Set([oldest, older, failed, pushed, running].map((r) => r.workflowId)).size).toBe(1)

    const all = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW })
    expect(all.data.total_count).toBe(5)
    expect(all.data.workflow_runs.map((r) => r.id)).toEqual([running, pushed, failed, older, oldest].map((r) => r.id))

    const scheduled = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW, event: 'schedule', status: 'success', per_page: 1 })
    expect(scheduled.data.total_count).toBe(2)
    expect(scheduled.data.workflow_runs).toHaveLength(1)
    expect(scheduled.data.workflow_runs[0]).toMatchObject({
      id: older.id,
      name: 'scheduled-scan',
      event: 'schedule',
      status: 'completed',
      conclusion: 'success',
      created_at: '2026-11-02T03:00:00Z',
      html_url: `https://github.com/${OWNER}/${repo}/actions/runs/${older.id}`,
      run_number: older.runNumber,
      path: `.github/workflows/${WORKFLOW}`,
      workflow_id: older.workflowId
    })
    expect(scheduled.data.workflow_runs[0].head_sha).toMatch(/^[0-9a-f]{40}$/)
    expect(scheduled.headers.link).toMatch(/[?&]page=2>; rel="next"/)
    const second = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: older.workflowId, event: 'schedule', status: 'success', per_page: 1, page: 2 })
    expect(second.data.workflow_runs.map((r) => r.id)).toEqual([oldest.id])
    expect(second.headers.link).not.toMatch(/rel="next"/)

    // status takes a status or a conclusion.
    const completed = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW, event: 'schedule', status: 'completed' })
    expect(completed.data.workflow_runs.map((r) => r.id)).toEqual([failed.id, older.id, oldest.id])
    const inProgress = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW, status: 'in_progress' })
    expect(inProgress.data.workflow_runs.map((r) => [r.id, r.conclusion])).toEqual([[running.id, null]])

    const withPulls = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW, event: 'push' })
    expect(withPulls.data.workflow_runs[0].pull_requests?.map((p) => p.number)).toEqual([12])
    const withoutPulls = await reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW, event: 'push', exclude_pull_requests: true })
    expect(withoutPulls.data.workflow_runs[0].pull_requests).toEqual([])

    const unknown = await rejection(reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: 'nightly.yml' }))
    expect(unknown).toMatchObject({ status: 404, data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow' } })
    expect((await rejection(reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: 999 }))).status).toBe(404)
    const badStatus: any = { owner: OWNER, repo, workflow_id: WORKFLOW, status: 'succeeded' }
    expect((await rejection(reader.rest.actions.listWorkflowRuns(badStatus))).status).toBe(422)
  })

  test('a run\'s artifacts, uploaded by the real client as that run: listed by name, downloaded through a 302, 410 once expired', async () => {
    const repo = 'artifact-listing'
    const run = server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event: 'schedule', conclusion: 'success', createdAt: at('2026-12-01T03:00:00Z') })
    const other = server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event: 'schedule', conclusion: 'success', createdAt: at('2026-12-02T03:00:00Z') })
    const dir = join(workspace, 'scheduled-out')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'plumbline-inventory.json'), '{"kind":"plumbline-inventory"}\n')
    writeFileSync(join(dir, 'plumbline-results.json'), '{}\n')
    const files = [join(dir, 'plumbline-inventory.json'), join(dir, 'plumbline-results.json')]

    process.env.ACTIONS_RUNTIME_TOKEN = run.runtimeToken
    const client = new artifactModule.DefaultArtifactClient()
    const uploaded = await client.uploadArtifact('plumbline-results', files, dir, { retentionDays: 5 })
    await client.uploadArtifact('something-else', [files[1]], dir)
    process.env.ACTIONS_RUNTIME_TOKEN = other.runtimeToken
    const othersUpload = await new artifactModule.DefaultArtifactClient().uploadArtifact('plumbline-results', files, dir)

    const listed = await reader.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo, run_id: run.id, name: 'plumbline-results' })
    expect(listed.data.total_count).toBe(1)
    const [artifact] = listed.data.artifacts
    expect(artifact).toMatchObject({
      id: uploaded.id,
      name: 'plumbline-results',
      size_in_bytes: uploaded.size,
      expired: false,
      archive_download_url: `${server.url}/repos/${OWNER}/${repo}/actions/artifacts/${uploaded.id}/zip`,
      workflow_run: { id: run.id }
    })
    expect(Date.parse(artifact.expires_at!) - Date.parse(artifact.created_at!)).toBeGreaterThan(5 * DAY_MS - 120_000)
    expect(artifact.digest).toBe(`sha256:${uploaded.digest}`)
    const everything = await reader.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo, run_id: run.id, per_page: 1 })
    expect(everything.data.total_count).toBe(2)
    expect(everything.headers.link).toMatch(/rel="next"/)
    expect((await reader.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo, run_id: other.id })).data.artifacts.map((a) => a.id)).toEqual([othersUpload.id])
    expect((await rejection(reader.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo, run_id: 1 }))).status).toBe(404)

    // The download answers 302 to a signed blob URL holding the zip; without following it Octokit shows the 302.
    const redirect = await reader.rest.actions.downloadArtifact({ owner: OWNER, repo, artifact_id: uploaded.id!, archive_format: 'zip', request: { redirect: 'manual' } })
    expect(redirect.status).toBe(302)
    const blob = await fetch(redirect.headers.location!)
    expect(blob.status).toBe(200)
    const zip = Buffer.from(await blob.arrayBuffer())
    expect([...unzip(zip).keys()].sort()).toEqual(['plumbline-inventory.json', 'plumbline-results.json'])
    // The signed URL is for reading only, and not for another artifact.
    expect((await fetch(redirect.headers.location!, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } })).status).toBe(403)
    expect((await rejection(reader.rest.actions.downloadArtifact({ owner: OWNER, repo: 'elsewhere', artifact_id: uploaded.id!, archive_format: 'zip' }))).status).toBe(404)

    // The real client's public download (findBy) follows the same path and unzips.
    const into = join(workspace, 'downloaded')
    await new artifactModule.DefaultArtifactClient().downloadArtifact(uploaded.id!, { path: into, findBy: { token: ACTIONS_READER, workflowRunId: run.id, repositoryOwner: OWNER, repositoryName: repo } })
    expect(readFileSync(join(into, 'plumbline-inventory.json'), 'utf8')).toBe('{"kind":"plumbline-inventory"}\n')

    server.expireArtifact(uploaded.id!)
    const expired = await reader.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo, run_id: run.id, name: 'plumbline-results' })
    expect(expired.data.artifacts.map((a) => [a.id, a.expired])).toEqual([[uploaded.id, true]])
    const gone = await rejection(reader.rest.actions.downloadArtifact({ owner: OWNER, repo, artifact_id: uploaded.id!, archive_format: 'zip', request: { redirect: 'manual' } }))
    expect(gone).toMatchObject({ status: 410, data: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact' } })
  })

  test('without actions: read every one of them is refused with 403, naming the permission', async () => {
    const repo = 'artifact-permissions'
    const run = server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event: 'schedule', conclusion: 'success' })
    const calls = [
      () => octokit.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW }),
      () => octokit.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo, run_id: run.id }),
      () => octokit.rest.actions.downloadArtifact({ owner: OWNER, repo, artifact_id: 1, archive_format: 'zip', request: { redirect: 'manual' } })
    ]
    for (const call of calls) {
      const refused = await rejection(call())
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe('Resource not accessible by integration')
      expect(refused.headers['x-accepted-github-permissions']).toBe('actions=read')
    }
    expect((await rejection(github.getOctokit('ghp_unknown').rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW }))).status).toBe(401)
  })

  test('injected faults: a status for the next matching requests, then the real answer', async () => {
    const repo = 'faults'
    server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event: 'schedule', conclusion: 'success' })
    const path = `/repos/${OWNER}/${repo}/actions/workflows/${WORKFLOW}/runs`
    server.failRequests(path, 503, 2)
    const list = () => reader.rest.actions.listWorkflowRuns({ owner: OWNER, repo, workflow_id: WORKFLOW })
    expect((await rejection(list())).status).toBe(503)
    expect((await rejection(list())).status).toBe(503)
    expect((await list()).data.total_count).toBe(1)
    server.failRequests(path, 'reset')
    await expect(list()).rejects.toThrow()
    expect(server.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([503, 503, 200, -1])
  })
})
