// Terraform values as plain JS values (string, number, boolean, null, arrays, objects; a set is a sorted
// array), plus the two outcomes that are not values: UNKNOWN (only Terraform can tell: a resource attribute,
// an unsupported function) and ERROR (Terraform itself would fail: a missing key, an index out of range).
// ERROR matters only to try() and can(); everywhere else it is reported as unknown.

export const UNKNOWN: unique symbol = Symbol('unknown')
export const ERROR: unique symbol = Symbol('error')
export type Maybe = unknown | typeof UNKNOWN
export type Outcome = unknown | typeof UNKNOWN | typeof ERROR

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Byte-wise UTF-8 order, as Go's sort.Strings orders (JS's default sort is UTF-16 order). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

export function sortedKeys(object: Record<string, unknown>): string[] {
  return Object.keys(object).sort(compareStrings)
}

/**
 * A number as Terraform writes it (big.Float Text('f', -1)): plain decimal, no exponent. Undefined when a JS
 * double cannot be trusted to match (an integer beyond 2^53, or a value JS would write with an exponent).
 */
export function formatNumber(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : undefined
  const text = String(n)
  return /e/i.test(text) ? undefined : text
}

/** A primitive as a string, the way Terraform converts it for templates and string parameters. */
export function primitiveToString(value: unknown): string | typeof UNKNOWN | typeof ERROR {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return formatNumber(value) ?? UNKNOWN
  return ERROR // null or a collection
}

/** Terraform's `==`: equal types and equal values, deep. */
export function terraformEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => terraformEqual(item, b[i]))
  if (isObject(a)) {
    if (!isObject(b)) return false
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && terraformEqual(a[key], b[key]))
  }
  return a === b
}

/** A coarse type signature: equal signatures mean Terraform would not convert one value to unify it with the other. */
export function typeSignature(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) {
    const items = [...new Set(value.map(typeSignature))]
    return items.length <= 1 ? `list(${items[0] ?? '*'})` : `tuple(${value.map(typeSignature).join(',')})`
  }
  if (isObject(value)) return `object(${sortedKeys(value).map((key) => `${key}:${typeSignature(value[key])}`).join(',')})`
  return typeof value
}

/**
 * A string as Go's encoding/json writes it (what Terraform's jsonencode and the AWS provider use): HTML
 * characters `<`, `>`, `&` and U+2028/U+2029 escaped as \u003c etc., other control characters as \u00XX.
 * Undefined for \b and \f (Go changed how it writes them in 1.22, so the Terraform version decides) and for
 * lone surrogates (not UTF-8).
 */
export function goJsonString(text: string): string | undefined {
  if (/[\b\f]/.test(text) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return undefined
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Terraform's jsonencode: compact, object keys sorted. */
export function terraformJsonEncode(value: unknown): string | typeof UNKNOWN {
  const out = goJson(value, { sortKeys: true })
  return out ?? UNKNOWN
}

/**
 * Go encoding/json output. With `indent`, json.MarshalIndent's layout (prefix '', the given indent).
 * Without sortKeys, objects keep their insertion order (a Go struct's field order). Undefined when some
 * part cannot be written exactly.
 */
export function goJson(value: unknown, options: { sortKeys: boolean; indent?: string }, depth = 0): string | undefined {
  const indent = options.indent
  const newline = (level: number) => (indent === undefined ? '' : `\n${indent.repeat(level)}`)
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'string') return goJsonString(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const items: string[] = []
    for (const item of value) {
      const text = goJson(item, options, depth + 1)
      if (text === undefined) return undefined
      items.push(newline(depth + 1) + text)
    }
    return `[${items.join(',')}${newline(depth)}]`
  }
  if (isObject(value)) {
    const keys = options.sortKeys ? sortedKeys(value) : Object.keys(value)
    if (keys.length === 0) return '{}'
    const members: string[] = []
    for (const key of keys) {
      const name = goJsonString(key)
      const text = goJson(value[key], options, depth + 1)
      if (name === undefined || text === undefined) return undefined
      members.push(`${newline(depth + 1)}${name}:${indent === undefined ? '' : ' '}${text}`)
    }
    return `{${members.join(',')}${newline(depth)}}`
  }
  return undefined
}
