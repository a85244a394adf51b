// A pull request's base read through GitHub's REST API, for the action: the job's checkout is usually one commit
// deep (actions/checkout's default), so git cannot show the base there. The files the pull request changes come
// from `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` (100 a page, at most 3,000 files in all, as GitHub
// documents), a file's text at the base from `GET /repos/{owner}/{repo}/contents/{path}?ref=BASE_SHA` with the raw
// media type (up to 100 MB; the JSON form leaves files over 1 MB empty).
import type { Request } from '../github-api.js'
import type { BaseSource, ChangedFile } from './base.js'

export interface PullRequestBase {
  owner: string
  repo: string
  pullNumber: number
  /** pull_request.base.sha of the event. */
  baseSha: string
  /** pull_request.changed_files of the event, when given: the list must hold that many. */
  changedFiles?: number
}

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000
const PER_PAGE = 100

/** How messages name a pull request's base. */
export function pullRequestBaseName(pr: Pick<PullRequestBase, 'baseSha' | 'pullNumber'>): string {
  return `the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.pullNumber}`
}

export function githubBase(request: Request, pr: PullRequestBase): BaseSource {
  return {
    name: pullRequestBaseName(pr),
    async changedFiles() {
      const files: ChangedFile[] = []
      for (let page = 1; page <= MAX_LISTED_FILES / PER_PAGE; page++) {
        const response = await request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: PER_PAGE, page })
        const listed = response.data as Array<{ filename?: unknown; previous_filename?: unknown; status?: unknown }>
        for (const f of listed) {
          if (typeof f.filename !== 'string') continue
          const status = (typeof f.status === 'string' ? f.status : 'modified') as ChangedFile['status']
          files.push({ path: f.filename, status, ...(typeof f.previous_filename === 'string' ? { previousPath: f.previous_filename } : {}) })
        }
        if (listed.length < PER_PAGE) break
      }
      const expected = pr.changedFiles
      if ((expected !== undefined && files.length < expected) || (expected === undefined && files.length >= MAX_LISTED_FILES)) {
        throw new Error(`GitHub listed ${files.length} of the ${expected ?? 'more than ' + MAX_LISTED_FILES} files the pull request changes (it lists at most ${MAX_LISTED_FILES})`)
      }
      return files
    },
    async readBase(path) {
      try {
        const response = await request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: pr.owner,
          repo: pr.repo,
          path,
          ref: pr.baseSha,
          headers: { accept: 'application/vnd.github.raw+json' }
        })
        const data = response.data
        if (typeof data === 'string') return data
        if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
        // A folder (a JSON listing) where the change has a file: there is no such file at the base.
        if (Array.isArray(data)) return null
        throw new Error(`GitHub answered ${path} with something other than the file's text`)
      } catch (err) {
        if ((err as { status?: number }).status === 404) return null
        throw err
      }
    }
  }
}
