// Our parser for HCL's native syntax as Terraform writes it: bodies, blocks, attributes and every expression
// form. It replaces @cdktf/hcl2json (HashiCorp's Go parser compiled to WebAssembly, unmaintained since CDKTF was
// deprecated, and slow) and produces exactly what hcl2json produced, because the evaluator was written against
// that shape: Terraform's JSON configuration syntax, with blocks as arrays of objects and every expression that
// is not a plain value kept as its source text in "${...}". Syntax errors match the Go parser's first
// diagnostic (position and wording), as test/hcl/parser-differential.test.ts checks on a corpus of real files.
//
// The structure follows HashiCorp's hclsyntax package so that the same inputs fail at the same place: a scanner
// with the Go scanner's modes (code, quoted template, heredoc template), then a recursive-descent parser over the
// tokens with the same newline rules (newlines end attributes, but not inside brackets, parentheses or
// interpolations). Every node carries its source offsets; `positionAt` turns an offset into a line and column.
import { lineOfOffset, lineStarts } from '../../json-location.js'

/** A syntax error from the parser, at a 1-based line and column of `file`. */
export class HclSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${file}:${line}:${column}: ${reason}`)
    this.name = 'HclSyntaxError'
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

/** Token kinds; punctuation and operators are their own text. */
type TokenKind =
  | 'ident'
  | 'number'
  | 'comment'
  | 'nl'
  | 'oquote'
  | 'cquote'
  | 'oheredoc'
  | 'cheredoc'
  /** `${` or `${~` */
  | 'interp'
  /** `%{` or `%{~` */
  | 'control'
  /** `}` or `~}` closing an interpolation or directive */
  | 'seqend'
  /** literal text of a quoted string (escapes still in it) */
  | 'qlit'
  /** literal text of a heredoc */
  | 'hlit'
  /** a newline inside a quoted string */
  | 'qnl'
  | 'invalid'
  | 'eof'
  | string

interface Token {
  t: TokenKind
  /** start and end offsets in the source */
  s: number
  e: number
}

const SELF_TOKENS = new Set('[]().,*/%+-=<>!?:&|~^;`\''.split(''))

function isIdentStart(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  return /\p{ID_Start}/u.test(ch)
}

function isIdentPart(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 45
  return /\p{ID_Continue}/u.test(ch)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** The character (one code point) at `i`. */
function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i)
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]
}

function identEnd(text: string, i: number): number {
  while (i < text.length) {
    const ch = charAt(text, i)
    if (!isIdentPart(ch.charCodeAt(0), ch)) break
    i += ch.length
  }
  return i
}

type Frame = { mode: 'code' } | { mode: 'quoted' } | { mode: 'heredoc'; marker: string; startOfLine: boolean }

/** Split the source into tokens as hclsyntax's scanner does (the parser relies on its exact boundaries). */
function scan(text: string): Token[] {
  const tokens: Token[] = []
  const frames: Frame[] = [{ mode: 'code' }]
  let braces = 0
  // brace depths at which an interpolation or directive was opened: its `}` returns to the template
  const templateBraces: number[] = []
  const n = text.length
  let i = 0
  const push = (t: TokenKind, s: number, e: number): void => {
    tokens.push({ t, s, e })
    i = e
  }
  const openSequence = (t: 'interp' | 'control'): void => {
    const frame = frames[frames.length - 1]
    if (frame.mode === 'heredoc') frame.startOfLine = false
    push(t, i, text[i + 2] === '~' ? i + 3 : i + 2)
    braces++
    templateBraces.push(braces)
    frames.push({ mode: 'code' })
  }
  while (i < n) {
    const frame = frames[frames.length - 1]
    const code = text.charCodeAt(i)
    const ch = text[i]
    const next = text[i + 1]
    if (frame.mode === 'code') {
      if (code === 32 || code === 9) {
        let j = i + 1
        while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++
        i = j
      } else if (isDigit(code)) {
        // digits, dots and exponents in any order, not ending in a dot (`1.x` is 1 then .x)
        let j = i + 1
        for (;;) {
          const c = text.charCodeAt(j)
          if (isDigit(c) || c === 46) j++
          else if (c === 101 || c === 69) {
            let k = j + 1
            if (text[k] === '+' || text[k] === '-') k++
            if (isDigit(text.charCodeAt(k))) j = k + 1
            else break
          } else break
        }
        while (text[j - 1] === '.') j--
        push('number', i, j)
      } else if (ch === '#' || (ch === '/' && next === '/')) {
        const end = text.indexOf('\n', i)
        push('comment', i, end === -1 ? n : end + 1)
      } else if (ch === '/' && next === '*') {
        const end = text.indexOf('*/', i + 2)
        if (end === -1) push('/', i, i + 1)
        else push('comment', i, end + 2)
      } else if (ch === '\n') {
        push('nl', i, i + 1)
      } else if (ch === '\r' && next === '\n') {
        push('nl', i, i + 2)
      } else if (ch === '"') {
        push('oquote', i, i + 1)
        frames.push({ mode: 'quoted' })
      } else if (ch === '<' && next === '<' && heredocIntroducer(text, i) > 0) {
        const end = heredocIntroducer(text, i)
        const marker = text.slice(i + (text[i + 2] === '-' ? 3 : 2), end).replace(/\r?\n$/, '')
        push('oheredoc', i, end)
        frames.push({ mode: 'heredoc', marker, startOfLine: true })
      } else if (ch === '{') {
        push('{', i, i + 1)
        braces++
      } else if (ch === '}' || (ch === '~' && next === '}')) {
        const closesSequence = templateBraces.length > 0 && templateBraces[templateBraces.length - 1] === braces
        // a `~}` is always a sequence end, so that the parser reports it where a plain brace was meant
        push(closesSequence || ch === '~' ? 'seqend' : '}', i, ch === '~' ? i + 2 : i + 1)
        braces--
        if (closesSequence) {
          templateBraces.pop()
          frames.pop()
        }
      } else if (isIdentStart(code, charAt(text, i))) {
        push('ident', i, identEnd(text, i + charAt(text, i).length))
      } else {
        const two = text.slice(i, i + 2)
        if (two === '::' || two === '==' || two === '!=' || two === '>=' || two === '<=' || two === '&&' || two === '||' || two === '=>') push(two, i, i + 2)
        else if (two === '..' && text[i + 2] === '.') push('...', i, i + 3)
        else if (SELF_TOKENS.has(ch)) push(ch, i, i + 1)
        else push('invalid', i, i + charAt(text, i).length)
      }
    } else if (frame.mode === 'quoted') {
      if ((ch === '$' || ch === '%') && next === '{') openSequence(ch === '$' ? 'interp' : 'control')
      else if (ch === '"') {
        push('cquote', i, i + 1)
        frames.pop()
      } else if (ch === '\n' || ch === '\r') {
        let j = i + 1
        while (j < n && (text[j] === '\n' || text[j] === '\r')) j++
        push('qnl', i, j)
      } else if (ch === '$' || ch === '%') {
        // `$${` is a literal `${`; a `$` before anything but `{` is itself
        if (next === ch && text[i + 2] === '{') push('qlit', i, text[i + 3] === '~' ? i + 4 : i + 3)
        else if (i + 1 < n) push('qlit', i, i + 1)
        else push('invalid', i, i + 1)
      } else {
        let j = i
        while (j < n) {
          const c = text[j]
          if (c === '\\') {
            const escaped = text[j + 1]
            if (escaped === undefined || escaped === '\n' || escaped === '\r') break
            j += 2
          } else if (c === '$' || c === '%' || c === '"' || c === '\n' || c === '\r') break
          else j++
        }
        if (j === i) push('invalid', i, i + 1)
        else push('qlit', i, j)
      }
    } else {
      if ((ch === '$' || ch === '%') && next === '{') {
        openSequence(ch === '$' ? 'interp' : 'control')
        continue
      }
      let j = i
      if (ch === '$' || ch === '%') {
        if (next === ch && text[i + 2] === '{') j = text[i + 3] === '~' ? i + 4 : i + 3
        else j = i + 1
      } else {
        while (j < n) {
          const c = text[j]
          if (c === '$' || c === '%' || c === '\n' || c === '\r') break
          j++
        }
      }
      let lineEnd = -1
      if (text[j] === '\n') lineEnd = j + 1
      else if (text[j] === '\r' && text[j + 1] === '\n') lineEnd = j + 2
      if (lineEnd === -1) {
        if (j === i) {
          push('invalid', i, i + 1)
          continue
        }
        frame.startOfLine = false
        push('hlit', i, j)
        continue
      }
      if (frame.startOfLine && text.slice(i, lineEnd).trim() === frame.marker) {
        // the closing marker, then the newline after it as its own token (it ends the attribute)
        const newlineStart = text[lineEnd - 2] === '\r' ? lineEnd - 2 : lineEnd - 1
        push('cheredoc', i, newlineStart)
        push('nl', newlineStart, lineEnd)
        frames.pop()
        continue
      }
      frame.startOfLine = true
      push('hlit', i, lineEnd)
    }
  }
  tokens.push({ t: 'eof', s: n, e: n })
  return tokens
}

const HEREDOC_INTRODUCER = /<<-?(?:[\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy

/** End offset of a `<<EOF` / `<<-EOF` introducer (with its newline) at `i`, or 0. */
function heredocIntroducer(text: string, i: number): number {
  HEREDOC_INTRODUCER.lastIndex = i
  return HEREDOC_INTRODUCER.test(text) ? HEREDOC_INTRODUCER.lastIndex : 0
}

// ---------------------------------------------------------------------------------------------------------------
// Syntax tree. Offsets (s, e) on every node; only what the JSON conversion needs is kept.

export type Node =
  | { k: 'literal'; value: string | number | boolean | null; s: number; e: number }
  /** A quoted string or heredoc with interpolations or directives (or a plain literal: one string part). */
  | { k: 'template'; parts: TemplatePart[]; s: number; e: number }
  /** A template that is exactly one interpolation: "${x}" stands for x itself. */
  | { k: 'wrap'; inner: Node; s: number; e: number }
  | { k: 'tuple'; items: Node[]; s: number; e: number }
  | { k: 'object'; items: Array<{ key: Node; value: Node }>; s: number; e: number }
  | { k: 'unary'; op: '-' | '!'; operand: Node; s: number; e: number }
  /** A name with attribute and constant-index steps only (var.x, aws_s3_bucket.b[0].id). */
  | { k: 'traversal'; s: number; e: number }
  | { k: 'conditional'; condition: Node; then: Node; otherwise: Node; s: number; e: number }
  | { k: 'parens'; inner: Node; s: number; e: number }
  /** Everything else (calls, operators, for expressions, splats, dynamic indexes): kept as source text. */
  | { k: 'other'; s: number; e: number }

export type TemplatePart =
  | string
  | { k: 'interp'; expr: Node }
  | { k: 'if'; condition: Node; then: TemplatePart[]; otherwise: TemplatePart[] }
  | { k: 'for'; keyVar?: string; valueVar: string; collection: Node; body: TemplatePart[] }

export interface Attribute {
  name: string
  nameStart: number
  nameEnd: number
  expr: Node
}

export interface Block {
  type: string
  labels: string[]
  s: number
  body: Body
}

export interface Body {
  attributes: Map<string, Attribute>
  blocks: Block[]
}

/** A parse failure at an offset, with hclsyntax's summary and detail. */
class ParseFailure {
  constructor(
    readonly offset: number,
    readonly summary: string,
    readonly detail: string
  ) {}
}

type FlatPart =
  | { k: 'lit'; v: string; s: number; e: number }
  | { k: 'interp'; expr: Node; s: number; e: number }
  | { k: 'if'; condition: Node; s: number; e: number }
  | { k: 'for'; keyVar?: string; valueVar: string; collection: Node; s: number; e: number }
  | { k: 'else' | 'endif' | 'endfor'; s: number; e: number }

const BINARY_LEVELS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['||']),
  new Set(['&&']),
  new Set(['==', '!=']),
  new Set(['>', '>=', '<', '<=']),
  new Set(['+', '-']),
  new Set(['*', '/', '%'])
]

/**
 * How deep blocks and expressions may nest (each bracket, parenthesis, template, conditional or block level counts
 * about twice). The parser recurses, so a file nested thousands deep would exhaust the stack; real code nests a
 * few levels. hcl2json had no such limit but crashed the process near 5,000 levels.
 */
const MAX_NESTING = 400
const NESTING_LEVELS = MAX_NESTING / 2

const NUMBER_SYNTAX = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/
const UNICODE_SPACE_START = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/
const UNICODE_SPACE_END = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/

class Parser {
  private index = 0
  /** Whether newlines are tokens here (bodies, objects) or skipped (brackets, parentheses, interpolations). */
  private newlines: boolean[] = [true]
  private nextIndex = 0
  /**
   * The first error after which hclsyntax parses on as if nothing happened (an attribute set twice, a bad escape
   * or number, unbalanced template directives): an error found later may still lie earlier in the file (an
   * unclosed block around it), so the earliest of the two is reported.
   */
  pending: ParseFailure | undefined

  private depth = 0

  /** One nesting level deeper (leave with `this.depth--`), refusing past MAX_NESTING with an error at `offset`. */
  private enter(offset: number): void {
    if (++this.depth > MAX_NESTING) this.fail(offset, 'Nesting too deep', 'Plumbline refuses blocks and expressions nested more than about 150 levels deep.')
  }

  /** Run `parse` one nesting level deeper. */
  private nested<T>(offset: number, parse: () => T): T {
    this.enter(offset)
    try {
      return parse()
    } finally {
      this.depth--
    }
  }

  private note(offset: number, summary: string, detail: string): void {
    this.pending ??= new ParseFailure(offset, summary, detail)
  }

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly fileName: string,
    private readonly lines: LineIndex
  ) {}

  private fail(offset: number, summary: string, detail: string): never {
    throw new ParseFailure(offset, summary, detail)
  }

  private textOf(token: Token): string {
    return this.text.slice(token.s, token.e)
  }

  /** The next significant token; a `#`/`//` comment stands for the newline it swallowed where newlines count. */
  private peek(): Token {
    const tokens = this.tokens
    const includeNewlines = this.newlines[this.newlines.length - 1]
    for (let i = this.index; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.t === 'comment') {
        if (includeNewlines && this.text[token.e - 1] === '\n') {
          this.nextIndex = i + 1
          return { t: 'nl', s: token.s, e: token.e }
        }
        continue
      }
      if (token.t === 'nl' && !includeNewlines) continue
      this.nextIndex = i + 1
      return token
    }
    this.nextIndex = tokens.length
    return tokens[tokens.length - 1]
  }

  private read(): Token {
    const token = this.peek()
    this.index = this.nextIndex
    return token
  }

  private withNewlines<T>(include: boolean, parse: () => T): T {
    this.newlines.push(include)
    try {
      return parse()
    } finally {
      this.newlines.pop()
    }
  }

  private isKeyword(token: Token, word: string): boolean {
    return token.t === 'ident' && token.e - token.s === word.length && this.text.startsWith(word, token.s)
  }

  private rangeString(s: number, e: number): string {
    const start = this.lines.position(s)
    const end = this.lines.position(e)
    return start.line === end.line
      ? `${this.fileName}:${start.line},${start.column}-${end.column}`
      : `${this.fileName}:${start.line},${start.column}-${end.line},${end.column}`
  }

  parseBody(end: 'eof' | '}', open?: Token): Body {
    const body: Body = { attributes: new Map(), blocks: [] }
    for (;;) {
      const token = this.peek()
      if (token.t === end) {
        this.read()
        return body
      }
      if (token.t === 'nl') {
        this.read()
        continue
      }
      if (token.t === 'ident') {
        this.parseBodyItem(body)
        continue
      }
      this.read()
      if (token.t === 'oquote') this.fail(token.s, 'Invalid argument name', 'Argument names must not be quoted.')
      if (token.t === 'eof' && open)
        this.fail(
          open.s,
          'Unclosed configuration block',
          'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.'
        )
      this.fail(token.s, 'Argument or block definition required', 'An argument or block definition is required here.')
    }
  }

  private parseBodyItem(body: Body): void {
    const ident = this.read()
    const next = this.peek()
    if (next.t === '=') {
      const name = this.textOf(ident)
      const existing = body.attributes.get(name)
      if (existing)
        this.note(
          ident.s,
          'Attribute redefined',
          `The argument "${name}" was already set at ${this.rangeString(existing.nameStart, existing.nameEnd)}. Each argument may be set only once.`
        )
      this.read()
      const expr = this.parseExpression()
      const end = this.peek()
      if (end.t !== 'nl' && end.t !== 'eof') {
        if (end.t === ',')
          this.fail(
            end.s,
            'Unexpected comma after argument',
            'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.'
          )
        this.fail(end.s, 'Missing newline after argument', 'An argument definition must end with a newline.')
      }
      this.read()
      if (!existing) body.attributes.set(name, { name, nameStart: ident.s, nameEnd: ident.e, expr })
      return
    }
    if (next.t === 'oquote' || next.t === '{' || next.t === 'ident') {
      body.blocks.push(this.parseBlock(ident))
      return
    }
    this.fail(
      ident.s,
      'Argument or block definition required',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
    )
  }

  private parseBlock(ident: Token): Block {
    const labels: string[] = []
    let open: Token
    for (;;) {
      const token = this.peek()
      if (token.t === '{') {
        open = this.read()
        break
      }
      if (token.t === 'oquote') labels.push(this.parseQuotedStringLiteral())
      else if (token.t === 'ident') labels.push(this.textOf(this.read()))
      else if (token.t === '=')
        this.fail(token.s, 'Invalid block definition', 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.')
      else if (token.t === 'nl')
        this.fail(
          token.s,
          'Invalid block definition',
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'
        )
      else this.fail(token.s, 'Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.')
    }
    let body: Body
    const first = this.peek()
    if (first.t === 'nl' || first.t === 'eof' || first.t === '}') body = this.nested(open.s, () => this.parseBody('}', open))
    else body = this.parseSingleAttributeBody()
    const eol = this.peek()
    if (eol.t !== 'nl' && eol.t !== 'eof') this.fail(eol.s, 'Missing newline after block definition', 'A block definition must end with a newline.')
    this.read()
    return { type: this.textOf(ident), labels, s: ident.s, body }
  }

  /** `name { arg = value }` on one line. */
  private parseSingleAttributeBody(): Body {
    const ident = this.read()
    if (ident.t !== 'ident') this.fail(ident.s, 'Argument or block definition required', 'An argument or block definition is required here.')
    const next = this.peek()
    const name = this.textOf(ident)
    if (next.t === 'oquote' || next.t === '{' || next.t === 'ident')
      this.fail(
        ident.s,
        'Argument definition required',
        `A single-line block definition can contain only a single argument. If you meant to define argument "${name}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`
      )
    if (next.t !== '=')
      this.fail(
        ident.s,
        'Argument or block definition required',
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
      )
    this.read()
    const expr = this.parseExpression()
    const close = this.peek()
    if (close.t === ',')
      this.fail(
        close.s,
        'Invalid single-argument block definition',
        'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.'
      )
    if (close.t === 'nl')
      this.fail(
        close.s,
        'Invalid single-argument block definition',
        "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition."
      )
    if (close.t !== '}')
      this.fail(
        close.s,
        'Invalid single-argument block definition',
        'A single-line block definition must end with a closing brace immediately after its single argument definition.'
      )
    this.read()
    return { attributes: new Map([[name, { name, nameStart: ident.s, nameEnd: ident.e, expr }]]), blocks: [] }
  }

  /** A block label: a quoted string without interpolation. */
  private parseQuotedStringLiteral(): string {
    this.read() // the opening quote
    let value = ''
    for (;;) {
      const token = this.read()
      if (token.t === 'cquote') return value
      if (token.t === 'qlit') value += this.decodeLiteral(token, true)
      else if (token.t === 'interp' || token.t === 'control') {
        const which = token.t === 'interp' ? '$' : '%'
        this.fail(
          token.s,
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`
        )
      } else if (token.t === 'eof') this.fail(token.s, 'Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.')
      else this.fail(token.s, 'Invalid string literal', 'This item is not valid in a string literal.')
    }
  }

  /** A literal's value: `$${` and `%%{` unescaped, and in quoted strings the backslash escapes. */
  private decodeLiteral(token: Token, quoted: boolean): string {
    const text = this.text
    let out = ''
    let runStart = token.s
    let i = token.s
    while (i < token.e) {
      const ch = text[i]
      if (quoted && ch === '\\') {
        out += text.slice(runStart, i)
        const selector = text[i + 1]
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }
        if (simple[selector] !== undefined) {
          out += simple[selector]
          i += 2
        } else if (selector === 'u' || selector === 'U') {
          const length = selector === 'u' ? 4 : 8
          const hex = text.slice(i + 2, i + 2 + length)
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length || i + 2 + length > token.e) {
            this.note(i, 'Invalid escape sequence', `The \\${selector} escape sequence requires ${length} hexadecimal digits.`)
            i += 2
            runStart = i
            continue
          }
          const codePoint = parseInt(hex, 16)
          out += codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : '\ufffd'
          i += 2 + length
        } else {
          this.note(i, 'Invalid escape sequence', `The symbol "${charAt(text, i + 1)}" is not a valid escape sequence selector.`)
          i += 2
        }
        runStart = i
      } else if ((ch === '$' || ch === '%') && text[i + 1] === ch && text[i + 2] === '{') {
        out += text.slice(runStart, i) + ch + '{'
        i += 3
        runStart = i
      } else i++
    }
    return out + text.slice(runStart, token.e)
  }

  parseExpression(): Node {
    this.enter(this.peek().s)
    try {
      return this.parseConditional()
    } finally {
      this.depth--
    }
  }

  private parseConditional(): Node {
    const condition = this.parseBinary(0)
    if (this.peek().t !== '?') return condition
    this.read()
    const then = this.parseExpression()
    const colon = this.peek()
    if (colon.t !== ':')
      this.fail(colon.s, 'Missing false expression in conditional', 'The conditional operator (...?...:...) requires a false expression, delimited by a colon.')
    this.read()
    const otherwise = this.parseExpression()
    return { k: 'conditional', condition, then, otherwise, s: condition.s, e: otherwise.e }
  }

  private parseBinary(level: number): Node {
    if (level === BINARY_LEVELS.length) return this.parseTraversals(this.parseTerm())
    const operators = BINARY_LEVELS[level]
    let left = this.parseBinary(level + 1)
    while (operators.has(this.peek().t)) {
      this.read()
      const right = this.parseBinary(level + 1)
      left = { k: 'other', s: left.s, e: right.e }
    }
    return left
  }

  private numberValue(token: Token): number {
    const source = this.textOf(token)
    if (!NUMBER_SYNTAX.test(source)) {
      this.note(token.s, 'Invalid number literal', 'Failed to recognize the value of this number literal.')
      return 0
    }
    return Number(source)
  }

  private parseTerm(): Node {
    const start = this.peek()
    this.enter(start.s)
    try {
      return this.parseTermAt(start)
    } finally {
      this.depth--
    }
  }

  private parseTermAt(start: Token): Node {
    switch (start.t) {
      case '(': {
        this.read()
        return this.withNewlines(false, () => {
          const inner = this.parseExpression()
          const close = this.peek()
          if (close.t !== ')') this.fail(close.s, 'Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.')
          this.read()
          return { k: 'parens', inner, s: start.s, e: close.e }
        })
      }
      case 'number':
        this.read()
        return { k: 'literal', value: this.numberValue(start), s: start.s, e: start.e }
      case 'ident': {
        this.read()
        if (this.peek().t === '(' || this.peek().t === '::') return this.parseCall(start)
        const name = this.textOf(start)
        if (name === 'true' || name === 'false') return { k: 'literal', value: name === 'true', s: start.s, e: start.e }
        if (name === 'null') return { k: 'literal', value: null, s: start.s, e: start.e }
        return { k: 'traversal', s: start.s, e: start.e }
      }
      case 'oquote':
      case 'oheredoc':
        this.read()
        return this.parseTemplate(start)
      case '-':
      case '!': {
        this.read()
        // the operand binds tighter than any binary operator: -1 + 2 is (-1) + 2
        const operand = this.parseTraversals(this.parseTerm())
        return { k: 'unary', op: start.t, operand, s: start.s, e: operand.e }
      }
      case '[':
        this.read()
        return this.parseTuple(start)
      case '{':
        this.read()
        return this.parseObject(start)
      default:
        if (start.t === 'eof') this.fail(start.s, 'Missing expression', 'Expected the start of an expression, but found the end of the file.')
        this.fail(start.s, 'Invalid expression', 'Expected the start of an expression, but found an invalid expression token.')
    }
  }

  private parseCall(name: Token): Node {
    // provider::aws::arn_parse(...): a namespaced function
    let open = this.read()
    while (open.t === '::') {
      const next = this.read()
      if (next.t !== 'ident')
        this.fail(next.s, 'Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.')
      open = this.read()
    }
    if (open.t !== '(')
      this.fail(open.s, 'Missing open parenthesis', 'Function selector must be followed by an open parenthesis to begin the function call.')
    return this.withNewlines(false, () => {
      for (;;) {
        if (this.peek().t === ')') return { k: 'other', s: name.s, e: this.read().e }
        this.parseExpression()
        const separator = this.read()
        if (separator.t === ')') return { k: 'other', s: name.s, e: separator.e }
        if (separator.t === '...') {
          const close = this.peek()
          if (close.t !== ')')
            this.fail(
              separator.s,
              'Missing closing parenthesis',
              'An expanded function argument (with ...) must be immediately followed by closing parentheses.'
            )
          return { k: 'other', s: name.s, e: this.read().e }
        }
        if (separator.t !== ',') {
          if (separator.t === 'eof')
            this.fail(
              name.s,
              'Unterminated function call',
              'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.'
            )
          this.fail(separator.s, 'Missing argument separator', 'A comma is required to separate each function argument from the next.')
        }
        if (this.peek().t === ')') return { k: 'other', s: name.s, e: this.read().e }
      }
    })
  }

  /** Attribute access, indexes and splats after a term. */
  private parseTraversals(from: Node): Node {
    let current = from
    // steps on a traversal keep it a traversal when they are static (a name, a number, a literal key)
    const extend = (end: number): Node => (current.k === 'traversal' ? { k: 'traversal', s: current.s, e: end } : { k: 'other', s: current.s, e: end })
    for (;;) {
      const next = this.peek()
      if (next.t === '.') {
        this.read()
        const attr = this.peek()
        if (attr.t === 'ident') {
          this.read()
          current = extend(attr.e)
        } else if (attr.t === 'number') {
          this.read()
          this.legacyIndex(attr)
          current = extend(attr.e)
        } else if (attr.t === '*') {
          const marker = this.read()
          let last = marker.e
          while (this.peek().t === '.') {
            this.read()
            const step = this.peek()
            if (step.t === 'number') {
              this.read()
              // in a splat, the error points at the star and suggests [*]
              this.legacyIndex(step, marker)
              last = step.e
              continue
            }
            if (step.t !== 'ident') {
              if (step.t === '*')
                this.fail(step.s, 'Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.')
              this.fail(marker.s, 'Invalid attribute name', 'An attribute name is required after a dot.')
            }
            last = this.read().e
          }
          current = { k: 'other', s: from.s, e: last }
        } else {
          this.fail(attr.s, 'Invalid attribute name', 'An attribute name is required after a dot.')
        }
      } else if (next.t === '[') {
        const open = this.read()
        if (this.peek().t === '*') {
          this.read()
          const close = this.read()
          if (close.t !== ']')
            this.fail(
              this.recoverTo(']').s,
              'Missing close bracket on splat index',
              'The star for a full splat operator must be immediately followed by a closing bracket ("]").'
            )
          const rest = this.nested(open.s, () => this.parseTraversals({ k: 'other', s: open.s, e: close.e }))
          current = { k: 'other', s: from.s, e: rest.e }
        } else {
          const { key, close } = this.withNewlines(false, () => {
            const key = this.parseExpression()
            const close = this.read()
            if (close.t !== ']') this.fail(this.recoverTo(']').s, 'Missing close bracket on index', 'The index operator must end with a closing bracket ("]").')
            return { key, close }
          })
          const constant = key.k === 'literal' || (key.k === 'template' && key.parts.length === 1 && typeof key.parts[0] === 'string')
          current = constant ? extend(close.e) : { k: 'other', s: current.s, e: close.e }
        }
      } else {
        return current
      }
    }
  }

  /**
   * The token where hclsyntax's error recovery stops: the `end` bracket that closes the current one, or the end of
   * the file. Its "Missing close bracket" errors report this position, not the unexpected token (the diagnostic
   * points at a variable that recovery then overwrites).
   */
  private recoverTo(end: ']'): Token {
    let nesting = 0
    for (;;) {
      const token = this.read()
      if (token.t === '[') nesting++
      else if (token.t === end) {
        if (nesting === 0) return token
        nesting--
      } else if (token.t === 'eof') return token
    }
  }

  /** `x.0` indexes x; `x.0.1` is a number 0.1, which HCL refuses. */
  private legacyIndex(token: Token, splat?: Token): void {
    const source = this.textOf(token)
    const dot = source.indexOf('.')
    if (dot >= 0) {
      this.note(
        splat ? splat.s : token.s,
        'Invalid legacy index syntax',
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${splat ? ' with a full splat expression [*]' : ''} instead, like [${source.slice(0, dot)}][${source.slice(dot + 1)}].`
      )
      return
    }
    this.numberValue(token)
  }

  private noteUnbalancedDirectives(parts: FlatPart[]): void {
    const eof = this.tokens[this.tokens.length - 1]
    try {
      new TemplateStructure(meldLiterals(parts), eof, (s, e) => this.rangeString(s, e), (offset, summary, detail) => this.fail(offset, summary, detail)).root()
    } catch (error) {
      // a missing endif or endfor is reported where the template ends, which the error has made unknown
      if (error instanceof ParseFailure && error.summary !== 'Unexpected end of template') this.note(error.offset, error.summary, error.detail)
    }
  }

  /** `[ for` and `{ for` start for expressions, with newlines between them. */
  private forAhead(): boolean {
    return this.withNewlines(false, () => this.isKeyword(this.peek(), 'for'))
  }

  private parseTuple(open: Token): Node {
    if (this.forAhead()) return this.parseFor(open)
    return this.withNewlines(false, () => {
      const items: Node[] = []
      for (;;) {
        if (this.peek().t === ']') return { k: 'tuple', items, s: open.s, e: this.read().e }
        items.push(this.parseExpression())
        const next = this.peek()
        if (next.t === ']') return { k: 'tuple', items, s: open.s, e: this.read().e }
        if (next.t !== ',') {
          if (next.t === 'eof')
            this.fail(
              open.s,
              'Unterminated tuple constructor expression',
              'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.'
            )
          this.fail(next.s, 'Missing item separator', 'Expected a comma to mark the beginning of the next item.')
        }
        this.read()
      }
    })
  }

  private parseObject(open: Token): Node {
    if (this.forAhead()) return this.parseFor(open)
    const unterminated = (): never =>
      this.fail(
        open.s,
        'Unterminated object constructor expression',
        'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.'
      )
    return this.withNewlines(true, () => {
      const items: Array<{ key: Node; value: Node }> = []
      for (;;) {
        let next = this.peek()
        if (next.t === 'nl') {
          this.read()
          continue
        }
        if (next.t === '}') return { k: 'object', items, s: open.s, e: this.read().e }
        const key = this.parseExpression()
        next = this.peek()
        if (next.t !== '=' && next.t !== ':') {
          if (next.t === 'nl' || next.t === ',')
            this.fail(next.s, 'Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").')
          if (next.t === 'ident')
            this.fail(
              next.s,
              'Missing key/value separator',
              'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.'
            )
          if (next.t === 'eof') unterminated()
          this.fail(next.s, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.')
        }
        this.read()
        const value = this.parseExpression()
        items.push({ key, value })
        next = this.peek()
        if (next.t === '}') return { k: 'object', items, s: open.s, e: this.read().e }
        if (next.t !== ',' && next.t !== 'nl') {
          if (next.t === 'eof') unterminated()
          this.fail(next.s, 'Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.')
        }
        this.read()
      }
    })
  }

  private parseFor(open: Token): Node {
    const makeObject = open.t === '{'
    const closeType = makeObject ? '}' : ']'
    const invalid = (offset: number, detail: string): never => this.fail(offset, "Invalid 'for' expression", detail)
    return this.withNewlines(false, () => {
      this.read() // for
      if (this.peek().t !== 'ident') invalid(this.peek().s, "For expression requires variable name after 'for'.")
      this.read()
      if (this.peek().t === ',') {
        this.read()
        if (this.peek().t !== 'ident') invalid(this.peek().s, 'For expression requires value variable name after comma.')
        this.read()
      }
      if (!this.isKeyword(this.peek(), 'in')) invalid(this.peek().s, "For expression requires the 'in' keyword after its name declarations.")
      this.read()
      this.parseExpression()
      if (this.peek().t !== ':') invalid(this.peek().s, 'For expression requires a colon after the collection expression.')
      this.read()
      let key: Node | undefined
      let value = this.parseExpression()
      if (this.peek().t === '=>') {
        this.read()
        key = value
        value = this.parseExpression()
      }
      let ellipsis: Token | undefined
      if (this.peek().t === '...') ellipsis = this.read()
      if (this.isKeyword(this.peek(), 'if')) {
        this.read()
        this.parseExpression()
      }
      // these point before the closing bracket, so they come before an error about it
      if (!makeObject && key) invalid(key.s, 'Key expression is not valid when building a tuple.')
      if (!makeObject && ellipsis) invalid(ellipsis.s, 'Grouping ellipsis (...) cannot be used when building a tuple.')
      if (makeObject && !key) invalid(value.s, 'Key expression is required when building an object.')
      const close = this.peek()
      if (close.t !== closeType) invalid(close.s, "Extra characters after the end of the 'for' expression.")
      this.read()
      return { k: 'other', s: open.s, e: close.e }
    })
  }

  private parseTemplate(open: Token): Node {
    const closer = open.t === 'oquote' ? 'cquote' : 'cheredoc'
    const flush = open.t === 'oheredoc' && this.text[open.s + 2] === '-'
    const parts: FlatPart[] = []
    let trimNextStart = false
    let nextCanTrimPrevious = false
    let end: Token
    // where the template's content starts: the unclosed-interpolation errors point there
    const templateStart = this.peek().s
    try {
    for (;;) {
      const next = this.read()
      if (next.t === closer) {
        end = next
        break
      }
      const trimStart = trimNextStart
      trimNextStart = false
      const canTrimPrevious = nextCanTrimPrevious
      nextCanTrimPrevious = false
      const trimPrevious = (): void => {
        const previous = parts[parts.length - 1]
        if (canTrimPrevious && next.e - next.s === 3 && previous?.k === 'lit') previous.v = previous.v.replace(UNICODE_SPACE_END, '')
      }
      if (next.t === 'qlit' || next.t === 'hlit') {
        let value = this.decodeLiteral(next, next.t === 'qlit')
        if (trimStart) value = value.replace(UNICODE_SPACE_START, '')
        parts.push({ k: 'lit', v: value, s: next.s, e: next.e })
        nextCanTrimPrevious = true
      } else if (next.t === 'interp') {
        trimPrevious()
        this.withNewlines(false, () => {
          const expr = this.parseExpression()
          const close = this.peek()
          if (close.t === 'eof')
            this.fail(
              templateStart,
              'Unclosed template interpolation sequence',
              'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.'
            )
          if (close.t === ':')
            this.fail(
              close.s,
              'Extra characters after interpolation expression',
              'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".'
            )
          if ((close.t === 'cquote' || close.t === 'oquote') && closer === 'cquote')
            this.fail(
              templateStart,
              'Unclosed template interpolation sequence',
              'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.'
            )
          if (close.t !== 'seqend')
            this.fail(
              close.s,
              'Extra characters after interpolation expression',
              'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".'
            )
          this.read()
          if (close.e - close.s === 2) trimNextStart = true
          parts.push({ k: 'interp', expr, s: next.s, e: close.e })
        })
      } else if (next.t === 'control') {
        trimPrevious()
        this.withNewlines(false, () => {
          const keyword = this.peek()
          if (keyword.t !== 'ident')
            this.fail(
              keyword.s,
              'Invalid template directive',
              'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.'
            )
          this.read()
          const word = this.textOf(keyword)
          if (word === 'if') {
            const condition = this.parseExpression()
            parts.push({ k: 'if', condition, s: next.s, e: this.peek().e })
          } else if (word === 'else' || word === 'endif' || word === 'endfor') {
            parts.push({ k: word, s: next.s, e: this.peek().e })
          } else if (word === 'for') {
            const invalid = (detail: string): never => this.fail(this.peek().s, "Invalid 'for' directive", detail)
            if (this.peek().t !== 'ident') invalid("For directive requires variable name after 'for'.")
            let keyVar: string | undefined
            let valueVar = this.textOf(this.read())
            if (this.peek().t === ',') {
              keyVar = valueVar
              this.read()
              if (this.peek().t !== 'ident') invalid('For directive requires value variable name after comma.')
              valueVar = this.textOf(this.read())
            }
            if (!this.isKeyword(this.peek(), 'in')) invalid("For directive requires 'in' keyword after names.")
            this.read()
            const collection = this.parseExpression()
            parts.push({ k: 'for', keyVar, valueVar, collection, s: next.s, e: this.peek().e })
          } else {
            const suggestion = nameSuggestion(word, ['if', 'for', 'else', 'endif', 'endfor'])
            this.fail(
              keyword.s,
              'Invalid template control keyword',
              `"${word}" is not a valid template control keyword.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`
            )
          }
          const close = this.peek()
          if (close.t !== 'seqend')
            this.fail(close.s, `Extra characters in ${word} marker`, 'Expected a closing brace to end the sequence, but found extra characters.')
          this.read()
          if (close.e - close.s === 2) trimNextStart = true
        })
      } else {
        this.fail(next.s, 'Unterminated template string', 'No closing marker was found for the string.')
      }
    }
    } catch (error) {
      // hclsyntax still nests the directives read before the error, and reports unbalanced ones among them
      if (error instanceof ParseFailure) this.noteUnbalancedDirectives(parts)
      throw error
    }
    if (parts.length === 0) parts.push({ k: 'lit', v: '', s: open.e, e: open.e })
    if (flush) flushHeredoc(parts)
    const melded = meldLiterals(parts)
    if (melded.length === 1 && melded[0].k === 'interp') return { k: 'wrap', inner: melded[0].expr, s: open.s, e: end.e }
    const structured = new TemplateStructure(melded, end, (s, e) => this.rangeString(s, e), (offset, summary, detail) => this.fail(offset, summary, detail))
    try {
      return { k: 'template', parts: structured.root(), s: open.s, e: end.e }
    } catch (error) {
      // unbalanced directives do not stop hclsyntax's parse of what follows
      if (!(error instanceof ParseFailure)) throw error
      this.note(error.offset, error.summary, error.detail)
      return { k: 'template', parts: [], s: open.s, e: end.e }
    }
  }
}

/** Strip a `<<-` heredoc's common indentation (blank lines do not count), as hclsyntax does, before melding. */
function flushHeredoc(parts: FlatPart[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER
  let newline = true
  const adjust: Array<Extract<FlatPart, { k: 'lit' }>> = []
  for (const part of parts) {
    if (newline) {
      newline = false
      let spaces: number
      if (part.k === 'lit') {
        const trimmed = part.v.replace(UNICODE_SPACE_START, '')
        if (trimmed.length === 0 && part.v.endsWith('\n')) spaces = Number.MAX_SAFE_INTEGER
        else {
          spaces = [...part.v.slice(0, part.v.length - trimmed.length)].length
          adjust.push(part)
        }
      } else spaces = 0
      if (spaces < minSpaces) minSpaces = spaces
    }
    if (part.k === 'lit' && part.v.endsWith('\n')) newline = true
  }
  for (const part of adjust) part.v = [...part.v].slice(minSpaces).join('')
}

function meldLiterals(parts: FlatPart[]): FlatPart[] {
  const out: FlatPart[] = []
  for (const part of parts) {
    const previous = out[out.length - 1]
    if (part.k === 'lit' && previous?.k === 'lit') out[out.length - 1] = { k: 'lit', v: previous.v + part.v, s: previous.s, e: part.e }
    else out.push(part)
  }
  return out
}

/** Nest a template's %{if}/%{for} directives, with hclsyntax's errors for unbalanced ones. */
class TemplateStructure {
  private index = 0
  private depth = 0
  constructor(
    private readonly parts: FlatPart[],
    private readonly end: Token,
    private readonly range: (s: number, e: number) => string,
    private readonly fail: (offset: number, summary: string, detail: string) => never
  ) {}

  root(): TemplatePart[] {
    const out: TemplatePart[] = []
    while (this.index < this.parts.length) out.push(this.parseItem())
    return out
  }

  private parseItem(): TemplatePart {
    const part = this.parts[this.index]
    if (part.k === 'lit') {
      this.index++
      return part.v
    }
    if (part.k === 'interp') {
      this.index++
      return { k: 'interp', expr: part.expr }
    }
    if ((part.k === 'if' || part.k === 'for') && ++this.depth > NESTING_LEVELS)
      this.fail(part.s, 'Nesting too deep', `Plumbline refuses template directives nested more than ${NESTING_LEVELS} levels deep.`)
    if (part.k === 'if') return this.nestedDone(this.parseIf(part))
    if (part.k === 'for') return this.nestedDone(this.parseFor(part))
    this.index++
    this.fail(part.s, `Unexpected ${part.k} directive`, 'The control directives within this template are unbalanced.')
  }

  private nestedDone(part: TemplatePart): TemplatePart {
    this.depth--
    return part
  }

  private parseIf(open: Extract<FlatPart, { k: 'if' }>): TemplatePart {
    this.index++
    const then: TemplatePart[] = []
    const otherwise: TemplatePart[] = []
    let current = then
    for (;;) {
      const next = this.parts[this.index]
      if (next === undefined)
        this.fail(
          this.end.s,
          'Unexpected end of template',
          `The if directive at ${this.range(open.s, open.e)} is missing its corresponding endif directive.`
        )
      if (next.k === 'else' || next.k === 'endif' || next.k === 'endfor') {
        this.index++
        if (next.k === 'else' && current === then) {
          current = otherwise
          continue
        }
        if (next.k === 'endif') return { k: 'if', condition: open.condition, then, otherwise }
        if (next.k === 'else') this.fail(next.s, 'Unexpected else directive', `Already in the else clause for the if started at ${this.range(open.s, open.e)}.`)
        this.fail(next.s, `Unexpected ${next.k} directive`, `Expecting an endif directive for the if started at ${this.range(open.s, open.e)}.`)
      }
      current.push(this.parseItem())
    }
  }

  private parseFor(open: Extract<FlatPart, { k: 'for' }>): TemplatePart {
    this.index++
    const body: TemplatePart[] = []
    for (;;) {
      const next = this.parts[this.index]
      if (next === undefined)
        this.fail(
          this.end.s,
          'Unexpected end of template',
          `The for directive at ${this.range(open.s, open.e)} is missing its corresponding endfor directive.`
        )
      if (next.k === 'else' || next.k === 'endif' || next.k === 'endfor') {
        this.index++
        if (next.k === 'endfor') return { k: 'for', keyVar: open.keyVar, valueVar: open.valueVar, collection: open.collection, body }
        if (next.k === 'else') this.fail(next.s, 'Unexpected else directive', 'An else clause is not expected for a for directive.')
        this.fail(
          next.s,
          `Unexpected ${next.k} directive`,
          `Expecting an endfor directive corresponding to the for directive at ${this.range(open.s, open.e)}.`
        )
      }
      body.push(this.parseItem())
    }
  }
}

/** The closest of `candidates` to a misspelt keyword (edit distance under 3), as hclsyntax suggests. */
function nameSuggestion(given: string, candidates: string[]): string | undefined {
  for (const candidate of candidates) if (levenshtein(given, candidate) < 3) return candidate
  return undefined
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

// ---------------------------------------------------------------------------------------------------------------
// Positions

/** Offsets to 1-based lines and columns (columns count characters, not UTF-16 units). */
export class LineIndex {
  private starts: number[] | undefined
  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text))
    const low = lineOfOffset(starts, offset)
    const before = this.text.slice(starts[low], offset)
    // eslint-disable-next-line no-control-regex
    const column = /^[\x00-\x7f]*$/.test(before) ? before.length : [...before].length
    return { line: low + 1, column: column + 1 }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points

const DIAGNOSED_TOKENS: Record<string, [string, string]> = {
  '&': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
  '|': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean OR ("||")?'],
  '~': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean NOT ("!")?'],
  '^': ['Unsupported operator', 'Bitwise operators are not supported.'],
  '`': ['Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".'],
  "'": ['Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.'],
  ';': [
    'Invalid character',
    'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'
  ],
  qnl: [
    'Invalid multi-line string',
    'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.'
  ]
}

/** The scanner's own complaint about a token (a character HCL does not use), reported with the parser's. */
function tokenDiagnostic(text: string, token: Token): [string, string] | undefined {
  if (token.t === 'invalid') {
    const ch = text.slice(token.s, token.e)
    return ch === '\u201c' || ch === '\u201d'
      ? [
          'Invalid character',
          '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'
        ]
      : ['Invalid character', 'This character is not used within the language.']
  }
  return DIAGNOSED_TOKENS[token.t]
}

export interface HclFile {
  body: Body
  /** The source without a leading byte-order mark: every node's offsets index it. */
  text: string
  /** Turns those offsets into lines and columns. */
  lines: LineIndex
}

/**
 * Parse one file's source into its syntax tree. Throws an HclSyntaxError for the first error in the file (the
 * earliest of the scanner's and the parser's, as HashiCorp's parser reports them).
 */
export function parseHclSyntax(fileName: string, source: string): HclFile {
  // one byte-order mark at the start is skipped, and columns count from after it, as in hclsyntax
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const tokens = scan(text)
  const lines = new LineIndex(text)
  const parser = new Parser(text, tokens, fileName, lines)
  let failure: ParseFailure | undefined
  let body: Body | undefined
  try {
    body = parser.parseBody('eof')
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error
    failure = error
  }
  // at the same place, the error noted first was reported first
  const pending = parser.pending
  if (pending && (!failure || pending.offset <= failure.offset)) failure = pending
  for (const token of tokens) {
    const diagnostic = tokenDiagnostic(text, token)
    if (diagnostic) {
      // the scanner's diagnostics come first among those at the same place
      if (!failure || token.s <= failure.offset) failure = new ParseFailure(token.s, diagnostic[0], diagnostic[1])
      break
    }
  }
  if (failure || !body) {
    const at = lines.position(failure!.offset)
    throw new HclSyntaxError(fileName, at.line, at.column, oneLine(`${failure!.summary}; ${failure!.detail}`))
  }
  return { body, text, lines }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Parse one HCL file into Terraform's JSON configuration syntax (blocks as arrays of objects, expressions
 * that are not plain values as "${...}" strings), as @cdktf/hcl2json did. `fileName` is the name errors use.
 */
export function hclToJson(fileName: string, text: string): Record<string, unknown> {
  const file = parseHclSyntax(fileName, text)
  return sortKeys(new JsonConverter(fileName, file).body(file.body, 0)) as Record<string, unknown>
}

/** hclToJson behind the promise the callers of hcl2json's parser awaited. */
export async function parseHcl(fileName: string, contents: string): Promise<Record<string, unknown>> {
  return hclToJson(fileName, contents)
}

type JsonObject = { [key: string]: unknown }

/** Go's JSON encoder writes map keys sorted; downstream code saw keys in that order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const out: JsonObject = {}
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as JsonObject)[key])
  return out
}

/** hcl2json's conversion of the syntax tree (tmccombs/hcl2json as forked by CDKTF), rule for rule. */
class JsonConverter {
  constructor(
    private readonly fileName: string,
    private readonly file: HclFile
  ) {}

  body(body: Body, depth: number): JsonObject {
    const out: JsonObject = {}
    for (const block of body.blocks) this.block(block, out, depth + 1)
    // attributes after blocks: an attribute and a block of the same name leave the attribute
    for (const attribute of body.attributes.values()) out[attribute.name] = this.expression(attribute.expr)
    return out
  }

  private block(block: Block, parent: JsonObject, depth: number): void {
    const value = this.body(block.body, depth)
    let out = parent
    let key = block.type
    // hcl2json's messages, without a position (the product reported them at 1:1 too)
    const conflict = (problem: string): never => {
      throw new HclSyntaxError(this.fileName, 1, 1, `convert to HCL: convert file: ${'convert body: convert block: '.repeat(depth)}${problem}`)
    }
    const unconvertible = (): never => conflict(`Unable to convert Block to JSON: ${[block.type, ...block.labels].join('.')}`)
    for (const label of block.labels) {
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        const inner = out[key]
        if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) unconvertible()
        out = inner as JsonObject
      } else {
        const created: JsonObject = {}
        out[key] = created
        out = created
      }
      key = label
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      const existing = out[key]
      if (!Array.isArray(existing)) conflict(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`)
      ;(existing as unknown[]).push(value)
    } else out[key] = [value]
  }

  private source(node: Node): string {
    const text = this.file.text
    // hcl2json adds a `)` that follows an expression's range (older parsers left it out of ranges)
    return text.slice(node.s, node.e) + (text[node.e] === ')' ? ')' : '')
  }

  private wrapped(node: Node): string {
    return '${' + this.source(node) + '}'
  }

  expression(node: Node): unknown {
    switch (node.k) {
      case 'literal':
        return node.value
      case 'unary': {
        if (node.operand.k !== 'literal') return this.wrapped(node)
        const value = node.operand.value
        if (node.op === '-' && typeof value === 'number') return -value
        if (node.op === '!' && typeof value === 'boolean') return !value
        if (value === null) {
          const at = this.file.lines.position(node.s)
          throw new HclSyntaxError(this.fileName, at.line, at.column, 'Operation failed; Error during operation: argument must not be null.')
        }
        const at = this.file.lines.position(node.operand.s)
        throw new HclSyntaxError(
          this.fileName,
          at.line,
          at.column,
          `Invalid operand; Unsuitable value for unary operand: ${node.op === '-' ? 'number' : 'bool'} required.`
        )
      }
      case 'template':
        return this.template(node.parts)
      case 'wrap':
        return this.expression(node.inner)
      case 'tuple':
        return node.items.map((item) => this.expression(item))
      case 'object': {
        const out: JsonObject = {}
        for (const item of node.items) out[this.key(item.key)] = this.expression(item.value)
        return out
      }
      default:
        return this.wrapped(node)
    }
  }

  private key(node: Node): string {
    if (node.k === 'traversal') return this.source(node)
    return this.stringPart(node)
  }

  private template(parts: TemplatePart[]): string {
    if (parts.length === 1 && typeof parts[0] === 'string') return escapeTemplate(parts[0])
    let out = ''
    for (const part of parts) out += this.templatePart(part)
    return out
  }

  private templatePart(part: TemplatePart): string {
    if (typeof part === 'string') return escapeTemplate(part)
    if (part.k === 'interp') return this.stringPart(part.expr)
    if (part.k === 'if') {
      const otherwise = this.template(part.otherwise)
      return `%{if ${this.source(part.condition)}}${this.template(part.then)}${otherwise ? `%{else}${otherwise}` : ''}%{endif}`
    }
    const names = part.keyVar !== undefined ? `${part.keyVar}, ${part.valueVar}` : part.valueVar
    return `%{for ${names} in ${this.source(part.collection)}}${this.template(part.body)}%{endfor}`
  }

  /** An expression inside a string (an interpolation, an object key). */
  private stringPart(node: Node): string {
    switch (node.k) {
      case 'literal':
        return typeof node.value === 'number' ? numberText(node.value) : String(node.value)
      case 'template':
        return this.template(node.parts)
      case 'wrap':
        return this.stringPart(node.inner)
      case 'conditional': {
        const otherwise = this.stringPart(node.otherwise)
        return `%{if ${this.source(node.condition)}}${this.stringPart(node.then)}${otherwise ? `%{else}${otherwise}` : ''}%{endif}`
      }
      default:
        return this.wrapped(node)
    }
  }
}

/** A literal part of a template keeps its `$${` and `%%{` escapes in Terraform's JSON syntax. */
function escapeTemplate(text: string): string {
  return text.includes('{') ? text.replace(/([$%])\{/g, '$1$1{') : text
}

/** A number as Go writes a big float in decimal ('f' format): no exponent. */
function numberText(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) return text
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}
