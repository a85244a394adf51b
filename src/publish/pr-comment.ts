// One comment per pull request, found again by its hidden marker and updated in place on every run, so a
// pull request never collects a comment per push. A token that cannot write (a fork's pull request, missing
// `pull-requests: write`) is not an error of the scan: the comment is skipped with a notice.
import { COMMENT_MARKER } from '../report/pr-comment.js'
import type { Request } from './code-scanning.js'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type CommentResult =
  | { status: 'created' | 'updated'; id: number }
  | { status: 'skipped'; detail: string }
  | { status: 'error'; detail: string }

export async function upsertPrComment(request: Request, target: CommentTarget, body: string): Promise<CommentResult> {
  try {
    const existing = await findComment(request, target)
    if (existing !== undefined) {
      await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: existing, body })
      return { status: 'updated', id: existing }
    }
    const created = await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body })
    return { status: 'created', id: Number((created.data as { id?: unknown }).id) }
  } catch (err) {
    const e = err as { status?: number; message?: string }
    const message = (e.message ?? String(err)).split('\n')[0]
    if (e.status === 403 || e.status === 404) {
      return { status: 'skipped', detail: `the token cannot write comments here (${e.status}: ${message}); pull requests from forks get a read-only token, and the job needs permissions: pull-requests: write` }
    }
    return { status: 'error', detail: e.status ? `${e.status}: ${message}` : message }
  }
}

/** The id of our earlier comment on this pull request, following every page of comments. */
async function findComment(request: Request, target: CommentTarget): Promise<number | undefined> {
  for (let page = 1; page <= 100; page++) {
    const response = await request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100, page })
    const comments = response.data as Array<{ id: number; body?: string | null }>
    const ours = comments.find((c) => typeof c.body === 'string' && c.body.includes(COMMENT_MARKER))
    if (ours) return ours.id
    if (comments.length < 100) return undefined
  }
  return undefined
}
