// SARIF to GitHub code scanning through the REST API (POST /repos/{owner}/{repo}/code-scanning/sarifs), one upload
// per category: the file's runs each carry their category (automationDetails.id), a plan-only run must not replace
// the live category's analysis, and GitHub's limits (results per run, 10 MB gzipped) hold per upload, which is what
// lets an organization's live side go up as one category per account. The payload is gzip-compressed then
// base64-encoded, as the API requires; the processing status is polled so that a rejected analysis is reported, not
// lost.
import { gzipSync } from 'node:zlib'
import type { Log, Run } from 'sarif'
import type { Request } from '../github-api.js'

/** The part of an Octokit client this module uses (getOctokit(token).request). */

export interface CodeScanningTarget {
  owner: string
  repo: string
  commitSha: string
  ref: string
  /** file:// URI of the checkout, so paths in the SARIF resolve (GITHUB_WORKSPACE). */
  checkoutUri?: string
  startedAt?: string
}

export interface CategoryUpload {
  category: string
  id?: string
  status: 'complete' | 'failed' | 'pending' | 'unavailable' | 'error'
  detail?: string
}

export interface PollOptions {
  /** Polls before giving up with "pending" (processing goes on at GitHub; only our wait ends). */
  maxPolls: number
  intervalMs: number
  sleep: (ms: number) => Promise<void>
}

const DEFAULT_POLL: PollOptions = { maxPolls: 20, intervalMs: 3000, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }

/** One SARIF log per category: the runs of the file, each alone with the log's top-level fields. */
export function splitByCategory(log: Log): Array<{ category: string; log: Log }> {
  return log.runs.map((run: Run) => ({ category: run.automationDetails?.id?.replace(/\/+$/, '') ?? 'plumbline', log: { ...log, runs: [run] } }))
}

export function encodeSarif(log: Log): string {
  return gzipSync(Buffer.from(JSON.stringify(log))).toString('base64')
}

/**
 * Uploads each category, then waits for their processing; never throws for GitHub's answers, reports them instead.
 * All uploads go first, one after the other, and the polls come in rounds over those still pending with one pause
 * per round: a hundred accounts' categories wait for GitHub about as long as one does.
 */
export async function uploadSarif(request: Request, sarif: Log, target: CodeScanningTarget, poll: PollOptions = DEFAULT_POLL): Promise<CategoryUpload[]> {
  const results: CategoryUpload[] = []
  for (const { category, log } of splitByCategory(sarif)) {
    try {
      const response = await request('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
        owner: target.owner,
        repo: target.repo,
        commit_sha: target.commitSha,
        ref: target.ref,
        sarif: encodeSarif(log),
        ...(target.checkoutUri ? { checkout_uri: target.checkoutUri } : {}),
        ...(target.startedAt ? { started_at: target.startedAt } : {}),
        tool_name: 'Plumbline'
      })
      results.push({ category, id: String((response.data as { id?: unknown }).id ?? ''), status: 'pending' })
    } catch (err) {
      results.push(failure(category, err))
    }
  }
  let waiting = results.filter((upload) => upload.status === 'pending')
  for (let round = 0; round < poll.maxPolls && waiting.length > 0; round++) {
    if (round > 0) await poll.sleep(poll.intervalMs)
    for (const upload of waiting) Object.assign(upload, await processingStatus(request, target, upload))
    waiting = waiting.filter((upload) => upload.status === 'pending')
  }
  for (const upload of waiting) upload.detail = `still processing after ${poll.maxPolls} checks; see the Security tab`
  return results
}

/** One poll of an upload's processing: its status when GitHub has settled it, else still pending. */
async function processingStatus(request: Request, target: CodeScanningTarget, upload: CategoryUpload): Promise<CategoryUpload> {
  const { category, id } = upload
  try {
    const response = await request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner: target.owner, repo: target.repo, sarif_id: id })
    const data = response.data as { processing_status?: string; errors?: string[] | null }
    if (data.processing_status === 'complete') return { category, id, status: 'complete' }
    if (data.processing_status === 'failed') return { category, id, status: 'failed', detail: (data.errors ?? []).join('; ') || 'processing failed' }
    return upload
  } catch (err) {
    return { ...failure(category, err), id }
  }
}

/** GitHub's answers that mean "code scanning is not available here" (forks, no Advanced Security, no permission). */
function failure(category: string, err: unknown): CategoryUpload {
  const e = err as { status?: number; message?: string }
  const message = (e.message ?? String(err)).split('\n')[0]
  if (e.status === 403 || e.status === 404) return { category, status: 'unavailable', detail: `${e.status}: ${message}` }
  return { category, status: 'error', detail: e.status ? `${e.status}: ${message}` : message }
}
