// A parser for HCL's native expression syntax: the source text parser.ts leaves inside `${...}` when it cannot
// reduce an expression to a value (function calls, operators, conditionals, for expressions, references).
// It covers the whole expression grammar except heredocs and template directives inside expressions; those
// throw ExpressionSyntaxError and the caller treats the expression as unknown.

export class ExpressionSyntaxError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'ExpressionSyntaxError'
  }
}

export type Step = { attr: string } | { index: Expr } | { splat: Step[] }

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  /** A quoted string with interpolations; a directive inside makes it `unsupported`. */
  | { kind: 'template'; parts: Array<string | Expr> }
  | { kind: 'unsupported'; what: string }
  | { kind: 'tuple'; items: Expr[] }
  /** Keys: a bare identifier or a quoted string is a literal key, a parenthesised expression is evaluated. */
  | { kind: 'object'; entries: Array<{ key: Expr; value: Expr }> }
  /** A bare name: var, local, each, count, data, a resource type, a for-expression symbol... */
  | { kind: 'root'; name: string }
  | { kind: 'traversal'; source: Expr; steps: Step[] }
  | { kind: 'call'; name: string; args: Expr[]; expandLast: boolean }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr }
  | { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr }
  | { kind: 'conditional'; condition: Expr; then: Expr; otherwise: Expr }
  | {
      kind: 'for'
      keyName?: string
      valueName: string
      collection: Expr
      /** Present for an object `for` ({ for k, v in x : key => value }). */
      keyExpr?: Expr
      valueExpr: Expr
      condition?: Expr
      /** `...` after the value: values with the same key are grouped into lists. */
      group: boolean
    }

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%'

type Token =
  | { type: 'ident'; text: string }
  | { type: 'number'; text: string }
  | { type: 'string'; parts: Array<string | Expr> }
  | { type: 'punct'; text: string }
  | { type: 'newline' }
  | { type: 'end' }

const PUNCTUATION = ['...', '=>', '==', '!=', '<=', '>=', '&&', '||', '{', '}', '[', ']', '(', ')', ',', '.', ':', '?', '!', '<', '>', '+', '-', '*', '/', '%', '=']
const IDENT_START = /[A-Za-z_]/
const IDENT_PART = /[A-Za-z0-9_-]/
const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/

/** Parse one expression's source text. */
export function parseExpression(source: string): Expr {
  const parser = new Parser(tokenize(source))
  const expr = parser.expression()
  parser.expectEnd()
  return expr
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const ch = source[i]
    if (ch === '\n') {
      tokens.push({ type: 'newline' })
      i++
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++
    } else if (ch === '#' || (ch === '/' && source[i + 1] === '/')) {
      while (i < source.length && source[i] !== '\n') i++
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      if (end < 0) throw new ExpressionSyntaxError('unterminated comment')
      i = end + 2
    } else if (ch === '"') {
      const { parts, end } = readQuoted(source, i + 1)
      tokens.push({ type: 'string', parts })
      i = end
    } else if (ch === '<' && source[i + 1] === '<' && /^<<-?[A-Za-z_]/.test(source.slice(i, i + 4))) {
      throw new ExpressionSyntaxError('heredoc inside an expression')
    } else if (IDENT_START.test(ch)) {
      let end = i + 1
      while (end < source.length && IDENT_PART.test(source[end])) end++
      tokens.push({ type: 'ident', text: source.slice(i, end) })
      i = end
    } else if (/[0-9]/.test(ch)) {
      const text = NUMBER.exec(source.slice(i))![0]
      tokens.push({ type: 'number', text })
      i += text.length
    } else {
      const punct = PUNCTUATION.find((p) => source.startsWith(p, i))
      if (!punct) throw new ExpressionSyntaxError(`unexpected character ${JSON.stringify(ch)}`)
      tokens.push({ type: 'punct', text: punct })
      i += punct.length
    }
  }
  tokens.push({ type: 'end' })
  return tokens
}

/** A quoted template from just after its opening quote: literal text (escapes decoded) and interpolations. */
function readQuoted(source: string, start: number): { parts: Array<string | Expr>; end: number } {
  const parts: Array<string | Expr> = []
  let literal = ''
  let i = start
  while (i < source.length) {
    const ch = source[i]
    if (ch === '"') {
      if (literal || parts.length === 0) parts.push(literal)
      return { parts, end: i + 1 }
    }
    if (ch === '\n') throw new ExpressionSyntaxError('newline in a quoted string')
    if (ch === '\\') {
      const [text, length] = escapeAt(source, i)
      literal += text
      i += length
    } else if ((ch === '$' || ch === '%') && source[i + 1] === ch && source[i + 2] === '{') {
      literal += `${ch}{`
      i += 3
    } else if ((ch === '$' || ch === '%') && source[i + 1] === '{') {
      const close = interpolationEnd(source, i + 2)
      if (literal) parts.push(literal)
      literal = ''
      if (ch === '%') {
        parts.push({ kind: 'unsupported', what: 'template directive' })
      } else {
        const inner = source.slice(i + 2, close).replace(/^~/, '').replace(/~$/, '')
        parts.push(parseExpression(inner))
      }
      i = close + 1
    } else {
      literal += ch
      i++
    }
  }
  throw new ExpressionSyntaxError('unterminated string')
}

function escapeAt(source: string, at: number): [string, number] {
  const next = source[at + 1]
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }
  if (next in simple) return [simple[next], 2]
  const unicode = next === 'u' ? /^[0-9A-Fa-f]{4}/.exec(source.slice(at + 2)) : next === 'U' ? /^[0-9A-Fa-f]{8}/.exec(source.slice(at + 2)) : null
  if (unicode) {
    const codePoint = parseInt(unicode[0], 16)
    if (codePoint > 0x10ffff) throw new ExpressionSyntaxError('invalid unicode escape')
    return [String.fromCodePoint(codePoint), 2 + unicode[0].length]
  }
  throw new ExpressionSyntaxError('invalid escape sequence')
}

/** Index of the `}` that closes an interpolation whose body starts at `from`; strings and braces nest. */
function interpolationEnd(source: string, from: number): number {
  let depth = 0
  for (let i = from; i < source.length; i++) {
    const ch = source[i]
    if (ch === '"') {
      for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === '\\') i++
    } else if (ch === '{') depth++
    else if (ch === '}') {
      if (depth === 0) return i
      depth--
    }
  }
  throw new ExpressionSyntaxError('unterminated interpolation')
}

const PRECEDENCE: Array<BinaryOperator[]> = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']]

class Parser {
  private pos = 0
  /** Newlines end an item inside `{ }` (object items) and are insignificant inside `( )` and `[ ]`. */
  private readonly newlineSignificant: boolean[] = [false]

  constructor(private readonly tokens: Token[]) {}

  private skipNewlines(): void {
    while (this.tokens[this.pos].type === 'newline') this.pos++
  }

  private peek(): Token {
    if (!this.newlineSignificant[this.newlineSignificant.length - 1]) this.skipNewlines()
    return this.tokens[this.pos]
  }

  private next(): Token {
    const token = this.peek()
    this.pos++
    return token
  }

  private isPunct(text: string): boolean {
    const token = this.peek()
    return token.type === 'punct' && token.text === text
  }

  private accept(text: string): boolean {
    if (!this.isPunct(text)) return false
    this.pos++
    return true
  }

  private expect(text: string): void {
    if (!this.accept(text)) throw new ExpressionSyntaxError(`expected ${text}`)
  }

  private identifier(): string {
    const token = this.next()
    if (token.type !== 'ident') throw new ExpressionSyntaxError('expected a name')
    return token.text
  }

  private nested<T>(newlinesMatter: boolean, body: () => T): T {
    this.newlineSignificant.push(newlinesMatter)
    try {
      return body()
    } finally {
      this.newlineSignificant.pop()
    }
  }

  expectEnd(): void {
    this.skipNewlines()
    if (this.tokens[this.pos].type !== 'end') throw new ExpressionSyntaxError('unexpected text after the expression')
  }

  expression(): Expr {
    const condition = this.binary(0)
    if (!this.accept('?')) return condition
    const then = this.expression()
    this.expect(':')
    const otherwise = this.expression()
    return { kind: 'conditional', condition, then, otherwise }
  }

  private binary(level: number): Expr {
    if (level === PRECEDENCE.length) return this.unary()
    let left = this.binary(level + 1)
    for (;;) {
      const token = this.peek()
      const op = token.type === 'punct' ? PRECEDENCE[level].find((o) => o === token.text) : undefined
      if (!op) return left
      this.pos++
      left = { kind: 'binary', op, left, right: this.binary(level + 1) }
    }
  }

  private unary(): Expr {
    if (this.accept('!')) return { kind: 'unary', op: '!', operand: this.unary() }
    if (this.accept('-')) return { kind: 'unary', op: '-', operand: this.unary() }
    return this.postfix(this.primary())
  }

  private postfix(source: Expr): Expr {
    const steps: Step[] = []
    for (;;) {
      if (this.isPunct('.')) {
        this.pos++
        const token = this.next()
        if (token.type === 'ident') steps.push({ attr: token.text })
        else if (token.type === 'number' && /^\d+$/.test(token.text)) steps.push({ index: { kind: 'literal', value: Number(token.text) } })
        else if (token.type === 'punct' && token.text === '*') steps.push({ splat: this.splatSteps(false) })
        else throw new ExpressionSyntaxError('expected an attribute name')
      } else if (this.isPunct('[')) {
        this.pos++
        if (this.accept('*')) {
          this.expect(']')
          steps.push({ splat: this.splatSteps(true) })
        } else {
          const index = this.nested(false, () => this.expression())
          this.expect(']')
          steps.push({ index })
        }
      } else {
        return steps.length ? { kind: 'traversal', source, steps } : source
      }
    }
  }

  /** The steps a splat applies to each element: attributes, and for a full splat `[*]` also indexes. */
  private splatSteps(full: boolean): Step[] {
    const steps: Step[] = []
    for (;;) {
      if (this.isPunct('.')) {
        this.pos++
        steps.push({ attr: this.identifier() })
      } else if (full && this.isPunct('[')) {
        this.pos++
        const index = this.nested(false, () => this.expression())
        this.expect(']')
        steps.push({ index })
      } else {
        return steps
      }
    }
  }

  private primary(): Expr {
    const token = this.next()
    switch (token.type) {
      case 'number':
        return { kind: 'literal', value: Number(token.text) }
      case 'string':
        return stringExpr(token.parts)
      case 'ident':
        if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' }
        if (token.text === 'null') return { kind: 'literal', value: null }
        if (this.isPunctNoNewline('(')) return this.call(token.text)
        return { kind: 'root', name: token.text }
      case 'punct':
        if (token.text === '(') {
          const inner = this.nested(false, () => this.expression())
          this.expect(')')
          return inner
        }
        if (token.text === '[') return this.nested(false, () => this.tupleOrFor())
        if (token.text === '{') return this.nested(true, () => this.objectOrFor())
        throw new ExpressionSyntaxError(`unexpected ${token.text}`)
      default:
        throw new ExpressionSyntaxError('expected an expression')
    }
  }

  private isPunctNoNewline(text: string): boolean {
    const token = this.tokens[this.pos]
    return token.type === 'punct' && token.text === text
  }

  private call(name: string): Expr {
    this.pos++ // (
    return this.nested(false, () => {
      const args: Expr[] = []
      let expandLast = false
      while (!this.accept(')')) {
        args.push(this.expression())
        if (this.accept('...')) {
          expandLast = true
          this.expect(')')
          break
        }
        if (!this.accept(',')) {
          this.expect(')')
          break
        }
      }
      return { kind: 'call', name, args, expandLast }
    })
  }

  private forHeader(): { keyName?: string; valueName: string; collection: Expr } {
    const first = this.identifier()
    let keyName: string | undefined
    let valueName = first
    if (this.accept(',')) {
      keyName = first
      valueName = this.identifier()
    }
    const keyword = this.next()
    if (keyword.type !== 'ident' || keyword.text !== 'in') throw new ExpressionSyntaxError('expected in')
    const collection = this.nested(false, () => this.expression())
    this.expect(':')
    return { keyName, valueName, collection }
  }

  private isForKeyword(): boolean {
    const token = this.peek()
    const after = this.tokens[this.pos + 1]
    return token.type === 'ident' && token.text === 'for' && after?.type === 'ident'
  }

  private tupleOrFor(): Expr {
    if (this.isForKeyword()) {
      this.pos++
      const header = this.forHeader()
      const valueExpr = this.expression()
      const condition = this.forCondition()
      this.expect(']')
      return { kind: 'for', ...header, valueExpr, ...(condition ? { condition } : {}), group: false }
    }
    const items: Expr[] = []
    while (!this.accept(']')) {
      items.push(this.expression())
      if (!this.accept(',')) {
        this.expect(']')
        break
      }
    }
    return { kind: 'tuple', items }
  }

  private forCondition(): Expr | undefined {
    const token = this.peek()
    if (token.type === 'ident' && token.text === 'if') {
      this.pos++
      return this.expression()
    }
    return undefined
  }

  private objectOrFor(): Expr {
    this.skipNewlines()
    if (this.isForKeyword()) {
      this.pos++
      return this.nested(false, () => {
        const header = this.forHeader()
        const keyExpr = this.expression()
        this.expect('=>')
        const valueExpr = this.expression()
        const group = this.accept('...')
        const condition = this.forCondition()
        this.expect('}')
        return { kind: 'for', ...header, keyExpr, valueExpr, ...(condition ? { condition } : {}), group }
      })
    }
    const entries: Array<{ key: Expr; value: Expr }> = []
    for (;;) {
      this.skipNewlines()
      if (this.accept('}')) return { kind: 'object', entries }
      const key = this.objectKey()
      if (!this.accept('=') && !this.accept(':')) throw new ExpressionSyntaxError('expected = or : after an object key')
      const value = this.expression()
      entries.push({ key, value })
      const separator = this.tokens[this.pos]
      if (separator.type === 'newline' || (separator.type === 'punct' && separator.text === ',')) {
        this.pos++
      } else if (!(separator.type === 'punct' && separator.text === '}')) {
        throw new ExpressionSyntaxError('expected a comma or a new line between object items')
      }
    }
  }

  private objectKey(): Expr {
    const token = this.tokens[this.pos]
    const after = this.tokens[this.pos + 1]
    // A lone name before = or : is the key itself, not a reference (HCL's rule; wrap it in () to evaluate it).
    if (token.type === 'ident' && after?.type === 'punct' && (after.text === '=' || after.text === ':')) {
      this.pos++
      return { kind: 'literal', value: token.text }
    }
    return this.nested(false, () => this.binary(0))
  }
}

function stringExpr(parts: Array<string | Expr>): Expr {
  if (parts.length === 1 && typeof parts[0] === 'string') return { kind: 'literal', value: parts[0] }
  return { kind: 'template', parts }
}
