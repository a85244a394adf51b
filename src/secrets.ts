// What counts as a secret, beyond what Terraform marks sensitive and the schemas' write-only properties.
// Names are matched on their words so that `password_length` or `secret_arn` are not taken for secrets
// while `db_password` and `API_TOKEN` are.

const SECRET_NAME = /(^|[_\-.\s])(password|passwd|pwd|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|secret[_-]?key|credentials?|auth)([_\-.\s]|$)/i
const NOT_SECRET_NAME = /(arn|_id|name|length|policy|rotation|version|type|kms|enabled|count|age|reuse|expir|path|url|endpoint)$/i

/** Well-known token shapes: AWS keys, GitHub tokens, private keys, JWTs, Slack and Stripe keys. */
const SECRET_VALUE = [
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  /\bgithub_pat_[A-Za-z0-9_]{50,}\b/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/,
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
