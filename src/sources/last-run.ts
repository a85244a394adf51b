// The inventory of the latest successful scheduled run (`since: last-scheduled-run`): the newest run of the
// workflow `since-workflow` that the `schedule` event triggered and that succeeded, from `GET /repos/{owner}/{repo}/
// actions/workflows/{workflow_id}/runs?event=schedule&status=success` (newest first; workflow_id is the file name
// or the numeric id), then its archived artifact (`report-artifact-name`, which src/publish/artifact.ts uploads
// with plumbline-inventory.json at its root when the run scanned live) from `GET .../actions/runs/{run_id}/
// artifacts?name=NAME`, downloaded with @actions/artifact's DefaultArtifactClient (`downloadArtifact(id, { path,
// findBy })`: `GET .../actions/artifacts/{artifact_id}/zip`, a 302 to a signed blob URL, unzipped into `path`).
// Every call needs the token's `actions: read`. Listing the artifacts ourselves rather than through getArtifact
// shows `expired`, which getArtifact leaves out (its download would then answer 410).
//
// Each failure is one line naming the input, what is wrong and what to do: InputError for what the workflow or
// its settings can fix, RunError when GitHub did not answer (5xx or the network, after retries). The token is
// never part of a message.
import { mkdir, mkdtemp, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Request } from '../github-api.js'
import { withRetry, type RetryOptions } from '../retry.js'
import { InputError, LAST_SCHEDULED_RUN, RunError } from '../types.js'

/** The saved inventory's name inside the artifact (src/publish/files.ts OUTPUT_NAMES.inventory). */
export const INVENTORY_FILE_NAME = 'plumbline-inventory.json'
/** Runs asked for: the first one is the newest; a few more only to say how many there were. */
const RUNS_PER_PAGE = 5
/** Tries in all for one GitHub call that answers 5xx or not at all. */
export const GITHUB_RETRY = { attempts: 4, baseMs: 500, capMs: 4_000 } as const

/** The part of @actions/artifact's DefaultArtifactClient used here. */
export interface ArtifactDownloader {
  downloadArtifact(
    artifactId: number,
    options: { path: string; findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string } }
  ): Promise<{ downloadPath?: string }>
}

export interface LastScheduledOptions {
  /** getOctokit(token).request: GITHUB_API_URL decides where it goes. */
  request: Request
  /** Default: a new DefaultArtifactClient (which reads GITHUB_API_URL when @actions/github is first imported). */
  artifacts?: ArtifactDownloader
  /** The token `request` was made with; @actions/artifact needs it again for the download (actions: read). */
  token: string
  owner: string
  repo: string
  /** Input since-workflow: the workflow's file name (scheduled-scan.yml) or its numeric id. */
  workflow: string
  /** Input report-artifact-name of the scheduled run (default plumbline-results). */
  artifactName: string
  /** A folder; the artifact is unzipped into a new folder inside it. */
  destination: string
  /** How messages name an input (default `input NAME`, as the action writes it). */
  nameOf?: (input: string) => string
  /** Retry timing, smaller for tests. */
  retry?: Partial<Pick<RetryOptions, 'attempts' | 'baseMs' | 'capMs' | 'sleep' | 'random'>>
}

export interface ScheduledRun {
  id: number
  /** https://github.com/OWNER/REPO/actions/runs/ID */
  url: string
  createdAt: string
}

export interface LastScheduledInventory {
  /** plumbline-inventory.json as downloaded. */
  path: string
  run: ScheduledRun
}

interface GitHubError {
  status?: number
  message?: string
  response?: { data?: unknown; headers?: Record<string, string | undefined> }
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as GitHubError | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** GitHub's own `message` from an error body, when it has one. */
function githubMessage(error: unknown): string | undefined {
  const data = (error as GitHubError | null)?.response?.data
  const message = data && typeof data === 'object' ? (data as { message?: unknown }).message : undefined
  return typeof message === 'string' && message !== '' ? message.split('\n')[0] : undefined
}

/** 5xx and 429 answers, and calls that got no answer at all (no status: DNS, reset, timeout). */
const retryable = (error: unknown): boolean => {
  const status = statusOf(error)
  return status === undefined ? !(error instanceof InputError) : status >= 500 || status === 429
}

export async function lastScheduledInventory(options: LastScheduledOptions): Promise<LastScheduledInventory> {
  const nameOf = options.nameOf ?? ((input: string) => `input ${input}`)
  const since = nameOf('since')
  const sinceWorkflow = nameOf('since-workflow')
  const repository = `${options.owner}/${options.repo}`
  const workflow = options.workflow.trim()
  /** Never lets the token into a message, whatever GitHub or a library put in theirs. */
  const clean = (text: string) => (options.token ? text.split(options.token).join('***') : text).replace(/[\r\n]+/g, ' ')

  if (workflow === '') {
    throw new InputError(`${sinceWorkflow} is empty; with ${since}: ${LAST_SCHEDULED_RUN}, give the scheduled workflow's file name (e.g. scheduled-scan.yml) or its numeric id.`)
  }
  if (workflow.includes('/')) {
    throw new InputError(`${sinceWorkflow}: "${workflow}" is a path; give the workflow's file name only (e.g. scheduled-scan.yml), or its numeric id.`)
  }

  const retry = { ...GITHUB_RETRY, ...options.retry, isRetryable: retryable }
  /** One line for an error no case below explains: 403/401 are the token's, anything else GitHub's. */
  const failure = (error: unknown, doing: string, tries = `after ${retry.attempts} ${retry.attempts === 1 ? 'try' : 'tries'}`): Error => {
    // Octokit reports a request that got no answer (refused, reset, DNS) as status 500 without a response.
    const status = (error as GitHubError | null)?.response ? statusOf(error) : undefined
    const said = githubMessage(error) ?? (error instanceof Error ? error.message : String(error))
    if (status === 403) {
      return new InputError(
        clean(`${since}: the token may not read GitHub Actions runs and artifacts of ${repository} (${doing}: 403 ${said}); add \`permissions: actions: read\` to the job (and keep the permissions it already has).`)
      )
    }
    if (status === 401) return new InputError(clean(`${since}: GitHub refused the token (${doing}: 401 ${said}); pass the job's token as github-token.`))
    if (status !== undefined && status < 500 && status !== 429) {
      return new RunError(clean(`${since}: GitHub refused ${doing} (${status} ${said}); try again, or leave ${since} unset for a full scan.`))
    }
    const how = status === undefined ? `no answer: ${said}` : `${status} ${said}`
    return new RunError(clean(`${since}: GitHub did not answer ${doing} (${how}, ${tries}); try again later, or leave ${since} unset for a full scan.`))
  }

  // 1. The newest successful scheduled run.
  let listed: { total_count?: unknown; workflow_runs?: unknown }
  try {
    const response = await withRetry(
      () =>
        options.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
          owner: options.owner,
          repo: options.repo,
          workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow,
          event: 'schedule',
          status: 'success',
          exclude_pull_requests: true,
          per_page: RUNS_PER_PAGE
        }),
      retry
    )
    listed = (response.data ?? {}) as typeof listed
  } catch (error) {
    if (statusOf(error) === 404) {
      throw new InputError(
        clean(`${sinceWorkflow}: no workflow "${workflow}" in ${repository} (GitHub answered 404); give the scheduled workflow's file name under .github/workflows (e.g. scheduled-scan.yml) or its numeric id.`)
      )
    }
    throw failure(error, `listing the runs of workflow ${workflow}`)
  }
  const runs = (Array.isArray(listed.workflow_runs) ? listed.workflow_runs : []) as Array<Record<string, unknown>>
  // GitHub lists the newest first and filters by event and conclusion; both are checked again here.
  const newest = runs
    .filter((r) => r.event === 'schedule' && r.conclusion === 'success' && typeof r.id === 'number' && typeof r.created_at === 'string')
    .sort((a, b) => Date.parse(b.created_at as string) - Date.parse(a.created_at as string))[0]
  if (!newest) {
    throw new InputError(
      clean(`${since}: workflow ${workflow} of ${repository} has no successful run triggered by its schedule; let the scheduled workflow succeed once (a run started by hand does not count), or leave ${since} unset for a full scan.`)
    )
  }
  const run: ScheduledRun = {
    id: newest.id as number,
    url: typeof newest.html_url === 'string' ? newest.html_url : `https://github.com/${repository}/actions/runs/${String(newest.id)}`,
    createdAt: newest.created_at as string
  }
  const runName = `the scheduled run of ${run.createdAt} (${run.url})`

  // 2. Its artifact, by name.
  let artifacts: Array<Record<string, unknown>>
  try {
    const response = await withRetry(
      () =>
        options.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
          owner: options.owner,
          repo: options.repo,
          run_id: run.id,
          name: options.artifactName,
          per_page: 100
        }),
      retry
    )
    const data = (response.data ?? {}) as { artifacts?: unknown }
    artifacts = (Array.isArray(data.artifacts) ? data.artifacts : []) as Array<Record<string, unknown>>
  } catch (error) {
    throw failure(error, `listing the artifacts of ${runName}`)
  }
  const named = artifacts.filter((a) => a.name === options.artifactName && typeof a.id === 'number')
  const live = named.filter((a) => a.expired !== true).sort((a, b) => (b.id as number) - (a.id as number))[0]
  if (!live) {
    if (named.length > 0) {
      const expiredOn = named.map((a) => a.expires_at).find((at): at is string => typeof at === 'string')
      throw new InputError(
        clean(`${since}: the artifact "${options.artifactName}" of ${runName} has expired${expiredOn ? ` (${expiredOn})` : ''}; wait for the next scheduled run, or keep the scheduled run's artifacts longer (retention-days).`)
      )
    }
    throw new InputError(
      clean(`${since}: ${runName} has no artifact "${options.artifactName}"; set report-artifact-name to the name the scheduled workflow uploads its results under, or let the scheduled run upload them.`)
    )
  }

  // 3. Download and unzip it into a folder of its own (never a stale inventory from an earlier download).
  await mkdir(options.destination, { recursive: true })
  const folder = await mkdtemp(join(options.destination, `run-${run.id}-`))
  const client = options.artifacts ?? new (await import('@actions/artifact')).DefaultArtifactClient()
  try {
    await withRetry(
      () =>
        client.downloadArtifact(live.id as number, {
          path: folder,
          findBy: { token: options.token, workflowRunId: run.id, repositoryOwner: options.owner, repositoryName: options.repo }
        }),
      // The client retries the blob download itself (5 tries, 5 s apart); only GitHub's 5xx on the REST call
      // that redirects to it is retried here.
      { ...retry, isRetryable: (error) => (statusOf(error) ?? 0) >= 500 }
    )
  } catch (error) {
    if (statusOf(error) === 410) {
      throw new InputError(clean(`${since}: the artifact "${options.artifactName}" of ${runName} has expired (GitHub answered 410); wait for the next scheduled run, or keep the scheduled run's artifacts longer (retention-days).`))
    }
    if (statusOf(error) === 404) {
      throw new InputError(clean(`${since}: the artifact "${options.artifactName}" of ${runName} is gone (GitHub answered 404 to its download); wait for the next scheduled run.`))
    }
    // Without a status the blob download failed, which the client itself tried 5 times.
    const tries = statusOf(error) === undefined ? 'after the artifact client\'s 5 tries' : undefined
    throw failure(error, `downloading the artifact "${options.artifactName}" of ${runName}`, tries)
  }

  const path = join(folder, INVENTORY_FILE_NAME)
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false
  )
  if (!found) {
    throw new InputError(
      clean(`${since}: the artifact "${options.artifactName}" of ${runName} holds no ${INVENTORY_FILE_NAME}, so that run did not scan live; give the scheduled workflow a live scan (role-to-assume), or leave ${since} unset for a full scan.`)
    )
  }
  return { path, run }
}
