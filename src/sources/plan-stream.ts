// A large plan read a resource change at a time. JSON.parse of the whole document makes every change's objects at
// once (its before and after copies, its unknown and sensitivity markers) and keeps them until the walk is done, so
// the collector copies them all from the young generation to the old one; most are garbage a moment later. Parsed one
// by one, a change's markers and its `before` die young, where they cost nothing to collect, and only what the walk
// keeps (the planned values) lives on. planned_values, which repeats resource_changes' `after`, is not parsed at all,
// and from a file's bytes neither is decoded.
//
// The cuts are found by searching for what Terraform writes (indexOf: native, and each search runs over a part of
// the plan once) and are checked by the parse itself: a change's text parses only when it is exactly one element of
// the array, and the rest of the document only when each cut fell between members of the top-level object. Anything
// else (keys in another order, a key name inside a value, an indented layout) makes streamedPlan answer undefined or
// throw StreamAbandoned, and the caller parses the document whole, which also says where a broken file breaks.
import { isLegacyFormat, isObject } from './terraform-json.js'

/** The plan's text or its UTF-8 bytes, read through the few operations the cuts need. */
export interface PlanSource {
  readonly length: number
  /** The first `search` at or after `from` and before `to` (default: the end), or -1. */
  indexOf(search: string, from: number, to?: number): number
  /** The last `search` that starts at or before `before`, or -1. */
  lastIndexOf(search: string, before: number): number
  /** The character code (text) or byte (bytes) at `at`: the cuts look only at ASCII punctuation and spaces. */
  codeAt(at: number): number
  /** The text between two offsets that fall on ASCII characters (never inside a multi-byte character). */
  text(from: number, to: number): string
}

export function textSource(text: string): PlanSource {
  return {
    length: text.length,
    indexOf: (search, from, to) => {
      if (to === undefined) return text.indexOf(search, from)
      // A slice of a flat string shares its characters: no copy.
      const at = text.slice(from, to).indexOf(search)
      return at < 0 ? -1 : from + at
    },
    lastIndexOf: (search, before) => text.lastIndexOf(search, before),
    codeAt: (at) => text.charCodeAt(at),
    text: (from, to) => text.slice(from, to)
  }
}

export function bytesSource(bytes: Buffer): PlanSource {
  // The searches' needles as bytes, made once: a string needle is encoded again on every call, and the walk searches
  // for the separator once per change.
  const needles = new Map<string, Buffer>()
  const needle = (search: string): Buffer => {
    let found = needles.get(search)
    if (found === undefined) needles.set(search, (found = Buffer.from(search, 'latin1')))
    return found
  }
  return {
    length: bytes.length,
    indexOf: (search, from, to) => {
      if (to === undefined) return bytes.indexOf(needle(search), from)
      const at = bytes.subarray(from, to).indexOf(needle(search))
      return at < 0 ? -1 : from + at
    },
    lastIndexOf: (search, before) => bytes.lastIndexOf(needle(search), before),
    codeAt: (at) => bytes[at],
    text: (from, to) => bytes.toString('utf8', from, to)
  }
}

/** Thrown when a streamed plan turns out not to be laid out as the cuts assume: parse the plan whole. */
export class StreamAbandoned extends Error {}

/**
 * A plan read a change at a time: `changes` yields resource_changes' elements, each parsed when asked for; once they
 * are all read, `document()` parses the rest of the plan (without planned_values and resource_changes), checks it
 * and returns it, or throws StreamAbandoned.
 */
export interface StreamedPlan {
  changes: Iterable<unknown>
  document(): Record<string, unknown>
}

/** The members Terraform and OpenTofu write after resource_changes, in jsonplan's order (the newer ones included). */
const KEYS_AFTER_RESOURCE_CHANGES = [
  'deferred_changes',
  'output_changes',
  'action_invocations',
  'prior_state',
  'configuration',
  'relevant_attributes',
  'checks',
  'timestamp',
  'applyable',
  'complete',
  'errored'
].map((key) => `],"${key}":`)
const PLANNED_VALUES_KEY = '"planned_values":'
/** The only member jsonplan writes between planned_values and resource_changes. */
const RESOURCE_DRIFT_KEY = '"resource_drift":'
const RESOURCE_CHANGES_KEY = '"resource_changes":'
/** Between two changes in Terraform's compact output; `address` is the first member jsonplan writes. */
const CHANGE_SEPARATOR = '},{"address":'
/**
 * A piece that does not parse is joined with the next: the separator also occurs inside a change wherever a nested
 * object's first key is `address` (a list of IP address blocks, say). A change split that often is read whole.
 */
const MOST_JOINS = 16

const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The plan read a change at a time, or undefined when it does not start as a plan Terraform writes: an object with
 * planned_values and then resource_changes, whose array's first change follows its bracket.
 */
export function streamedPlan(source: PlanSource): StreamedPlan | undefined {
  let start = 0
  while (start < source.length && isSpace(source.codeAt(start))) start++
  if (source.codeAt(start) !== OPEN_BRACE) return undefined
  const plannedValues = source.indexOf(PLANNED_VALUES_KEY, start)
  if (plannedValues < 0) return undefined
  const changesKey = source.indexOf(RESOURCE_CHANGES_KEY, plannedValues)
  if (changesKey < 0 || source.codeAt(changesKey - 1) !== COMMA) return undefined
  // Between the two only resource_drift, an array, may come (it is left out when empty): found from its end, so
  // that planned_values, a third of the plan, is not searched through.
  let afterPlannedValues = changesKey
  if (source.codeAt(changesKey - 2) === CLOSE_BRACKET) {
    afterPlannedValues = source.lastIndexOf(RESOURCE_DRIFT_KEY, changesKey)
    if (afterPlannedValues <= plannedValues) return undefined
  }
  const open = changesKey + RESOURCE_CHANGES_KEY.length
  if (source.codeAt(open) !== OPEN_BRACKET || source.codeAt(open + 1) !== OPEN_BRACE) return undefined

  // Where the array ends, found by the last change: the first of the keys written after it that closes that change.
  let afterChanges = -1
  const changes = (function* (): Generator<unknown> {
    let from = open + 1
    let pending = ''
    let joins = 0
    for (;;) {
      const separator = source.indexOf(CHANGE_SEPARATOR, from)
      const end = separator < 0 ? source.length : separator + 1
      const piece = pending === '' ? source.text(from, end) : `${pending},${source.text(from, end)}`
      const change = parsedOrUndefined(piece)
      if (isObject(change)) {
        pending = ''
        joins = 0
        yield change
        from = separator + 2
        continue
      }
      // The piece holds the last change and what follows the array, or is cut inside a change (the separator occurs
      // in values too): the first is told by a change that ends where a key after resource_changes begins.
      const last = lastChange(source, from, end, pending)
      if (last !== undefined) {
        afterChanges = last.afterChanges
        yield last.change
        return
      }
      if (separator < 0 || ++joins > MOST_JOINS) throw new StreamAbandoned()
      pending = piece
      from = separator + 2
    }
  })()

  return {
    changes,
    document() {
      if (afterChanges < 0) throw new StreamAbandoned()
      const doc = parsedOrUndefined(
        source.text(start, plannedValues) + source.text(afterPlannedValues, changesKey) + source.text(afterChanges, source.length)
      )
      if (
        !isObject(doc) ||
        'planned_values' in doc ||
        'resource_changes' in doc ||
        typeof doc.format_version !== 'string' ||
        isLegacyFormat(doc.format_version)
      ) {
        throw new StreamAbandoned()
      }
      return doc
    }
  }
}

/**
 * The array's last change, if the text from `from` to `end` (after `pending`, the pieces joined so far, and the comma
 * between) holds it and the array's end: the first `],"<key>":`, for a key written after resource_changes, where the
 * text before the bracket parses as one change.
 */
function lastChange(
  source: PlanSource,
  from: number,
  end: number,
  pending: string
): { change: Record<string, unknown>; afterChanges: number } | undefined {
  const candidates: number[] = []
  for (let i = 0; i < KEYS_AFTER_RESOURCE_CHANGES.length; i++) {
    let at = source.indexOf(KEYS_AFTER_RESOURCE_CHANGES[i], from, end)
    // A key named so inside the change itself is passed over by the parse below; the next one may be the array's end.
    while (at >= 0) {
      candidates.push(at)
      at = source.indexOf(KEYS_AFTER_RESOURCE_CHANGES[i], at + 1, end)
    }
  }
  candidates.sort((a, b) => a - b)
  for (let i = 0; i < candidates.length; i++) {
    const close = candidates[i]
    const text = pending === '' ? source.text(from, close) : `${pending},${source.text(from, close)}`
    const change = parsedOrUndefined(text)
    if (isObject(change)) return { change, afterChanges: close + 2 }
  }
  return undefined
}
