// The Terraform functions plan-less checks evaluate, each only where its result is certain: every argument
// known, and no type conversion we would have to guess (mixed element types, non-ASCII case mapping...).
// Anything outside this table, or outside what an entry accepts, is UNKNOWN. ERROR is for calls Terraform
// itself rejects (so try() can move on). try() and can() need their arguments unevaluated: see expressions.ts.
import {
  compareStrings,
  ERROR,
  isObject,
  primitiveToString,
  sortedKeys,
  terraformEqual,
  terraformJsonEncode,
  typeSignature,
  UNKNOWN,
  type Outcome
} from './values.js'

type TerraformFunction = (args: unknown[]) => Outcome

/** Only ASCII: case mapping and character counting agree between Go and JS there. */
const ASCII = /^[ -~\t\n\r]*$/
const DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

/** The elements of a list, tuple or set argument, or undefined. */
function sequence(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined
}

/** Elements of one primitive type (a list Terraform would not convert), or undefined. */
function homogeneous(items: unknown[]): boolean {
  return new Set(items.map(typeSignature)).size <= 1
}

function arity(min: number, max: number, fn: TerraformFunction): TerraformFunction {
  return (args) => (args.length < min || args.length > max ? ERROR : fn(args))
}

function stringArgument(value: unknown): string | typeof UNKNOWN | typeof ERROR {
  return isPrimitive(value) ? primitiveToString(value) : ERROR
}

function caseMap(map: (text: string) => string): TerraformFunction {
  return arity(1, 1, ([value]) => {
    const text = stringArgument(value)
    if (typeof text !== 'string') return text
    return ASCII.test(text) ? map(text) : UNKNOWN // Go's Unicode case tables and JS's differ at the edges
  })
}

/** format() with the verbs %s, %d and %%; any other verb, flag or width is unknown. */
function format(args: unknown[]): Outcome {
  const [spec, ...values] = args
  if (typeof spec !== 'string') return ERROR
  let out = ''
  let next = 0
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] !== '%') {
      out += spec[i]
      continue
    }
    const verb = spec[++i]
    if (verb === '%') {
      out += '%'
      continue
    }
    if (verb !== 's' && verb !== 'd') return UNKNOWN
    if (next >= values.length) return ERROR
    const value = values[next++]
    if (verb === 's') {
      const text = stringArgument(value)
      if (typeof text !== 'string') return text === ERROR ? UNKNOWN : text
      out += text
    } else {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return UNKNOWN
      out += String(value)
    }
  }
  return next === values.length ? out : ERROR
}

function join(args: unknown[]): Outcome {
  const [separator, ...lists] = args
  if (typeof separator !== 'string' || lists.length === 0) return ERROR
  const parts: string[] = []
  for (const list of lists) {
    const items = sequence(list)
    if (!items) return ERROR
    for (const item of items) {
      const text = stringArgument(item)
      if (typeof text !== 'string') return text
      parts.push(text)
    }
  }
  return parts.join(separator)
}

function tostring([value]: unknown[]): Outcome {
  if (value === null) return null
  return stringArgument(value)
}

function tonumber([value]: unknown[]): Outcome {
  if (value === null || typeof value === 'number') return value
  if (typeof value !== 'string') return ERROR
  if (!DECIMAL.test(value)) return ERROR
  const n = Number(value)
  return Number.isInteger(n) && !Number.isSafeInteger(n) ? UNKNOWN : n
}

function tobool([value]: unknown[]): Outcome {
  if (value === null || typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  return ERROR
}

/** coalesce(): the first argument that is neither null nor "". Mixed types are unified by Terraform: unknown. */
function coalesce(args: unknown[]): Outcome {
  const present = args.filter((value) => value !== null)
  if (!present.every(isPrimitive)) return UNKNOWN
  if (new Set(present.map((value) => typeof value)).size > 1) return UNKNOWN
  const found = present.find((value) => value !== '')
  return found === undefined ? ERROR : found
}

function concat(args: unknown[]): Outcome {
  const out: unknown[] = []
  for (const list of args) {
    const items = sequence(list)
    if (!items) return ERROR
    out.push(...items)
  }
  return out
}

function flattenInto(items: unknown[], out: unknown[]): void {
  for (const item of items) {
    if (Array.isArray(item)) flattenInto(item, out)
    else out.push(item)
  }
}

function flatten([list]: unknown[]): Outcome {
  const items = sequence(list)
  if (!items) return ERROR
  const out: unknown[] = []
  flattenInto(items, out)
  return out
}

function distinct([list]: unknown[]): Outcome {
  const items = sequence(list)
  if (!items) return ERROR
  if (!homogeneous(items)) return UNKNOWN
  const out: unknown[] = []
  for (const item of items) if (!out.some((seen) => terraformEqual(seen, item))) out.push(item)
  return out
}

function length([value]: unknown[]): Outcome {
  if (typeof value === 'string') return ASCII.test(value) ? value.length : UNKNOWN // Terraform counts grapheme clusters
  if (Array.isArray(value)) return value.length
  if (isObject(value)) return Object.keys(value).length
  return ERROR
}

function lookup(args: unknown[]): Outcome {
  const [map, key, fallback] = args
  if (!isObject(map) || typeof key !== 'string') return ERROR
  if (Object.hasOwn(map, key)) return map[key]
  return args.length === 3 ? fallback : ERROR
}

function contains([list, value]: unknown[]): Outcome {
  const items = sequence(list)
  if (!items) return ERROR
  // contains(["1"], 1) converts the value to the element type first: only compare like with like
  if (!homogeneous(items) || (items.length > 0 && typeSignature(items[0]) !== typeSignature(value))) return UNKNOWN
  return items.some((item) => terraformEqual(item, value))
}

function merge(args: unknown[]): Outcome {
  const out: Record<string, unknown> = {}
  for (const arg of args) {
    if (arg === null) continue
    if (!isObject(arg)) return ERROR
    Object.assign(out, arg)
  }
  return out
}

function jsondecode([text]: unknown[]): Outcome {
  if (typeof text !== 'string') return ERROR
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return ERROR
  }
  return hasUnsafeNumber(value) ? UNKNOWN : value
}

function hasUnsafeNumber(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value)
  if (Array.isArray(value)) return value.some(hasUnsafeNumber)
  if (isObject(value)) return Object.values(value).some(hasUnsafeNumber)
  return false
}

function tolist([value]: unknown[]): Outcome {
  if (value === null) return null
  const items = sequence(value)
  if (!items) return ERROR
  return homogeneous(items) ? items : UNKNOWN // a tuple of mixed types is converted to one element type
}

/** toset of strings, numbers or bools: Terraform's set order for strings is lexical; other kinds are unknown. */
function toset([value]: unknown[]): Outcome {
  if (value === null) return null
  const items = sequence(value)
  if (!items) return ERROR
  if (!items.every((item) => typeof item === 'string')) return UNKNOWN
  return [...new Set(items as string[])].sort(compareStrings)
}

export const FUNCTIONS: Readonly<Record<string, TerraformFunction>> = {
  jsonencode: arity(1, 1, ([value]) => terraformJsonEncode(value)),
  jsondecode: arity(1, 1, jsondecode),
  merge,
  concat,
  lower: caseMap((text) => text.toLowerCase()),
  upper: caseMap((text) => text.toUpperCase()),
  format: (args) => (args.length === 0 ? ERROR : format(args)),
  join,
  tostring: arity(1, 1, tostring),
  tonumber: arity(1, 1, tonumber),
  tobool: arity(1, 1, tobool),
  coalesce: (args) => (args.length === 0 ? ERROR : coalesce(args)),
  flatten: arity(1, 1, flatten),
  distinct: arity(1, 1, distinct),
  length: arity(1, 1, length),
  lookup: arity(2, 3, lookup),
  contains: arity(2, 2, contains),
  keys: arity(1, 1, ([map]) => (isObject(map) ? sortedKeys(map) : ERROR)),
  values: arity(1, 1, ([map]) => (isObject(map) ? sortedKeys(map).map((key) => map[key]) : ERROR)),
  tolist: arity(1, 1, tolist),
  toset: arity(1, 1, toset)
}
