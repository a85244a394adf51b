// A large plan read a few resource changes at a time. JSON.parse of the whole document makes every change's objects at
// once (its before and after copies, its unknown and sensitivity markers) and keeps them until the walk is done, so
// the collector copies them all from the young generation to the old one; most are garbage a moment later. Parsed
// some 64 KiB of text at a time (PIECE_LENGTH) and walked piece by piece, the changes' markers and their `before` die
// young, where they cost nothing to collect, and only what the walk keeps (the planned values) lives on.
// planned_values, which repeats resource_changes' `after`, is not parsed at all, and from a file's bytes neither is
// decoded.
//
// The cuts are found by searching for what Terraform writes (indexOf: native, and each search runs over a part of
// the plan once) and are checked by the parse itself: a piece's text parses as a list of changes only when it is
// exactly whole elements of the array, and the rest of the document only when each cut fell between members of the
// top-level object. Anything else (keys in another order, a key name inside a value, an indented layout) makes
// streamedPlan answer undefined or throw StreamAbandoned, and the caller parses the document whole, which also says
// where a broken file breaks.
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
 * A plan read a few changes at a time: `changes` yields resource_changes' elements, each piece of them parsed when
 * its first is asked for; once they are all read, `document()` parses the rest of the plan (without planned_values
 * and resource_changes), checks it and returns it, or throws StreamAbandoned.
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
/**
 * How far past a piece's start the search for its end begins, in the source's units: a piece holds the changes of
 * about this much text (some 35 of them on the bench plan), parsed in one call. Cut after every change, the searches
 * took about 80 of the parse's 380 ms on the bench plan (one native search per change, through text where the
 * separator's first characters occur at every few steps); pieces this small still die young, while pieces of 256 KiB
 * made the parse slower than single changes (more of them alive at each young-generation collection).
 */
export const PIECE_LENGTH = 64 * 1024

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
 * The changes of a piece of resource_changes' text (whole elements, comma-separated, as cut): their list, or
 * undefined when the piece is not exactly such elements (a cut inside a value).
 */
function changesOf(piece: string): unknown[] | undefined {
  const parsed = parsedOrUndefined(`[${piece}]`)
  if (!Array.isArray(parsed)) return undefined
  for (let i = 0; i < parsed.length; i++) if (!isObject(parsed[i])) return undefined
  return parsed
}

/**
 * The plan read a few changes at a time, or undefined when it does not start as a plan Terraform writes: an object with
 * planned_values and then resource_changes, whose array's first change follows its bracket. `pieceLength`: how much
 * text is parsed at once at least (PIECE_LENGTH; 0 parses each change alone).
 */
export function streamedPlan(source: PlanSource, pieceLength = PIECE_LENGTH): StreamedPlan | undefined {
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
      // A piece ends at the first separator at least pieceLength past its start; a piece being joined, at the next one
      // (the cut inside a value is most often followed closely by the change's end).
      const searchFrom = pending === '' ? Math.min(from + pieceLength, source.length) : from
      const separator = source.indexOf(CHANGE_SEPARATOR, searchFrom)
      const end = separator < 0 ? source.length : separator + 1
      const piece = pending === '' ? source.text(from, end) : `${pending},${source.text(from, end)}`
      const parsed = changesOf(piece)
      if (parsed !== undefined) {
        pending = ''
        joins = 0
        yield* parsed
        from = separator + 2
        continue
      }
      // The piece holds the last changes and what follows the array, or is cut inside a change (the separator occurs
      // in values too): the first is told by changes that end where a key after resource_changes begins.
      const last = lastChanges(source, from, end, pending)
      if (last !== undefined) {
        afterChanges = last.afterChanges
        yield* last.changes
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
 * The array's last changes, if the text from `from` to `end` (after `pending`, the pieces joined so far, and the comma
 * between) holds them and the array's end: the first `],"<key>":`, for a key written after resource_changes, where the
 * text before the bracket parses as whole changes.
 */
function lastChanges(source: PlanSource, from: number, end: number, pending: string): { changes: unknown[]; afterChanges: number } | undefined {
  const candidates: number[] = []
  for (let i = 0; i < KEYS_AFTER_RESOURCE_CHANGES.length; i++) {
    let at = source.indexOf(KEYS_AFTER_RESOURCE_CHANGES[i], from, end)
    // A key named so inside a change is passed over by the parse below; the next one may be the array's end.
    while (at >= 0) {
      candidates.push(at)
      at = source.indexOf(KEYS_AFTER_RESOURCE_CHANGES[i], at + 1, end)
    }
  }
  candidates.sort((a, b) => a - b)
  for (let i = 0; i < candidates.length; i++) {
    const close = candidates[i]
    const changes = changesOf(pending === '' ? source.text(from, close) : `${pending},${source.text(from, close)}`)
    if (changes !== undefined) return { changes, afterChanges: close + 2 }
  }
  return undefined
}
