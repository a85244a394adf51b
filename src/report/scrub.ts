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
  /** The length of the shortest secret value: a shorter text cannot hold one and is not looked at. */
  minLength: number
}

/**
 * The length of the window the matcher hashes. Every run-wide secret value is at least this long
 * (secrets.ts MIN_RUN_SECRET_LENGTH); a shorter one given here is looked for one by one.
 */
const WINDOW = 8

/**
 * One matcher for all the run's secret values. A large plan gives thousands of them and a model hundreds of
 * thousands of strings, so neither a search per value nor one alternation of them all will do (both cost the
 * number of values at every position). Instead a hash of a window of WINDOW characters, looked up in a table of the
 * values' windows, finds where some value may start, and only there are values compared.
 *
 * Not every window of a text is hashed: only those starting at multiples of STEP, the shortest value's length less
 * WINDOW - 1 (at most MAX_STEP). Any occurrence of a value then covers one such window whole, its first one, at an offset below STEP
 * into the value, so the table holds each value's windows at offsets 0 to STEP - 1 and every occurrence is found.
 * With values of 20-odd characters (generated passwords, keys) a text is hashed at one position in 16 instead of
 * every one, which made this several times faster on a large plan; with values of WINDOW characters, every
 * position is hashed, by a rolling hash, as before. Where found values overlap, the leftmost wins, then the longest,
 * as a plain left-to-right search would.
 */
export function scrubber(secrets: readonly string[]): Scrubber {
  const values = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length)
  if (values.length === 0) return { text: (value) => value, holdsSecret: () => false, minLength: Infinity }
  const short = values.filter((v) => v.length < WINDOW)
  const long = values.filter((v) => v.length >= WINDOW)
  const minLength = values[values.length - 1].length
  const step = long.length === 0 ? 1 : Math.min(MAX_STEP, long[long.length - 1].length - WINDOW + 1)
  // The table of the values' windows, chained per bucket of the hash in typed arrays: tens of thousands of
  // entries for a large plan, built in well under a millisecond (a Map of small objects took several).
  const entries = long.length * step
  const tableBits = Math.max(8, Math.ceil(Math.log2(entries + 1)))
  const heads = new Int32Array(1 << tableBits).fill(-1)
  const chained = new Int32Array(entries)
  const hashes = new Int32Array(entries)
  const valueIndex = new Int32Array(entries)
  const offsets = new Int32Array(entries)
  // A one-bit-per-bucket filter in front of the table: most windows hit an empty bucket, which is cheapest to see
  // there.
  const filter = new Int32Array(1 << (FILTER_BITS - 5))
  let entry = 0
  for (let v = 0; v < long.length; v++) {
    for (let offset = 0; offset < step; offset++, entry++) {
      const h = windowHash(long[v], offset)
      const bucket = h >>> (32 - FILTER_BITS)
      filter[bucket >>> 5] |= 1 << (bucket & 31)
      const head = h >>> (32 - tableBits)
      hashes[entry] = h
      valueIndex[entry] = v
      offsets[entry] = offset
      chained[entry] = heads[head]
      heads[head] = entry
    }
  }
  /** [start, end) of every value found, left to right, not overlapping; with firstOnly, one found. */
  const find = (text: string, firstOnly: boolean): Array<[number, number]> => {
    const found: Array<[number, number]> = []
    if (text.length < minLength) return found
    if (long.length > 0 && text.length >= WINDOW) {
      let h = windowHash(text, 0)
      for (let at = 0; ; ) {
        const bucket = h >>> (32 - FILTER_BITS)
        if ((filter[bucket >>> 5] & (1 << (bucket & 31))) !== 0) {
          for (let e = heads[h >>> (32 - tableBits)]; e >= 0; e = chained[e]) {
            if (hashes[e] !== h) continue
            const value = long[valueIndex[e]]
            const start = at - offsets[e]
            if (start >= 0 && text.startsWith(value, start)) {
              found.push([start, start + value.length])
              if (firstOnly) return found
            }
          }
        }
        at += step
        if (at + WINDOW > text.length) break
        // Rolled a character at a time when the step is short (cheaper than rehashing), else hashed afresh.
        if (step < 4) for (let i = at - step; i < at; i++) h = (Math.imul(h - Math.imul(text.charCodeAt(i), TOP), BASE) + text.charCodeAt(i + WINDOW)) | 0
        else h = windowHash(text, at)
      }
    }
    for (const value of short) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        found.push([at, at + value.length])
        if (firstOnly) return found
      }
    }
    if (found.length < 2) return found
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
    minLength
  }
}

/** log2 of the filter's size in bits: 128 KiB, few false hits for the windows of thousands of values. */
const FILTER_BITS = 20
/**
 * The longest step between hashed windows. Values of thousands of characters (a private key) would otherwise put
 * thousands of windows each in the table; one window in 32 hashed is already a small part of the work.
 */
const MAX_STEP = 32
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
export const SCRUBBED_EVALUATION_FIELDS: readonly string[] = ['message', 'path', 'resource', 'location', 'cause', 'suppression']

/**
 * The report model scrubbed in place. Evaluations are most of a large model (tens of thousands): their data fields
 * are scrubbed, their rule-owned texts skipped; everything else (run metadata and warnings, drift, the coverage
 * ledger, unmapped addresses, added suppressions, rule metadata) is scrubbed string by string.
 */
export function scrubModel(model: ReportModel, scrub: Scrubber): void {
  const deep = deepScrubber(scrub)
  for (const evaluation of model.evaluations) {
    const record = evaluation as unknown as Record<string, unknown>
    for (const field of SCRUBBED_EVALUATION_FIELDS) {
      const value = record[field]
      if (value === undefined) continue
      const scrubbed = deep(value)
      // Written only when it changed: a store to each of a hundred thousand fields cost more than the test.
      if (scrubbed !== value) record[field] = scrubbed
    }
  }
  for (const [key, part] of Object.entries(model)) if (key !== 'evaluations') deep(part)
}

/** A walker that scrubs every string and key below a node, in place; an object shared by several parents once. */
function deepScrubber(scrub: Scrubber): (node: unknown) => unknown {
  const seen = new WeakSet<object>()
  const text = (node: string): string => (node.length < scrub.minLength ? node : scrub.text(node))
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return text(node)
    if (node === null || typeof node !== 'object' || seen.has(node)) return node
    seen.add(node)
    // Items and values are written back only when they changed (most never do).
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i]
        const scrubbed = visit(item)
        if (scrubbed !== item) node[i] = scrubbed
      }
      return node
    }
    const record = node as Record<string, unknown>
    for (const key of Object.keys(record)) {
      const scrubbedKey = text(key)
      const item = record[key]
      const scrubbed = visit(item)
      if (scrubbedKey !== key) {
        delete record[key]
        // defineProperty: a key such as `__proto__` stays an own data property.
        Object.defineProperty(record, scrubbedKey, { value: scrubbed, enumerable: true, writable: true, configurable: true })
      } else if (scrubbed !== item) record[key] = scrubbed
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
