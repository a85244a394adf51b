// The `matches` operator's pattern matcher: same answers as JavaScript's RegExp on the supported syntax (a table,
// then a differential test on generated patterns), clear errors for everything else, and a bound on the work
// (counted VM steps, not time) on the inputs that make a backtracking matcher explode.
import { compilePattern, MAX_GROUP_DEPTH, MAX_PROGRAM_SIZE, MAX_REPEAT, PatternError } from '../../src/model/linear-pattern.js'

/** Whether the pattern matched, checked against the step bound the module promises on every run. */
function testWithinBound(pattern: string, text: string, ignoreCase = false): boolean {
  const compiled = compilePattern(pattern, { ignoreCase })
  const { matched, steps } = compiled.testCounted(text)
  expect(steps).toBeLessThanOrEqual((compiled.programSize + 1) * (text.length + 1))
  expect(compiled.test(text)).toBe(matched)
  return matched
}

describe('compilePattern: matches', () => {
  it.each([
    ['^python3\\.(8|9)$', 'python3.9', true],
    ['^python3\\.(8|9)$', 'python3.8', true],
    ['^python3\\.(8|9)$', 'python3.10', false],
    ['^python3\\.(8|9)$', 'python3x9', false],
    ['abc', 'xxabcxx', true],
    ['abc', 'ab', false],
    ['', '', true],
    ['', 'anything', true],
    ['^$', '', true],
    ['^$', 'a', false],
    ['a$', 'a\n', false], // no multiline mode: $ is the end of the input only
    ['^b', 'a\nb', false],
    ['a.c', 'abc', true],
    ['a.c', 'a\nc', false],
    ['a.c', 'a\u2028c', false],
    ['a.c', 'a\tc', true],
    ['[a-c]+x', 'zzbcax', true],
    ['[^a-c]', 'abcabc', false],
    ['[^a-c]', 'abcd', true],
    ['[]', 'a', false],
    ['[^]', '\n', true],
    ['[a-]', '-', true],
    ['[-a]', '-', true],
    ['[\\]\\-]', ']', true],
    ['[.]', 'a', false],
    ['[\\d.]', '.', true],
    ['[\\b]', '\b', true],
    ['\\d{3}-\\d{4}', 'call 555-1234', true],
    ['\\d{3}-\\d{4}', 'call 55-1234', false],
    ['^\\w+$', 'abc_123', true],
    ['^\\w+$', 'abc-123', false],
    ['^\\W+$', '-/ ', true],
    ['\\s', 'a\u00a0b', true],
    ['\\s', 'a\ufeffb', true],
    ['\\S', ' \t\n', false],
    ['\\D', '123', false],
    ['\\bfoo\\b', 'a foo.', true],
    ['\\bfoo\\b', 'foobar', false],
    ['\\Bfoo', 'xfoo', true],
    ['\\Bfoo', 'x foo', false],
    ['^a{2}$', 'aa', true],
    ['^a{2}$', 'aaa', false],
    ['^a{2,}$', 'aaaaa', true],
    ['^a{2,}$', 'a', false],
    ['^a{2,3}$', 'aaa', true],
    ['^a{2,3}$', 'aaaa', false],
    ['^a{0}b$', 'b', true],
    ['^(ab|cd)+$', 'abcdab', true],
    ['^(ab|cd)+$', 'abcda', false],
    ['^(?:ab)*?c$', 'ababc', true],
    ['^a+?$', 'aaa', true],
    ['^(|a)b$', 'b', true],
    ['^()*$', '', true],
    ['^(a*)*$', 'aaa', true],
    ['^(a|b)*c|d$', 'd', true],
    ['\\x41\\u00e9', 'Aé', true],
    ['a\\/b\\.c\\\\', 'a/b.c\\', true],
    ['\\n\\t\\r\\f\\v\\0', '\n\t\r\f\v\0', true],
    ['aab', 'aaab', true], // the literal prefix is searched again after a false start
    ['abc|abd', 'xxabxabd', true],
    ['\\bfoo', 'xfoo foo', true],
    ['(?:x|\\by)z', 'ay yz', true],
    ['a*b', 'ccccb', true],
    ['😀+', '😀\ude00\ude00', true] // UTF-16 code units, as RegExp without the u flag: + repeats the low surrogate
  ])('%s on %j is %s', (pattern, text, expected) => {
    expect(testWithinBound(pattern, text)).toBe(expected)
    expect(new RegExp(pattern).test(text)).toBe(expected) // the table itself states RegExp's answers
  })

  it.each([
    ['^python3\\.(8|9)$', 'PYTHON3.9', true],
    ['abc', 'xABCx', true],
    ['[a-c]+', 'CAB', true],
    ['[^a-c]', 'ABC', false],
    ['\\w', 'K', true],
    ['é', 'É', true],
    ['µ', 'Μ', true], // micro sign, Greek capital mu: both upper-case to U+039C
    ['s', 'ſ', false], // a non-ASCII character never matches an ASCII one without the u flag
    ['k', '\u212a', false] // Kelvin sign: likewise
  ])('ignoreCase: %s on %j is %s', (pattern, text, expected) => {
    expect(testWithinBound(pattern, text, true)).toBe(expected)
    expect(new RegExp(pattern, 'i').test(text)).toBe(expected)
  })

  it('is case-sensitive without ignoreCase', () => {
    expect(compilePattern('abc').test('ABC')).toBe(false)
  })

  it('keeps the source and the option', () => {
    const pattern = compilePattern('^a+$', { ignoreCase: true })
    expect(pattern.source).toBe('^a+$')
    expect(pattern.ignoreCase).toBe(true)
  })

  it('gives the same answers when one compiled pattern is reused on many texts', () => {
    const pattern = compilePattern('^(ab|a)*b$')
    const texts = ['ab', 'aab', 'abab', 'b', 'ba', '', 'aaaa', 'abb']
    for (let round = 0; round < 3; round++) {
      expect(texts.map((text) => pattern.test(text))).toEqual(texts.map((text) => /^(ab|a)*b$/.test(text)))
    }
  })

  it('accepts counts up to the limit', () => {
    expect(testWithinBound(`^a{${MAX_REPEAT}}$`, 'a'.repeat(MAX_REPEAT))).toBe(true)
    expect(testWithinBound(`^a{${MAX_REPEAT}}$`, 'a'.repeat(MAX_REPEAT - 1))).toBe(false)
    expect(testWithinBound(`^a{1,${MAX_REPEAT}}$`, 'a'.repeat(MAX_REPEAT + 1))).toBe(false)
  })
})

// A small deterministic PRNG (mulberry32), so that a failure is reproducible.
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Random patterns from the supported grammar over a small alphabet, so that matches happen. */
function patternGenerator(random: () => number, letters: string[]) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const classItems = [...letters, ...letters.map((l) => `${l}-${l === 'a' ? 'c' : l}`), '.', '\\d', '\\w', '\\s', '\\W', '\\-', '\\]', '-']
  const classText = (): string => {
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(classItems))
    // A leading or trailing '-' is a literal; one between two items would make a range of them: keep it at the end.
    const body = items.filter((item) => item !== '-').join('') + (items.includes('-') ? '-' : '')
    return `[${random() < 0.3 ? '^' : ''}${body}]`
  }
  const quantifier = (): string => {
    const n = Math.floor(random() * 3)
    const m = n + Math.floor(random() * 3)
    const base = pick(['*', '+', '?', `{${n}}`, `{${n},}`, `{${n},${m}}`])
    return random() < 0.2 ? `${base}?` : base
  }
  const atom = (depth: number): { text: string; repeatable: boolean } => {
    const r = random()
    if (r < 0.4) return { text: pick(letters), repeatable: true }
    if (r < 0.5) return { text: pick(['.', '\\.', '\\d', '\\w', '\\s', '\\W', '\\S']), repeatable: true }
    if (r < 0.62) return { text: classText(), repeatable: true }
    if (r < 0.72) return { text: pick(['^', '$', '\\b', '\\B']), repeatable: false }
    if (depth > 2) return { text: pick(letters), repeatable: true }
    return { text: `(${random() < 0.5 ? '?:' : ''}${alternation(depth + 1)})`, repeatable: true }
  }
  const sequence = (depth: number): string => {
    let text = ''
    const length = Math.floor(random() * 4)
    for (let i = 0; i < length; i++) {
      const { text: atomText, repeatable } = atom(depth)
      text += atomText + (repeatable && random() < 0.35 ? quantifier() : '')
    }
    return text
  }
  const alternation = (depth: number): string => {
    const branches = [sequence(depth)]
    while (random() < 0.25) branches.push(sequence(depth))
    return branches.join('|')
  }
  return () => alternation(0)
}

function randomText(random: () => number, alphabet: string[]): string {
  const length = Math.floor(random() * 13)
  let text = ''
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)]
  return text
}

describe('compilePattern: the same answers as RegExp', () => {
  it.each([
    ['case-sensitive', false, ['a', 'b'], ['a', 'b', '.', 'A', ' ', '1', '_', '\n', '-', ']', '\u00a0']],
    ['ignoreCase', true, ['a', 'b', 'k', 'é', 'µ'], ['a', 'A', 'b', 'B', 'k', 'K', '\u212a', 'é', 'É', 'µ', 'μ', 'Μ', 'ſ', 's', '.', ' ']]
  ])('on 3000 generated patterns (%s)', (_name, ignoreCase, letters, alphabet) => {
    const random = prng(ignoreCase ? 7 : 42)
    const nextPattern = patternGenerator(random, letters)
    let matches = 0
    let checks = 0
    for (let i = 0; i < 3000; i++) {
      const pattern = nextPattern()
      const expected = new RegExp(pattern, ignoreCase ? 'i' : '')
      const compiled = compilePattern(pattern, { ignoreCase })
      for (let j = 0; j < 8; j++) {
        const text = randomText(random, alphabet)
        const { matched, steps } = compiled.testCounted(text)
        if (matched !== expected.test(text)) {
          throw new Error(`pattern ${JSON.stringify(pattern)} on ${JSON.stringify(text)}: ${matched}, RegExp says ${!matched}`)
        }
        expect(steps).toBeLessThanOrEqual((compiled.programSize + 1) * (text.length + 1))
        if (matched) matches++
        checks++
      }
    }
    // The comparison is only worth something if both answers occur often.
    expect(matches).toBeGreaterThan(checks * 0.2)
    expect(matches).toBeLessThan(checks * 0.8)
  })

  it('accepts a character soup only where RegExp does, and then agrees with it', () => {
    const random = prng(2026)
    const soup = 'ab()[]^$|*+?{}\\.-,0123dwsbBk:=!<'.split('')
    const texts = ['', 'a', 'ab', 'ba', 'a-b', 'aab.', '{1}', '(b)', 'a1b2', '$^', 'ab ab']
    let accepted = 0
    for (let i = 0; i < 6000; i++) {
      const length = 1 + Math.floor(random() * 7)
      let pattern = ''
      for (let j = 0; j < length; j++) pattern += soup[Math.floor(random() * soup.length)]
      let compiled
      try {
        compiled = compilePattern(pattern)
      } catch (error) {
        if (!(error instanceof PatternError)) throw error
        expect(error.column).toBeGreaterThanOrEqual(1)
        expect(error.column).toBeLessThanOrEqual(pattern.length)
        continue
      }
      accepted++
      let expected: RegExp
      try {
        expected = new RegExp(pattern)
      } catch {
        throw new Error(`accepted ${JSON.stringify(pattern)}, which RegExp rejects`)
      }
      for (const text of texts) {
        if (compiled.test(text) !== expected.test(text)) {
          throw new Error(`pattern ${JSON.stringify(pattern)} on ${JSON.stringify(text)}: RegExp says ${expected.test(text)}`)
        }
      }
    }
    expect(accepted).toBeGreaterThan(500)
  })
})

describe('compilePattern: errors', () => {
  it.each([
    ['(a)\\1', 4, /^backreferences \(\\1\) are not supported: patterns run in linear time; allowed: literals/],
    ['a(?=b)', 2, /^lookahead \(\?=\.\.\.\) is not supported/],
    ['a(?!b)', 2, /^lookahead \(\?!\.\.\.\) is not supported/],
    ['(?<=a)b', 1, /^lookbehind \(\?<=\.\.\.\) is not supported/],
    ['x(?<!a)b', 2, /^lookbehind \(\?<!\.\.\.\) is not supported/],
    ['(?<year>\\d+)', 1, /^named groups .* are not supported: use \( \) or \(\?: \)/],
    ['a\\k<year>', 2, /^named backreferences \(\\k<name>\) are not supported/],
    ['\\p{L}', 1, /^unicode property escapes \(\\p\{\.\.\.\}\) are not supported/],
    ['ab\\P{L}', 3, /^unicode property escapes \(\\P\{\.\.\.\}\) are not supported/],
    ['(?i)abc', 1, /^flags inside the pattern .* are not supported: case-insensitive matching is an option/],
    ['a(?i:b)', 2, /^flags inside the pattern/],
    ['(?)', 1, /^\(\? must start a non-capturing group/],
    ['\\u{41}', 1, /^code point escapes \(\\u\{\.\.\.\}\) are not supported/],
    ['\\u00g1', 1, /^\\u needs four hex digits/],
    ['a\\x4', 2, /^\\x needs two hex digits/],
    ['\\cA', 1, /^control escapes \(\\cX\) are not supported/],
    ['\\012', 1, /^octal escapes \(\\01\) are not supported/],
    ['a\\q', 2, /^unknown escape \\q: only punctuation is escaped/],
    ['[\\B]', 2, /^\\B is not allowed inside \[\.\.\.\]/],
    ['a\\', 2, /^\\ at the end of the pattern: write \\\\ for a literal backslash/],
    ['*a', 1, /^\* has nothing to repeat: a quantifier must follow a character, a class, \. or a group/],
    ['a|+', 3, /^\+ has nothing to repeat/],
    ['(?a)', 1, /^flags inside the pattern/],
    ['{2}', 1, /^\{2\} has nothing to repeat/],
    ['a**', 3, /^\* has nothing to repeat: a quantifier cannot follow another/],
    ['a{2}{3}', 5, /^\{ has nothing to repeat: a quantifier cannot follow another/],
    ['^*', 2, /^\^ cannot be repeated: it matches a position/],
    ['a\\b+', 4, /^\\b cannot be repeated/],
    ['a{1001}', 2, /^repetition count 1001 is above the limit of 1000/],
    ['a{2,5000}', 2, /^repetition count 5000 is above the limit of 1000/],
    ['a{3,2}', 2, /^repetition \{3,2\} has its numbers out of order/],
    ['x(a{1000}){20}', 11, /^pattern too large: \(a\{1000\}\)\{20\} expands to more than 10000 instructions/],
    ['(ab', 1, /^unclosed group: this \( has no matching \)/],
    ['a(b(c)', 2, /^unclosed group/],
    ['ab)', 3, /^unmatched \): no group is open here; write \\\) for a literal \)/],
    ['x[ab', 2, /^unclosed class: this \[ has no matching \]/],
    ['[a-c-]x[z-a]', 9, /^range z-a is out of order/],
    ['[\\d-z]', 2, /^a range cannot start or end with a class escape like \\d/],
    ['a]', 2, /^a literal \] must be escaped as \\\]/],
    ['a}', 2, /^a literal \} must be escaped as \\\}/],
    ['a{', 2, /^a literal \{ must be escaped as \\\{ \(repetition is written \{n\}, \{n,\} or \{n,m\}/],
    ['a{,3}', 2, /^a literal \{ must be escaped/]
  ])('%s: column %d', (pattern, column, message) => {
    let caught: unknown
    try {
      compilePattern(pattern)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(PatternError)
    const error = caught as PatternError
    expect(error.reason).toMatch(message)
    expect(error.column).toBe(column)
    expect(error.pattern).toBe(pattern)
    expect(error.message).toBe(`${error.reason} (column ${column} of the pattern)`)
  })

  it('refuses an expansion beyond the program size limit however it is reached', () => {
    expect(() => compilePattern(`(a{100}){101}`)).toThrow(PatternError)
    expect(() => compilePattern('a'.repeat(MAX_PROGRAM_SIZE + 1))).toThrow(/pattern too large/)
    expect(() => compilePattern(Array.from({ length: 3000 }, () => 'ab').join('|'))).toThrow(/pattern too large: the alternation/)
    expect(compilePattern('(a{100}){100}').programSize).toBeLessThanOrEqual(MAX_PROGRAM_SIZE + 1)
  })

  it('refuses groups nested too deep, with the column of the first group too many', () => {
    const nested = (depth: number): string => `${'('.repeat(depth)}a${')'.repeat(depth)}`
    expect(compilePattern(nested(MAX_GROUP_DEPTH)).test('a')).toBe(true)
    expect(() => compilePattern(nested(100_000))).toThrow(
      new PatternError(`groups are nested more than ${MAX_GROUP_DEPTH} deep`, nested(100_000), MAX_GROUP_DEPTH + 1)
    )
    expect(() => compilePattern(nested(100_000))).toThrow(/column 101 of the pattern/)
  })
})

describe('compilePattern: linear time', () => {
  // Each of these makes a backtracking matcher take exponential time on a long run of a's; the VM's work is
  // bounded by (program size + 1) × (text length + 1), counted in steps so that the test does not depend on timing.
  const text = 'a'.repeat(50_000)
  it.each([
    ['(a+)+$', true],
    ['(a|a)*b', false],
    ['(a*)*c', false],
    ['^(a|aa)+$', true],
    ['(\\w+\\s?)*!', false],
    ['(.*a){20}x', false],
    ['(a?){30}a{30}b', false]
  ])('%s against 50,000 a', (pattern, expected) => {
    for (const ignoreCase of [false, true]) {
      const compiled = compilePattern(pattern, { ignoreCase })
      const { matched, steps } = compiled.testCounted(text)
      expect(matched).toBe(expected)
      expect(steps).toBeLessThanOrEqual((compiled.programSize + 1) * (text.length + 1))
    }
  })

  it('jumps to where the literal prefix occurs while nothing is alive', () => {
    const compiled = compilePattern('AdministratorAccess')
    const { matched, steps } = compiled.testCounted(`${'x'.repeat(50_000)}AdministratorAccess`)
    expect(matched).toBe(true)
    expect(steps).toBeLessThanOrEqual(compiled.programSize * 2)
  })

  it('stops reading at the first position when ^ fails there', () => {
    const compiled = compilePattern('^b')
    expect(compiled.testCounted(text).steps).toBeLessThanOrEqual(compiled.programSize * 2)
  })
})
