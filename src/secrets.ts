// What counts as a secret, beyond what Terraform marks sensitive and the schemas' write-only properties.
// Names are matched on their words so that `password_length` or `secret_arn` are not taken for secrets
// while `db_password` and `API_TOKEN` are.
import { formatPath, type PathStep } from './paths.js'

const SECRET_NAME = /(^|[_\-.\s])(password|passwd|pwd|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|secret[_-]?key|credentials?|auth)([_\-.\s]|$)/i
const NOT_SECRET_NAME = /(arn|_id|name|length|policy|rotation|version|type|kms|enabled|count|age|reuse|expir|path|url|endpoint)$/i

/**
 * Well-known token shapes: AWS keys, GitHub tokens, private keys, JWTs, Slack and Stripe keys.
 *
 * Every string of every resource is tested (tag values, policy documents, user data of any length), so each
 * shape must take time linear in the string. A shape is linear when an attempt can only start where its token
 * can start and the runs two attempts scan do not overlap, or when an attempt reads a bounded number of
 * characters. For each:
 * - AWS key id, AWS secret: fixed length (20, 42 characters at most per attempt).
 * - GitHub tokens, github_pat_, Stripe keys: a start needs a non-word character before it (`\b`), and the run
 *   after the prefix holds word characters only, so the runs scanned from two starts never overlap.
 * - Private keys: the run `[A-Z ]*` stops at the `-` every start begins with.
 * - Slack: the run holds `-`, so starts can sit inside another start's run; but every such start is a word
 *   boundary that satisfies the final `\b` of an earlier attempt 15 or more characters before it. The attempts
 *   that fail in one run therefore start within 15 characters of each other: a few per run.
 * - JWT: written from its first dot. `\beyJ…{8,}\.eyJ` from each `eyJ` rescanned the rest of the string on every
 *   `eyJa-eyJa-…` (quadratic: 100 KB took 2 s). Here an attempt starts only at a `.eyJ`, and the first
 *   segment is checked behind it, over the run before that dot: each run is read by at most three attempts.
 *   It matches exactly the strings the `\beyJ…` form matched.
 */
const SECRET_VALUE = [
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  /\bgithub_pat_[A-Za-z0-9_]{50,}\b/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\.eyJ(?<=\beyJ[A-Za-z0-9_-]{8,}\.eyJ)[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
  /\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b/,
  /(?:^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?:$|[^A-Za-z0-9/+=])/ // AWS secret access key shape
]

export function isSecretName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
  return SECRET_NAME.test(words) && !NOT_SECRET_NAME.test(words)
}

// All shapes as one alternation: a string matches it exactly when it matches one of them, and every string of
// every resource is tested, so one scan of the string instead of eight is what keeps a large plan cheap.
const ANY_SECRET_VALUE = new RegExp(SECRET_VALUE.map((re) => `(?:${re.source})`).join('|'))

export function looksLikeSecretValue(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 16) return false
  return ANY_SECRET_VALUE.test(value)
}

/** Values no secret takes: booleans, N/A markers, numbers and timestamps, whatever the property is called. */
const PLAINLY_NOT_SECRET = /^(true|false|N\/A|no_information|not_supported|\d+|\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?)?$/i

/**
 * Paths of the string values that look like secrets, and with `byName` also of those held under a secret-looking
 * name (a list's items take the name of the list) unless the value is plainly no secret. Every string of every
 * resource is looked at, and almost none is a secret: the walk keeps one step stack and formats a path only for
 * a hit.
 */
export function secretLookingPaths(value: unknown, options: { byName?: boolean } = {}): string[] {
  const out: string[] = []
  const steps: PathStep[] = []
  const walk = (node: unknown, name: string): void => {
    if (typeof node === 'string') {
      const named = options.byName === true && name !== '' && isSecretName(name) && !PLAINLY_NOT_SECRET.test(node)
      if (named || looksLikeSecretValue(node)) out.push(formatPath(steps))
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i)
        walk(node[i], name)
        steps.pop()
      }
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        steps.push(key)
        walk((node as Record<string, unknown>)[key], key)
        steps.pop()
      }
    }
  }
  walk(value, '')
  return out
}
