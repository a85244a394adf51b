// Who a token is, the two ways GitHub documents asking: REST `GET /user` (the authenticated user; a user's token
// only: an installation token — the job's GITHUB_TOKEN, a GitHub App's token — gets 403 "Resource not accessible
// by integration") and GraphQL `query { viewer { login } }`, which answers every kind (an installation token's
// viewer is its bot, e.g. github-actions[bot], spelled as in REST).
import { RestError, accountOf, notAccessible, parseJsonBody } from './rest.mjs'

export const USER_DOCS = 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
export const GRAPHQL_AUTH_DOCS = 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql'

/** GET /user: the token's user, or 403 for an installation token. */
export function authenticatedUser(caller, serverUrl) {
  if (caller.kind === 'installation') throw notAccessible(caller, USER_DOCS)
  const account = accountOf(caller.login, serverUrl)
  return {
    ...account,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    url: `${serverUrl.replace('https://github.com', 'https://api.github.com')}/users/${caller.login}`,
    name: null,
    company: null,
    email: null,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2025-01-01T00:00:00Z'
  }
}

/** The viewer fields this server answers. */
const VIEWER_FIELDS = new Set(['login', 'id', 'databaseId'])

/**
 * POST /graphql: the body is JSON with a `query`. Only a query selecting scalar fields of `viewer` is answered;
 * errors come back as HTTP 200 with an `errors` array, as GitHub's GraphQL API sends them.
 */
export function graphql(caller, rawBody, serverUrl) {
  const body = parseJsonBody(rawBody, GRAPHQL_AUTH_DOCS)
  if (typeof body.query !== 'string') return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
  const query = body.query.replace(/#[^\n]*/g, '')
  const match = /^\s*(?:query(?:\s+[_A-Za-z][_0-9A-Za-z]*)?\s*)?\{\s*viewer\s*\{([^{}()]*)\}\s*\}\s*$/.exec(query)
  if (!match) {
    return { errors: [{ message: 'This local GitHub server answers only `query { viewer { login id databaseId } }`', locations: [{ line: 1, column: 1 }] }] }
  }
  const fields = match[1].split(/[\s,]+/).filter((f) => f !== '')
  const unknown = fields.find((f) => !VIEWER_FIELDS.has(f))
  if (unknown !== undefined) {
    return {
      errors: [
        {
          path: ['query', 'viewer', unknown],
          extensions: { code: 'undefinedField', typeName: 'User', fieldName: unknown },
          locations: [{ line: 1, column: 1 }],
          message: `Field '${unknown}' doesn't exist on type 'User'`
        }
      ]
    }
  }
  const account = accountOf(caller.login, serverUrl)
  const values = { login: account.login, id: account.node_id, databaseId: account.id }
  return { data: { viewer: Object.fromEntries(fields.map((f) => [f, values[f]])) } }
}

/** GraphQL's own 401 text for a request without credentials. */
export function graphqlUnauthenticated() {
  return new RestError(401, 'This endpoint requires you to be authenticated.', { documentationUrl: GRAPHQL_AUTH_DOCS })
}
