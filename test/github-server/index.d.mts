// Types of the local GitHub server (index.mjs) for the TypeScript tests.

export type Permission = 'read' | 'write' | 'none'
export type CodeScanningState = 'enabled' | 'advanced-security-disabled' | 'code-scanning-disabled' | 'not-found'

export function startGitHubServer(options?: {
  /** owner/name of the repository the server holds from the start (default 'acme/orders'). */
  repository?: string
}): Promise<GitHubServer>

export interface GitHubServer {
  /** http://localhost:PORT — the REST API, the results service and the blob storage all answer here. */
  readonly url: string
  /** The `repository` option. */
  readonly repository: string
  /**
   * GITHUB_API_URL (the server), GITHUB_SERVER_URL ('https://github.com': @actions/artifact refuses other hosts
   * as GHES), GITHUB_REPOSITORY, ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN (a token for backendIds).
   * @actions/github reads GITHUB_API_URL when it is first imported: set it before `import('@actions/github')`.
   */
  env(): Record<string, string>
  /** A runtime token (JWT signed by this server; `scp` holds Actions.Results:<run>:<job>), by default for backendIds. */
  runtimeToken(ids?: { runBackendId?: string; jobBackendId?: string; lifetimeSeconds?: number }): string
  /** The workflow run and job backend ids of env()'s runtime token. */
  readonly backendIds: { runBackendId: string; jobBackendId: string }
  /**
   * A REST token (sent as `Authorization: token X` or `Bearer X`) with a permission map, e.g.
   * { issues: 'write', pull_requests: 'write', security_events: 'write' }; missing permissions are 'none'.
   * Comments need issues or pull_requests (read to list, write to create/update); SARIF upload needs
   * security_events: write, its status security_events: read. `login` is who the token acts as, and so the
   * author of the comments it writes (default 'github-actions[bot]', the job's GITHUB_TOKEN). A login ending in
   * `[bot]` makes it an installation token (GITHUB_TOKEN, a GitHub App's token: `GET /user` answers 403
   * "Resource not accessible by integration"); any other a user's token (a personal access token: `GET /user`
   * answers the user). GraphQL `POST /graphql` answers `query { viewer { login id databaseId } }` for both.
   * Unknown tokens get 401 Bad credentials.
   */
  addToken(token: string, permissions: Record<string, Permission>, login?: string): void
  /**
   * Adds the repository when new. 'advanced-security-disabled' and 'code-scanning-disabled' answer the SARIF
   * endpoints 403 with GitHub's messages; 'not-found' answers them 404. Repositories never named here, in the
   * options or in addComment do not exist (404 on every endpoint).
   */
  setCodeScanning(repository: string, state: CodeScanningState): void
  /**
   * SARIF uploads made from now on report `pending` for their first `pendingPolls` status polls (default 1),
   * then `finalStatus` (default 'complete'). A SARIF that breaks GitHub's limits always ends 'failed' with errors.
   */
  setProcessing(pendingPolls: number, finalStatus?: 'complete' | 'failed'): void
  /** Accepted uploads (202), in arrival order. */
  readonly sarifUploads: SarifUpload[]
  /** Every comment, seeded or created, in creation order (deleted ones removed). */
  readonly comments: StoredComment[]
  /** Every artifact created, finalized or not, in creation order. */
  readonly artifacts: StoredArtifact[]
  /** Every request received, in order, with the status sent. */
  readonly requests: ReceivedRequest[]
  /**
   * A commit's files (path → text or bytes), served by `GET /repos/{owner}/{repo}/contents/{path}?ref=SHA` (needs
   * contents: read). The first commit added to a repository is its default branch (no `ref`). Adds the repository.
   */
  addCommit(repository: string, sha: string, files: Record<string, string | Buffer>): void
  /**
   * A pull request from commit `base` to commit `head` (both added first): `GET /repos/{owner}/{repo}/pulls/{n}/files`
   * lists the files they differ in (needs pull_requests: read), an identical file under a new path as renamed.
   */
  addPullRequest(repository: string, number: number, base: string, head: string): void
  /**
   * Seeds a workflow run of `workflow` (a file name under .github/workflows, e.g. 'scheduled-scan.yml'; the
   * workflow is added on first use with a stable numeric id), listed by `GET /repos/{owner}/{repo}/actions/
   * workflows/{workflow_id}/runs` (workflow_id: that id or the file name; needs actions: read), newest `createdAt`
   * first. Artifacts uploaded with the returned `runtimeToken` as ACTIONS_RUNTIME_TOKEN (the real
   * DefaultArtifactClient) belong to this run: `GET .../actions/runs/{id}/artifacts` lists them and
   * `GET .../actions/artifacts/{artifact_id}/zip` answers 302 to their signed blob URL (410 once expired).
   * Adds the repository when new.
   */
  addWorkflowRun(repository: string, run: WorkflowRunSeed): SeededRun
  /** Makes an artifact expired (expires_at a second ago): listed with `expired: true`, its download 410. */
  expireArtifact(id: number): void
  /**
   * The next `times` (default 1) requests whose path (no query) equals `path`, or matches it, fail before being
   * handled: with that HTTP status (a JSON `{ message }`), or 'reset' — the connection is destroyed unanswered.
   */
  failRequests(path: string | RegExp, status: number | 'reset', times?: number): void
  /** Drops the faults not yet used up. */
  clearFaults(): void
  /** Seeds a comment (author default 'octocat'); returns its id. Adds the repository when new. */
  addComment(repository: string, issue: number, body: string, author?: string): number
  close(): Promise<void>
}

export interface WorkflowRunSeed {
  /** File name under .github/workflows ('scheduled-scan.yml'), or a path ('.github/workflows/x.yml'). */
  workflow: string
  /** The workflow's `name:` (default: the file name without .yml). */
  name?: string
  /** The triggering event (default 'push'): 'schedule', 'workflow_dispatch', 'pull_request', … */
  event?: string
  /** Default 'completed'; other statuses (queued, in_progress, …) have no conclusion. */
  status?: string
  /** Required when completed: success, failure, cancelled, skipped, timed_out, … */
  conclusion?: string
  /** When the run was created (default now). */
  createdAt?: string | Date
  headBranch?: string
  headSha?: string
  actor?: string
  /** Numbers of the pull requests the run is associated with (left out with exclude_pull_requests=true). */
  pullRequests?: number[]
}

export interface SeededRun {
  /** The run id (`workflowRunId` for @actions/artifact's findBy). */
  id: number
  /** The numeric workflow id (workflow_id may be this or the file name). */
  workflowId: number
  runNumber: number
  /** https://github.com/OWNER/REPO/actions/runs/ID */
  htmlUrl: string
  /** created_at as the REST API writes it. */
  createdAt: string
  backendIds: { runBackendId: string; jobBackendId: string }
  /** ACTIONS_RUNTIME_TOKEN for this run's job: uploads made with it are this run's artifacts. */
  runtimeToken: string
}

export interface SarifUpload {
  /** The sarif_id (a UUID). */
  id: string
  /** owner/name as the server holds it. */
  repository: string
  commit_sha: string
  ref: string
  /** The SARIF as text, after base64 decoding and gunzip. */
  sarifText: string
  /** Of the first run: its automationDetails.id up to the last '/' (the whole id when it has none). */
  category?: string
  /** Every run's category, in run order (runs without automationDetails.id left out). */
  categories: string[]
  /** The request body as sent (sarif still encoded). */
  body: Record<string, unknown>
  /** Status polls answered so far. */
  polls: number
  /** How processing ends and its errors (GitHub's limits broken, or setProcessing(…, 'failed')). */
  outcome: 'complete' | 'failed'
  errors: string[]
}

export interface StoredComment {
  id: number
  repository: string
  issue: number
  body: string
  author: string
  /** Milliseconds since the epoch; strictly increasing across all comments and updates. */
  created: number
  updated: number
}

export interface StoredArtifact {
  /** The artifact id FinalizeArtifact returned (what uploadArtifact resolves to). */
  id: number
  /** The name in CreateArtifact: for skipArchive uploads the file's basename. */
  name: string
  /** The bytes committed to the blob: a zip for archived uploads, the file itself otherwise. */
  bytes: Buffer
  /** mime_type absent or application/zip: the client zipped the files (it always sends one). */
  archived: boolean
  /** mime_type from CreateArtifact (application/zip, or the extension's type with skipArchive). */
  mimeType?: string
  /** x-ms-blob-content-type of the committed blob. */
  blobContentType?: string
  /** expires_at from CreateArtifact (RFC 3339; sent only when retentionDays is given). */
  expiresAt?: string
  /** CreateArtifact's version field (7 for @actions/artifact 6). */
  version: number
  createdAt: string
  /** The block list (or blob) was committed. */
  committed: boolean
  /** FinalizeArtifact accepted it: size and sha256 matched the blob. */
  finalized: boolean
  /** From FinalizeArtifact. */
  size?: number
  /** From FinalizeArtifact: 'sha256:<hex>'. */
  hash?: string
  runBackendId: string
  jobBackendId: string
}

export interface ReceivedRequest {
  method: string
  /** Path without the query, e.g. /repos/acme/orders/issues/7/comments, /twirp/…/CreateArtifact. */
  path: string
  /** '?…' or ''. */
  query: string
  /** Status sent; -1 when an injected fault reset the connection. */
  status: number
}
