// SARIF to GitHub code scanning through the REST API (POST /repos/{owner}/{repo}/code-scanning/sarifs), one upload
// per category: the file's runs each carry their category (automationDetails.id), and a plan-only run must not
// replace the live category's analysis. The payload is gzip-compressed then base64-encoded, as the API requires;
// the processing status is polled so that a rejected analysis is reported, not lost.
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

/** Uploads each category and waits for its processing; never throws for GitHub's answers, reports them instead. */
export async function uploadSarif(request: Request, sarif: Log, target: CodeScanningTarget, poll: PollOptions = DEFAULT_POLL): Promise<CategoryUpload[]> {
  const results: CategoryUpload[] = []
  for (const { category, log } of splitByCategory(sarif)) {
    let id: string
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
      id = String((response.data as { id?: unknown }).id ?? '')
    } catch (err) {
      results.push(failure(category, err))
      continue
    }
    results.push(await waitForProcessing(request, target, category, id, poll))
  }
  return results
}

async function waitForProcessing(request: Request, target: CodeScanningTarget, category: string, id: string, poll: PollOptions): Promise<CategoryUpload> {
  for (let i = 0; i < poll.maxPolls; i++) {
    try {
      const response = await request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner: target.owner, repo: target.repo, sarif_id: id })
      const data = response.data as { processing_status?: string; errors?: string[] | null }
      if (data.processing_status === 'complete') return { category, id, status: 'complete' }
      if (data.processing_status === 'failed') return { category, id, status: 'failed', detail: (data.errors ?? []).join('; ') || 'processing failed' }
    } catch (err) {
      return { ...failure(category, err), id }
    }
    await poll.sleep(poll.intervalMs)
  }
  return { category, id, status: 'pending', detail: `still processing after ${poll.maxPolls} checks; see the Security tab` }
}

/** GitHub's answers that mean "code scanning is not available here" (forks, no Advanced Security, no permission). */
function failure(category: string, err: unknown): CategoryUpload {
  const e = err as { status?: number; message?: string }
  const message = (e.message ?? String(err)).split('\n')[0]
  if (e.status === 403 || e.status === 404) return { category, status: 'unavailable', detail: `${e.status}: ${message}` }
  return { category, status: 'error', detail: e.status ? `${e.status}: ${message}` : message }
}
