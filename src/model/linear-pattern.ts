// The `matches` operator of declarative rules: patterns come from users' rule files and run against values read from
// AWS accounts and Terraform plans, so a pattern must never backtrack catastrophically (ReDoS). JavaScript's RegExp
// backtracks; this module compiles a subset of its syntax, with the same meaning, to a small program run by a Pike VM
// (Thompson's construction simulated with one set of states per input position), so a test takes at most
// (program size + 1) × (text length + 1) steps, whatever the pattern and the text.
//
// Supported (JavaScript RegExp without the u flag, same meaning; the text is read as UTF-16 code units, like RegExp):
//   literal characters; escapes of punctuation (\. \\ \/ \- \[ \] \( \) \{ \} \* \+ \? \| \^ \$ ...);
//   \n \t \r \f \v, \xHH, \uHHHH, \0; \d \w \s and \D \W \S; . (any character but a line terminator);
//   classes [abc], ranges [a-z0-9], negation [^...], escapes inside classes ([\]\-\\\d], and \b = backspace there);
//   anchors ^ and $ (start and end of the input: there is no multiline mode); word boundaries \b and \B;
//   groups ( ) and (?: ) (nothing is captured); alternation |; quantifiers * + ? {n} {n,} {n,m}, also lazy (*? ...)
//   which for a yes/no test means the same; counts up to MAX_REPEAT, programs up to MAX_PROGRAM_SIZE instructions.
// Rejected with a PatternError naming the construct and its column: backreferences (\1, \k<name>), lookahead and
// lookbehind, named groups, flags inside the pattern ((?i)), unicode property escapes (\p{...}), \u{...}, \cX,
// octal escapes, unknown letter escapes, and lone ] { } (write \] \{ \} for the literal character).
// ignoreCase: exactly RegExp's `i` flag without `u`: two characters are equal when their single-character upper
// cases are (ASCII a-z/A-Z, and non-ASCII letters such as é/É or µ/μ/Μ; a non-ASCII character never matches an
// ASCII one: ſ does not match s).

/** The most a single repetition count may be ({n}, {n,}, {n,m}). */
export const MAX_REPEAT = 1000
/** The most instructions a compiled pattern may have: the per-character cost of a test is bounded by it. */
export const MAX_PROGRAM_SIZE = 10_000
/** The deepest nesting of groups. */
export const MAX_GROUP_DEPTH = 100

const ALLOWED =
  'allowed: literals, ., [...], \\d \\w \\s (and \\D \\W \\S), \\b \\B, ^ $, groups ( ) and (?: ), |, * + ? {n} {n,} {n,m}'
const LINEAR = 'patterns run in linear time'

/** An invalid or unsupported pattern. `column` is 1-based, in the pattern; `reason` is the message without it. */
export class PatternError extends Error {
  constructor(
    readonly reason: string,
    readonly pattern: string,
    readonly column: number
  ) {
    super(`${reason} (column ${column} of the pattern)`)
    this.name = 'PatternError'
  }
}

export interface PatternOptions {
  /** RegExp's `i` flag (without `u`): see the module comment. */
  ignoreCase?: boolean
}

export interface LinearPattern {
  readonly source: string
  readonly ignoreCase: boolean
  /** Instructions in the compiled program (including the final match). */
  readonly programSize: number
  /** Whether the pattern matches somewhere in the text, like RegExp.prototype.test (unanchored unless ^ / $). */
  test(text: string): boolean
  /**
   * test(), also reporting the VM steps taken (each an instruction run at one position): the linearity tests'
   * measure, at most (programSize + 1) × (text.length + 1).
   */
  testCounted(text: string): { matched: boolean; steps: number }
}

export function compilePattern(source: string, options: PatternOptions = {}): LinearPattern {
  const ignoreCase = options.ignoreCase === true
  const tree = new Parser(source).parse()
  return new CompiledPattern(source, ignoreCase, new Emitter(ignoreCase).program(tree), startsAnchored(tree))
}

// ---------------------------------------------------------------------------------------------------------------
// Character sets: flat arrays of inclusive ranges [lo0, hi0, lo1, hi1, ...] over UTF-16 code units.

const MAX_CODE_UNIT = 0xffff

function normalize(ranges: readonly number[]): number[] {
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]])
  pairs.sort((a, b) => a[0] - b[0])
  const merged: number[] = []
  for (const [lo, hi] of pairs) {
    const last = merged.length - 1
    if (last > 0 && lo <= merged[last] + 1) merged[last] = Math.max(merged[last], hi)
    else merged.push(lo, hi)
  }
  return merged
}

function complement(ranges: readonly number[]): number[] {
  const result: number[] = []
  let next = 0
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i] > next) result.push(next, ranges[i] - 1)
    next = ranges[i + 1] + 1
  }
  if (next <= MAX_CODE_UNIT) result.push(next, MAX_CODE_UNIT)
  return result
}

function rangesContain(ranges: ArrayLike<number>, from: number, to: number, code: number): boolean {
  // Binary search over the pairs in [from, to) (indexes of lo values, even).
  let low = from >> 1
  let high = (to >> 1) - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (code < ranges[2 * mid]) high = mid - 1
    else if (code > ranges[2 * mid + 1]) low = mid + 1
    else return true
  }
  return false
}

const DIGITS = [0x30, 0x39]
const WORD = normalize([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a])
// JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262 (Unicode Zs, plus tab, VT, FF, BOM, LF, CR, LS, PS).
const SPACE = normalize([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f,
  0x3000, 0x3000, 0xfeff, 0xfeff
])

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
}

// Case folding as RegExp's Canonicalize without the u flag: a code unit's canonical form is its upper case when
// that is one code unit, except that a non-ASCII unit never canonicalizes to an ASCII one. `ring` links the units
// of each canonical class in a cycle. Built on the first ignoreCase compile (65,536 toUpperCase calls, once).
interface CaseTables {
  ring: Uint16Array
  /** The units whose class has more than one member, ascending. */
  foldable: number[]
}
let caseTables: CaseTables | undefined

function getCaseTables(): CaseTables {
  if (caseTables) return caseTables
  const canonical = new Uint16Array(MAX_CODE_UNIT + 1)
  for (let code = 0; code <= MAX_CODE_UNIT; code++) {
    const upper = String.fromCharCode(code).toUpperCase()
    const upperCode = upper.charCodeAt(0)
    canonical[code] = upper.length !== 1 || (code >= 128 && upperCode < 128) ? code : upperCode
  }
  const first = new Int32Array(MAX_CODE_UNIT + 1).fill(-1)
  const last = new Int32Array(MAX_CODE_UNIT + 1).fill(-1)
  const ring = new Uint16Array(MAX_CODE_UNIT + 1)
  for (let code = 0; code <= MAX_CODE_UNIT; code++) {
    const key = canonical[code]
    if (first[key] < 0) {
      first[key] = code
      ring[code] = code
    } else {
      ring[last[key]] = code
      ring[code] = first[key]
    }
    last[key] = code
  }
  const foldable: number[] = []
  for (let code = 0; code <= MAX_CODE_UNIT; code++) if (ring[code] !== code) foldable.push(code)
  caseTables = { ring, foldable }
  return caseTables
}

/** The set with every character that is case-equivalent to a member: RegExp's "some member canonicalizes alike". */
function closeUnderCase(ranges: readonly number[]): number[] {
  const { ring, foldable } = getCaseTables()
  const added = [...ranges]
  for (const code of foldable) {
    if (!rangesContain(ranges, 0, ranges.length, code)) continue
    for (let other = ring[code]; other !== code; other = ring[other]) added.push(other, other)
  }
  return normalize(added)
}

// ---------------------------------------------------------------------------------------------------------------
// Syntax tree. `size` is the number of instructions the node compiles to (Emitter), known while parsing so that
// an expansion beyond MAX_PROGRAM_SIZE is refused at the quantifier that causes it, before anything is built.

type Assertion = 'begin' | 'end' | 'wordBoundary' | 'notWordBoundary'

type Node =
  | { kind: 'char'; code: number; size: number }
  | { kind: 'set'; ranges: number[]; negated: boolean; size: number }
  | { kind: 'any'; size: number }
  | { kind: 'assert'; assertion: Assertion; size: number }
  | { kind: 'concat'; items: Node[]; size: number }
  | { kind: 'alt'; branches: Node[]; size: number }
  | { kind: 'repeat'; item: Node; min: number; max: number; size: number }

function repeatSize(itemSize: number, min: number, max: number): number {
  if (itemSize === 0) return 0
  if (max === Infinity) return min === 0 ? itemSize + 2 : min * itemSize + 1
  return min * itemSize + (max - min) * (itemSize + 1)
}

/** Whether every match must start at position 0 (the VM then seeds no threads at later positions). */
function startsAnchored(node: Node): boolean {
  switch (node.kind) {
    case 'assert':
      return node.assertion === 'begin'
    case 'concat':
      return node.items.length > 0 && startsAnchored(node.items[0])
    case 'alt':
      return node.branches.every(startsAnchored)
    case 'repeat':
      return node.min > 0 && startsAnchored(node.item)
    default:
      return false
  }
}

const BRACE_QUANTIFIER = /\{(\d+)(,(\d*))?\}/y // sticky: read at one index only

type ClassAtom = { code: number } | { ranges: number[] }

class Parser {
  private pos = 0
  private depth = 0

  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.parseAlternation()
    // parseAlternation stops only at the end or at a ')' no group opened.
    if (this.pos < this.src.length) this.fail('unmatched ): no group is open here; write \\) for a literal )', this.pos)
    return node
  }

  private fail(reason: string, index: number): never {
    throw new PatternError(reason, this.src, index + 1)
  }

  private checkSize(size: number, index: number, what: string): void {
    if (size > MAX_PROGRAM_SIZE) {
      this.fail(
        `pattern too large: ${what} expands to more than ${MAX_PROGRAM_SIZE} instructions (repetitions multiply: ` +
          `(a{100}){100} is 10000 copies of a); use smaller counts or * and +`,
        index
      )
    }
  }

  private parseAlternation(): Node {
    const branches = [this.parseSequence()]
    let size = branches[0].size
    while (this.src[this.pos] === '|') {
      const barAt = this.pos
      this.pos++
      const branch = this.parseSequence()
      branches.push(branch)
      size += branch.size + 2
      this.checkSize(size, barAt, 'the alternation')
    }
    return branches.length === 1 ? branches[0] : { kind: 'alt', branches, size }
  }

  private parseSequence(): Node {
    const items: Node[] = []
    let size = 0
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const start = this.pos
      const item = this.parseQuantified()
      items.push(item)
      size += item.size
      this.checkSize(size, start, 'the pattern up to here')
    }
    return items.length === 1 ? items[0] : { kind: 'concat', items, size }
  }

  private parseQuantified(): Node {
    const start = this.pos
    let node = this.parseAtom()
    const quantifierAt = this.pos
    const quantifier = this.quantifierAt(quantifierAt)
    if (!quantifier) return node
    const atomText = this.src.slice(start, quantifierAt)
    // A bare ^ $ \b \B cannot be repeated (as in RegExp); a group holding one can, like (^)*.
    if (node.kind === 'assert' && this.src[start] !== '(') {
      this.fail(`${atomText} cannot be repeated: it matches a position, not a character`, quantifierAt)
    }
    this.pos = quantifier.end
    if (this.src[this.pos] === '?') this.pos++ // lazy: the same yes/no answer
    const size = repeatSize(node.size, quantifier.min, quantifier.max)
    this.checkSize(size, quantifierAt, `${atomText}${this.src.slice(quantifierAt, quantifier.end)}`)
    node = { kind: 'repeat', item: node, min: quantifier.min, max: quantifier.max, size }
    if (this.quantifierAt(this.pos)) {
      this.fail(
        `${this.src[this.pos]} has nothing to repeat: a quantifier cannot follow another; wrap the repeated part in ` +
          `a group, e.g. (a{2})*`,
        this.pos
      )
    }
    return node
  }

  /** The quantifier starting at `at`, if any: * + ? or a well-formed {n} {n,} {n,m}. */
  private quantifierAt(at: number): { min: number; max: number; end: number } | undefined {
    const ch = this.src[at]
    if (ch === '*') return { min: 0, max: Infinity, end: at + 1 }
    if (ch === '+') return { min: 1, max: Infinity, end: at + 1 }
    if (ch === '?') return { min: 0, max: 1, end: at + 1 }
    if (ch !== '{') return undefined
    BRACE_QUANTIFIER.lastIndex = at
    const match = BRACE_QUANTIFIER.exec(this.src)
    if (!match) return undefined
    const min = Number(match[1])
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) {
      this.fail(`repetition count ${max !== Infinity && max > min ? max : min} is above the limit of ${MAX_REPEAT}`, at)
    }
    if (max < min) this.fail(`repetition {${min},${max}} has its numbers out of order`, at)
    return { min, max, end: at + match[0].length }
  }

  private parseAtom(): Node {
    const at = this.pos
    const ch = this.src[at]
    switch (ch) {
      case '(':
        return this.parseGroup()
      case '[':
        return this.parseClass()
      case '.':
        this.pos++
        return { kind: 'any', size: 1 }
      case '^':
        this.pos++
        return { kind: 'assert', assertion: 'begin', size: 1 }
      case '$':
        this.pos++
        return { kind: 'assert', assertion: 'end', size: 1 }
      case '\\': {
        const escape = this.parseEscape(false)
        if ('assertion' in escape) return { kind: 'assert', assertion: escape.assertion, size: 1 }
        if ('code' in escape) return { kind: 'char', code: escape.code, size: 1 }
        return { kind: 'set', ranges: escape.ranges, negated: false, size: 1 }
      }
      case '*':
      case '+':
      case '?':
        return this.fail(
          `${ch} has nothing to repeat: a quantifier must follow a character, a class, . or a group; write \\${ch} for a literal ${ch}`,
          at
        )
      case '{':
        if (this.quantifierAt(at)) this.fail(`${this.src.slice(at, this.src.indexOf('}', at) + 1)} has nothing to repeat`, at)
        return this.fail('a literal { must be escaped as \\{ (repetition is written {n}, {n,} or {n,m} after what it repeats)', at)
      case '}':
      case ']':
        return this.fail(`a literal ${ch} must be escaped as \\${ch}`, at)
      default:
        this.pos++
        return { kind: 'char', code: this.src.charCodeAt(at), size: 1 }
    }
  }

  private parseGroup(): Node {
    const open = this.pos
    this.pos++
    // The parser, the emitter and startsAnchored recurse once per group level: a bound keeps a pathological
    // pattern a PatternError instead of a stack overflow.
    if (++this.depth > MAX_GROUP_DEPTH) this.fail(`groups are nested more than ${MAX_GROUP_DEPTH} deep`, open)
    if (this.src[this.pos] === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3)
      if (rest.startsWith('?:')) this.pos += 2
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.fail(`lookahead (${rest.slice(0, 2)}...) is not supported: ${LINEAR}; ${ALLOWED}`, open)
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.fail(`lookbehind (${rest}...) is not supported: ${LINEAR}; ${ALLOWED}`, open)
      } else if (rest.startsWith('?<')) {
        this.fail(`named groups ((?<name>...)) are not supported: use ( ) or (?: ); ${ALLOWED}`, open)
      } else if (/^\?[a-zA-Z-]/.test(rest)) {
        this.fail(
          `flags inside the pattern ((?i) and the like) are not supported: case-insensitive matching is an option ` +
            `of the rule, not part of the pattern; ${ALLOWED}`,
          open
        )
      } else {
        this.fail(`(? must start a non-capturing group (?:...); write \\( or \\? for the literal character`, open)
      }
    }
    const inner = this.parseAlternation()
    if (this.src[this.pos] !== ')') this.fail('unclosed group: this ( has no matching )', open)
    this.pos++
    this.depth--
    return inner // groups only delimit: nothing is captured
  }

  private parseClass(): Node {
    const open = this.pos
    this.pos++
    const negated = this.src[this.pos] === '^'
    if (negated) this.pos++
    const ranges: number[] = []
    for (;;) {
      if (this.pos >= this.src.length) this.fail('unclosed class: this [ has no matching ]; write \\[ for a literal [', open)
      if (this.src[this.pos] === ']') {
        this.pos++
        break
      }
      const leftAt = this.pos
      const left = this.parseClassAtom()
      if (this.src[this.pos] === '-' && this.pos + 1 < this.src.length && this.src[this.pos + 1] !== ']') {
        this.pos++
        const right = this.parseClassAtom()
        if (!('code' in left) || !('code' in right)) {
          this.fail(
            `a range cannot start or end with a class escape like \\d: write \\- for a literal - (${this.src.slice(leftAt, this.pos)})`,
            leftAt
          )
        }
        if (left.code > right.code) {
          this.fail(`range ${this.src.slice(leftAt, this.pos)} is out of order: write the smaller character first`, leftAt)
        }
        ranges.push(left.code, right.code)
      } else if ('code' in left) ranges.push(left.code, left.code)
      else ranges.push(...left.ranges)
    }
    return { kind: 'set', ranges: normalize(ranges), negated, size: 1 }
  }

  private parseClassAtom(): ClassAtom {
    if (this.src[this.pos] !== '\\') return { code: this.src.charCodeAt(this.pos++) }
    const escape = this.parseEscape(true)
    if ('assertion' in escape) throw new Error('unreachable: no assertion escapes inside a class')
    return escape
  }

  /** The escape at this.pos (a backslash); inside a class \b is a backspace and \B is refused. */
  private parseEscape(inClass: boolean): ClassAtom | { assertion: Assertion } {
    const at = this.pos
    if (at + 1 >= this.src.length) this.fail('\\ at the end of the pattern: write \\\\ for a literal backslash', at)
    const ch = this.src[at + 1]
    this.pos = at + 2
    switch (ch) {
      case 'd':
        return { ranges: DIGITS }
      case 'D':
        return { ranges: complement(DIGITS) }
      case 'w':
        return { ranges: WORD }
      case 'W':
        return { ranges: complement(WORD) }
      case 's':
        return { ranges: SPACE }
      case 'S':
        return { ranges: complement(SPACE) }
      case 'n':
        return { code: 0x0a }
      case 't':
        return { code: 0x09 }
      case 'r':
        return { code: 0x0d }
      case 'f':
        return { code: 0x0c }
      case 'v':
        return { code: 0x0b }
      case 'b':
        return inClass ? { code: 0x08 } : { assertion: 'wordBoundary' }
      case 'B':
        if (inClass) this.fail(`\\B is not allowed inside [...]; ${ALLOWED}`, at)
        return { assertion: 'notWordBoundary' }
      case 'x':
        return { code: this.hex(at, 2, '\\x needs two hex digits, e.g. \\x41') }
      case 'u':
        if (this.src[at + 2] === '{') this.fail('code point escapes (\\u{...}) are not supported: write \\uHHHH', at)
        return { code: this.hex(at, 4, '\\u needs four hex digits, e.g. \\u00e9') }
      case '0':
        if (/[0-9]/.test(this.src[at + 2] ?? '')) this.fail(`octal escapes (\\0${this.src[at + 2]}) are not supported; write \\xHH`, at)
        return { code: 0 }
      case 'k':
        return this.fail(`named backreferences (\\k<name>) are not supported: ${LINEAR}; ${ALLOWED}`, at)
      case 'p':
      case 'P':
        return this.fail(`unicode property escapes (\\${ch}{...}) are not supported; ${ALLOWED}`, at)
      case 'c':
        return this.fail(`control escapes (\\cX) are not supported: write \\xHH; ${ALLOWED}`, at)
    }
    if (ch >= '1' && ch <= '9') this.fail(`backreferences (\\${ch}) are not supported: ${LINEAR}; ${ALLOWED}`, at)
    if (/[a-zA-Z0-9]/.test(ch)) {
      this.fail(`unknown escape \\${ch}: only punctuation is escaped (\\. \\\\ \\/ \\- \\[ ...); ${ALLOWED}`, at)
    }
    // JavaScript's identity escape: \ followed by any other character means that character.
    return { code: this.src.charCodeAt(at + 1) }
  }

  private hex(at: number, digits: number, reason: string): number {
    const text = this.src.slice(at + 2, at + 2 + digits)
    if (text.length !== digits || !/^[0-9a-fA-F]+$/.test(text)) this.fail(reason, at)
    this.pos = at + 2 + digits
    return parseInt(text, 16)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The program: parallel typed arrays (opcode, two arguments), the character classes flattened.

// The consuming instructions come first: `op <= OP_CLASS` tests for one.
const OP_CHAR = 0 // arg1: the code unit
const OP_ANY = 1 // any code unit but a line terminator
const OP_CLASS = 2 // arg1: the class index
const OP_MATCH = 3
const OP_SPLIT = 4 // continue at arg1 and at arg2
const OP_JUMP = 5 // continue at arg1
const OP_BEGIN = 6
const OP_END = 7
const OP_WORD_BOUNDARY = 8
const OP_NOT_WORD_BOUNDARY = 9

interface Program {
  op: Uint8Array
  arg1: Int32Array
  arg2: Int32Array
  /** Per class, 4 words: the bitmap of its ASCII members (the common case needs no search). */
  classAscii: Uint32Array
  /** Per class k, its non-ASCII ranges are classRanges[classStart[k] .. classStart[k + 1]). */
  classStart: Int32Array
  classRanges: Int32Array
  /**
   * Where a match can start, for an unanchored search to skip positions while no thread is alive: the class of
   * the characters a match can begin with (-1 when the pattern can match the empty string, so that every position
   * counts), and the literal text every match begins with ('' when none; not used with ignoreCase).
   */
  firstClass: number
  literalPrefix: string
}

const LINE_TERMINATORS = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029]

/** The characters every match begins with, read off the tree's leading literal characters. */
function literalPrefix(tree: Node): string {
  const items = tree.kind === 'concat' ? tree.items : [tree]
  let prefix = ''
  for (const item of items) {
    if (item.kind !== 'char') break
    prefix += String.fromCharCode(item.code)
  }
  return prefix
}

class Emitter {
  private readonly op: number[] = []
  private readonly arg1: number[] = []
  private readonly arg2: number[] = []
  private readonly classes: number[][] = []
  private readonly classIndex = new Map<string, number>()
  private readonly setClasses = new Map<Node, number>()

  constructor(private readonly ignoreCase: boolean) {}

  program(tree: Node): Program {
    this.emit(tree)
    this.add(OP_MATCH)
    // The size limit was enforced on the parser's sizes: they must be the emitted ones.
    if (this.op.length !== tree.size + 1) throw new Error(`internal: program of ${this.op.length} instructions, ${tree.size + 1} expected`)
    const firstClass = this.firstClass()
    const classAscii = new Uint32Array(this.classes.length * 4)
    const classStart = new Int32Array(this.classes.length + 1)
    const high: number[] = []
    this.classes.forEach((ranges, k) => {
      for (let i = 0; i < ranges.length; i += 2) {
        for (let code = ranges[i]; code <= Math.min(ranges[i + 1], 127); code++) classAscii[k * 4 + (code >> 5)] |= 1 << (code & 31)
        if (ranges[i + 1] >= 128) high.push(Math.max(ranges[i], 128), ranges[i + 1])
      }
      classStart[k + 1] = high.length
    })
    return {
      op: Uint8Array.from(this.op),
      arg1: Int32Array.from(this.arg1),
      arg2: Int32Array.from(this.arg2),
      classAscii,
      classStart,
      classRanges: Int32Array.from(high),
      firstClass,
      literalPrefix: this.ignoreCase ? '' : literalPrefix(tree)
    }
  }

  /** The class of the characters the first consuming instruction can read; -1 if the match can be empty. */
  private firstClass(): number {
    const ranges: number[] = []
    const seen = new Set<number>()
    const pending = [0]
    while (pending.length > 0) {
      const pc = pending.pop() as number
      if (seen.has(pc)) continue
      seen.add(pc)
      switch (this.op[pc]) {
        case OP_MATCH:
          return -1
        case OP_CHAR:
          ranges.push(this.arg1[pc], this.arg1[pc])
          break
        case OP_ANY:
          ranges.push(...complement(LINE_TERMINATORS))
          break
        case OP_CLASS:
          ranges.push(...this.classes[this.arg1[pc]])
          break
        case OP_JUMP:
          pending.push(this.arg1[pc])
          break
        case OP_SPLIT:
          pending.push(this.arg1[pc], this.arg2[pc])
          break
        default:
          pending.push(pc + 1) // an assertion: taken as passing, which only makes the class larger
      }
    }
    return this.classOf(normalize(ranges))
  }

  private add(op: number, arg1 = 0, arg2 = 0): number {
    this.op.push(op)
    this.arg1.push(arg1)
    this.arg2.push(arg2)
    return this.op.length - 1
  }

  private classOf(ranges: number[]): number {
    const key = ranges.join(',')
    let index = this.classIndex.get(key)
    if (index === undefined) {
      index = this.classes.length
      this.classes.push(ranges)
      this.classIndex.set(key, index)
    }
    return index
  }

  private emit(node: Node): void {
    switch (node.kind) {
      case 'char': {
        const ring = this.ignoreCase ? getCaseTables().ring : undefined
        if (ring && ring[node.code] !== node.code) {
          const equivalents: number[] = []
          let code = node.code
          do {
            equivalents.push(code, code)
            code = ring[code]
          } while (code !== node.code)
          this.add(OP_CLASS, this.classOf(normalize(equivalents)))
        } else this.add(OP_CHAR, node.code)
        return
      }
      case 'set': {
        // Repetition emits the same node many times: its class is built once.
        let index = this.setClasses.get(node)
        if (index === undefined) {
          // RegExp's order: a character matches when some member of the written set is case-equivalent to it;
          // [^...] is the complement of that.
          const members = this.ignoreCase ? closeUnderCase(node.ranges) : node.ranges
          index = this.classOf(node.negated ? complement(members) : members)
          this.setClasses.set(node, index)
        }
        this.add(OP_CLASS, index)
        return
      }
      case 'any':
        this.add(OP_ANY)
        return
      case 'assert':
        this.add(
          node.assertion === 'begin'
            ? OP_BEGIN
            : node.assertion === 'end'
              ? OP_END
              : node.assertion === 'wordBoundary'
                ? OP_WORD_BOUNDARY
                : OP_NOT_WORD_BOUNDARY
        )
        return
      case 'concat':
        for (const item of node.items) this.emit(item)
        return
      case 'alt': {
        const jumps: number[] = []
        node.branches.forEach((branch, i) => {
          if (i < node.branches.length - 1) {
            const split = this.add(OP_SPLIT, this.op.length + 1)
            this.emit(branch)
            jumps.push(this.add(OP_JUMP))
            this.arg2[split] = this.op.length
          } else this.emit(branch)
        })
        for (const jump of jumps) this.arg1[jump] = this.op.length
        return
      }
      case 'repeat':
        this.emitRepeat(node.item, node.min, node.max)
        return
    }
  }

  // Counted repetition copies the item: x{2,4} is x x (x (x)?)?, nested so that the optional copies add no
  // redundant states; x{2,} is x x+.
  private emitRepeat(item: Node, min: number, max: number): void {
    if (item.size === 0) return // an empty group repeated is still empty
    if (max === Infinity) {
      for (let i = 0; i < min - 1; i++) this.emit(item)
      if (min === 0) {
        const split = this.add(OP_SPLIT, this.op.length + 1)
        this.emit(item)
        this.add(OP_JUMP, split)
        this.arg2[split] = this.op.length
      } else {
        const loop = this.op.length
        this.emit(item)
        this.add(OP_SPLIT, loop, this.op.length + 1)
      }
      return
    }
    for (let i = 0; i < min; i++) this.emit(item)
    const splits: number[] = []
    for (let i = min; i < max; i++) {
      splits.push(this.add(OP_SPLIT, this.op.length + 1))
      this.emit(item)
    }
    for (const split of splits) this.arg2[split] = this.op.length
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The Pike VM. Each position holds a list of threads (program counters of consuming instructions: CHAR, ANY,
// CLASS); the ε-closure (splits, jumps, assertions) is followed when a thread is added, and `mark` (one generation
// number per position) keeps each instruction at most once per position: no backtracking, no duplicate work. The
// lists, marks and stack are allocated once per pattern and reused, so a test allocates nothing per character.

const GENERATION_LIMIT = 0x3fffffff

class CompiledPattern implements LinearPattern {
  readonly programSize: number
  private readonly op: Uint8Array
  private readonly arg1: Int32Array
  private readonly arg2: Int32Array
  private readonly classAscii: Uint32Array
  private readonly classStart: Int32Array
  private readonly classRanges: Int32Array
  private readonly firstClass: number
  private readonly literalPrefix: string
  private readonly mark: Int32Array
  private readonly stack: Int32Array
  private readonly listA: Int32Array
  private readonly listB: Int32Array
  private generation = 0
  private steps = 0

  constructor(
    readonly source: string,
    readonly ignoreCase: boolean,
    program: Program,
    private readonly anchoredStart: boolean
  ) {
    this.op = program.op
    this.arg1 = program.arg1
    this.arg2 = program.arg2
    this.classAscii = program.classAscii
    this.classStart = program.classStart
    this.classRanges = program.classRanges
    this.firstClass = program.firstClass
    this.literalPrefix = program.literalPrefix
    this.programSize = program.op.length
    this.mark = new Int32Array(this.programSize)
    this.stack = new Int32Array(this.programSize)
    this.listA = new Int32Array(this.programSize)
    this.listB = new Int32Array(this.programSize)
  }

  test(text: string): boolean {
    return this.run(text)
  }

  testCounted(text: string): { matched: boolean; steps: number } {
    const matched = this.run(text)
    return { matched, steps: this.steps }
  }

  private run(text: string): boolean {
    const { op, arg1, mark, anchoredStart, firstClass, literalPrefix } = this
    const length = text.length
    this.steps = 0
    // One generation per position, and one more per skip: at most 2 × (length + 1).
    if (this.generation > GENERATION_LIMIT - 2 * length - 4) {
      this.mark.fill(0)
      this.generation = 0
    }
    let generation = ++this.generation
    let current = this.listA
    let next = this.listB
    let currentCount = 0
    let steps = 0
    let matched = false
    for (let position = 0; ; position++) {
      // Threads alive at `position` are in `current`; a new match attempt starts here unless ^ rules it out.
      if (!anchoredStart || position === 0) {
        if (currentCount === 0 && firstClass >= 0) {
          // Nothing alive: jump to the next position where a match can begin (none: no match, since the pattern
          // cannot match the empty string).
          let start = position
          if (literalPrefix !== '') start = text.indexOf(literalPrefix, position)
          else while (start < length && !this.inClass(firstClass, text.charCodeAt(start))) start++
          if (start < 0 || start >= length) break
          if (start !== position) {
            position = start
            generation++ // the marks set at the skipped position must not hide instructions at the new one
          }
        }
        currentCount = this.addThread(0, position, text, current, currentCount, generation)
        if (currentCount < 0) {
          matched = true
          break
        }
      }
      if (position === length || (currentCount === 0 && anchoredStart)) break
      const code = text.charCodeAt(position)
      generation++
      let nextCount = 0
      for (let t = 0; t < currentCount; t++) {
        const pc = current[t]
        steps++
        let consumes: boolean
        switch (op[pc]) {
          case OP_CHAR:
            consumes = arg1[pc] === code
            break
          case OP_ANY:
            consumes = code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029
            break
          default:
            consumes = this.inClass(arg1[pc], code)
        }
        if (!consumes) continue
        const following = pc + 1
        if (op[following] <= OP_CLASS) {
          // The common case, a character followed by a character (literal text): no closure to follow, so the
          // thread is queued here rather than through addThread.
          if (mark[following] !== generation) {
            mark[following] = generation
            next[nextCount++] = following
          }
        } else {
          nextCount = this.addThread(following, position + 1, text, next, nextCount, generation)
          if (nextCount < 0) break
        }
      }
      if (nextCount < 0) {
        matched = true
        break
      }
      const swap = current
      current = next
      next = swap
      currentCount = nextCount
    }
    this.generation = generation
    this.steps += steps
    return matched
  }

  private inClass(k: number, code: number): boolean {
    if (code < 128) return ((this.classAscii[(k << 2) | (code >> 5)] >>> (code & 31)) & 1) === 1
    return rangesContain(this.classRanges, this.classStart[k], this.classStart[k + 1], code)
  }

  /**
   * Adds the thread at `start` and its ε-closure at `position` to `list` (which holds `count` threads); returns
   * the new count, or -1 when the closure reaches the match.
   */
  private addThread(start: number, position: number, text: string, list: Int32Array, count: number, generation: number): number {
    const { op, arg1, arg2, mark, stack } = this
    if (mark[start] === generation) return count
    mark[start] = generation
    stack[0] = start
    let depth = 1
    let steps = 0
    while (depth > 0) {
      const pc = stack[--depth]
      let follow = -1
      let alternative = -1
      switch (op[pc]) {
        case OP_CHAR:
        case OP_ANY:
        case OP_CLASS:
          list[count++] = pc // run (and counted) when the next character is read
          continue
        case OP_MATCH:
          this.steps += steps + 1
          return -1
        case OP_JUMP:
          follow = arg1[pc]
          break
        case OP_SPLIT:
          follow = arg1[pc]
          alternative = arg2[pc]
          break
        case OP_BEGIN:
          if (position === 0) follow = pc + 1
          break
        case OP_END:
          if (position === text.length) follow = pc + 1
          break
        default: {
          const before = position > 0 && isWordCode(text.charCodeAt(position - 1))
          const after = position < text.length && isWordCode(text.charCodeAt(position))
          if ((before !== after) === (op[pc] === OP_WORD_BOUNDARY)) follow = pc + 1
        }
      }
      steps++
      if (alternative >= 0 && mark[alternative] !== generation) {
        mark[alternative] = generation
        stack[depth++] = alternative
      }
      if (follow >= 0 && mark[follow] !== generation) {
        mark[follow] = generation
        stack[depth++] = follow
      }
    }
    this.steps += steps
    return count
  }
}
