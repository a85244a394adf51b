// The last line of defence for what Plumbline writes: every string of the report model (messages, identifiers,
// addresses, drift values, warnings, ledger errors) and of the saved inventory is scrubbed of the run-wide secret
// values (secrets.ts runSecretValues), the same values the action masks in its log. It catches what redaction at
// the source cannot see: a value Terraform marks sensitive on one resource and carries unmarked on another (a
// provider-computed id, a companion's `bucket`), or a live resource named after a sensitive variable.
import { redactStringsWhere } from '../paths.js'
import type { ReportModel, Resource } from '../types.js'

/** What a scrubbed value reads as in text. */
export const SCRUBBED_TEXT = '(sensitive)'

export interface Scrubber {
  /** The text with every secret value replaced; the same string when it holds none. */
  text(value: string): string
  /** Whether the text holds a secret value. */
  holdsSecret(value: string): boolean
  /** Whether some secret value is shorter than the hashed window (then short texts must be looked at too). */
  hasShortValues: boolean
}

/**
 * The length of the window the matcher hashes. Every run-wide secret value is at least this long
 * (secrets.ts MIN_RUN_SECRET_LENGTH); a shorter one given here is looked for one by one.
 */
const WINDOW = 8

/**
 * One matcher for all the run's secret values. A large plan gives thousands of them and a model tens of thousands
 * of strings, so neither a search per value nor one alternation of them all will do (both cost the number of values
 * at every position): a rolling hash of every window of WINDOW characters finds, in one pass over a string, the
 * positions where some value may start, and only those are compared. Where values overlap, the longest wins.
 */
export function scrubber(secrets: readonly string[]): Scrubber {
  const values = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length)
  if (values.length === 0) return { text: (value) => value, holdsSecret: () => false, hasShortValues: false }
  const short = values.filter((v) => v.length < WINDOW)
  const byHash = new Map<number, string[]>()
  // A one-byte-per-bucket filter in front of the map: most windows hit an empty bucket, which is cheaper to see
  // there than by a map lookup.
  const filter = new Uint8Array(1 << FILTER_BITS)
  for (const value of values) {
    if (value.length < WINDOW) continue
    const h = windowHash(value, 0)
    filter[h >>> (32 - FILTER_BITS)] = 1
    const list = byHash.get(h)
    if (list) list.push(value) // longest first, as `values` is sorted
    else byHash.set(h, [value])
  }
  /** The longest value starting at `at`, or undefined. */
  const valueAt = (text: string, at: number, hash: number): string | undefined => {
    for (const value of byHash.get(hash) ?? []) if (text.startsWith(value, at)) return value
    return undefined
  }
  /** [start, end) of every value found, left to right, not overlapping. */
  const find = (text: string, firstOnly: boolean): Array<[number, number]> => {
    const found: Array<[number, number]> = []
    let next = 0
    if (text.length >= WINDOW && byHash.size > 0) {
      let h = windowHash(text, 0)
      for (let i = 0; i + WINDOW <= text.length; i++) {
        if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), TOP), BASE) + text.charCodeAt(i + WINDOW - 1)) | 0
        if (i < next || filter[h >>> (32 - FILTER_BITS)] === 0) continue
        const value = valueAt(text, i, h)
        if (value === undefined) continue
        found.push([i, i + value.length])
        if (firstOnly) return found
        // With short values to merge in, every long match is kept for the merge below; otherwise skip ahead.
        if (short.length === 0) next = i + value.length
      }
    }
    if (short.length === 0) return found
    for (const value of short) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        found.push([at, at + value.length])
        if (firstOnly) return found
      }
    }
    // Leftmost first, the longest of those starting together, and none overlapping one already taken.
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
    const kept: Array<[number, number]> = []
    for (const span of found) if (kept.length === 0 || span[0] >= kept[kept.length - 1][1]) kept.push(span)
    return kept
  }
  return {
    text(value) {
      const found = find(value, false)
      if (found.length === 0) return value
      let out = ''
      let from = 0
      for (const [start, end] of found) {
        out += value.slice(from, start) + SCRUBBED_TEXT
        from = end
      }
      return out + value.slice(from)
    },
    holdsSecret: (value) => find(value, true).length > 0,
    hasShortValues: short.length > 0
  }
}

/** log2 of the filter's size: 1 MiB, few false hits for thousands of values. */
const FILTER_BITS = 20
const BASE = 0x01000193
/** BASE to the power WINDOW - 1, in 32-bit arithmetic: what the character leaving the window weighed. */
const TOP = Array.from({ length: WINDOW - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1)

function windowHash(text: string, at: number): number {
  let h = 0
  for (let i = at; i < at + WINDOW; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0
  return h
}

/** Every string (and object key) of a JSON-shaped value scrubbed, in place. */
export function scrubInPlace<T>(value: T, scrub: Scrubber): T {
  return deepScrubber(scrub)(value) as T
}

/**
 * The fields of an evaluation that are the rule's own texts, identical on every evaluation of the rule and never
 * data: they are not looked at. Every other field is (a test fails when an evaluation gains a field missing here
 * and from SCRUBBED_EVALUATION_FIELDS, so a new field cannot slip through unscrubbed).
 */
export const RULE_OWNED_EVALUATION_FIELDS: readonly string[] = ['rule', 'status', 'severity', 'title', 'aliases', 'frameworks', 'delta']
export const SCRUBBED_EVALUATION_FIELDS: readonly string[] = ['message', 'path', 'resource', 'location', 'suppression']

/**
 * The report model scrubbed in place. Evaluations are most of a large model (tens of thousands): their data fields
 * are scrubbed, their rule-owned texts skipped; everything else (run metadata and warnings, drift, the coverage
 * ledger, unmapped addresses, added suppressions, rule metadata) is scrubbed string by string.
 */
export function scrubModel(model: ReportModel, scrub: Scrubber): void {
  const deep = deepScrubber(scrub)
  for (const evaluation of model.evaluations) {
    const record = evaluation as unknown as Record<string, unknown>
    for (const field of SCRUBBED_EVALUATION_FIELDS) if (record[field] !== undefined) record[field] = deep(record[field])
  }
  for (const [key, part] of Object.entries(model)) if (key !== 'evaluations') deep(part)
}

/** A walker that scrubs every string and key below a node, in place; an object shared by several parents once. */
function deepScrubber(scrub: Scrubber): (node: unknown) => unknown {
  const seen = new WeakSet<object>()
  const text = (node: string): string => (node.length < WINDOW && !scrub.hasShortValues ? node : scrub.text(node))
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return text(node)
    if (node === null || typeof node !== 'object' || seen.has(node)) return node
    seen.add(node)
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i])
      return node
    }
    const record = node as Record<string, unknown>
    for (const key of Object.keys(record)) {
      const scrubbedKey = text(key)
      const item = visit(record[key])
      if (scrubbedKey !== key) {
        delete record[key]
        // defineProperty: a key such as `__proto__` stays an own data property.
        Object.defineProperty(record, scrubbedKey, { value: item, enumerable: true, writable: true, configurable: true })
      } else record[key] = item
    }
    return node
  }
  return visit
}

/**
 * A saved live resource scrubbed for its file: a property value holding a secret value becomes the redaction
 * marker (its path joins `sensitive`, so rules answer unknown on it, as for any redacted value); identifiers and
 * addresses have the value replaced in their text.
 */
export function scrubResource(resource: Resource, scrub: Scrubber): Resource {
  const properties = structuredClone(resource.properties)
  const redacted = redactStringsWhere(properties, (value) => scrub.holdsSecret(value))
  deepScrubber(scrub)(properties) // what is left to scrub: keys holding a secret value
  const out: Resource = { ...resource, properties, id: resource.id === null ? null : scrub.text(resource.id) }
  if (resource.address !== undefined) out.address = scrub.text(resource.address)
  if (redacted.length > 0) out.sensitive = [...new Set([...(resource.sensitive ?? []), ...redacted])].sort()
  return out
}
