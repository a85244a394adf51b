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

/** Tokens the server knows, each with a GitHub App's permission map ({ issues: 'write', security_events: 'none', ... }). */
export class TokenRegistry {
  constructor() {
    /** @type {Map<string, { permissions: Record<string, string>, login: string }>} */
    this.tokens = new Map()
  }

  add(token, permissions, login = 'github-actions[bot]') {
    for (const [name, level] of Object.entries(permissions)) {
      if (!(level in LEVEL)) throw new Error(`permission ${name}: ${level} is not read, write or none`)
    }
    this.tokens.set(token, { permissions: { ...permissions }, login })
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

/**
 * Refuses the call unless the caller holds one of `alternatives` (e.g. issues: write or pull_requests: write)
 * at `level`; GitHub's 403 for an installation token names the permissions it would have accepted.
 */
export function requirePermission(caller, alternatives, level, documentationUrl) {
  const held = alternatives.some((name) => LEVEL[caller.permissions[name] ?? 'none'] >= LEVEL[level])
  if (held) return
  throw new RestError(403, 'Resource not accessible by integration', {
    documentationUrl,
    headers: { 'x-accepted-github-permissions': alternatives.map((name) => `${name}=${level}`).join('; ') }
  })
}

/** ISO 8601 without milliseconds, as the REST API writes timestamps. */
export function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
