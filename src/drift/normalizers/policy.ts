// IAM policy documents in the canonical form. The same policy comes back from AWS and Terraform in many
// spellings: a JSON string (URL-encoded by IAM's own APIs) or an object, keys in any order, a single string
// where a one-element list means the same, a Statement object instead of a one-element list, statements in
// any order, an account id where IAM stores the account's root ARN. None of these is a change.

/** Properties holding IAM policy documents, at any depth (Policies[*].PolicyDocument included). */
export const POLICY_DOCUMENT_PROPERTIES: ReadonlySet<string> = new Set([
  'PolicyDocument',
  'AssumeRolePolicyDocument',
  'KeyPolicy',
  'FileSystemPolicy',
  'RepositoryPolicyText'
])

/** What IAM assumes when a document has no Version ("IAM JSON policy elements: Version"). */
export const DEFAULT_POLICY_VERSION = '2008-10-17'

// Elements whose value is "one or a list of" strings: order and repetition carry no meaning.
const LIST_ELEMENTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource'])
const PRINCIPAL_ELEMENTS = new Set(['Principal', 'NotPrincipal'])
const ACCOUNT_ID = /^\d{12}$/

/** A JSON document from a string (plain or URL-encoded); anything that is not a JSON object stays as it is. */
export function parseJsonDocument(value: unknown): unknown {
  if (typeof value !== 'string') return value
  let text = value
  if (/^\s*%7B/i.test(text)) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return value
    }
  }
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed !== null && typeof parsed === 'object' ? parsed : value
  } catch {
    return value
  }
}

/**
 * The canonical policy document: parsed, keys sorted at every level, Version defaulted, Statement a list sorted
 * by content, Action/NotAction/Resource/NotResource, principal values and condition values sorted lists, a
 * 12-digit AWS principal written as the account root ARN (as IAM stores it). Anything that is not a document
 * object is returned unchanged.
 */
export function canonicalPolicyDocument(document: unknown): unknown {
  const parsed = parseJsonDocument(document)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return parsed
  const doc = { ...(parsed as Record<string, unknown>) }
  if (doc.Version === undefined) doc.Version = DEFAULT_POLICY_VERSION
  if (doc.Statement !== undefined) {
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
    doc.Statement = statements
      .map((s) => canonicalStatement(s))
      .map((s) => [canonicalJson(s), s] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, s]) => s)
  }
  return sortKeysDeep(doc)
}

function canonicalStatement(statement: unknown): unknown {
  if (statement === null || typeof statement !== 'object' || Array.isArray(statement)) return statement
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(statement)) {
    if (LIST_ELEMENTS.has(key)) out[key] = stringSet(value)
    else if (PRINCIPAL_ELEMENTS.has(key)) out[key] = canonicalPrincipal(value)
    else if (key === 'Condition') out[key] = canonicalCondition(value)
    else out[key] = value
  }
  return out
}

/** "*" stays "*"; {AWS: "x"} becomes {AWS: ["x"]}, account ids become root ARNs. */
function canonicalPrincipal(principal: unknown): unknown {
  if (principal === null || typeof principal !== 'object' || Array.isArray(principal)) return principal
  const out: Record<string, unknown> = {}
  for (const [kind, value] of Object.entries(principal)) {
    const list = stringSet(value)
    out[kind] = kind === 'AWS' && Array.isArray(list) ? [...new Set(list.map((p) => (typeof p === 'string' && ACCOUNT_ID.test(p) ? `arn:aws:iam::${p}:root` : p)))].sort(compareScalars) : list
  }
  return out
}

/** {Operator: {Key: "v"}} and {Operator: {Key: ["v"]}} are the same condition. */
function canonicalCondition(condition: unknown): unknown {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return condition
  const out: Record<string, unknown> = {}
  for (const [operator, keys] of Object.entries(condition)) {
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      out[operator] = keys
      continue
    }
    const inner: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(keys)) inner[key] = stringSet(value, true)
    out[operator] = inner
  }
  return out
}

/** One or a list of scalars as a sorted list without repeats; condition values also compare as strings. */
function stringSet(value: unknown, asStrings = false): unknown {
  const list = Array.isArray(value) ? value : [value]
  if (list.some((v) => v !== null && typeof v === 'object')) return value
  const items = asStrings ? list.map((v) => String(v)) : list
  return [...new Set(items)].sort(compareScalars)
}

function compareScalars(a: unknown, b: unknown): number {
  const sa = String(a)
  const sb = String(b)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key])
  return out
}

/** A stable text of a value (keys sorted), to compare documents as a whole. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value))
}

/** Two policy documents say the same. */
export function samePolicyDocument(a: unknown, b: unknown): boolean {
  return canonicalJson(canonicalPolicyDocument(a)) === canonicalJson(canonicalPolicyDocument(b))
}
