// Evaluation of the values hcl2json returns (Terraform's JSON configuration syntax) for plan-less checks.
// Literals are values as they are; strings are templates whose `${...}` parts are expression source text.
// We resolve only what is certain without Terraform: var.*, local.*, each.*, count.index and templates of
// them (plus toset/tolist of those). Everything else — resource attributes, functions, conditionals, for
// expressions, directives — is UNKNOWN: its path is recorded and its value left out, never guessed.
import { formatPath, type PathStep } from '../../paths.js'

export const UNKNOWN: unique symbol = Symbol('unknown')
export type Maybe = unknown | typeof UNKNOWN

/** A value with its taint: `sensitive` when it came (partly) from a variable declared sensitive. */
export interface Evaluated {
  value: Maybe
  sensitive: boolean
}

export interface Scope {
  variable(name: string): Evaluated
  local(name: string): Evaluated
  /** Present when the instance has a known for_each key. */
  each?: { key: string; value: unknown }
  /** Present when the instance has a known count index. */
  countIndex?: number
}

export interface Collected {
  unknown: string[]
  sensitive: string[]
}

type TemplatePart = { literal: string } | { expression: string } | { directive: string }

const NAME = '[A-Za-z_][A-Za-z0-9_-]*'
const TRAVERSAL = new RegExp(`^(${NAME})((?:\\.${NAME}|\\[\\d+\\]|\\["(?:[^"\\\\]|\\\\.)*"\\])*)$`)
const STEP = new RegExp(`\\.(${NAME})|\\[(\\d+)\\]|\\["((?:[^"\\\\]|\\\\.)*)"\\]`, 'g')
const SET_CONVERSION = /^(toset|tolist)\((.*)\)$/s
const STRING_LIST = /^\[\s*(?:"(?:[^"\\$%]|\\.)*"\s*,\s*)*(?:"(?:[^"\\$%]|\\.)*"\s*)?\]$/s
// A resource (or data source) reference: TYPE.NAME where TYPE is provider_kind; not after a dot (attribute).
const RESOURCE_REFERENCE = /(?<![\w.-])(?:(data)\.)?([a-z][a-z0-9]*_[a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g

/** Split a Terraform JSON-syntax template into literal text, `${...}` expressions and `%{...}` directives. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let literal = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if ((ch === '$' || ch === '%') && text[i + 1] === ch && text[i + 2] === '{') {
      literal += `${ch}{` // $${ and %%{ escape a literal ${ and %{
      i += 3
    } else if ((ch === '$' || ch === '%') && text[i + 1] === '{') {
      const end = closingBrace(text, i + 2)
      if (literal) parts.push({ literal })
      literal = ''
      const inner = text.slice(i + 2, end).replace(/^~/, '').replace(/~$/, '').trim()
      parts.push(ch === '$' ? { expression: inner } : { directive: inner })
      i = end + 1
    } else {
      literal += ch
      i++
    }
  }
  if (literal || parts.length === 0) parts.push({ literal })
  return parts
}

/** Index of the `}` closing an interpolation opened before `from`; quoted strings and braces nest. */
function closingBrace(text: string, from: number): number {
  let depth = 0
  for (let i = from; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
    } else if (ch === '{') depth++
    else if (ch === '}') {
      if (depth === 0) return i
      depth--
    }
  }
  return text.length
}

/** Resource addresses (TYPE.NAME, data.TYPE.NAME) the expressions of a JSON-syntax value refer to. */
export function collectReferences(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (!value.includes('{')) return
    for (const part of parseTemplate(value)) {
      const source = 'expression' in part ? part.expression : 'directive' in part ? part.directive : ''
      // drop quoted strings first so "a_b.c" inside format("...") is not taken for a reference
      const code = source.replace(/"(?:[^"\\]|\\.)*"/g, '""')
      for (const m of code.matchAll(RESOURCE_REFERENCE)) into.add(m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`)
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      collectReferences(key, into)
      collectReferences(item, into)
    }
  }
}

/** Evaluate one template string. */
export function evaluateString(text: string, scope: Scope): Evaluated {
  const parts = parseTemplate(text)
  if (parts.length === 1 && 'expression' in parts[0]) return evaluateExpression(parts[0].expression, scope)
  let out = ''
  let sensitive = false
  let unknown = false
  for (const part of parts) {
    if ('literal' in part) {
      out += part.literal
      continue
    }
    if ('directive' in part) {
      unknown = true
      continue
    }
    const result = evaluateExpression(part.expression, scope)
    sensitive ||= result.sensitive
    if (typeof result.value === 'string' || typeof result.value === 'number' || typeof result.value === 'boolean') {
      out += String(result.value)
    } else {
      unknown = true // unknown, null, or a collection (an error in Terraform): never render a guess
    }
  }
  return { value: unknown ? UNKNOWN : out, sensitive }
}

/** Evaluate the source text of one `${...}` expression. */
export function evaluateExpression(source: string, scope: Scope): Evaluated {
  const conversion = SET_CONVERSION.exec(source)
  if (conversion) {
    const inner = conversion[2].trim()
    const result = STRING_LIST.test(inner) ? { value: parseStringList(inner), sensitive: false } : evaluateExpression(inner, scope)
    if (!Array.isArray(result.value)) return { value: UNKNOWN, sensitive: result.sensitive }
    if (conversion[1] === 'tolist') return result
    if (!result.value.every((item) => typeof item === 'string')) return { value: UNKNOWN, sensitive: result.sensitive }
    return { value: [...new Set(result.value as string[])].sort(), sensitive: result.sensitive }
  }
  const traversal = TRAVERSAL.exec(source)
  if (!traversal) return { value: UNKNOWN, sensitive: false }
  const steps: PathStep[] = []
  for (const m of traversal[2].matchAll(STEP)) {
    steps.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3].replace(/\\(.)/g, '$1')))
  }
  const root = traversal[1]
  let base: Evaluated
  if (root === 'var' || root === 'local') {
    const name = steps.shift()
    if (typeof name !== 'string') return { value: UNKNOWN, sensitive: false }
    base = root === 'var' ? scope.variable(name) : scope.local(name)
  } else if (root === 'each') {
    const which = steps.shift()
    if (!scope.each || (which !== 'key' && which !== 'value')) return { value: UNKNOWN, sensitive: false }
    base = { value: which === 'key' ? scope.each.key : scope.each.value, sensitive: false }
  } else if (root === 'count') {
    if (steps.length !== 1 || steps[0] !== 'index' || scope.countIndex === undefined) return { value: UNKNOWN, sensitive: false }
    return { value: scope.countIndex, sensitive: false }
  } else {
    return { value: UNKNOWN, sensitive: false }
  }
  let value = base.value
  for (const step of steps) {
    if (value === UNKNOWN || value === null || typeof value !== 'object') return { value: UNKNOWN, sensitive: base.sensitive }
    const next = (value as Record<string | number, unknown>)[step as never]
    if (next === undefined) return { value: UNKNOWN, sensitive: base.sensitive }
    value = next
  }
  return { value, sensitive: base.sensitive }
}

function parseStringList(text: string): string[] {
  return JSON.parse(text.replace(/,\s*\]$/, ']')) as string[]
}

/**
 * Evaluate a JSON-syntax value tree. Unknown object members are left out; unknown list items stay as null
 * so later indices keep their meaning. Their paths go to `collected.unknown`; sensitive ones to `.sensitive`.
 */
export function evaluateTree(raw: unknown, scope: Scope, path: PathStep[], collected: Collected): Maybe {
  if (typeof raw === 'string') {
    if (!raw.includes('{')) return raw // no interpolation or directive possible
    return settle(evaluateString(raw, scope), path, collected)
  }
  if (Array.isArray(raw)) {
    return raw.map((item, i) => {
      const value = evaluateTree(item, scope, [...path, i], collected)
      return value === UNKNOWN ? null : value
    })
  }
  if (raw && typeof raw === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(raw)) {
      if (key.includes('${')) {
        // a computed key: which key it is is unknown, so the whole object is
        collected.unknown.push(formatPath(path))
        return UNKNOWN
      }
      const value = evaluateTree(item, scope, [...path, key], collected)
      if (value !== UNKNOWN) out[key] = value
    }
    return out
  }
  return raw // number, boolean, null
}

/** Record what an evaluated leaf means for its path, and hand back its value. */
export function settle(result: Evaluated, path: PathStep[], collected: Collected): Maybe {
  if (result.sensitive) collected.sensitive.push(formatPath(path))
  if (result.value === UNKNOWN) collected.unknown.push(formatPath(path))
  return result.value
}
