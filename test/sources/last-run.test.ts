// The inventory of the latest successful scheduled run, end to end: the local GitHub server (test/github-server)
// holds seeded workflow runs; "the scheduled run" uploads its results with Plumbline's own publisher
// (uploadReportArtifacts, the real @actions/artifact client, that run's runtime token); "the change run" finds and
// downloads them with getOctokit(token).request and the real DefaultArtifactClient, as the action will.
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Request } from '../../src/github-api.js'
import { lastScheduledInventory, type ArtifactDownloader, type LastScheduledOptions } from '../../src/sources/last-run.js'
import { InputError, RunError } from '../../src/types.js'
import { startGitHubServer, type GitHubServer, type WorkflowRunSeed } from '../github-server/index.mjs'

type GitHubModule = typeof import('@actions/github')
type ArtifactModule = typeof import('@actions/artifact')
type PublishModule = typeof import('../../src/publish/artifact.js')

const OWNER = 'acme'
const WORKFLOW = 'scheduled-scan.yml'
const ARTIFACT = 'plumbline-results'
/** Distinctive, so that a message or a log line holding it is found. */
const TOKEN = 'ghs_SECRET0last0run0token0d41d8cd98f00b204e9800998ecf8427e'
const NO_ACTIONS_TOKEN = 'ghs_SECRET0contents0only0token0aa11bb22cc33dd44ee55ff66'

const savedEnv = { ...process.env }
let server: GitHubServer
let github: GitHubModule
let artifactModule: ArtifactModule
let publish: PublishModule
let workspace: string
let stdout: string[]
let stdoutSpy: jest.SpiedFunction<typeof process.stdout.write>
let repoCount = 0

beforeAll(async () => {
  server = await startGitHubServer({ repository: `${OWNER}/orders` })
  workspace = mkdtempSync(join(tmpdir(), 'last-run-'))
  Object.assign(process.env, server.env(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace })
  delete process.env.GITHUB_RETENTION_DAYS
  // @actions/github reads GITHUB_API_URL when it is first evaluated: import it (and what imports it) after.
  github = await import('@actions/github')
  artifactModule = await import('@actions/artifact')
  publish = await import('../../src/publish/artifact.js')
  server.addToken(TOKEN, { actions: 'read', contents: 'read', security_events: 'write' })
  server.addToken(NO_ACTIONS_TOKEN, { contents: 'read', security_events: 'write', pull_requests: 'write' })
})

afterAll(async () => {
  await server.close()
  rmSync(workspace, { recursive: true, force: true })
  process.env = savedEnv
})

// The artifact client logs each step to stdout (core.info / ::debug::): kept, to check the token is never in it.
beforeEach(() => {
  stdout = []
  stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  stdoutSpy.mockRestore()
  server.clearFaults()
  process.env.ACTIONS_RUNTIME_TOKEN = server.env().ACTIONS_RUNTIME_TOKEN
  expect(stdout.join('')).not.toContain(TOKEN)
})

/** A repository of its own for each test. */
const freshRepo = () => `last-run-${++repoCount}`

/**
 * Seeds a run; with `upload`, that run publishes as a Plumbline scan does: the HTML report alone, and the archived
 * artifact with SARIF, results and (when `inventory` is given) plumbline-inventory.json.
 */
async function seedRun(repo: string, seed: Partial<WorkflowRunSeed>, upload?: { inventory?: string; name?: string }) {
  const run = server.addWorkflowRun(`${OWNER}/${repo}`, { workflow: WORKFLOW, event: 'schedule', conclusion: 'success', ...seed })
  if (upload) {
    const out = mkdtempSync(join(workspace, 'out-'))
    const file = (name: string, text: string) => {
      writeFileSync(join(out, name), text)
      return join(out, name)
    }
    const files = {
      sarifFile: file('plumbline.sarif', '{"version":"2.1.0","runs":[]}\n'),
      reportFile: file('plumbline-report.html', '<!doctype html><title>report</title>\n'),
      resultsFile: file('plumbline-results.json', `{"run":${run.id}}\n`),
      ...(upload.inventory !== undefined ? { inventoryFile: file('plumbline-inventory.json', upload.inventory) } : {}),
      sarifCut: { plan: 0, live: 0 },
      sarifCategories: []
    }
    process.env.ACTIONS_RUNTIME_TOKEN = run.runtimeToken
    await publish.uploadReportArtifacts(files, { name: upload.name ?? ARTIFACT })
  }
  return run
}

const inventoryOf = (label: string) => `${JSON.stringify({ kind: 'plumbline-inventory', schemaVersion: 2, label })}\n`

function options(repo: string, extra: Partial<LastScheduledOptions> = {}): LastScheduledOptions {
  const token = extra.token ?? TOKEN
  return {
    request: github.getOctokit(token).request as unknown as Request,
    token,
    owner: OWNER,
    repo,
    workflow: WORKFLOW,
    artifactName: ARTIFACT,
    destination: join(workspace, 'since', repo),
    retry: { sleep: async () => undefined },
    ...extra
  }
}

/** The error a call ends with: its class and its one line, checked to hold no token. */
async function failure(promise: Promise<unknown>): Promise<{ type: string; message: string }> {
  try {
    await promise
  } catch (error) {
    const e = error as Error
    expect(e.message).not.toContain(TOKEN)
    expect(e.message).not.toContain(NO_ACTIONS_TOKEN)
    expect(e.message).not.toMatch(/[\r\n]/)
    return { type: e instanceof InputError ? 'InputError' : e instanceof RunError ? 'RunError' : e.constructor.name, message: e.message }
  }
  throw new Error('the call succeeded')
}

describe('lastScheduledInventory', () => {
  test('downloads the inventory of the newest successful scheduled run: not a newer failed, push, manual or unfinished one', async () => {
    const repo = freshRepo()
    await seedRun(repo, { createdAt: '2026-11-28T03:00:00Z' }, { inventory: inventoryOf('older success') })
    const expected = await seedRun(repo, { createdAt: '2026-11-29T03:00:00Z' }, { inventory: inventoryOf('latest success') })
    await seedRun(repo, { createdAt: '2026-11-30T03:00:00Z', conclusion: 'failure' }, { inventory: inventoryOf('failed') })
    await seedRun(repo, { createdAt: '2026-11-30T09:00:00Z', event: 'push' }, { inventory: inventoryOf('push') })
    await seedRun(repo, { createdAt: '2026-11-30T10:00:00Z', event: 'workflow_dispatch' }, { inventory: inventoryOf('by hand') })
    await seedRun(repo, { createdAt: '2026-12-01T03:00:00Z', conclusion: undefined, status: 'in_progress' })
    // Another workflow's newer scheduled success is not this one's.
    await seedRun(repo, { workflow: 'other.yml', createdAt: '2026-12-02T03:00:00Z' }, { inventory: inventoryOf('other workflow') })

    const result = await lastScheduledInventory(options(repo))
    expect(result.run).toEqual({ id: expected.id, url: `https://github.com/${OWNER}/${repo}/actions/runs/${expected.id}`, createdAt: '2026-11-29T03:00:00Z' })
    expect(readFileSync(result.path, 'utf8')).toBe(inventoryOf('latest success'))
    expect(result.path.startsWith(join(workspace, 'since', repo))).toBe(true)
    expect(dirname(result.path)).not.toBe(join(workspace, 'since', repo))

    // What was asked: the workflow's scheduled successes, a few, without pull requests; then the run's artifact by name.
    const calls = server.requests.filter((r) => r.path.startsWith(`/repos/${OWNER}/${repo}/`))
    const runsQuery = new URLSearchParams(calls[0].query)
    expect(calls[0].path).toBe(`/repos/${OWNER}/${repo}/actions/workflows/${WORKFLOW}/runs`)
    expect(Object.fromEntries(runsQuery)).toEqual({ event: 'schedule', status: 'success', exclude_pull_requests: 'true', per_page: '5' })
    expect(calls[1].path).toBe(`/repos/${OWNER}/${repo}/actions/runs/${expected.id}/artifacts`)
    expect(new URLSearchParams(calls[1].query).get('name')).toBe(ARTIFACT)
    const artifact = server.artifacts.find((a) => a.runBackendId === expected.backendIds.runBackendId && a.name === ARTIFACT)!
    expect(calls.slice(2).map((r) => [r.path, r.status])).toEqual([[`/repos/${OWNER}/${repo}/actions/artifacts/${artifact.id}/zip`, 302]])
  })

  test('the workflow may be named by its numeric id; a second call downloads into a new folder', async () => {
    const repo = freshRepo()
    const run = await seedRun(repo, { createdAt: '2026-11-29T03:00:00Z' }, { inventory: inventoryOf('by id') })
    const first = await lastScheduledInventory(options(repo, { workflow: String(run.workflowId) }))
    const second = await lastScheduledInventory(options(repo))
    expect(readFileSync(first.path, 'utf8')).toBe(inventoryOf('by id'))
    expect(readFileSync(second.path, 'utf8')).toBe(inventoryOf('by id'))
    expect(second.path).not.toBe(first.path)
  })

  test('GitHub answering 5xx, or not at all, is retried; after the last try it is one RunError line', async () => {
    const repo = freshRepo()
    await seedRun(repo, {}, { inventory: inventoryOf('after retries') })
    const runsPath = `/repos/${OWNER}/${repo}/actions/workflows/${WORKFLOW}/runs`
    const delays: number[] = []
    const retry = { sleep: async (ms: number) => void delays.push(ms), random: () => 0.5 }

    server.failRequests(runsPath, 502, 2)
    server.failRequests(new RegExp(`^/repos/${OWNER}/${repo}/actions/artifacts/\\d+/zip$`), 500, 1)
    const recovered = await lastScheduledInventory(options(repo, { retry }))
    expect(readFileSync(recovered.path, 'utf8')).toBe(inventoryOf('after retries'))
    expect(delays).toEqual([250, 500, 250])

    server.failRequests(runsPath, 503, 4)
    const before = server.requests.length
    expect(await failure(lastScheduledInventory(options(repo)))).toEqual({
      type: 'RunError',
      message: `input since: GitHub did not answer listing the runs of workflow ${WORKFLOW} (503 Service Unavailable, after 4 tries); try again later, or leave input since unset for a full scan.`
    })
    expect(server.requests.slice(before).map((r) => r.status)).toEqual([503, 503, 503, 503])

    server.failRequests(new RegExp(`^/repos/${OWNER}/${repo}/actions/runs/\\d+/artifacts$`), 'reset', 4)
    const reset = await failure(lastScheduledInventory(options(repo)))
    expect(reset.type).toBe('RunError')
    expect(reset.message).toMatch(
      new RegExp(`^input since: GitHub did not answer listing the artifacts of the scheduled run of \\S+ \\(https://github\\.com/${OWNER}/${repo}/actions/runs/\\d+\\) \\(no answer: .+, after 4 tries\\); try again later, or leave input since unset for a full scan\\.$`)
    )
  })

  describe('each failure is one line naming the input, what is wrong and what to do', () => {
    test('the workflow does not exist (404), or is given as a path or not at all', async () => {
      const repo = freshRepo()
      await seedRun(repo, {}, { inventory: inventoryOf('x') })
      expect(await failure(lastScheduledInventory(options(repo, { workflow: 'nightly.yml' })))).toEqual({
        type: 'InputError',
        message: `input since-workflow: no workflow "nightly.yml" in ${OWNER}/${repo} (GitHub answered 404); give the scheduled workflow's file name under .github/workflows (e.g. scheduled-scan.yml) or its numeric id.`
      })
      expect(await failure(lastScheduledInventory(options(repo, { workflow: '.github/workflows/scheduled-scan.yml' })))).toEqual({
        type: 'InputError',
        message: 'input since-workflow: ".github/workflows/scheduled-scan.yml" is a path; give the workflow\'s file name only (e.g. scheduled-scan.yml), or its numeric id.'
      })
      expect(await failure(lastScheduledInventory(options(repo, { workflow: ' ', nameOf: (input) => `--${input}` })))).toEqual({
        type: 'InputError',
        message: '--since-workflow is empty; with --since: last-scheduled-run, give the scheduled workflow\'s file name (e.g. scheduled-scan.yml) or its numeric id.'
      })
    })

    test('no successful scheduled run', async () => {
      const repo = freshRepo()
      await seedRun(repo, { conclusion: 'failure' }, { inventory: inventoryOf('failed') })
      await seedRun(repo, { event: 'push' }, { inventory: inventoryOf('push') })
      await seedRun(repo, { event: 'workflow_dispatch' }, { inventory: inventoryOf('by hand') })
      expect(await failure(lastScheduledInventory(options(repo)))).toEqual({
        type: 'InputError',
        message: `input since: workflow ${WORKFLOW} of ${OWNER}/${repo} has no successful run triggered by its schedule; let the scheduled workflow succeed once (a run started by hand does not count), or leave input since unset for a full scan.`
      })
    })

    test('the run has no artifact of that name', async () => {
      const repo = freshRepo()
      const run = await seedRun(repo, { createdAt: '2026-11-29T03:00:00Z' }, { inventory: inventoryOf('x'), name: 'scan-results' })
      expect(await failure(lastScheduledInventory(options(repo)))).toEqual({
        type: 'InputError',
        message: `input since: the scheduled run of 2026-11-29T03:00:00Z (${run.htmlUrl}) has no artifact "${ARTIFACT}"; set report-artifact-name to the name the scheduled workflow uploads its results under, or let the scheduled run upload them.`
      })
    })

    test('the artifact has expired: listed as expired, or expiring between the listing and the download (410)', async () => {
      const repo = freshRepo()
      const run = await seedRun(repo, { createdAt: '2026-11-29T03:00:00Z' }, { inventory: inventoryOf('x') })
      const artifact = server.artifacts.find((a) => a.runBackendId === run.backendIds.runBackendId && a.name === ARTIFACT)!

      // Expires once listed: the real client's download gets GitHub's 410.
      const expiringClient: ArtifactDownloader = {
        async downloadArtifact(id, downloadOptions) {
          server.expireArtifact(id)
          return new artifactModule.DefaultArtifactClient().downloadArtifact(id, downloadOptions)
        }
      }
      expect(await failure(lastScheduledInventory(options(repo, { artifacts: expiringClient })))).toEqual({
        type: 'InputError',
        message: `input since: the artifact "${ARTIFACT}" of the scheduled run of 2026-11-29T03:00:00Z (${run.htmlUrl}) has expired (GitHub answered 410); wait for the next scheduled run, or keep the scheduled run's artifacts longer (retention-days).`
      })
      expect(server.requests.filter((r) => r.path === `/repos/${OWNER}/${repo}/actions/artifacts/${artifact.id}/zip`).map((r) => r.status)).toEqual([410])

      const listed = await failure(lastScheduledInventory(options(repo)))
      expect(listed.type).toBe('InputError')
      expect(listed.message).toMatch(
        new RegExp(
          `^input since: the artifact "${ARTIFACT}" of the scheduled run of 2026-11-29T03:00:00Z \\(${run.htmlUrl.replace(/\./g, '\\.')}\\) has expired \\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\); wait for the next scheduled run, or keep the scheduled run's artifacts longer \\(retention-days\\)\\.$`
        )
      )
      // Known expired from the listing: no download is tried.
      expect(server.requests.filter((r) => r.path.endsWith(`/actions/artifacts/${artifact.id}/zip`))).toHaveLength(1)
    })

    test('the artifact holds no inventory: the scheduled run did not scan live', async () => {
      const repo = freshRepo()
      const run = await seedRun(repo, { createdAt: '2026-11-29T03:00:00Z' }, {})
      expect(await failure(lastScheduledInventory(options(repo)))).toEqual({
        type: 'InputError',
        message: `input since: the artifact "${ARTIFACT}" of the scheduled run of 2026-11-29T03:00:00Z (${run.htmlUrl}) holds no plumbline-inventory.json, so that run did not scan live; give the scheduled workflow a live scan (role-to-assume), or leave input since unset for a full scan.`
      })
    })

    test('the token lacks actions: read (403), or is not a token GitHub knows (401)', async () => {
      const repo = freshRepo()
      await seedRun(repo, {}, { inventory: inventoryOf('x') })
      expect(await failure(lastScheduledInventory(options(repo, { token: NO_ACTIONS_TOKEN })))).toEqual({
        type: 'InputError',
        message: `input since: the token may not read GitHub Actions runs and artifacts of ${OWNER}/${repo} (listing the runs of workflow ${WORKFLOW}: 403 Resource not accessible by integration); add \`permissions: actions: read\` to the job (and keep the permissions it already has).`
      })
      const revoked = 'ghs_SECRET0revoked'
      const refused = await failure(lastScheduledInventory(options(repo, { token: revoked })))
      expect(refused).toEqual({
        type: 'InputError',
        message: `input since: GitHub refused the token (listing the runs of workflow ${WORKFLOW}: 401 Bad credentials); pass the job's token as github-token.`
      })
      expect(refused.message).not.toContain(revoked)
    })

    test('the run gone between the two calls: GitHub\'s 404 on its artifacts, said as such', async () => {
      const repo = freshRepo()
      const run = await seedRun(repo, { createdAt: '2026-11-29T03:00:00Z' }, { inventory: inventoryOf('x') })
      const real = github.getOctokit(TOKEN).request as unknown as Request
      // The run's artifacts asked for under an id the server never had: its real 404.
      const deleted: Request = (route, params) => real(route, route.includes('/runs/{run_id}/') ? { ...params, run_id: 1 } : params)
      expect(await failure(lastScheduledInventory(options(repo, { request: deleted })))).toEqual({
        type: 'RunError',
        message: `input since: GitHub refused listing the artifacts of the scheduled run of 2026-11-29T03:00:00Z (${run.htmlUrl}) (404 Not Found); try again, or leave input since unset for a full scan.`
      })
    })

    test('a token GitHub echoes in its answer is masked', async () => {
      // A message that quotes the token (as a proxy or a misconfigured server might) must not print it.
      const echoing: Request = async () => {
        throw Object.assign(new Error(`HTTP 500 for ${TOKEN}`), { status: 500, response: { data: { message: `upstream refused token ${TOKEN}` } } })
      }
      const repo = freshRepo()
      expect(await failure(lastScheduledInventory(options(repo, { request: echoing, retry: { attempts: 1 } })))).toEqual({
        type: 'RunError',
        message: `input since: GitHub did not answer listing the runs of workflow ${WORKFLOW} (500 upstream refused token ***, after 1 try); try again later, or leave input since unset for a full scan.`
      })
    })
  })
})
