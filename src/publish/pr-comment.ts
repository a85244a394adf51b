// One comment per pull request, found again and updated in place on every run, so a pull request never collects a
// comment per push. "Ours" is a comment that carries the hidden marker AND was written by the token's own identity
// (login and account type): anyone can paste the marker into a comment of their own, and that comment must never
// be edited (nor keep ours from being posted). A token that cannot write (a fork's pull request, missing
// `pull-requests: write`) is not an error of the scan: the comment is skipped with a notice.
import { COMMENT_MARKER } from '../report/pr-comment.js'
import type { Request } from '../github-api.js'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

/** Who wrote a comment, as the REST API's `user` shows it. */
export interface CommentAuthor {
  login: string
  type: 'User' | 'Bot'
}

export type CommentResult =
  | { status: 'created' | 'updated'; id: number; notice?: string }
  | { status: 'skipped'; detail: string }
  | { status: 'error'; detail: string }

/** The identity of the job's GITHUB_TOKEN: the GitHub Actions app's bot. */
export const ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', type: 'Bot' }

export async function upsertPrComment(request: Request, target: CommentTarget, body: string): Promise<CommentResult> {
  try {
    const identity = await tokenIdentity(request)
    const existing = identity.author ? await findComment(request, target, identity.author) : undefined
    if (existing !== undefined) {
      await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: existing, body })
      return { status: 'updated', id: existing }
    }
    const created = await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body })
    const result: CommentResult = { status: 'created', id: Number((created.data as { id?: unknown }).id) }
    if (!identity.author) {
      result.notice = `pull-request comment: a new comment was written instead of updating an earlier one, because the token's identity could not be established (${identity.why}) and only a comment written by that identity is ever edited`
    }
    return result
  } catch (err) {
    const e = err as { status?: number; message?: string }
    const message = (e.message ?? String(err)).split('\n')[0]
    if (e.status === 403 || e.status === 404) {
      return { status: 'skipped', detail: `the token cannot write comments here (${e.status}: ${message}); pull requests from forks get a read-only token, and the job needs permissions: pull-requests: write` }
    }
    return { status: 'error', detail: e.status ? `${e.status}: ${message}` : message }
  }
}

/**
 * Who the token is, asked the ways GitHub documents: REST `GET /user` answers for a user's token (classic or
 * fine-grained personal access token); an installation token (the job's GITHUB_TOKEN, a GitHub App's token) gets
 * 403 "Resource not accessible by integration" there, and GraphQL's `viewer` answers for it with the bot's login
 * spelled as REST spells a comment's author (`github-actions[bot]`, `<app-slug>[bot]`). When GitHub said the token
 * is an installation token but GraphQL did not answer, it is taken to be the job's token (github-actions[bot]):
 * only the repository's own workflows write as that bot. Otherwise the identity stays unknown.
 */
export async function tokenIdentity(request: Request): Promise<{ author?: CommentAuthor; why: string }> {
  let installation = false
  let restFailure: string
  try {
    const user = (await request('GET /user', {})).data as { login?: unknown; type?: unknown }
    if (typeof user.login === 'string' && user.login !== '') return { author: { login: user.login, type: user.type === 'Bot' ? 'Bot' : 'User' }, why: 'GET /user' }
    restFailure = 'GET /user answered without a login'
  } catch (err) {
    const e = err as { status?: number; message?: string }
    installation = e.status === 403 && /not accessible by integration/i.test(e.message ?? '')
    restFailure = `GET /user: ${describe(err)}`
  }
  let graphqlFailure: string
  try {
    const answer = (await request('POST /graphql', { query: 'query { viewer { login } }' })).data as { data?: { viewer?: { login?: unknown } }; errors?: Array<{ message?: string }> }
    const login = answer.data?.viewer?.login
    if (typeof login === 'string' && login !== '') return { author: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, why: 'GraphQL viewer' }
    graphqlFailure = `GraphQL viewer: ${answer.errors?.[0]?.message ?? 'no login in the answer'}`
  } catch (err) {
    graphqlFailure = `GraphQL viewer: ${describe(err)}`
  }
  if (installation) return { author: ACTIONS_BOT, why: `an installation token whose bot GraphQL did not name (${graphqlFailure}): taken as the job's token` }
  return { why: `${restFailure}; ${graphqlFailure}` }
}

/** The id of our earlier comment on this pull request (marker and author both ours), following every page. */
async function findComment(request: Request, target: CommentTarget, author: CommentAuthor): Promise<number | undefined> {
  const login = author.login.toLowerCase()
  for (let page = 1; page <= 100; page++) {
    const response = await request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100, page })
    const comments = response.data as Array<{ id: number; body?: string | null; user?: { login?: string; type?: string } | null }>
    const ours = comments.find(
      (c) => typeof c.body === 'string' && c.body.includes(COMMENT_MARKER) && c.user?.login?.toLowerCase() === login && c.user?.type === author.type
    )
    if (ours) return ours.id
    if (comments.length < 100) return undefined
  }
  return undefined
}

function describe(err: unknown): string {
  const e = err as { status?: number; message?: string }
  const message = (e?.message ?? String(err)).split('\n')[0]
  return e?.status ? `${e.status}: ${message}` : message
}
