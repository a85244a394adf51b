// The Terraform functions plan-less checks evaluate, each only where its result is certain: every argument
// known, and no type conversion we would have to guess (mixed element types, non-ASCII case mapping...).
// Anything outside this table, or outside what an entry accepts, is UNKNOWN. ERROR is for calls Terraform
// itself rejects (so try() can move on). try() and can() need their arguments unevaluated: see expressions.ts.
import { createHash } from 'node:crypto'
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

/** A whole number usable as an index or count, or undefined. */
function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined
}

/** element(): the index wraps around the list's length; an empty list or a negative index is an error. */
function element([list, position]: unknown[]): Outcome {
  const items = sequence(list)
  const i = wholeNumber(position)
  if (!items || i === undefined || i < 0 || items.length === 0) return typeof position === 'number' && !Number.isInteger(position) ? UNKNOWN : ERROR
  return items[i % items.length]
}

/** coalescelist(): the first list that is not empty; all empty is an error. */
function coalescelist(args: unknown[]): Outcome {
  for (const list of args) {
    const items = sequence(list)
    if (!items) return list === null ? UNKNOWN : ERROR
    if (items.length > 0) return items
  }
  return ERROR
}

/** compact(): the list without its null and "" elements (a list of strings: other element types are converted, so unknown). */
function compact([list]: unknown[]): Outcome {
  const items = sequence(list)
  if (!items) return ERROR
  if (!items.every((item) => item === null || typeof item === 'string')) return UNKNOWN
  return items.filter((item) => item !== null && item !== '')
}

/** one(): null for no element, the element for one, an error for more. */
function one([list]: unknown[]): Outcome {
  if (list === null) return null
  const items = sequence(list)
  if (!items) return ERROR
  if (items.length > 1) return ERROR
  return items.length === 0 ? null : items[0]
}

/** tomap(): an object whose values already share one type; others are converted by Terraform, so unknown. */
function tomap([value]: unknown[]): Outcome {
  if (value === null) return null
  if (!isObject(value)) return ERROR
  return homogeneous(Object.values(value).filter((item) => item !== null)) ? value : UNKNOWN
}

/** Two or more string arguments, each as Terraform converts it to a string, or the failure. */
function strings(args: unknown[]): string[] | typeof UNKNOWN | typeof ERROR {
  const out: string[] = []
  for (const arg of args) {
    const text = stringArgument(arg)
    if (typeof text !== 'string') return text
    out.push(text)
  }
  return out
}

function stringFunction(count: number, fn: (texts: string[]) => Outcome): TerraformFunction {
  return arity(count, count, (args) => {
    const texts = strings(args)
    return typeof texts === 'string' || Array.isArray(texts) ? fn(texts) : texts
  })
}

/** split(): Go's strings.Split; an empty separator splits into characters, which are UTF-8 runes there: ASCII only. */
function split([separator, text]: string[]): Outcome {
  if (separator === '' && !ASCII.test(text)) return UNKNOWN
  return text.split(separator)
}

/** replace() with a plain substring; a /regular expression/ (Go's RE2 syntax) and an empty substring are unknown. */
function replace([text, search, replacement]: string[]): Outcome {
  if (search === '' || (search.length > 1 && search.startsWith('/') && search.endsWith('/'))) return UNKNOWN
  return text.split(search).join(replacement)
}

/** anytrue()/alltrue() over a list of booleans; other element types are converted by Terraform, so unknown. */
function truth(all: boolean): TerraformFunction {
  return arity(1, 1, ([list]) => {
    const items = sequence(list)
    if (!items) return ERROR
    if (!items.every((item) => typeof item === 'boolean')) return UNKNOWN
    return all ? items.every(Boolean) : items.some(Boolean)
  })
}

/** range(): whole numbers only (a fractional step adds up differently in Terraform's big floats); at most 1024 elements. */
function range(args: unknown[]): Outcome {
  const numbers = args.map(wholeNumber)
  if (numbers.some((n) => n === undefined)) return args.every((arg) => typeof arg === 'number') ? UNKNOWN : ERROR
  const [start, limit, step] = numbers.length === 1 ? [0, numbers[0]!, 1] : [numbers[0]!, numbers[1]!, numbers[2] ?? (numbers[0]! <= numbers[1]! ? 1 : -1)]
  if (step === 0 || (step > 0 && start > limit) || (step < 0 && start < limit)) return step === 0 ? ERROR : []
  const out: number[] = []
  for (let i = start; step > 0 ? i < limit : i > limit; i += step) {
    if (out.length >= 1024) return ERROR // Terraform refuses more than 1024 elements
    out.push(i)
  }
  return out
}

/** slice(list, start, end): 0 ≤ start ≤ end ≤ length, else an error. */
function slice([list, from, to]: unknown[]): Outcome {
  const items = sequence(list)
  const [start, end] = [wholeNumber(from), wholeNumber(to)]
  if (!items || start === undefined || end === undefined || start < 0 || end > items.length || start > end) return ERROR
  return items.slice(start, end)
}

/** max()/min()/sum() over numbers; a result that is not a safe integer or exact input is left as JS computes it only for integers. */
function extreme(pick: (a: number, b: number) => number): TerraformFunction {
  return (args) => {
    if (args.length === 0 || !args.every((arg) => typeof arg === 'number')) return args.length === 0 ? ERROR : UNKNOWN
    return (args as number[]).reduce((a, b) => pick(a, b))
  }
}

function sum([list]: unknown[]): Outcome {
  const items = sequence(list)
  if (!items || items.length === 0) return ERROR
  if (!items.every((item) => wholeNumber(item) !== undefined)) return UNKNOWN
  const total = (items as number[]).reduce((a, b) => a + b, 0)
  return Number.isSafeInteger(total) ? total : UNKNOWN
}

function numeric(fn: (n: number) => number): TerraformFunction {
  return arity(1, 1, ([value]) => (typeof value === 'number' ? fn(value) : ERROR))
}

/** zipmap(keys, values): equal lengths, string keys (a later duplicate key wins, as in Terraform). */
function zipmap([keyList, valueList]: unknown[]): Outcome {
  const keys = sequence(keyList)
  const values = sequence(valueList)
  if (!keys || !values || keys.length !== values.length) return ERROR
  if (!keys.every((key) => typeof key === 'string')) return UNKNOWN
  const out: Record<string, unknown> = {}
  keys.forEach((key, i) => (out[key as string] = values[i]))
  return out
}

/** The UTF-8 bytes of a string, or undefined for a lone surrogate (not UTF-8, so not a Terraform string). */
function utf8(text: string): Buffer | undefined {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text) ? undefined : Buffer.from(text, 'utf8')
}

function digest(algorithm: string): TerraformFunction {
  return stringFunction(1, ([text]) => {
    const bytes = utf8(text)
    return bytes ? createHash(algorithm).update(bytes).digest('hex') : UNKNOWN
  })
}

/** base64decode(): strict standard base64 whose bytes are UTF-8, as Terraform requires. */
function base64decode([text]: string[]): Outcome {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return ERROR
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'base64'))
  } catch {
    return ERROR
  }
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
  toset: arity(1, 1, toset),
  tomap: arity(1, 1, tomap),
  element: arity(2, 2, element),
  coalescelist: (args) => (args.length === 0 ? ERROR : coalescelist(args)),
  compact: arity(1, 1, compact),
  one: arity(1, 1, one),
  split: stringFunction(2, split),
  replace: stringFunction(3, replace),
  trimspace: stringFunction(1, ([text]) => (ASCII.test(text) ? text.trim() : UNKNOWN)), // Go's and JS's Unicode spaces differ
  trimprefix: stringFunction(2, ([text, prefix]) => (text.startsWith(prefix) ? text.slice(prefix.length) : text)),
  trimsuffix: stringFunction(2, ([text, suffix]) => (suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text)),
  startswith: stringFunction(2, ([text, prefix]) => text.startsWith(prefix)),
  endswith: stringFunction(2, ([text, suffix]) => text.endsWith(suffix)),
  chomp: stringFunction(1, ([text]) => text.replace(/[\r\n]+$/, '')),
  anytrue: truth(false),
  alltrue: truth(true),
  range: arity(1, 3, range),
  slice: arity(3, 3, slice),
  reverse: arity(1, 1, ([list]) => (Array.isArray(list) ? [...list].reverse() : ERROR)),
  max: extreme(Math.max),
  min: extreme(Math.min),
  sum: arity(1, 1, sum),
  abs: numeric(Math.abs),
  ceil: numeric(Math.ceil),
  floor: numeric(Math.floor),
  zipmap: arity(2, 2, zipmap),
  base64encode: stringFunction(1, ([text]) => utf8(text)?.toString('base64') ?? UNKNOWN),
  base64decode: stringFunction(1, base64decode),
  md5: digest('md5'),
  sha1: digest('sha1'),
  sha256: digest('sha256')
}
