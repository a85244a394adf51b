// Large texts handed on in slices: encoding a text of tens of MB whole allocates a buffer of that size, whose fresh
// pages cost more than the encoding itself (see write-file.ts).

/** The text in slices of at most `maxUnits` UTF-16 code units (at least 2), never splitting a surrogate pair. */
export function* textSlices(text: string, maxUnits: number): Generator<string> {
  if (text.length <= maxUnits) {
    if (text.length > 0) yield text
    return
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + maxUnits)
    // Each half of a pair alone would encode as U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    yield text.slice(start, end)
    start = end
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
