import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tokenClaims } from '../../src/auth/index.js'
import { hasTokenRequestEnvironment, isForkPullRequest, isImmutableSub } from '../../src/auth/oidc.js'

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const jwt = (claims: unknown) => `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`

describe('tokenClaims', () => {
  it('decodes the payload of a JWT (base64url, unverified)', () => {
    // '>>>' and '???' encode to base64url's '-' and '_', which plain base64 decoding would mangle.
    const claims = { sub: 'repo:octo/app:ref:refs/heads/main', aud: 'sts.amazonaws.com', note: '>>>???' }
    expect(tokenClaims(jwt(claims))).toEqual(claims)
  })

  it.each([
    ['not a JWT', 'opaque-token'],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c'],
    ['a payload that is not an object', `a.${encode([1, 2])}.c`]
  ])('answers undefined for %s', (_what, value) => {
    expect(tokenClaims(value)).toBeUndefined()
  })
})

describe('isImmutableSub', () => {
  it("recognises GitHub's owner@id/repo@id subject", () => {
    expect(isImmutableSub('repo:octo-org@1234/app@98765:ref:refs/heads/main')).toBe(true)
    expect(isImmutableSub('repo:octo-org/app:ref:refs/heads/main')).toBe(false)
    expect(isImmutableSub('repo:octo@org/app:environment:prod')).toBe(false)
  })
})

describe('isForkPullRequest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-auth-event-'))
  const event = (name: string, payload: unknown): NodeJS.ProcessEnv => {
    const path = join(dir, `${name}-${Math.random()}.json`)
    writeFileSync(path, JSON.stringify(payload))
    return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path }
  }
  const pr = (head: unknown, base = 'octo/app') => ({ pull_request: { head: { repo: head }, base: { repo: { full_name: base } } } })

  it('is true for a pull request whose head is in another repository', () => {
    expect(isForkPullRequest(event('pull_request', pr({ full_name: 'someone/app', fork: true })))).toBe(true)
    expect(isForkPullRequest(event('pull_request_review', pr({ full_name: 'someone/app', fork: true })))).toBe(true)
  })

  it('is true when the fork was deleted (head repo null)', () => {
    expect(isForkPullRequest(event('pull_request', pr(null)))).toBe(true)
  })

  it('is false for a branch of the same repository, even when that repository is itself a fork', () => {
    expect(isForkPullRequest(event('pull_request', pr({ full_name: 'octo/app', fork: true })))).toBe(false)
  })

  it('uses the fork flag when names are missing', () => {
    expect(isForkPullRequest(event('pull_request', { pull_request: { head: { repo: { fork: true } } } }))).toBe(true)
  })

  it('is false for pull_request_target (it gets tokens) and other events, and without a readable payload', () => {
    expect(isForkPullRequest(event('pull_request_target', pr({ full_name: 'someone/app' })))).toBe(false)
    expect(isForkPullRequest(event('push', pr({ full_name: 'someone/app' })))).toBe(false)
    expect(isForkPullRequest({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toBe(false)
  })

  it('needs both token request variables', () => {
    expect(hasTokenRequestEnvironment({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toBe(true)
    expect(hasTokenRequestEnvironment({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' })).toBe(false)
    expect(hasTokenRequestEnvironment({})).toBe(false)
  })
})
