// A local GitHub for tests, on one HTTP port: the REST endpoints for code scanning SARIF uploads and issue
// comments (reached through GITHUB_API_URL, as @actions/github's getOctokit does), the Actions results service's
// artifact API (ACTIONS_RESULTS_URL + ACTIONS_RUNTIME_TOKEN, as @actions/artifact does) and the Azure Blob calls
// the artifact's signed upload URL receives. See index.d.mts for the API.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { DOWNLOAD_DOCS, RUN_ARTIFACTS_DOCS, RUNS_DOCS, WorkflowRuns, artifactExpired, isExpired, listRunArtifacts } from './actions.mjs'
import { ArtifactStore, RuntimeTokens, SERVICE, TwirpError, handleTwirp, newBackendId, twirpErrorResponse } from './artifacts.mjs'
import { BLOB_PREFIX, BlobError, BlobService, BlobSigner, blobErrorResponse } from './blob.mjs'
import { STATUS_DOCS, SarifUploads, UNAVAILABLE, UPLOAD_DOCS, readUpload } from './code-scanning.mjs'
import { CREATE_DOCS, CommentStore, DELETE_DOCS, GET_DOCS, LIST_DOCS, UPDATE_DOCS, listPage, readCommentBody } from './comments.mjs'
import { authenticatedUser, graphql, graphqlUnauthenticated } from './identity.mjs'
import { CONTENTS_DOCS, PULL_FILES_DOCS, RepositoryContents } from './repos.mjs'
import { DOCS, RestError, TokenRegistry, errorResponse, jsonResponse, notFound, requirePermission } from './rest.mjs'

const CODE_SCANNING_STATES = new Set(['enabled', 'advanced-security-disabled', 'code-scanning-disabled', 'not-found'])

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** REST routes: [method, pattern, handler name]; the pattern's groups are owner, repo and the rest. */
const ROUTES = [
  ['GET', /^\/user$/, 'getAuthenticatedUser'],
  ['POST', /^\/graphql$/, 'graphql'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/, 'uploadSarif'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs\/([^/]+)$/, 'getSarif'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, 'listComments'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, 'createComment'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, 'getComment'],
  ['PATCH', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, 'updateComment'],
  ['DELETE', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, 'deleteComment'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/contents(?:\/(.*))?$/, 'getContent'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/, 'listPullFiles'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/, 'listWorkflowRuns'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/, 'listRunArtifacts'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/([^/]+)$/, 'downloadArtifact']
]

/** @param {{ repository?: string }} [options] */
export async function startGitHubServer(options = {}) {
  const defaultRepository = options.repository ?? 'acme/orders'
  /** owner/name lower-cased (GitHub compares them case-insensitively) → its canonical name and code scanning state */
  const repositories = new Map([[defaultRepository.toLowerCase(), { name: defaultRepository, codeScanning: 'enabled' }]])
  const tokens = new TokenRegistry()
  const sarifs = new SarifUploads()
  const comments = new CommentStore({ serverUrl: 'https://github.com' })
  const contents = new RepositoryContents()
  const runtimeTokens = new RuntimeTokens()
  const artifacts = new ArtifactStore()
  const workflowRuns = new WorkflowRuns()
  const run = { runBackendId: newBackendId(), jobBackendId: newBackendId() }
  const requests = []
  /** Faults to inject: { path: RegExp, status: number | 'reset', times: number } */
  const faults = []
  let url = ''
  let signer
  let blobs

  const addRepository = (repository) => {
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) throw new Error(`repository ${repository} is not owner/name`)
    const key = repository.toLowerCase()
    if (!repositories.has(key)) repositories.set(key, { name: repository, codeScanning: 'enabled' })
    return repositories.get(key)
  }

  /** The canonical name of a repository the server holds, or 404 (GitHub hides what the caller cannot see). */
  const repositoryOf = (owner, repo, documentationUrl) => {
    const entry = repositories.get(`${decodeURIComponent(owner)}/${decodeURIComponent(repo)}`.toLowerCase())
    if (!entry) throw notFound(documentationUrl)
    return entry
  }

  const rest = {
    getAuthenticatedUser(req) {
      return jsonResponse(200, authenticatedUser(tokens.authenticate(req.headers), comments.serverUrl))
    },
    graphql(req, _match, body) {
      if (!req.headers.authorization) throw graphqlUnauthenticated()
      return jsonResponse(200, graphql(tokens.authenticate(req.headers), body, comments.serverUrl))
    },
    uploadSarif(req, match, body) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], UPLOAD_DOCS)
      requirePermission(caller, ['security_events'], 'write', UPLOAD_DOCS)
      if (repository.codeScanning !== 'enabled') throw UNAVAILABLE[repository.codeScanning]()
      const upload = sarifs.record(repository.name, readUpload(body))
      return jsonResponse(202, { id: upload.id, url: `${url}/repos/${repository.name}/code-scanning/sarifs/${upload.id}` })
    },
    getSarif(req, match) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], STATUS_DOCS)
      requirePermission(caller, ['security_events'], 'read', STATUS_DOCS)
      if (repository.codeScanning !== 'enabled') throw UNAVAILABLE[repository.codeScanning]()
      const upload = sarifs.find(repository.name, decodeURIComponent(match[3]))
      if (!upload) throw notFound(STATUS_DOCS)
      return jsonResponse(200, sarifs.status(upload, url))
    },
    listComments(req, match, _body, requestUrl) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], LIST_DOCS)
      requirePermission(caller, ['issues', 'pull_requests'], 'read', LIST_DOCS)
      const { items, headers } = listPage(comments, repository.name, Number(match[3]), requestUrl, url)
      return jsonResponse(200, items, headers)
    },
    createComment(req, match, body) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], CREATE_DOCS)
      requirePermission(caller, ['issues', 'pull_requests'], 'write', CREATE_DOCS)
      const comment = comments.add(repository.name, Number(match[3]), readCommentBody(body, CREATE_DOCS), caller.login)
      const json = comments.toJson(comment, url)
      return jsonResponse(201, json, { location: json.url })
    },
    getComment(req, match) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], GET_DOCS)
      requirePermission(caller, ['issues', 'pull_requests'], 'read', GET_DOCS)
      const comment = comments.find(repository.name, Number(match[3]))
      if (!comment) throw notFound(GET_DOCS)
      return jsonResponse(200, comments.toJson(comment, url))
    },
    updateComment(req, match, body) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], UPDATE_DOCS)
      requirePermission(caller, ['issues', 'pull_requests'], 'write', UPDATE_DOCS)
      const comment = comments.find(repository.name, Number(match[3]))
      if (!comment) throw notFound(UPDATE_DOCS)
      comment.body = readCommentBody(body, UPDATE_DOCS)
      comment.updated = comments.now()
      return jsonResponse(200, comments.toJson(comment, url))
    },
    getContent(req, match, _body, requestUrl) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], CONTENTS_DOCS)
      requirePermission(caller, ['contents'], 'read', CONTENTS_DOCS)
      const path = (match[3] ?? '').split('/').map(decodeURIComponent).join('/').replace(/\/+$/, '')
      return contents.content(repository.name, path, requestUrl.searchParams.get('ref') ?? undefined, req.headers.accept, url)
    },
    listPullFiles(req, match, _body, requestUrl) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], PULL_FILES_DOCS)
      requirePermission(caller, ['pull_requests'], 'read', PULL_FILES_DOCS)
      const { items, headers } = contents.pullFiles(repository.name, Number(match[3]), requestUrl, url)
      return jsonResponse(200, items, headers)
    },
    listWorkflowRuns(req, match, _body, requestUrl) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], RUNS_DOCS)
      requirePermission(caller, ['actions'], 'read', RUNS_DOCS)
      const { body, headers } = workflowRuns.listForWorkflow(repository.name, match[3], requestUrl, url)
      return jsonResponse(200, body, headers)
    },
    listRunArtifacts(req, match, _body, requestUrl) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], RUN_ARTIFACTS_DOCS)
      requirePermission(caller, ['actions'], 'read', RUN_ARTIFACTS_DOCS)
      const run = workflowRuns.runs.find((r) => r.repository === repository.name && r.id === Number(match[3]))
      if (!run) throw notFound(RUN_ARTIFACTS_DOCS)
      const { body, headers } = listRunArtifacts(artifacts, run, requestUrl, url)
      return jsonResponse(200, body, headers)
    },
    downloadArtifact(req, match) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], DOWNLOAD_DOCS)
      requirePermission(caller, ['actions'], 'read', DOWNLOAD_DOCS)
      const artifact = artifacts.byId(Number(match[3]))
      const run = artifact && artifact.finalized ? workflowRuns.byBackendId(artifact.runBackendId) : undefined
      // archive_format must be zip; an artifact of another repository is not found through this one.
      if (!run || run.repository !== repository.name || match[4] !== 'zip') throw notFound(DOWNLOAD_DOCS)
      if (isExpired(artifact)) throw artifactExpired()
      // "This URL expires after 1 minute."
      return { status: 302, headers: { location: signer.url(artifact, 'r', 60_000), 'x-github-request-id': randomUUID().toUpperCase() }, body: '' }
    },
    deleteComment(req, match) {
      const caller = tokens.authenticate(req.headers)
      const repository = repositoryOf(match[1], match[2], DELETE_DOCS)
      requirePermission(caller, ['issues', 'pull_requests'], 'write', DELETE_DOCS)
      const comment = comments.find(repository.name, Number(match[3]))
      if (!comment) throw notFound(DELETE_DOCS)
      comments.list.splice(comments.list.indexOf(comment), 1)
      return { status: 204, headers: {}, body: '' }
    }
  }

  function answerTwirp(req, method, body) {
    if (req.method !== 'POST') throw new TwirpError('bad_route', `unsupported method ${req.method} (only POST is allowed)`)
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new TwirpError('bad_route', 'unexpected Content-Type: only application/json is served')
    const scope = runtimeTokens.verify(req.headers.authorization)
    let json
    try {
      json = JSON.parse(body.toString('utf8'))
    } catch {
      throw new TwirpError('malformed', 'the request body is not JSON')
    }
    if (!json || typeof json !== 'object') throw new TwirpError('malformed', 'the request body is not a JSON object')
    const message = handleTwirp(method, json, scope, { store: artifacts, signedUrl: (artifact, permissions) => signer.url(artifact, permissions) })
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) }
  }

  async function answer(req, requestUrl, body) {
    const path = requestUrl.pathname
    const twirpPrefix = `/twirp/${SERVICE}/`
    if (path.startsWith('/twirp/')) {
      try {
        if (!path.startsWith(twirpPrefix)) throw new TwirpError('bad_route', `no handler for path "${path}"`)
        return answerTwirp(req, path.slice(twirpPrefix.length), body)
      } catch (thrown) {
        if (thrown instanceof TwirpError) return twirpErrorResponse(thrown)
        throw thrown
      }
    }
    if (path.startsWith(BLOB_PREFIX)) {
      try {
        return blobs.handle(req.method ?? 'GET', requestUrl, req.headers, body)
      } catch (thrown) {
        if (thrown instanceof BlobError) return blobErrorResponse(thrown)
        throw thrown
      }
    }
    try {
      for (const [method, pattern, handler] of ROUTES) {
        const match = pattern.exec(path)
        if (match && method === req.method) return rest[handler](req, match, body, requestUrl)
      }
      throw notFound(DOCS)
    } catch (thrown) {
      if (thrown instanceof RestError) return errorResponse(thrown)
      throw thrown
    }
  }

  const server = createServer(async (req, res) => {
    const requestUrl = new URL(req.url ?? '/', 'http://localhost')
    const record = { method: req.method ?? 'GET', path: requestUrl.pathname, query: requestUrl.search, status: 0 }
    requests.push(record)
    const fault = faults.find((f) => f.times > 0 && f.path.test(requestUrl.pathname))
    if (fault) {
      fault.times--
      if (fault.status === 'reset') {
        record.status = -1
        req.socket.destroy()
        return
      }
      const failure = jsonResponse(fault.status, { message: fault.status === 503 ? 'Service Unavailable' : 'Server Error' })
      record.status = fault.status
      res.writeHead(fault.status, { ...failure.headers, 'content-length': Buffer.byteLength(failure.body) })
      res.end(failure.body)
      return
    }
    let response
    try {
      response = await answer(req, requestUrl, await readBody(req))
    } catch (thrown) {
      console.error('github-server:', thrown)
      response = jsonResponse(500, { message: `Local GitHub server failure: ${thrown?.message ?? thrown}` })
    }
    record.status = response.status
    const length = response.contentLength ?? Buffer.byteLength(response.body)
    res.writeHead(response.status, { ...response.headers, 'content-length': length })
    res.end(response.body)
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, 'localhost', resolve)
  })
  url = `http://localhost:${server.address().port}`
  signer = new BlobSigner(url)
  blobs = new BlobService(signer, artifacts)
  const defaultRuntimeToken = runtimeTokens.issue(run)

  return {
    url,
    repository: defaultRepository,
    env() {
      return {
        GITHUB_API_URL: url,
        // @actions/artifact refuses GitHub Enterprise Server hosts; the links it builds point at github.com.
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: defaultRepository,
        ACTIONS_RESULTS_URL: `${url}/`,
        ACTIONS_RUNTIME_TOKEN: defaultRuntimeToken
      }
    },
    runtimeToken(ids = {}) {
      return runtimeTokens.issue({ runBackendId: ids.runBackendId ?? run.runBackendId, jobBackendId: ids.jobBackendId ?? run.jobBackendId, lifetimeSeconds: ids.lifetimeSeconds })
    },
    backendIds: { ...run },
    addToken(token, permissions, login) {
      tokens.add(token, permissions, login)
    },
    setCodeScanning(repository, state) {
      if (!CODE_SCANNING_STATES.has(state)) throw new Error(`unknown code scanning state ${state}`)
      addRepository(repository).codeScanning = state
    },
    setProcessing(pendingPolls, finalStatus) {
      sarifs.setProcessing(pendingPolls, finalStatus)
    },
    get sarifUploads() {
      return sarifs.list
    },
    get comments() {
      return comments.list
    },
    get artifacts() {
      return artifacts.list
    },
    get requests() {
      return requests
    },
    addCommit(repository, sha, files) {
      contents.addCommit(addRepository(repository).name, sha, files)
    },
    addPullRequest(repository, number, base, head) {
      contents.addPullRequest(addRepository(repository).name, number, base, head)
    },
    addWorkflowRun(repository, options) {
      const ids = { runBackendId: newBackendId(), jobBackendId: newBackendId() }
      const run = workflowRuns.addRun(addRepository(repository).name, { ...options, ...ids })
      return {
        id: run.id,
        workflowId: run.workflow.id,
        runNumber: run.runNumber,
        htmlUrl: `https://github.com/${run.repository}/actions/runs/${run.id}`,
        createdAt: new Date(run.created).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        backendIds: ids,
        runtimeToken: runtimeTokens.issue(ids)
      }
    },
    failRequests(path, status, times = 1) {
      faults.push({ path: typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path, status, times })
    },
    clearFaults() {
      faults.length = 0
    },
    expireArtifact(id) {
      const artifact = artifacts.byId(id)
      if (!artifact) throw new Error(`no artifact ${id}`)
      artifact.expiresAt = new Date(Date.now() - 1000).toISOString()
    },
    addComment(repository, issue, body, author = 'octocat') {
      return comments.add(addRepository(repository).name, issue, body, author).id
    },
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(() => resolve()))
    }
  }
}
