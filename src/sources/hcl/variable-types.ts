// A variable's declared `type` converts its value (type = string turns 22 into "22"; set(string) sorts and
// dedupes; optional object attributes appear as null). We do not convert: a value that does not already have
// its declared type exactly is unknown, so jsonencode(var.x) and friends never see the unconverted value.
import { ExpressionSyntaxError, parseExpression, type Expr } from './expression-syntax.js'
import { compareStrings, isObject } from './values.js'

/** True when `value` needs no conversion to the type written in `typeSource` (parser.ts's "${...}" text). */
export function hasDeclaredType(value: unknown, typeSource: unknown): boolean {
  if (typeof typeSource !== 'string') return false
  const inner = /^\$\{([\s\S]*)\}$/.exec(typeSource.trim())
  let type: Expr
  try {
    type = parseExpression(inner ? inner[1] : typeSource)
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return false
    throw error
  }
  return conforms(value, type)
}

function conforms(value: unknown, type: Expr): boolean {
  if (value === null) return true // null is a value of every type
  if (type.kind === 'root') {
    switch (type.name) {
      case 'any':
        return true
      case 'string':
        return typeof value === 'string'
      case 'number':
        return typeof value === 'number'
      case 'bool':
        return typeof value === 'boolean'
      default:
        return false
    }
  }
  if (type.kind !== 'call' || type.args.length !== 1 || type.expandLast) return false
  const [argument] = type.args
  switch (type.name) {
    case 'list':
      return Array.isArray(value) && value.every((item) => conforms(item, argument))
    case 'set':
      return (
        Array.isArray(value) &&
        value.every((item) => typeof item === 'string' && conforms(item, argument)) &&
        value.every((item, i) => i === 0 || compareStrings(value[i - 1] as string, item as string) < 0)
      )
    case 'map':
      return isObject(value) && Object.values(value).every((item) => conforms(item, argument))
    case 'object':
      return argument.kind === 'object' && isObject(value) && objectConforms(value, argument)
    case 'tuple':
      return (
        argument.kind === 'tuple' && Array.isArray(value) && value.length === argument.items.length && value.every((item, i) => conforms(item, argument.items[i]))
      )
    default:
      return false
  }
}

/** Exactly the declared attributes, none optional-and-missing (Terraform would add it as null or its default). */
function objectConforms(value: Record<string, unknown>, type: Extract<Expr, { kind: 'object' }>): boolean {
  const declared = new Map<string, Expr>()
  for (const entry of type.entries) {
    if (entry.key.kind !== 'literal' || typeof entry.key.value !== 'string') return false
    declared.set(entry.key.value, entry.value)
  }
  if (Object.keys(value).some((key) => !declared.has(key))) return false // extra attributes are dropped
  for (const [name, attributeType] of declared) {
    if (!(name in value)) return false
    const inner = attributeType.kind === 'call' && attributeType.name === 'optional' ? attributeType.args[0] : attributeType
    if (!inner || !conforms(value[name], inner)) return false
  }
  return true
}
