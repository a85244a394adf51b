// Issue comments (pull requests' conversation comments are issue comments): list with per_page/page and a
// Link header, create, read, update and delete, with GitHub's 65,536-character body limit.
import { RestError, accountOf, invalidRequest, isoSeconds, parseJsonBody } from './rest.mjs'

export const LIST_DOCS = 'https://docs.github.com/rest/issues/comments#list-issue-comments'
export const CREATE_DOCS = 'https://docs.github.com/rest/issues/comments#create-an-issue-comment'
export const UPDATE_DOCS = 'https://docs.github.com/rest/issues/comments#update-an-issue-comment'
export const GET_DOCS = 'https://docs.github.com/rest/issues/comments#get-an-issue-comment'
export const DELETE_DOCS = 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment'

/** "Body is too long (maximum is 65536 characters)"; GitHub counts characters, not UTF-16 units or bytes. */
export const MAX_BODY_CHARACTERS = 65_536

export class CommentStore {
  constructor({ serverUrl }) {
    this.serverUrl = serverUrl
    this.list = []
    this.nextId = 1_000_000_001
    this.clock = 0
  }

  /** Strictly increasing milliseconds, so created/updated order is total even within one millisecond. */
  now() {
    this.clock = Math.max(this.clock + 1, Date.now())
    return this.clock
  }

  add(repository, issue, body, author) {
    const at = this.now()
    const comment = { id: this.nextId++, repository, issue, body, author, created: at, updated: at }
    this.list.push(comment)
    return comment
  }

  find(repository, id) {
    return this.list.find((comment) => comment.repository === repository && comment.id === id)
  }

  /** GitHub's issue-comment JSON. */
  toJson(comment, apiUrl) {
    const user = accountOf(comment.author, this.serverUrl)
    const bot = user.type === 'Bot'
    return {
      id: comment.id,
      node_id: `IC_kwDO${Buffer.from(String(comment.id)).toString('base64url')}`,
      url: `${apiUrl}/repos/${comment.repository}/issues/comments/${comment.id}`,
      html_url: `${this.serverUrl}/${comment.repository}/issues/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: { login: user.login, id: user.id, node_id: user.node_id, type: user.type, site_admin: user.site_admin, html_url: user.html_url },
      created_at: isoSeconds(comment.created),
      updated_at: isoSeconds(comment.updated),
      issue_url: `${apiUrl}/repos/${comment.repository}/issues/${comment.issue}`,
      author_association: bot ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null
    }
  }
}

/** The `body` of a create or update: present, a string, within the limit (422s as GitHub sends them). */
export function readCommentBody(rawBody, documentationUrl) {
  const json = parseJsonBody(rawBody, documentationUrl)
  if (json.body === undefined) throw invalidRequest('"body" wasn\'t supplied.', documentationUrl)
  if (typeof json.body !== 'string') throw invalidRequest(`Invalid property /body: \`${JSON.stringify(json.body)}\` is not of type \`string\`.`, documentationUrl)
  const characters = [...json.body].length
  if (characters > MAX_BODY_CHARACTERS) {
    throw new RestError(422, 'Validation Failed', {
      documentationUrl,
      errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)` }]
    })
  }
  return json.body
}

/** per_page (default 30, at most 100) and page (default 1) as GitHub reads them. */
export function pageOf(url) {
  const number = (name, fallback) => {
    const raw = url.searchParams.get(name)
    const value = raw === null ? NaN : Number.parseInt(raw, 10)
    return Number.isFinite(value) && value >= 1 ? value : fallback
  }
  return { perPage: Math.min(number('per_page', 30), 100), page: number('page', 1) }
}

/** The Link header for a page: first/prev when not on the first page, next/last when not on the last. */
export function linkHeader(url, apiUrl, page, lastPage) {
  const at = (n) => {
    const target = new URL(url.pathname + url.search, apiUrl)
    target.searchParams.set('page', String(n))
    return `<${target.href}>`
  }
  const links = []
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`)
  if (page < lastPage) links.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`)
  if (page > 1) links.push(`${at(1)}; rel="first"`)
  return links.join(', ')
}

export function listPage(store, repository, issue, url, apiUrl) {
  const since = url.searchParams.get('since')
  const sinceMs = since ? Date.parse(since) : NaN
  if (since && Number.isNaN(sinceMs)) throw invalidRequest(`Invalid property /since: \`${since}\` is not a valid date-time.`, LIST_DOCS)
  const all = store.list.filter((c) => c.repository === repository && c.issue === issue && (Number.isNaN(sinceMs) || c.updated >= sinceMs))
  const { perPage, page } = pageOf(url)
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((page - 1) * perPage, page * perPage).map((c) => store.toJson(c, apiUrl))
  const link = linkHeader(url, apiUrl, page, lastPage)
  return { items, headers: link ? { link } : {} }
}
