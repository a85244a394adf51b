// GitHub Actions' REST endpoints for workflow runs and their artifacts, written to GitHub's REST reference:
// - `GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs` ("List workflow runs for a workflow"):
//   workflow_id is the workflow's id or its file name (scheduled-scan.yml); query actor, branch, event, status (a
//   status — queued, in_progress, completed, … — or a conclusion — success, failure, …), created, head_sha,
//   exclude_pull_requests, per_page (default 30, at most 100) and page; `{ total_count, workflow_runs }`, newest
//   first, with a Link header; "up to 1,000 results for each search" when filtered; 404 for an unknown workflow.
// - `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts` ("List workflow run artifacts"): query name,
//   per_page, page; `{ total_count, artifacts }`, expired artifacts listed with `expired: true`.
// - `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}` ("Download an artifact"):
//   archive_format must be zip; 302 with a Location (a signed blob URL that expires after 1 minute), 410 "Artifact
//   has expired" for an expired one.
// All three need `actions: read` (a GitHub App's installation token without it gets 403 "Resource not accessible
// by integration"). Artifacts are the results service's (artifacts.mjs): those uploaded with a seeded run's
// runtime token belong to that run.
import { linkHeader, pageOf } from './comments.mjs'
import { RestError, accountOf, invalidRequest, isoSeconds } from './rest.mjs'

export const RUNS_DOCS = 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow'
export const RUN_ARTIFACTS_DOCS = 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts'
export const DOWNLOAD_DOCS = 'https://docs.github.com/rest/actions/artifacts#download-an-artifact'

/** "This endpoint will return up to 1,000 results for each search when using the following parameters". */
const MAX_FILTERED_RESULTS = 1000
const FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status']
/** The `status` parameter's values that are statuses; the others are conclusions. */
const STATUSES = new Set(['requested', 'in_progress', 'completed', 'queued', 'pending', 'waiting'])
const CONCLUSIONS = new Set(['action_required', 'cancelled', 'failure', 'neutral', 'skipped', 'stale', 'success', 'timed_out', 'startup_failure'])
/** An artifact uploaded without retentionDays keeps the repository's default: 90 days unless changed. */
const DEFAULT_RETENTION_MS = 90 * 24 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

const fileNameOf = (path) => path.slice(path.lastIndexOf('/') + 1)

export class WorkflowRuns {
  constructor() {
    /** @type {Array<{ id: number, repository: string, name: string, path: string }>} */
    this.workflows = []
    /** @type {Array<Record<string, any>>} */
    this.runs = []
    this.nextWorkflowId = 161_335
    this.nextRunId = 30_433_642
    this.nextCheckSuiteId = 42_000_001
  }

  /** The workflow of `repository` with this file name (or path under .github/workflows), added when new. */
  workflow(repository, file, name) {
    const path = file.includes('/') ? file : `.github/workflows/${file}`
    let workflow = this.workflows.find((w) => w.repository === repository && w.path === path)
    if (!workflow) {
      workflow = { id: this.nextWorkflowId++, repository, path, name: name ?? fileNameOf(path).replace(/\.ya?ml$/, '') }
      this.workflows.push(workflow)
    }
    return workflow
  }

  /** workflow_id as the path gives it: the numeric id or the file name. */
  findWorkflow(repository, workflowId) {
    const key = decodeURIComponent(workflowId)
    return this.workflows.find((w) => w.repository === repository && (String(w.id) === key || fileNameOf(w.path) === key))
  }

  addRun(repository, options) {
    const workflow = this.workflow(repository, options.workflow, options.name)
    const status = options.status ?? 'completed'
    if (status !== 'completed' && options.conclusion) throw new Error(`a run that is ${status} has no conclusion yet`)
    if (status === 'completed' && !CONCLUSIONS.has(options.conclusion)) throw new Error(`conclusion ${options.conclusion} is not one of ${[...CONCLUSIONS].join(', ')}`)
    const created = options.createdAt === undefined ? Date.now() : new Date(options.createdAt).getTime()
    if (Number.isNaN(created)) throw new Error(`createdAt ${options.createdAt} is not a time`)
    const run = {
      id: this.nextRunId++,
      repository,
      workflow,
      runNumber: this.runs.filter((r) => r.workflow === workflow).length + 1,
      event: options.event ?? 'push',
      status,
      conclusion: status === 'completed' ? options.conclusion : null,
      created,
      headBranch: options.headBranch ?? 'main',
      headSha: options.headSha ?? (this.nextRunId * 7919).toString(16).padStart(40, 'a').slice(-40),
      actor: options.actor ?? 'octocat',
      pullRequests: options.pullRequests ?? [],
      checkSuiteId: this.nextCheckSuiteId++,
      runBackendId: options.runBackendId,
      jobBackendId: options.jobBackendId
    }
    this.runs.push(run)
    return run
  }

  byBackendId(runBackendId) {
    return this.runs.find((r) => r.runBackendId === runBackendId)
  }

  toJson(run, apiUrl, excludePullRequests) {
    const repoApi = `${apiUrl}/repos/${run.repository}`
    const [owner, name] = run.repository.split('/')
    const repository = { id: repositoryId(run.repository), name, full_name: run.repository, owner: { login: owner }, private: false, html_url: `https://github.com/${run.repository}` }
    const actor = accountOf(run.actor)
    return {
      id: run.id,
      name: run.workflow.name,
      node_id: `WFR_kwLO${Buffer.from(String(run.id)).toString('base64url')}`,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.workflow.path,
      display_title: run.workflow.name,
      run_number: run.runNumber,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflow.id,
      check_suite_id: run.checkSuiteId,
      url: `${repoApi}/actions/runs/${run.id}`,
      html_url: `https://github.com/${run.repository}/actions/runs/${run.id}`,
      pull_requests: excludePullRequests ? [] : run.pullRequests.map((number) => ({ number, url: `${repoApi}/pulls/${number}` })),
      created_at: isoSeconds(run.created),
      updated_at: isoSeconds(run.created + 60_000),
      actor,
      triggering_actor: actor,
      run_attempt: 1,
      run_started_at: isoSeconds(run.created),
      jobs_url: `${repoApi}/actions/runs/${run.id}/jobs`,
      logs_url: `${repoApi}/actions/runs/${run.id}/logs`,
      check_suite_url: `${repoApi}/check-suites/${run.checkSuiteId}`,
      artifacts_url: `${repoApi}/actions/runs/${run.id}/artifacts`,
      cancel_url: `${repoApi}/actions/runs/${run.id}/cancel`,
      rerun_url: `${repoApi}/actions/runs/${run.id}/rerun`,
      workflow_url: `${repoApi}/actions/workflows/${run.workflow.id}`,
      repository,
      head_repository: repository
    }
  }

  /** One page of a workflow's runs: { status, headers, body } ready to send, or a RestError. */
  listForWorkflow(repository, workflowId, url, apiUrl) {
    const workflow = this.findWorkflow(repository, workflowId)
    if (!workflow) throw new RestError(404, 'Not Found', { documentationUrl: RUNS_DOCS })
    const query = url.searchParams
    const status = query.get('status')
    if (status !== null && !STATUSES.has(status) && !CONCLUSIONS.has(status)) {
      throw invalidRequest(`Invalid property /status: \`${status}\` is not a possible value.`, RUNS_DOCS)
    }
    const created = query.get('created')
    let runs = this.runs
      .filter((r) => r.workflow === workflow)
      .filter((r) => query.get('event') === null || r.event === query.get('event'))
      .filter((r) => query.get('branch') === null || r.headBranch === query.get('branch'))
      .filter((r) => query.get('actor') === null || r.actor === query.get('actor'))
      .filter((r) => query.get('head_sha') === null || r.headSha === query.get('head_sha'))
      .filter((r) => query.get('check_suite_id') === null || String(r.checkSuiteId) === query.get('check_suite_id'))
      .filter((r) => status === null || (STATUSES.has(status) ? r.status === status : r.conclusion === status))
      .filter((r) => created === null || inCreatedRange(r.created, created))
      // Newest first.
      .sort((a, b) => b.created - a.created || b.id - a.id)
    if (FILTERS.some((name) => query.get(name) !== null)) runs = runs.slice(0, MAX_FILTERED_RESULTS)
    const { perPage, page } = pageOf(url)
    const lastPage = Math.max(1, Math.ceil(runs.length / perPage))
    const exclude = query.get('exclude_pull_requests') === 'true'
    const body = { total_count: runs.length, workflow_runs: runs.slice((page - 1) * perPage, page * perPage).map((r) => this.toJson(r, apiUrl, exclude)) }
    const link = linkHeader(url, apiUrl, page, lastPage)
    return { body, headers: link ? { link } : {} }
  }
}

/** `created` as GitHub's search syntax writes a date range: >=D, <=D, >D, <D, D..D, or one date (that day). */
function inCreatedRange(ms, spec) {
  const range = /^(.+)\.\.(.+)$/.exec(spec)
  if (range) return inCreatedRange(ms, `>=${range[1]}`) && (range[2] === '*' || ms <= Date.parse(range[2]) + (range[2].includes('T') ? 0 : DAY_MS - 1))
  const compare = /^(>=|<=|>|<)(.+)$/.exec(spec)
  if (compare) {
    const at = Date.parse(compare[2])
    if (Number.isNaN(at)) throw invalidRequest(`Invalid property /created: \`${spec}\` is not a valid date range.`, RUNS_DOCS)
    return { '>=': ms >= at, '<=': ms <= at, '>': ms > at, '<': ms < at }[compare[1]]
  }
  const day = Date.parse(spec)
  if (Number.isNaN(day)) throw invalidRequest(`Invalid property /created: \`${spec}\` is not a valid date range.`, RUNS_DOCS)
  return ms >= day && ms < day + DAY_MS
}

const repositoryId = (name) => 100_000 + [...name.toLowerCase()].reduce((n, c) => (n * 31 + c.codePointAt(0)) % 10_000_000, 11)

/** When an artifact stops being downloadable: its expires_at, or the repository default after its creation. */
export function expiresAtOf(artifact) {
  return artifact.expiresAt !== undefined ? Date.parse(artifact.expiresAt) : Date.parse(artifact.createdAt) + DEFAULT_RETENTION_MS
}

export const isExpired = (artifact, now = Date.now()) => expiresAtOf(artifact) <= now

/** GitHub's artifact JSON for a finalized artifact of a run. */
export function artifactJson(artifact, run, apiUrl) {
  const repoApi = `${apiUrl}/repos/${run.repository}`
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${Buffer.from(String(artifact.id)).toString('base64url')}`,
    name: artifact.name,
    size_in_bytes: artifact.size,
    url: `${repoApi}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${repoApi}/actions/artifacts/${artifact.id}/zip`,
    expired: isExpired(artifact),
    digest: artifact.hash ?? null,
    created_at: isoSeconds(Date.parse(artifact.createdAt)),
    updated_at: isoSeconds(Date.parse(artifact.createdAt)),
    expires_at: isoSeconds(expiresAtOf(artifact)),
    workflow_run: { id: run.id, repository_id: repositoryId(run.repository), head_repository_id: repositoryId(run.repository), head_branch: run.headBranch, head_sha: run.headSha }
  }
}

/** One page of a run's finalized artifacts (name filter), oldest first. */
export function listRunArtifacts(store, run, url, apiUrl) {
  const name = url.searchParams.get('name')
  const all = store.list.filter((a) => a.runBackendId === run.runBackendId && a.finalized && (name === null || a.name === name))
  const { perPage, page } = pageOf(url)
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const body = { total_count: all.length, artifacts: all.slice((page - 1) * perPage, page * perPage).map((a) => artifactJson(a, run, apiUrl)) }
  const link = linkHeader(url, apiUrl, page, lastPage)
  return { body, headers: link ? { link } : {} }
}

export const artifactExpired = () => new RestError(410, 'Artifact has expired', { documentationUrl: DOWNLOAD_DOCS })
