// Globs over Terraform addresses, resource ids and types: `*` any run of characters, `?` one character, everything
// else literal (with `escapes`, `\` also takes the next character literally, as the drift ignore file needs).
// Addresses are full of dots, brackets and quotes, which path-oriented glob libraries treat as syntax; here they
// are only text.
//
// Globs come from users (config suppressions, ignore files), so they are never turned into regular expressions:
// `*a*a*a*a*Z` as a backtracking expression takes exponential time on a long subject. This matcher splits the
// glob on `*` into fixed-length segments, anchors the first and the last, and finds each middle segment at its
// leftmost place after the previous one. Leftmost is always right: a segment placed earlier leaves every later
// segment at least as much room. Time is O(subject × glob) at worst, whatever the glob.

export interface GlobOptions {
  /** `\` takes the next character literally (a trailing lone `\` is itself literal). */
  escapes?: boolean
}

/** One run of the glob between stars: its characters, and which of them are `?` (any one character). */
interface Segment {
  text: string
  /** Positions holding a `?` wildcard; null when the segment is all literal. */
  any: boolean[] | null
}

export interface CompiledGlob {
  /** The glob split on its unescaped stars: one segment means no star at all. */
  segments: Segment[]
}

export function compileGlob(glob: string, options: GlobOptions = {}): CompiledGlob {
  const segments: Segment[] = []
  let text = ''
  let any: boolean[] | null = null
  for (let i = 0; i < glob.length; i++) {
    let ch = glob[i]
    if (options.escapes && ch === '\\' && i + 1 < glob.length) {
      ch = glob[++i]
    } else if (ch === '*') {
      segments.push({ text, any })
      text = ''
      any = null
      continue
    } else if (ch === '?') {
      any ??= new Array<boolean>(text.length).fill(false)
      any.push(true)
      text += '?'
      continue
    }
    any?.push(false)
    text += ch
  }
  segments.push({ text, any })
  return { segments }
}

export function matchesGlob(compiled: CompiledGlob, subject: string): boolean {
  const { segments } = compiled
  const first = segments[0]
  if (segments.length === 1) return subject.length === first.text.length && segmentAt(first, subject, 0)
  const last = segments[segments.length - 1]
  const end = subject.length - last.text.length
  if (end < first.text.length) return false
  if (!segmentAt(first, subject, 0) || !segmentAt(last, subject, end)) return false
  let from = first.text.length
  for (let s = 1; s < segments.length - 1; s++) {
    const segment = segments[s]
    if (segment.text === '') continue
    const at = findSegment(segment, subject, from, end)
    if (at < 0) return false
    from = at + segment.text.length
  }
  return true
}

/** Whether the segment matches the subject at this offset. */
function segmentAt(segment: Segment, subject: string, offset: number): boolean {
  const { text, any } = segment
  if (any === null) return subject.startsWith(text, offset)
  for (let i = 0; i < text.length; i++) {
    if (!any[i] && subject.charCodeAt(offset + i) !== text.charCodeAt(i)) return false
  }
  return true
}

/** The leftmost offset ≥ from where the segment matches and ends at or before `end`; -1 when there is none. */
function findSegment(segment: Segment, subject: string, from: number, end: number): number {
  const last = end - segment.text.length
  if (segment.any === null) {
    const at = subject.indexOf(segment.text, from)
    return at >= 0 && at <= last ? at : -1
  }
  for (let at = from; at <= last; at++) if (segmentAt(segment, subject, at)) return at
  return -1
}

// Config suppressions are matched against every resource: compile each glob once.
const cache = new Map<string, CompiledGlob>()

/** `*` and `?` globs without escapes (config-file suppressions). */
export function globMatch(glob: string, text: string): boolean {
  let compiled = cache.get(glob)
  if (!compiled) {
    compiled = compileGlob(glob)
    cache.set(glob, compiled)
  }
  return matchesGlob(compiled, text)
}
