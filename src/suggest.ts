// "Did you mean …?" for names a user types: rule ids, CLI options, config keys. A typo should cost one glance at
// the error, not a trip to the documentation.

/**
 * The candidate closest to `input` by edit distance (insertions, deletions, substitutions and transpositions of
 * adjacent characters, case-insensitive), when it is close enough to be a typo: at most a third of the input's
 * length, and at most 3 edits. A candidate that starts with the input, or that the input starts with, also
 * counts (`rds-instance-multi-az-enabled` → `rds-instance-multi-az`). Ties go to the earlier candidate.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const typed = input.toLowerCase()
  if (typed === '') return undefined
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)))
  let best: { candidate: string; distance: number } | undefined
  let prefix: string | undefined
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase()
    if (lower === typed) return candidate
    if (prefix === undefined && Math.min(lower.length, typed.length) >= 6 && (lower.startsWith(typed) || typed.startsWith(lower))) prefix = candidate
    // Lengths further apart than the limit cannot be within it: skip the table.
    if (Math.abs(lower.length - typed.length) > limit) continue
    const distance = editDistance(typed, lower, limit)
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance }
  }
  return best?.candidate ?? prefix
}

/** `; did you mean "x"?` or nothing: the tail of an error message. */
export function didYouMean(input: string, candidates: Iterable<string>, quote = (s: string) => `"${s}"`): string {
  const match = closestMatch(input, candidates)
  return match === undefined ? '' : `; did you mean ${quote(match)}?`
}

/** Optimal string alignment distance, giving up (returning limit + 1) once every cell of a row exceeds limit. */
function editDistance(a: string, b: string, limit: number): number {
  let previous2: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    previous2 = previous
    previous = current
  }
  return previous[b.length]
}

/**
 * node:util parseArgs's error as one line for the user, with the closest option when one was mistyped
 * (`--tfdir` → `--tf-dir`) and where to read more.
 */
export function argsErrorLine(err: unknown, optionNames: Iterable<string>, help: string): string {
  const message = (err as Error).message.split('\n')[0].replace(/\. To specify.*$/, '')
  const unknown = /^Unknown option '(-{1,2})([^'=]+)/.exec(message)
  const flags = [...optionNames].map((name) => `--${name}`)
  const suggestion = unknown ? didYouMean(`--${unknown[2]}`, flags) : ''
  return suggestion ? `${message}${suggestion} See ${help}` : `${message}; see ${help}`
}
