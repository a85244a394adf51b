// GitHub REST plumbing shared by the endpoints: the error type handlers throw, GitHub's error bodies
// ({ message, documentation_url, status }), JSON replies, and token authentication with per-token permissions
// the way a GitHub App installation token (the job's GITHUB_TOKEN) has them.
import { randomUUID } from 'node:crypto'

export const DOCS = 'https://docs.github.com/rest'

/** An answer other than success: GitHub's status, message and, for validation failures, its errors array. */
export class RestError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {{ documentationUrl?: string, errors?: unknown[], headers?: Record<string, string> }} [extra]
   */
  constructor(status, message, extra = {}) {
    super(message)
    this.status = status
    this.documentationUrl = extra.documentationUrl ?? DOCS
    this.errors = extra.errors
    this.headers = extra.headers ?? {}
  }
}

/** A response ready to write. */
export function jsonResponse(status, value, headers = {}) {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', 'x-github-request-id': randomUUID().toUpperCase(), ...headers },
    body: value === undefined ? '' : JSON.stringify(value)
  }
}

export function errorResponse(error) {
  const body = { message: error.message, ...(error.errors ? { errors: error.errors } : {}), documentation_url: error.documentationUrl, status: String(error.status) }
  return jsonResponse(error.status, body, error.headers)
}

export const notFound = (documentationUrl) => new RestError(404, 'Not Found', { documentationUrl })

/** The request body as GitHub reads it: JSON object, or 400 "Problems parsing JSON". */
export function parseJsonBody(body, documentationUrl) {
  try {
    const value = JSON.parse(body.toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) return value
  } catch {
    // answered below, as GitHub does for any body it cannot read as a JSON object
  }
  throw new RestError(400, 'Problems parsing JSON', { documentationUrl })
}

/** GitHub's schema-validation answer for a missing or malformed parameter (422 "Invalid request."). */
export function invalidRequest(detail, documentationUrl) {
  return new RestError(422, `Invalid request.\n\n${detail}`, { documentationUrl })
}

const LEVEL = { none: 0, read: 1, write: 2 }

/** The job's GITHUB_TOKEN acts as this bot (the GitHub Actions app's installation). */
export const ACTIONS_BOT = 'github-actions[bot]'
const BOT_IDS = { [ACTIONS_BOT]: 41898282 }

/**
 * An account as the REST API shows it (a comment's `user`, GET /user): a login ending in `[bot]` is a GitHub
 * App's bot (type Bot), any other a user. Ids are stable per login.
 */
export function accountOf(login, serverUrl = 'https://github.com') {
  const bot = login.endsWith('[bot]')
  const id = BOT_IDS[login] ?? 10_000 + [...login].reduce((n, c) => (n * 31 + c.codePointAt(0)) % 1_000_000, 7)
  return {
    login,
    id,
    node_id: `${bot ? 'BOT' : 'U'}_kgDO${Buffer.from(String(id)).toString('base64url')}`,
    type: bot ? 'Bot' : 'User',
    site_admin: false,
    html_url: `${serverUrl}/${bot ? 'apps/' + login.replace(/\[bot\]$/, '') : login}`
  }
}

/**
 * Tokens the server knows, each with a permission map ({ issues: 'write', security_events: 'none', ... }) and the
 * identity it acts as. A token whose login ends in `[bot]` is an installation token (the job's GITHUB_TOKEN acts
 * as github-actions[bot], a GitHub App's as `<app-slug>[bot]`); any other login makes it a user's token (a
 * personal access token, classic or fine-grained), whose permission map models a fine-grained token's.
 */
export class TokenRegistry {
  constructor() {
    /** @type {Map<string, { permissions: Record<string, string>, login: string, kind: 'installation' | 'user' }>} */
    this.tokens = new Map()
  }

  add(token, permissions, login = ACTIONS_BOT) {
    for (const [name, level] of Object.entries(permissions)) {
      if (!(level in LEVEL)) throw new Error(`permission ${name}: ${level} is not read, write or none`)
    }
    this.tokens.set(token, { permissions: { ...permissions }, login, kind: login.endsWith('[bot]') ? 'installation' : 'user' })
  }

  /** The caller of a request: `Authorization: token X` or `Bearer X`; 401 as GitHub answers it otherwise. */
  authenticate(headers) {
    const header = headers.authorization
    if (!header) throw new RestError(401, 'Requires authentication')
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
    const entry = match ? this.tokens.get(match[1]) : undefined
    if (!entry) throw new RestError(401, 'Bad credentials')
    return { token: match[1], ...entry }
  }
}

/** GitHub's 403 when a token lacks a permission (or an installation token calls a user-only endpoint). */
export function notAccessible(caller, documentationUrl, headers = {}) {
  const by = caller.kind === 'installation' ? 'integration' : 'personal access token'
  return new RestError(403, `Resource not accessible by ${by}`, { documentationUrl, headers })
}

/**
 * Refuses the call unless the caller holds one of `alternatives` (e.g. issues: write or pull_requests: write)
 * at `level`; GitHub's 403 names the permissions it would have accepted.
 */
export function requirePermission(caller, alternatives, level, documentationUrl) {
  const held = alternatives.some((name) => LEVEL[caller.permissions[name] ?? 'none'] >= LEVEL[level])
  if (held) return
  throw notAccessible(caller, documentationUrl, { 'x-accepted-github-permissions': alternatives.map((name) => `${name}=${level}`).join('; ') })
}

/** ISO 8601 without milliseconds, as the REST API writes timestamps. */
export function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
