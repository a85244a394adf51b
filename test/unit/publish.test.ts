// Publishing logic with a stubbed Octokit `request` (unit level: the wire is tested end to end against the local
// GitHub server in test/e2e/publish.test.ts).
import { gunzipSync } from 'node:zlib'
import type { Log } from 'sarif'
import type { Request } from '../../src/github-api.js'
import { encodeSarif, splitByCategory, uploadSarif } from '../../src/publish/code-scanning.js'
import { tokenIdentity, upsertPrComment } from '../../src/publish/pr-comment.js'
import { COMMENT_MARKER } from '../../src/report/pr-comment.js'

const log: Log = {
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [
    { tool: { driver: { name: 'Plumbline' } }, automationDetails: { id: 'plumbline/plan/' }, results: [] },
    { tool: { driver: { name: 'Plumbline' } }, automationDetails: { id: 'plumbline/live/' }, results: [] }
  ]
}

const httpError = (status: number, message: string) => Object.assign(new Error(message), { status })
const noSleep = { maxPolls: 3, intervalMs: 1, sleep: async () => undefined }

describe('code scanning upload', () => {
  it('splits the file by category and encodes each as gzip + base64', () => {
    const parts = splitByCategory(log)
    expect(parts.map((p) => p.category)).toEqual(['plumbline/plan', 'plumbline/live'])
    expect(parts[1].log.runs).toHaveLength(1)
    expect(JSON.parse(gunzipSync(Buffer.from(encodeSarif(parts[1].log), 'base64')).toString())).toEqual(parts[1].log)
  })

  it('uploads each category, polls until processed, and reports unavailable code scanning without throwing', async () => {
    const calls: string[] = []
    let polls = 0
    const request: Request = async (route, params) => {
      calls.push(route)
      if (route.startsWith('POST')) {
        const run = JSON.parse(gunzipSync(Buffer.from(String(params.sarif), 'base64')).toString()).runs[0]
        if (run.automationDetails.id === 'plumbline/live/') throw httpError(403, 'Advanced Security must be enabled for this repository to use code scanning.')
        return { status: 202, data: { id: 'abc' } }
      }
      return { status: 200, data: { processing_status: ++polls < 2 ? 'pending' : 'complete' } }
    }
    const results = await uploadSarif(request, log, { owner: 'acme', repo: 'orders', commitSha: 'a'.repeat(40), ref: 'refs/heads/main' }, noSleep)
    expect(results).toEqual([
      { category: 'plumbline/plan', id: 'abc', status: 'complete' },
      { category: 'plumbline/live', status: 'unavailable', detail: '403: Advanced Security must be enabled for this repository to use code scanning.' }
    ])
    expect(calls.filter((c) => c.startsWith('GET'))).toHaveLength(2)
  })
})

describe('code scanning upload of many categories', () => {
  it('uploads every category first, then polls those still processing in rounds, with one pause per round', async () => {
    const categories = ['plumbline/plan', 'plumbline/live', 'plumbline/live/111111111111', 'plumbline/live/222222222222']
    const many: Log = { ...log, runs: categories.map((category) => ({ tool: { driver: { name: 'Plumbline' } }, automationDetails: { id: `${category}/` }, results: [] })) }
    const calls: string[] = []
    const polls = new Map<string, number>()
    let pauses = 0
    const request: Request = async (route, params) => {
      if (route.startsWith('POST')) {
        const run = JSON.parse(gunzipSync(Buffer.from(String(params.sarif), 'base64')).toString()).runs
        calls.push(`POST ${run[0].automationDetails.id}`)
        return { status: 202, data: { id: run[0].automationDetails.id } }
      }
      const id = String(params.sarif_id)
      calls.push(`GET ${id}`)
      polls.set(id, (polls.get(id) ?? 0) + 1)
      // The plan is processed at once, the accounts' categories on their second poll.
      return { status: 200, data: { processing_status: id === 'plumbline/plan/' || polls.get(id)! > 1 ? 'complete' : 'pending' } }
    }
    const results = await uploadSarif(request, many, { owner: 'acme', repo: 'orders', commitSha: 'a'.repeat(40), ref: 'refs/heads/main' }, { ...noSleep, sleep: async () => void pauses++ })
    expect(results.map((r) => [r.category, r.status])).toEqual(categories.map((category) => [category, 'complete']))
    expect(calls).toEqual([
      ...categories.map((category) => `POST ${category}/`),
      ...categories.map((category) => `GET ${category}/`),
      ...categories.slice(1).map((category) => `GET ${category}/`)
    ])
    expect(pauses).toBe(1)
  })
})

describe('pull-request comment', () => {
  const target = { owner: 'acme', repo: 'orders', issueNumber: 7 }
  const BOT = { login: 'github-actions[bot]', type: 'Bot' }
  const MALLORY = { login: 'mallory', type: 'User' }

  /** The job token as GitHub answers it: 403 on GET /user, its bot on GraphQL's viewer. */
  const identityOf = (route: string) => {
    if (route === 'GET /user') throw httpError(403, 'Resource not accessible by integration')
    if (route === 'POST /graphql') return { status: 200, data: { data: { viewer: { login: 'github-actions[bot]' } } } }
    return undefined
  }

  it('updates the comment that carries the marker and was written by the token, on any page', async () => {
    const patched: unknown[] = []
    const request: Request = async (route, params) => {
      const identity = identityOf(route)
      if (identity) return identity
      if (route.startsWith('GET')) {
        const page = Number(params.page)
        if (page === 1) return { status: 200, data: Array.from({ length: 100 }, (_, i) => ({ id: i, body: i === 5 ? `${COMMENT_MARKER}\nplanted` : 'other', user: MALLORY })) }
        return { status: 200, data: [{ id: 4242, body: `${COMMENT_MARKER}\nold`, user: BOT }] }
      }
      if (route.startsWith('PATCH')) {
        patched.push(params.comment_id)
        return { status: 200, data: {} }
      }
      throw new Error(`unexpected ${route}`)
    }
    expect(await upsertPrComment(request, target, 'new body')).toEqual({ status: 'updated', id: 4242 })
    expect(patched).toEqual([4242])
  })

  it('never edits a comment with the marker by anyone else: a user, or a bot of the same name that is a user', async () => {
    const routes: string[] = []
    const request: Request = async (route) => {
      routes.push(route)
      const identity = identityOf(route)
      if (identity) return identity
      if (route.startsWith('GET')) {
        return {
          status: 200,
          data: [
            { id: 1, body: `${COMMENT_MARKER}\nplanted`, user: MALLORY },
            { id: 2, body: `${COMMENT_MARKER}\nplanted`, user: { login: 'github-actions[bot]', type: 'User' } },
            { id: 3, body: 'ours, but without the marker', user: BOT }
          ]
        }
      }
      return { status: 201, data: { id: 9 } }
    }
    expect(await upsertPrComment(request, target, 'body')).toEqual({ status: 'created', id: 9 })
    expect(routes.some((r) => r.startsWith('PATCH'))).toBe(false)
  })

  it('knows a personal access token by GET /user and an app token by GraphQL', async () => {
    const pat: Request = async (route) => {
      if (route === 'GET /user') return { status: 200, data: { login: 'octocat', type: 'User' } }
      throw new Error(`unexpected ${route}`)
    }
    expect(await tokenIdentity(pat)).toMatchObject({ author: { login: 'octocat', type: 'User' } })
    const app: Request = async (route) => {
      if (route === 'GET /user') throw httpError(403, 'Resource not accessible by integration')
      return { status: 200, data: { data: { viewer: { login: 'plumbline-app[bot]' } } } }
    }
    expect(await tokenIdentity(app)).toMatchObject({ author: { login: 'plumbline-app[bot]', type: 'Bot' } })
    // GitHub said "installation token" but GraphQL did not answer: the job token's bot.
    const jobNoGraphql: Request = async (route) => {
      if (route === 'GET /user') throw httpError(403, 'Resource not accessible by integration')
      throw httpError(502, 'Bad Gateway')
    }
    expect(await tokenIdentity(jobNoGraphql)).toMatchObject({ author: { login: 'github-actions[bot]', type: 'Bot' } })
  })

  it('creates a new comment (and says why) when the token cannot be identified, editing nothing', async () => {
    const routes: string[] = []
    const request: Request = async (route) => {
      routes.push(route)
      if (route === 'GET /user' || route === 'POST /graphql') throw httpError(500, 'Internal Server Error')
      return { status: 201, data: { id: 9 } }
    }
    const result = await upsertPrComment(request, target, 'body')
    expect(result).toMatchObject({ status: 'created', id: 9 })
    expect((result as { notice?: string }).notice).toMatch(/identity could not be established \(GET \/user: 500: .*GraphQL viewer: 500/)
    expect(routes).toEqual(['GET /user', 'POST /graphql', 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'])
  })

  it('creates one when none exists, and skips (not fails) when the token cannot write', async () => {
    const create: Request = async (route) => identityOf(route) ?? (route.startsWith('GET') ? { status: 200, data: [] } : { status: 201, data: { id: 9 } })
    expect(await upsertPrComment(create, target, 'body')).toEqual({ status: 'created', id: 9 })
    const readOnly: Request = async (route) => {
      const identity = identityOf(route)
      if (identity) return identity
      if (route.startsWith('GET')) return { status: 200, data: [] }
      throw httpError(403, 'Resource not accessible by integration')
    }
    const skipped = await upsertPrComment(readOnly, target, 'body')
    expect(skipped.status).toBe('skipped')
    expect((skipped as { detail: string }).detail).toMatch(/pull-requests: write/)
  })
})
