// GitHub's OIDC token as Plumbline sees it: whether the job can get one, and its claims for error messages.
import { readFileSync } from 'node:fs'

/** Decodes a JWT's payload claims without verifying them: for messages only, never for a decision. */
export function tokenClaims(jwt: string): Record<string, unknown> | undefined {
  const parts = jwt.split('.')
  if (parts.length !== 3) return undefined
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    return payload !== null && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * GitHub's immutable subject (repositories created on or after 2026-07-15, and those that opt in):
 * `repo:OWNER@OWNER_ID/REPO@REPO_ID:...`. A trust condition written with names only does not match it.
 */
export function isImmutableSub(sub: string): boolean {
  return /^repo:[^/:@]+@\d+\/[^/:@]+@\d+:/.test(sub)
}

// Events whose runs from a fork get no id-token (and read-only tokens): GitHub withholds secrets and OIDC there.
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])

/**
 * True when the run is for a pull request whose head is in another repository (a fork). The event payload's
 * head and base full names differ; the fork flag decides when a name is missing (a deleted fork has no repo).
 */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH) return false
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return false
  }
  const pullRequest = (payload as { pull_request?: PullRequestRefs } | null)?.pull_request
  if (!pullRequest) return false
  const headRepo = pullRequest.head?.repo
  const baseName = pullRequest.base?.repo?.full_name
  if (headRepo === null) return true
  if (headRepo?.full_name && baseName) return headRepo.full_name !== baseName
  return headRepo?.fork === true
}

interface PullRequestRefs {
  head?: { repo?: { full_name?: string; fork?: boolean } | null }
  base?: { repo?: { full_name?: string } | null }
}

/** The runner sets both variables only when the job has `permissions: id-token: write`. */
export function hasTokenRequestEnvironment(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
}
