// Inputs for comparing our HCL parser with HashiCorp's and for fuzzing it: mutations of real files (characters
// and tokens deleted, inserted, swapped) and generated files, all from a seeded PRNG so that a failure names a
// seed that reproduces it. Shared by test/hcl/parser-*.test.ts and bench/hcl-fuzz.mjs.

/** mulberry32: a small seeded PRNG; returns numbers in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]

/** Characters and fragments that matter to HCL's scanner and parser. */
const FRAGMENTS = [
  '{', '}', '[', ']', '(', ')', '"', '=', ',', '.', ':', '?', '!', '<', '>', '+', '-', '*', '/', '%', '$', '#',
  '~', '\n', ' ', '\t', "'", '`', ';', '&', '|', '^', '\\', '@', 'a', 'x', '0', '1', '_', '${', '%{', '}', '~}',
  '${x}', '%{if x}', '%{endif}', '%{for v in x}', '%{endfor}', '%{else}', '<<EOF\n', '<<-EOT\n', '\nEOF\n',
  '/*', '*/', '//', '...', '=>', '==', '&&', '||', ' for ', ' in ', ' if ', 'null', 'true', '1.5', '1e3',
  '\u201c', '\u00e9', '\r\n', '$${', '\\n', '\\u00e9', '[*]', '.*', 'f(', 'x...'
]

const TOKEN = /[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|\S/g

function tokenSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const match of text.matchAll(TOKEN)) spans.push([match.index, match.index + match[0].length])
  return spans
}

/** One random edit of `text`. */
export function mutateOnce(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1))
  switch (Math.floor(random() * 7)) {
    case 0: // delete a character
      return text.slice(0, at) + text.slice(at + 1)
    case 1: // insert a character or fragment
      return text.slice(0, at) + pick(random, FRAGMENTS) + text.slice(at)
    case 2: // swap two adjacent characters
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text
    case 3:
    case 4: {
      // delete or duplicate a token
      const spans = tokenSpans(text)
      if (spans.length === 0) return text
      const [s, e] = pick(random, spans)
      return random() < 0.5 ? text.slice(0, s) + text.slice(e) : text.slice(0, e) + text.slice(s, e) + text.slice(e)
    }
    case 5: {
      // swap two tokens
      const spans = tokenSpans(text)
      if (spans.length < 2) return text
      let [a, b] = [pick(random, spans), pick(random, spans)]
      if (a[0] > b[0]) [a, b] = [b, a]
      if (a[1] > b[0]) return text
      return text.slice(0, a[0]) + text.slice(b[0], b[1]) + text.slice(a[1], b[0]) + text.slice(a[0], a[1]) + text.slice(b[1])
    }
    default: // replace a token by a fragment
    {
      const spans = tokenSpans(text)
      if (spans.length === 0) return text
      const [s, e] = pick(random, spans)
      return text.slice(0, s) + pick(random, FRAGMENTS) + text.slice(e)
    }
  }
}

/** `text` with one to three random edits. */
export function mutate(text: string, random: () => number): string {
  let out = text
  const edits = 1 + Math.floor(random() * 3)
  for (let i = 0; i < edits; i++) out = mutateOnce(out, random)
  return out
}

const NAMES = ['a', 'name', 'tags', 'for_each', 'count', 'bucket', 'policy', 'x', 'y', 'v', 'k']

/** A random expression of bounded depth, in HCL's native syntax. */
export function randomExpression(random: () => number, depth = 0): string {
  const leaf = depth > 3 || random() < 0.35
  if (leaf) {
    return pick(random, [
      () => String(Math.floor(random() * 1000)),
      () => (random() * 100).toFixed(2),
      () => pick(random, ['true', 'false', 'null']),
      () => `"${pick(random, ['', 'abc', 'a b', 'x\\ny', '$${lit}', '%%{lit}', '\\u00e9', 'caf\u00e9'])}"`,
      () => `${pick(random, ['var', 'local', 'each', 'data.aws_iam_policy_document.p', 'aws_s3_bucket.b'])}.${pick(random, NAMES)}`,
      () => pick(random, NAMES)
    ])()
  }
  const sub = (): string => randomExpression(random, depth + 1)
  return pick(random, [
    () => `[${Array.from({ length: Math.floor(random() * 4) }, sub).join(', ')}]`,
    () => `{ ${Array.from({ length: Math.floor(random() * 3) }, () => `${pick(random, [...NAMES, '"quoted key"', '(var.k)'])} = ${sub()}`).join(', ')} }`,
    () => `${pick(random, ['merge', 'lookup', 'try', 'concat', 'jsonencode', 'format'])}(${sub()}, ${sub()})`,
    () => `concat(${sub()}...)`,
    () => `${sub()} ${pick(random, ['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||'])} ${sub()}`,
    () => `${pick(random, ['-', '!'])}${sub()}`,
    () => `${sub()} ? ${sub()} : ${sub()}`,
    () => `(${sub()})`,
    () => `[for ${pick(random, NAMES)} in ${sub()} : ${sub()}${random() < 0.3 ? ` if ${sub()}` : ''}]`,
    () => `{for k, v in ${sub()} : k => ${sub()}${random() < 0.3 ? '...' : ''}}`,
    () => `${pick(random, NAMES)}[${sub()}]`,
    () => `${pick(random, NAMES)}[*].${pick(random, NAMES)}`,
    () => `${pick(random, NAMES)}.*.${pick(random, NAMES)}`,
    () => `"pre \${${sub()}} %{if ${sub()}}yes%{else}no%{endif} %{for x in ${sub()}}\${x}, %{endfor}"`,
    () => `"\${${sub()}}"`,
    () => `<<EOT\n  line \${${sub()}}\n  $\${escaped}\nEOT\n`,
    () => `<<-EOT\n    indented\n      more \${${sub()}}\n    EOT\n`
  ])()
}

/** A random file: blocks with labels, nested blocks, attributes, comments. */
export function randomFile(random: () => number): string {
  const lines: string[] = []
  const body = (indent: string, depth: number): void => {
    const items = 1 + Math.floor(random() * 5)
    for (let i = 0; i < items; i++) {
      const roll = random()
      if (roll < 0.15) lines.push(`${indent}${pick(random, ['# a comment', '// another', '/* block */'])}`)
      else if (roll < 0.35 && depth < 3) {
        const labels = Array.from({ length: Math.floor(random() * 3) }, () => (random() < 0.8 ? `"${pick(random, NAMES)}${i}"` : pick(random, NAMES)))
        lines.push(`${indent}${pick(random, ['resource', 'data', 'module', 'dynamic', 'content', 'rule', 'locals'])}${depth}_${i} ${labels.join(' ')} {`)
        body(indent + '  ', depth + 1)
        lines.push(`${indent}}`)
      } else lines.push(`${indent}${pick(random, NAMES)}_${depth}_${i} = ${randomExpression(random)}`)
    }
  }
  body('', 0)
  return lines.join('\n') + '\n'
}

/** A soup of HCL fragments: mostly invalid, for the fuzzer. */
export function randomSoup(random: () => number): string {
  const length = Math.floor(random() * 60)
  let out = ''
  for (let i = 0; i < length; i++) out += random() < 0.3 ? pick(random, NAMES) : pick(random, FRAGMENTS)
  return out
}

/** Fuzz case `seed`: a mutated corpus file, a generated file (sometimes mutated) or a soup of fragments. */
export function fuzzInput(seed: number, corpus: readonly string[]): string {
  const random = prng(seed)
  switch (seed % 4) {
    case 0:
    case 1:
      return mutate(pick(random, corpus), random)
    case 2:
      return random() < 0.5 ? randomFile(random) : mutate(randomFile(random), random)
    default:
      return randomSoup(random)
  }
}

export interface FuzzReport {
  cases: number
  /** how many inputs were refused with a syntax error (the rest parsed) */
  syntaxErrors: number
  /** seeds whose input threw something other than a syntax error */
  crashes: string[]
  /** seeds whose syntax error points outside the input */
  unlocated: string[]
  /** seeds that took longer than `caseLimitMs` */
  slow: string[]
  slowestMs: number
}

interface LocatedError {
  name: string
  line: number
  column: number
  message: string
}

/**
 * Parse `cases` fuzz inputs from `firstSeed` on: every input must parse or fail with an HclSyntaxError whose line
 * and column lie inside the input, each within `caseLimitMs`.
 */
export function fuzzParser(parse: (fileName: string, text: string) => unknown, corpus: readonly string[], cases: number, firstSeed: number, caseLimitMs: number): FuzzReport {
  const report: FuzzReport = { cases, syntaxErrors: 0, crashes: [], unlocated: [], slow: [], slowestMs: 0 }
  for (let seed = firstSeed; seed < firstSeed + cases; seed++) {
    const text = fuzzInput(seed, corpus)
    const started = performance.now()
    try {
      parse('fuzz.tf', text)
    } catch (error) {
      const located = error as LocatedError
      if (located?.name !== 'HclSyntaxError') {
        report.crashes.push(`seed ${seed}: ${String((error as Error)?.stack ?? error).split('\n').slice(0, 3).join(' ')}`)
      } else {
        report.syntaxErrors++
        const lines = text.split('\n')
        const line = lines[located.line - 1]
        if (line === undefined || located.column < 1 || located.column > [...line].length + 1) report.unlocated.push(`seed ${seed}: ${located.message}`)
      }
    }
    const ms = performance.now() - started
    report.slowestMs = Math.max(report.slowestMs, ms)
    if (ms > caseLimitMs) report.slow.push(`seed ${seed}: ${ms.toFixed(0)} ms`)
  }
  return report
}
