// Repository contents at a commit and pull requests between two commits: `GET /repos/{owner}/{repo}/contents/{path}`
// (a file as JSON with base64 content up to 1 MB, empty content with encoding "none" from 1 to 100 MB, the raw
// bytes with the raw media type up to 100 MB, a folder as a JSON listing, 404 for a path or ref that does not
// exist) and `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` (30 a page by default, at most 100, at most
// 3,000 files in all, with status, counts, previous_filename for renames and a unified-diff patch, left out when
// the diff is too large), as GitHub documents them.
import { createHash } from 'node:crypto'
import { RestError } from './rest.mjs'
import { linkHeader, pageOf } from './comments.mjs'

export const CONTENTS_DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content'
export const PULL_FILES_DOCS = 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files'

const MB = 1024 * 1024
/** The JSON form carries the content up to 1 MB; the raw media type serves files up to 100 MB. */
export const JSON_CONTENT_LIMIT = 1 * MB
export const RAW_CONTENT_LIMIT = 100 * MB
/** "Responses include a maximum of 3000 files." */
export const MAX_PULL_FILES = 3000
/** Diffs larger than this many lines get no `patch` (GitHub leaves the patch out of large diffs). */
const MAX_PATCH_LINES = 3000

const blobSha = (bytes) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

export class RepositoryContents {
  constructor() {
    /** `${repository}\0${sha}` → Map(path → Buffer) */
    this.commits = new Map()
    /** repository → sha of its default branch (the first commit added) */
    this.defaultBranch = new Map()
    /** `${repository}\0${number}` → { base, head } */
    this.pulls = new Map()
  }

  addCommit(repository, sha, files) {
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`commit ${sha} is not a 40-hex sha`)
    const map = new Map(Object.entries(files).map(([path, content]) => [path, Buffer.isBuffer(content) ? content : Buffer.from(content)]))
    this.commits.set(`${repository}\0${sha}`, map)
    if (!this.defaultBranch.has(repository)) this.defaultBranch.set(repository, sha)
  }

  addPullRequest(repository, number, base, head) {
    for (const sha of [base, head]) if (!this.commits.has(`${repository}\0${sha}`)) throw new Error(`commit ${sha} of ${repository} was not added`)
    this.pulls.set(`${repository}\0${number}`, { base, head })
  }

  /** GET contents: { status, headers, body } ready to send. */
  content(repository, path, ref, accept, apiUrl) {
    const sha = ref ?? this.defaultBranch.get(repository)
    const files = sha === undefined ? undefined : this.commits.get(`${repository}\0${sha}`)
    if (!files) throw new RestError(404, `No commit found for the ref ${ref ?? ''}`, { documentationUrl: CONTENTS_DOCS })
    const file = files.get(path)
    if (file === undefined) {
      const prefix = path === '' ? '' : `${path}/`
      const entries = new Map()
      for (const [name, bytes] of files) {
        if (!name.startsWith(prefix)) continue
        const rest = name.slice(prefix.length)
        const slash = rest.indexOf('/')
        const entry = slash < 0 ? rest : rest.slice(0, slash)
        if (!entries.has(entry)) entries.set(entry, slash < 0 ? { type: 'file', bytes } : { type: 'dir' })
      }
      if (entries.size === 0) throw new RestError(404, 'Not Found', { documentationUrl: CONTENTS_DOCS })
      const listing = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, e]) => this.#entry(repository, `${prefix}${name}`, sha, e.type, e.bytes, apiUrl))
      return json(200, listing)
    }
    if (file.length > RAW_CONTENT_LIMIT) {
      throw new RestError(403, 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.', {
        documentationUrl: CONTENTS_DOCS,
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
      })
    }
    if (/application\/vnd\.github(?:\.v3)?\.raw/.test(accept ?? '')) {
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', etag: `"${blobSha(file)}"` }, body: file }
    }
    const entry = this.#entry(repository, path, sha, 'file', file, apiUrl)
    const small = file.length <= JSON_CONTENT_LIMIT
    // Base64 in lines of 60 characters, as GitHub sends it.
    const content = small ? (file.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n' : ''
    return json(200, { ...entry, content, encoding: small ? 'base64' : 'none' })
  }

  #entry(repository, path, sha, type, bytes, apiUrl) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const url = `${apiUrl}/repos/${repository}/contents/${path}?ref=${sha}`
    const html = `https://github.com/${repository}/${type === 'file' ? 'blob' : 'tree'}/${sha}/${path}`
    const entrySha = bytes ? blobSha(bytes) : createHash('sha1').update(`tree ${path}`).digest('hex')
    return {
      type,
      name,
      path,
      sha: entrySha,
      size: bytes ? bytes.length : 0,
      url,
      html_url: html,
      git_url: `${apiUrl}/repos/${repository}/git/${type === 'file' ? 'blobs' : 'trees'}/${entrySha}`,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${repository}/${sha}/${path}` : null,
      _links: { self: url, git: `${apiUrl}/repos/${repository}/git/${type === 'file' ? 'blobs' : 'trees'}/${entrySha}`, html }
    }
  }

  /** GET pull request files: one page and its Link header, or 404 for a pull request that does not exist. */
  pullFiles(repository, number, url, apiUrl) {
    const pull = this.pulls.get(`${repository}\0${number}`)
    if (!pull) throw new RestError(404, 'Not Found', { documentationUrl: PULL_FILES_DOCS })
    const { perPage, page } = pageOf(url)
    const all = diffCommits(this.commits.get(`${repository}\0${pull.base}`), this.commits.get(`${repository}\0${pull.head}`)).slice(0, MAX_PULL_FILES)
    const lastPage = Math.max(1, Math.ceil(all.length / perPage))
    const items = all.slice((page - 1) * perPage, page * perPage).map((f) => {
      const bytes = f.status === 'removed' ? f.before : f.after
      const sha = blobSha(bytes)
      const rawBase = `https://github.com/${repository}/raw/${pull.head}/${f.path}`
      return {
        sha,
        filename: f.path,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `https://github.com/${repository}/blob/${pull.head}/${f.path}`,
        raw_url: rawBase,
        contents_url: `${apiUrl}/repos/${repository}/contents/${f.path}?ref=${pull.head}`,
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
        ...(f.previousPath !== undefined ? { previous_filename: f.previousPath } : {})
      }
    })
    const link = linkHeader(url, apiUrl, page, lastPage)
    return { items, headers: link ? { link } : {} }
  }
}

function json(status, value) {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) }
}

/** The files two commits differ in, by path; a removed and an added file with the same bytes are a rename. */
function diffCommits(base, head) {
  const out = []
  const removed = [...base.keys()].filter((p) => !head.has(p))
  const added = [...head.keys()].filter((p) => !base.has(p))
  const renamedFrom = new Map()
  for (const path of added) {
    const from = removed.find((r) => !renamedFrom.has(r) && base.get(r).equals(head.get(path)))
    if (from !== undefined) renamedFrom.set(from, path)
  }
  const renamedTo = new Map([...renamedFrom].map(([from, to]) => [to, from]))
  for (const path of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(path)
    const after = head.get(path)
    if (renamedFrom.has(path)) continue
    if (renamedTo.has(path)) {
      out.push({ path, previousPath: renamedTo.get(path), status: 'renamed', before: base.get(renamedTo.get(path)), after, additions: 0, deletions: 0 })
      continue
    }
    if (before !== undefined && after !== undefined && before.equals(after)) continue
    const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified'
    const diff = unifiedDiff(before?.toString('utf8') ?? '', after?.toString('utf8') ?? '', status)
    out.push({ path, status, before, after, ...diff })
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1))
}

const splitLines = (text) => {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Line counts and a unified diff (3 lines of context, git's hunk headers) from a longest common subsequence. */
export function unifiedDiff(oldText, newText, status) {
  const a = splitLines(oldText)
  const b = splitLines(newText)
  if (a.length * b.length > 4_000_000 || a.length + b.length > MAX_PATCH_LINES) {
    return { additions: status === 'removed' ? 0 : b.length, deletions: status === 'added' ? 0 : a.length, patch: undefined }
  }
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
  const ops = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push([' ', a[i++], j++])
    // Deletions before additions, as git writes them.
    else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', a[i++]])
    else ops.push(['+', b[j++]])
  }
  const noNewline = { old: oldText !== '' && !oldText.endsWith('\n'), new: newText !== '' && !newText.endsWith('\n') }
  const hunks = []
  let at = 0
  let oldLine = 1
  let newLine = 1
  const positions = ops.map((op) => {
    const pos = { op, oldLine, newLine }
    if (op[0] !== '+') oldLine++
    if (op[0] !== '-') newLine++
    return pos
  })
  while (at < positions.length) {
    while (at < positions.length && positions[at].op[0] === ' ') at++
    if (at >= positions.length) break
    const start = Math.max(0, at - 3)
    let end = at
    // Extend while the next change is within 6 context lines.
    for (;;) {
      while (end < positions.length && positions[end].op[0] !== ' ') end++
      let next = end
      while (next < positions.length && positions[next].op[0] === ' ') next++
      if (next < positions.length && next - end <= 6) end = next
      else {
        end = Math.min(positions.length, end + 3)
        break
      }
    }
    const slice = positions.slice(start, end)
    const oldCount = slice.filter((p) => p.op[0] !== '+').length
    const newCount = slice.filter((p) => p.op[0] !== '-').length
    const oldStart = oldCount === 0 ? slice[0].oldLine - 1 : slice.find((p) => p.op[0] !== '+').oldLine
    const newStart = newCount === 0 ? slice[0].newLine - 1 : slice.find((p) => p.op[0] !== '-').newLine
    const range = (s, n) => (n === 1 ? `${s}` : `${s},${n}`)
    const body = []
    for (const p of slice) {
      body.push(`${p.op[0]}${p.op[1]}`)
      const lastOld = p.op[0] !== '+' && p.oldLine === a.length
      const lastNew = p.op[0] !== '-' && p.newLine === b.length
      if ((p.op[0] === '-' && lastOld && noNewline.old) || (p.op[0] === '+' && lastNew && noNewline.new) || (p.op[0] === ' ' && lastOld && lastNew && noNewline.new)) {
        body.push('\\ No newline at end of file')
      }
    }
    hunks.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body.join('\n')}`)
    at = end
  }
  const additions = ops.filter((o) => o[0] === '+').length
  const deletions = ops.filter((o) => o[0] === '-').length
  return { additions, deletions, patch: hunks.join('\n') }
}
