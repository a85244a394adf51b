// GitHub's OIDC token service as the runner reaches it: GET ACTIONS_ID_TOKEN_REQUEST_URL (which already
// carries ?api-version=2.0) with `&audience=` appended and `Authorization: Bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
// answering {"value": "<jwt>"}. Tokens are RS256 JWTs with a key id and GitHub's claims
// (docs.github.com/actions/reference/security/oidc).
import { createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { ServiceError } from './protocol.mjs'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

export class OidcIssuer {
  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = privateKey
    this.publicKey = publicKey
    this.kid = randomBytes(20).toString('hex').toUpperCase()
    /** The runner's request token: whoever holds it may ask for ID tokens. */
    this.requestToken = randomBytes(24).toString('base64url')
    this.customClaims = {}
    this.runId = String(1_000_000_000 + Math.floor(Math.random() * 1_000_000_000))
  }

  setClaims(claims) {
    this.customClaims = { ...claims }
  }

  /** Claims of a token for `audience` (undefined: GitHub's default audience, the owner's URL). */
  claimsFor(audience, overrides = {}) {
    const merged = { ...this.defaultClaims(), ...this.customClaims, ...overrides }
    // sub follows repository and ref unless set explicitly, as GitHub derives it from them.
    const explicitSub = overrides.sub ?? this.customClaims.sub
    if (explicitSub === undefined) merged.sub = `repo:${merged.repository}:ref:${merged.ref}`
    merged.aud = overrides.aud ?? audience ?? `https://github.com/${merged.repository_owner}`
    return merged
  }

  defaultClaims() {
    const now = Math.floor(Date.now() / 1000)
    const repository = 'octo-org/octo-repo'
    const sha = '6f1ed002ab5595859014ebf0951522d9b7a21d35'
    const workflowRef = `${repository}/.github/workflows/plumbline.yml@refs/heads/main`
    return {
      jti: randomUUID(),
      iss: GITHUB_ISSUER,
      ref: 'refs/heads/main',
      ref_type: 'branch',
      ref_protected: 'true',
      sha,
      repository,
      repository_id: '123456789',
      repository_owner: 'octo-org',
      repository_owner_id: '9919',
      repository_visibility: 'private',
      run_id: this.runId,
      run_number: '42',
      run_attempt: '1',
      actor: 'octocat',
      actor_id: '583231',
      workflow: 'Plumbline posture scan',
      workflow_ref: workflowRef,
      workflow_sha: sha,
      job_workflow_ref: workflowRef,
      job_workflow_sha: sha,
      event_name: 'schedule',
      head_ref: '',
      base_ref: '',
      runner_environment: 'github-hosted',
      // GitHub's example token: valid from 10 minutes before issue, for 5 minutes after.
      nbf: now - 600,
      iat: now,
      exp: now + 300
    }
  }

  sign(claims) {
    const header = { typ: 'JWT', alg: 'RS256', kid: this.kid }
    const input = `${base64url(header)}.${base64url(claims)}`
    const signature = createSign('RSA-SHA256').update(input).sign(this.privateKey).toString('base64url')
    return `${input}.${signature}`
  }

  tokenFor(audience, overrides) {
    return this.sign(this.claimsFor(audience, overrides))
  }

  /** The claims of a token this issuer signed, or undefined when the signature or shape is wrong. */
  verifiedClaims(token) {
    const parts = typeof token === 'string' ? token.split('.') : []
    if (parts.length !== 3) return undefined
    try {
      const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'))
      if (header.alg !== 'RS256' || header.kid !== this.kid) return undefined
      const valid = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(this.publicKey, Buffer.from(parts[2], 'base64url'))
      return valid ? JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) : undefined
    } catch {
      return undefined
    }
  }

  /** GET /oidc/token?api-version=2.0&audience=… */
  handleTokenRequest(url, authorization) {
    const expected = Buffer.from(`Bearer ${this.requestToken}`)
    const given = Buffer.from(String(authorization ?? ''))
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new ServiceError('Unauthorized', 401, 'The request token is missing or invalid')
    }
    const audience = url.searchParams.get('audience') ?? undefined
    return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ value: this.tokenFor(audience) }) }
  }
}
