// A variable's declared `type` converts its value as Terraform converts it (cty's convert package, with
// Terraform's optional attributes): type = string turns 22 into "22", list(string) turns [1, true] into
// ["1", "true"], set(string) sorts and dedupes, an object type drops undeclared attributes and adds the
// optional ones it lacks as null or as their default (`optional(string, "tcp")`), nested defaults included.
// A conversion Terraform refuses is ERROR; one whose result we cannot be sure of (`any` unifying mixed
// element types, a set of numbers or objects, whose order is cty's) is UNKNOWN.
import { ExpressionSyntaxError, parseExpression, type Expr } from './expression-syntax.js'
import { evaluateSyntax, holdsUnknown } from './expressions.js'
import { compareStrings, ERROR, formatNumber, isObject, typeSignature, UNKNOWN, type Outcome } from './values.js'

const DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/

/** `value` converted to the type written in `typeSource` (parser.ts's "${...}" text); UNKNOWN when the type cannot be read. */
export function convertToDeclaredType(value: unknown, typeSource: unknown): Outcome {
  if (typeof typeSource !== 'string') return UNKNOWN
  const inner = /^\$\{([\s\S]*)\}$/.exec(typeSource.trim())
  let type: Expr
  try {
    type = parseExpression(inner ? inner[1] : typeSource)
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return UNKNOWN
    throw error
  }
  return convert(value, type)
}

const noScope = { variable: () => ({ value: UNKNOWN, sensitive: false }), local: () => ({ value: UNKNOWN, sensitive: false }) }

function isFailure(value: unknown): value is typeof UNKNOWN | typeof ERROR {
  return value === UNKNOWN || value === ERROR
}

function convert(value: unknown, type: Expr): Outcome {
  if (value === UNKNOWN) return UNKNOWN // a part only Terraform knows: it stays unknown where it stands
  if (value === null) return null // null is a value of every type (an object's optional defaults apply to its attributes)
  if (type.kind === 'root') return convertPrimitive(value, type.name)
  if (type.kind !== 'call' || type.expandLast) return UNKNOWN
  const [argument] = type.args
  if (type.name === 'object') return type.args.length === 1 && argument.kind === 'object' ? convertObject(value, argument) : UNKNOWN
  if (type.args.length !== 1) return UNKNOWN
  switch (type.name) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return ERROR
      const items = convertAll(value, argument)
      if (isFailure(items)) return items
      if (type.name === 'list') return items
      if (holdsUnknown(items)) return UNKNOWN // an unknown element might equal another one
      // a set of strings is in byte order without duplicates; cty orders other sets in ways we do not copy
      if (!items.every((item) => typeof item === 'string')) return items.length === 0 ? [] : UNKNOWN
      return [...new Set(items as string[])].sort(compareStrings)
    }
    case 'map': {
      if (!isObject(value)) return ERROR
      const converted = convertAll(Object.values(value), argument)
      if (isFailure(converted)) return converted
      const keys = Object.keys(value)
      return Object.fromEntries(keys.map((key, i) => [key, converted[i]]))
    }
    case 'tuple': {
      if (argument.kind !== 'tuple' || !Array.isArray(value)) return UNKNOWN
      if (value.length !== argument.items.length) return ERROR
      const items = value.map((item, i) => convert(item, argument.items[i]))
      return items.includes(ERROR) ? ERROR : items
    }
    default:
      return UNKNOWN
  }
}

/** Elements of a list, set or map: each converted; with `any`, they must already share one type (cty would unify them). */
function convertAll(items: unknown[], elementType: Expr): unknown[] | typeof UNKNOWN | typeof ERROR {
  const converted = items.map((item) => convert(item, elementType))
  if (converted.includes(ERROR)) return ERROR
  if (mentionsAny(elementType) && holdsUnknown(converted)) return UNKNOWN // the type they unify to is not known
  const present = converted.filter((item) => item !== null)
  if (!mentionsAny(elementType) || new Set(present.map(typeSignature)).size <= 1) return converted
  // cty unifies strings with numbers and bools as strings (map(list(any)) holding [443, "tcp"] is ["443", "tcp"]);
  // other mixtures are unified in ways we do not copy
  if (present.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') && present.some((item) => typeof item === 'string')) {
    const texts = converted.map((item) => (item === null ? null : convertPrimitive(item, 'string')))
    return texts.some(isFailure) ? UNKNOWN : texts
  }
  return UNKNOWN
}

function mentionsAny(type: Expr): boolean {
  if (type.kind === 'root') return type.name === 'any'
  if (type.kind === 'call') return type.args.some(mentionsAny)
  if (type.kind === 'object') return type.entries.some((entry) => mentionsAny(entry.value))
  if (type.kind === 'tuple') return type.items.some(mentionsAny)
  return false
}

function convertPrimitive(value: unknown, name: string): Outcome {
  switch (name) {
    case 'any':
      return value
    case 'string':
      if (typeof value === 'string') return value
      if (typeof value === 'boolean') return value ? 'true' : 'false'
      if (typeof value === 'number') return formatNumber(value) ?? UNKNOWN
      return ERROR
    case 'number':
      if (typeof value === 'number') return value
      if (typeof value !== 'string' || !DECIMAL.test(value)) return ERROR
      return Number.isSafeInteger(Number(value)) || !Number.isInteger(Number(value)) ? Number(value) : UNKNOWN
    case 'bool':
      if (typeof value === 'boolean') return value
      if (value === 'true' || value === 'false') return value === 'true'
      return typeof value === 'string' ? UNKNOWN : ERROR // cty also reads "1" and "0" in some versions
    default:
      return UNKNOWN
  }
}

/**
 * object({...}): the declared attributes only, each converted; a missing or null `optional(T, default)` takes
 * its default (converted to T), a missing `optional(T)` is null, a missing required attribute is an error.
 */
function convertObject(value: unknown, type: Extract<Expr, { kind: 'object' }>): Outcome {
  if (!isObject(value)) return ERROR
  const out: Record<string, unknown> = {}
  for (const entry of type.entries) {
    const name = entry.key.kind === 'literal' && typeof entry.key.value === 'string' ? entry.key.value : entry.key.kind === 'root' ? entry.key.name : undefined
    if (name === undefined) return UNKNOWN
    const optional = entry.value.kind === 'call' && entry.value.name === 'optional' ? entry.value : undefined
    const attributeType = optional ? optional.args[0] : entry.value
    if (!attributeType || (optional && (optional.args.length > 2 || optional.expandLast))) return UNKNOWN
    let attribute = Object.hasOwn(value, name) ? value[name] : undefined
    if (attribute === undefined && !optional) return ERROR
    if ((attribute === undefined || attribute === null) && optional) {
      if (optional.args.length < 2) {
        out[name] = null
        continue
      }
      const fallback = evaluateSyntax(optional.args[1], noScope).value
      if (fallback === UNKNOWN) return UNKNOWN
      attribute = fallback
    }
    const converted = convert(attribute, attributeType)
    if (converted === ERROR) return converted
    out[name] = converted // an unknown attribute stays unknown under its name
  }
  return out
}
