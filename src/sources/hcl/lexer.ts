// A small HCL scanner of our own, faster than the full parser (parser.ts, which keeps no comments). Plumbline
// needs two things from it, with or without a plan: the line of every resource block (for SARIF results and
// annotations) and the suppression comments inside it. The scanner only has to know what is code and what is not: quoted
// strings (with `${...}` / `%{...}` nesting and escapes), heredocs (`<<EOF`, `<<-EOF`) and comments (`#`, `//`,
// `/* */`). It finds the top-level blocks, their literal attributes one level down (a module's `source`)
// and every comment. It does not validate HCL; the value parser does that and reports syntax errors.

export interface HclComment {
  /** The comment's text without its opening marker (`#`, `//`, `/*`) and closing marker. */
  text: string
  line: number
}

export interface TopLevelBlock {
  /** resource, data, module, variable, provider, locals... */
  kind: string
  labels: string[]
  line: number
  endLine: number
  /** Attributes directly in the block whose value is one quoted string without interpolation. */
  literalAttributes: Record<string, string>
  /** Labels of `dynamic "<name>" { ... }` blocks directly in the block (Terraform's JSON plan omits them). */
  dynamicBlocks: string[]
}

/** A capitalised `True`/`False` written as a value: HCL has only lower-case booleans, Terraform refuses it. */
export interface CapitalisedBoolean {
  word: string
  line: number
  column: number
}

export interface ScannedFile {
  blocks: TopLevelBlock[]
  comments: HclComment[]
  capitalisedBooleans: CapitalisedBoolean[]
}

/** Malformed input the scanner cannot get past (unterminated string, heredoc, comment or block). */
export class HclScanError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number
  ) {
    super(`${line}:${column}: ${reason}`)
    this.name = 'HclScanError'
  }
}

type TokenKind = 'ident' | 'string' | 'heredoc' | 'open' | 'close' | 'equals' | 'newline' | 'other'

interface Token {
  kind: TokenKind
  line: number
  column: number
  /** ident: the name; string: the literal value when it has no interpolation, else undefined; other: its text. */
  value?: string
}

const IDENT_START = /[A-Za-z_]/
const IDENT_PART = /[A-Za-z0-9_-]/

class Scanner {
  private pos = 0
  private line = 1
  private lineStart = 0
  readonly tokens: Token[] = []
  readonly comments: HclComment[] = []

  constructor(private readonly text: string) {}

  private column(at = this.pos): number {
    return at - this.lineStart + 1
  }

  private advanceNewline(): void {
    this.pos++
    this.line++
    this.lineStart = this.pos
  }

  run(): void {
    const text = this.text
    while (this.pos < text.length) {
      const ch = text[this.pos]
      if (ch === '\n') {
        this.tokens.push({ kind: 'newline', line: this.line, column: this.column() })
        this.advanceNewline()
      } else if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos++
      } else if (ch === '#' || (ch === '/' && text[this.pos + 1] === '/')) {
        this.lineComment(ch === '#' ? 1 : 2)
      } else if (ch === '/' && text[this.pos + 1] === '*') {
        this.blockComment()
      } else if (ch === '"') {
        this.quotedString()
      } else if (ch === '<' && text[this.pos + 1] === '<' && this.heredocAhead()) {
        this.heredoc()
      } else if (ch === '{') {
        this.tokens.push({ kind: 'open', line: this.line, column: this.column() })
        this.pos++
      } else if (ch === '}') {
        this.tokens.push({ kind: 'close', line: this.line, column: this.column() })
        this.pos++
      } else if (ch === '=' && text[this.pos + 1] !== '=' && text[this.pos + 1] !== '>') {
        this.tokens.push({ kind: 'equals', line: this.line, column: this.column() })
        this.pos++
      } else if (IDENT_START.test(ch)) {
        const start = this.pos
        while (this.pos < text.length && IDENT_PART.test(text[this.pos])) this.pos++
        this.tokens.push({ kind: 'ident', line: this.line, column: this.column(start), value: text.slice(start, this.pos) })
      } else {
        // operators, brackets, numbers: only their presence matters (an attribute value is not a lone literal),
        // and their text around a capitalised boolean (`.True` is an attribute access, `True:` an object key)
        const start = this.pos
        if (ch === '=' || ch === '!' || ch === '<' || ch === '>') this.pos += text[this.pos + 1] === '=' || text[this.pos + 1] === '>' ? 2 : 1
        else this.pos++
        this.tokens.push({ kind: 'other', line: this.line, column: this.column(this.pos - 1), value: text.slice(start, this.pos) })
      }
    }
  }

  private lineComment(markerLength: number): void {
    const line = this.line
    const start = this.pos + markerLength
    let end = this.text.indexOf('\n', start)
    if (end === -1) end = this.text.length
    this.comments.push({ text: this.text.slice(start, end).replace(/\r$/, ''), line })
    this.pos = end
  }

  private blockComment(): void {
    const line = this.line
    const column = this.column()
    const end = this.text.indexOf('*/', this.pos + 2)
    if (end === -1) throw new HclScanError('Unterminated comment; a /* comment has no closing */', line, column)
    this.comments.push({ text: this.text.slice(this.pos + 2, end), line })
    this.skipTo(end + 2)
  }

  /** Move to `target`, counting the newlines passed. */
  private skipTo(target: number): void {
    while (this.pos < target) {
      if (this.text[this.pos] === '\n') this.advanceNewline()
      else this.pos++
    }
  }

  private quotedString(): void {
    const line = this.line
    const column = this.column()
    this.pos++ // opening quote
    let literal = ''
    let interpolated = false
    const text = this.text
    while (this.pos < text.length) {
      const ch = text[this.pos]
      if (ch === '"') {
        this.pos++
        this.tokens.push({ kind: 'string', line, column, value: interpolated ? undefined : literal })
        return
      }
      if (ch === '\n') break // quoted strings cannot span lines
      if (ch === '\\') {
        literal += unescape(text[this.pos + 1] ?? '')
        this.pos += 2
        continue
      }
      if ((ch === '$' || ch === '%') && text[this.pos + 1] === ch && text[this.pos + 2] === '{') {
        literal += `${ch}{` // $${ and %%{ are literal
        this.pos += 3
        continue
      }
      if ((ch === '$' || ch === '%') && text[this.pos + 1] === '{') {
        interpolated = true
        this.pos += 2
        this.templateExpression()
        continue
      }
      literal += ch
      this.pos++
    }
    throw new HclScanError('Unterminated string; a quoted string has no closing quote on its line', line, column)
  }

  /** Skip an interpolation's expression up to its closing brace; strings, heredocs and braces nest inside. */
  private templateExpression(): void {
    const line = this.line
    const column = this.column()
    let depth = 0
    const text = this.text
    while (this.pos < text.length) {
      const ch = text[this.pos]
      if (ch === '}') {
        this.pos++
        if (depth === 0) return
        depth--
      } else if (ch === '{') {
        depth++
        this.pos++
      } else if (ch === '"') {
        const before = this.tokens.length
        this.quotedString()
        this.tokens.length = before // strings inside an interpolation are not tokens of the block
      } else if (ch === '\n') {
        this.advanceNewline()
      } else if (ch === '#' || (ch === '/' && text[this.pos + 1] === '/')) {
        this.lineComment(ch === '#' ? 1 : 2)
      } else if (ch === '/' && text[this.pos + 1] === '*') {
        this.blockComment()
      } else if (ch === '<' && text[this.pos + 1] === '<' && this.heredocAhead()) {
        const before = this.tokens.length
        this.heredoc()
        this.tokens.length = before
      } else {
        this.pos++
      }
    }
    throw new HclScanError('Unterminated template interpolation; a ${ or %{ has no closing }', line, column)
  }

  private heredocAhead(): boolean {
    return /^<<-?[A-Za-z_][A-Za-z0-9_-]*[ \t]*\r?\n/.test(this.text.slice(this.pos, this.pos + 80))
  }

  private heredoc(): void {
    const line = this.line
    const column = this.column()
    const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 80))!
    const marker = header[1]
    this.skipTo(this.pos + header[0].length)
    // The heredoc ends at the first line that holds only its marker (indentation allowed).
    while (this.pos < this.text.length) {
      let end = this.text.indexOf('\n', this.pos)
      if (end === -1) end = this.text.length
      const content = this.text.slice(this.pos, end).trim()
      if (content === marker) {
        this.pos = end
        this.tokens.push({ kind: 'heredoc', line, column })
        return
      }
      this.skipTo(end < this.text.length ? end + 1 : end)
    }
    throw new HclScanError(`Unterminated heredoc; no line holds the closing marker ${marker}`, line, column)
  }
}

function unescape(ch: string): string {
  switch (ch) {
    case 'n':
      return '\n'
    case 't':
      return '\t'
    case 'r':
      return '\r'
    default:
      return ch // \" \\ and the rare \uXXXX (not needed for module sources)
  }
}

/** Scan one file: its top-level blocks (with start and end lines) and all its comments. */
export function scanHcl(text: string): ScannedFile {
  const scanner = new Scanner(text)
  scanner.run()
  const tokens = scanner.tokens
  const blocks: TopLevelBlock[] = []
  let depth = 0
  let current: TopLevelBlock | undefined
  let header: Token[] = [] // tokens since the last newline at depth 0
  let statement: Token[] = [] // tokens of the current line at depth 1
  const openBraces: Token[] = []

  for (const token of tokens) {
    if (token.kind === 'open') {
      if (depth === 0) {
        const first = header[0]
        current =
          first?.kind === 'ident'
            ? {
                kind: first.value!,
                labels: header.slice(1).map((t) => t.value ?? ''),
                line: first.line,
                endLine: first.line,
                literalAttributes: {},
                dynamicBlocks: []
              }
            : undefined
        header = []
        statement = []
      } else if (depth === 1) {
        if (current && statement.length === 2 && statement[0].kind === 'ident' && statement[0].value === 'dynamic' && statement[1].kind === 'string' && statement[1].value !== undefined) {
          current.dynamicBlocks.push(statement[1].value)
        }
        statement.push(token)
      }
      openBraces.push(token)
      depth++
      continue
    }
    if (token.kind === 'close') {
      if (depth === 0) throw new HclScanError('Unexpected }; there is no block to close', token.line, token.column)
      openBraces.pop()
      depth--
      if (depth === 0) {
        endStatement()
        if (current) {
          current.endLine = token.line
          blocks.push(current)
          current = undefined
        }
      } else if (depth === 1) {
        statement.push(token)
      }
      continue
    }
    if (token.kind === 'newline') {
      if (depth === 0) header = []
      if (depth === 1) endStatement()
      continue
    }
    if (depth === 0) header.push(token)
    else if (depth === 1) statement.push(token)
  }
  if (depth > 0) {
    const open = openBraces[openBraces.length - 1]
    throw new HclScanError('Unclosed block; there is no closing brace for this block before the end of the file', open.line, open.column)
  }
  return { blocks, comments: scanner.comments, capitalisedBooleans: capitalisedBooleans(tokens) }

  function endStatement(): void {
    // name = "literal" on one line, directly inside a top-level block
    if (
      current &&
      statement.length === 3 &&
      statement[0].kind === 'ident' &&
      statement[1].kind === 'equals' &&
      statement[2].kind === 'string' &&
      statement[2].value !== undefined
    ) {
      current.literalAttributes[statement[0].value!] = statement[2].value
    }
    statement = []
  }
}

const CAPITALISED_BOOLEANS = new Set(['True', 'False', 'TRUE', 'FALSE'])

/**
 * Capitalised booleans written as values. In HCL `True` is not a literal but a reference to an object named
 * True, which Terraform refuses; its value is unknown to Plumbline. Not flagged: strings, heredocs and comments
 * (never tokens here), longer identifiers (`True_x` is one token), attribute access (`var.True`, `x.True`),
 * names (`True = 1`, `{ True: 1 }`, a block `True {`), traversals and calls rooted at it (`True.x`, `True(1)`),
 * and a file that declares True as a local name (a `for` or dynamic-block iterator).
 */
function capitalisedBooleans(tokens: readonly Token[]): CapitalisedBoolean[] {
  const found: CapitalisedBoolean[] = []
  const iterators = localNames(tokens)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'ident' || !CAPITALISED_BOOLEANS.has(token.value!) || iterators.has(token.value!)) continue
    const before = tokens[i - 1]
    const after = tokens[i + 1]
    if (before?.kind === 'other' && before.value === '.') continue
    if (after?.kind === 'equals' || after?.kind === 'open' || after?.kind === 'string') continue
    if (after?.kind === 'other' && (after.value === '.' || after.value === '[' || after.value === '(')) continue
    // `True:` is an object key, except as the first branch of a conditional (`c ? True : x`).
    if (after?.kind === 'other' && after.value === ':' && !(before?.kind === 'other' && before.value === '?')) continue
    found.push({ word: token.value!, line: token.line, column: token.column })
  }
  return found
}

/** Local names the file declares: `for x in`, `for k, v in`, and a dynamic block's `iterator = x`. */
function localNames(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>()
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [first, second, third] = [tokens[i], tokens[i + 1], tokens[i + 2]]
    if (first.kind !== 'ident') continue
    if (first.value === 'iterator' && second.kind === 'equals' && third.kind === 'ident') names.add(third.value!)
    if (first.value !== 'for' || second.kind !== 'ident') continue
    names.add(second.value!)
    if (third.kind === 'other' && third.value === ',' && tokens[i + 3]?.kind === 'ident') names.add(tokens[i + 3].value!)
  }
  return names
}
