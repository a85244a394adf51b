// The Actions results service's artifact API as @actions/artifact 6 calls it: Twirp over JSON at
// POST /twirp/github.actions.results.api.v1.ArtifactService/{Method}, authorized by the runtime token (a JWT whose
// `scp` claim holds "Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>"). Upload is CreateArtifact
// (answered with a signed blob URL), the blob calls (blob.mjs), then FinalizeArtifact with the size and sha256.
// Messages are protobuf JSON with the proto field names; int64 travels as a string, Timestamp as RFC 3339.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

export const SERVICE = 'github.actions.results.api.v1.ArtifactService'

/** Twirp's error codes and the HTTP status each travels with (twirp spec, "Error codes"). */
const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
  unimplemented: 501
}

export class TwirpError extends Error {
  constructor(code, msg) {
    super(msg)
    this.code = code
    this.status = TWIRP_STATUS[code] ?? 500
  }
}

export function twirpErrorResponse(error) {
  return { status: error.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: error.code, msg: error.message }) }
}

/** Characters upload-artifact refuses in names (path-and-artifact-name-validation.js). */
const FORBIDDEN_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

/** Issues and checks runtime tokens: HS256 JWTs signed with a key only this server knows. */
export class RuntimeTokens {
  constructor() {
    this.key = randomBytes(32)
  }

  issue({ runBackendId, jobBackendId, lifetimeSeconds = 6 * 3600 }) {
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      // The real token carries other scopes before the results one; the client must find it among them.
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vstoken.actions.githubusercontent.com',
      nbf: now - 60,
      iat: now,
      exp: now + lifetimeSeconds
    }
    const unsigned = `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url(claims)}`
    return `${unsigned}.${createHmac('sha256', this.key).update(unsigned).digest('base64url')}`
  }

  /** The (run, job) a bearer token may act for; a Twirp unauthenticated error for anything else. */
  verify(authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
    if (!token) throw new TwirpError('unauthenticated', 'missing bearer token')
    const [header, payload, signature] = token.split('.')
    const expected = createHmac('sha256', this.key).update(`${header}.${payload}`).digest()
    const given = Buffer.from(signature ?? '', 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TwirpError('unauthenticated', 'invalid token signature')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    const now = Math.floor(Date.now() / 1000)
    if (typeof claims.exp !== 'number' || claims.exp < now) throw new TwirpError('unauthenticated', 'token expired')
    const scope = String(claims.scp ?? '')
      .split(' ')
      .map((s) => s.split(':'))
      .find((parts) => parts[0] === 'Actions.Results' && parts.length === 3)
    if (!scope) throw new TwirpError('permission_denied', 'token has no Actions.Results scope')
    return { runBackendId: scope[1], jobBackendId: scope[2] }
  }
}

/** Every artifact created, with the bytes its blob holds (set when the block list is committed). */
export class ArtifactStore {
  constructor() {
    this.list = []
    this.nextId = 4_200_000_001
  }

  byId(id) {
    return this.list.find((a) => a.id === id)
  }

  byName(runBackendId, name) {
    return this.list.find((a) => a.runBackendId === runBackendId && a.name === name)
  }
}

function requireString(body, field) {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new TwirpError('invalid_argument', `${field} is required`)
  return value
}

/** The request must be for the run and job the token was issued to. */
function checkScope(body, scope) {
  const run = requireString(body, 'workflow_run_backend_id')
  const job = requireString(body, 'workflow_job_run_backend_id')
  if (run !== scope.runBackendId || job !== scope.jobBackendId) throw new TwirpError('permission_denied', 'the token is not valid for this workflow run or job')
  return { run, job }
}

/**
 * Answers one Twirp call. `signedUrl(artifact, permissions)` builds the blob URL (blob.mjs) for an artifact.
 * @returns {unknown} the response message
 */
export function handleTwirp(method, body, scope, { store, signedUrl }) {
  switch (method) {
    case 'CreateArtifact': {
      const { run, job } = checkScope(body, scope)
      const name = requireString(body, 'name')
      const bad = FORBIDDEN_NAME_CHARACTERS.find((c) => name.includes(c))
      if (bad) throw new TwirpError('invalid_argument', `artifact name ${JSON.stringify(name)} contains the character ${JSON.stringify(bad)}`)
      if (store.byName(run, name)) throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run')
      const version = body.version ?? 0
      if (!Number.isInteger(version) || version < 4) throw new TwirpError('invalid_argument', `unsupported artifact version ${JSON.stringify(body.version)}`)
      if (body.expires_at !== undefined && Number.isNaN(Date.parse(body.expires_at))) throw new TwirpError('invalid_argument', 'expires_at is not a timestamp')
      if (body.mime_type !== undefined && typeof body.mime_type !== 'string') throw new TwirpError('invalid_argument', 'mime_type is not a string')
      const artifact = {
        id: store.nextId++,
        name,
        runBackendId: run,
        jobBackendId: job,
        version,
        mimeType: body.mime_type,
        // The client names archived uploads `name` and uploads `name.zip` as application/zip; a single file
        // uploaded with skipArchive keeps its own name and its extension's MIME type.
        archived: body.mime_type === undefined || body.mime_type === 'application/zip',
        expiresAt: body.expires_at,
        createdAt: new Date().toISOString(),
        bytes: Buffer.alloc(0),
        committed: false,
        blobContentType: undefined,
        finalized: false,
        size: undefined,
        hash: undefined
      }
      store.list.push(artifact)
      return { ok: true, signed_upload_url: signedUrl(artifact, 'cw') }
    }
    case 'FinalizeArtifact': {
      const { run } = checkScope(body, scope)
      const artifact = store.byName(run, requireString(body, 'name'))
      if (!artifact) throw new TwirpError('not_found', 'artifact not found')
      if (artifact.finalized) throw new TwirpError('failed_precondition', 'artifact is already finalized')
      if (!artifact.committed) throw new TwirpError('failed_precondition', 'no blob was uploaded for this artifact')
      const size = Number(body.size ?? '0')
      if (size !== artifact.bytes.length) throw new TwirpError('invalid_argument', `size ${body.size} does not match the ${artifact.bytes.length} bytes uploaded`)
      if (body.hash !== undefined) {
        const digest = `sha256:${createHash('sha256').update(artifact.bytes).digest('hex')}`
        if (body.hash !== digest) throw new TwirpError('invalid_argument', `hash ${body.hash} does not match the uploaded content (${digest})`)
      }
      artifact.finalized = true
      artifact.size = size
      artifact.hash = body.hash
      return { ok: true, artifact_id: String(artifact.id) }
    }
    case 'ListArtifacts': {
      const { run } = checkScope(body, scope)
      const artifacts = store.list
        .filter((a) => a.runBackendId === run && a.finalized)
        .filter((a) => body.name_filter === undefined || a.name === body.name_filter)
        .filter((a) => body.id_filter === undefined || String(a.id) === String(body.id_filter))
        .map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          ...(a.hash ? { digest: a.hash } : {})
        }))
      return { artifacts }
    }
    default:
      throw new TwirpError('bad_route', `no handler for path "/twirp/${SERVICE}/${method}"`)
  }
}

export const newBackendId = () => randomUUID()
