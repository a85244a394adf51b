// Where a JSON text is broken, said without quoting it. Node's JSON.parse messages vary by version and quote the
// text around the error, which may be a secret (a plan's sensitive values, an inventory's, a variables file's):
// every reader of user JSON reports the line, the column and what was expected instead.

/** `line 3, column 14 (expected ',' or '}')`: for `<file>: not valid JSON at …` messages. */
export function jsonErrorPlace(text: string): string {
  const { offset, reason } = locateJsonError(text)
  const { line, column } = lineAndColumn(text, offset)
  return `line ${line}, column ${column} (${reason})`
}

// Only runs after JSON.parse failed, so speed does not matter.

/** Node's JSON.parse messages vary by version and quote the text; find the first bad offset ourselves. */
export function locateJsonError(text: string): { offset: number; reason: string } {
  let i = 0
  const fail = (reason: string, at = i): never => {
    throw { offset: at, reason }
  }
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const unexpected = (): never =>
    i >= text.length ? fail('unexpected end of input') : fail(describeUnexpected(text[i]))
  const str = (): void => {
    i++ // opening quote
    while (i < text.length) {
      const ch = text[i]
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        const esc = text[i + 1]
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string', i)
          i += 6
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2
        else fail('bad escape in a string', i)
        continue
      }
      if (ch.charCodeAt(0) < 0x20) fail('control character in a string')
      i++
    }
    fail('unterminated string')
  }
  const num = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === '' || m[0] === '-') unexpected()
    i += (m as RegExpExecArray)[0].length
  }
  const value = (depth: number): void => {
    // Well inside the call stack (about 10,000 frames of this function overflowed it): a broken file nested deeper
    // gets a place, not a crash.
    if (depth > 2000) fail('nested more than 2,000 levels deep')
    ws()
    const ch = text[i]
    if (ch === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail(i >= text.length ? 'unexpected end of input' : 'expected a double-quoted property name')
        str()
        ws()
        if (text[i] !== ':') fail(i >= text.length ? 'unexpected end of input' : "expected ':' after a property name")
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail(i >= text.length ? 'unexpected end of input' : "expected ',' or '}'")
      }
    }
    if (ch === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail(i >= text.length ? 'unexpected end of input' : "expected ',' or ']'")
      }
    }
    if (ch === '"') return str()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return
      }
    }
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return num()
    unexpected()
  }
  try {
    value(0)
    ws()
    if (i < text.length) fail('unexpected text after the JSON value')
    return { offset: i, reason: 'invalid JSON' }
  } catch (err) {
    if (err && typeof err === 'object' && 'offset' in err) return err as { offset: number; reason: string }
    throw err
  }
}

function describeUnexpected(ch: string): string {
  const code = ch.charCodeAt(0)
  // Name the character only when it is punctuation: letters and digits could be the start of a secret.
  if (/^[{}[\]:,'=<>#;]$/.test(ch)) return `unexpected character '${ch}'`
  if (code < 0x20) return `unexpected control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`
  return 'unexpected bare word; strings need double quotes'
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Where each line of `text` starts: 0, then the offset after every line feed. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/**
 * The 0-based line of `offset` among `starts` (lineStarts), by bisection: the last start at or before the offset, so
 * a line feed at the offset itself still ends the line before.
 */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * lineAndColumn for many offsets of one text: the line starts are found once and each offset is looked up by
 * bisection. A config file's 300-entry skip list scanned its text from the start for every entry (≈ 20 ms).
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text)
  return (offset) => {
    const line = lineOfOffset(starts, Math.min(offset, text.length))
    return { line: line + 1, column: offset - starts[line] + 1 }
  }
}
