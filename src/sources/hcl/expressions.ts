// Evaluation of the values parser.ts returns (Terraform's JSON configuration syntax) for plan-less checks.
// Literals are values as they are; strings are templates whose `${...}` parts are expression source text,
// parsed by expression-syntax.ts and evaluated here: var.*, local.*, each.*, count.index, data sources we can
// compute (aws_iam_policy_document), operators, conditionals, for expressions, splats and the functions of
// functions.ts. Everything else — resource attributes, other functions, template directives — is UNKNOWN:
// its path is recorded and its value left out, never guessed.
import { formatPath, type PathStep } from '../../paths.js'
import { ExpressionSyntaxError, parseExpression, type Expr, type Step } from './expression-syntax.js'
import { FUNCTIONS } from './functions.js'
import { ERROR, isObject, primitiveToString, sortedKeys, terraformEqual, typeSignature, UNKNOWN, type Maybe, type Outcome } from './values.js'

export { UNKNOWN, type Maybe }

/** A value with its taint: `sensitive` when it came (partly) from a variable declared sensitive. */
export interface Evaluated {
  value: Maybe
  sensitive: boolean
}

export interface Scope {
  variable(name: string): Evaluated
  local(name: string): Evaluated
  /**
   * data.TYPE.NAME as a whole when we can compute it (else UNKNOWN): the data source's attributes, a list of
   * them under `count`, a map under `for_each`.
   */
  data?(type: string, name: string): Evaluated
  /** Names bound around the expression: a `dynamic` block's iterator (`ingress` → { key, value }). */
  symbols?: ReadonlyMap<string, unknown>
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

/**
 * The code with each double-quoted string (backslash escapes honoured) replaced by `""`. A scan rather than the
 * expression /"(?:[^"\\]|\\.)*"/g, which retries from every later quote of an unterminated string (quadratic on
 * `"\"\"\"…`); an unterminated string ends the scan, since no later quote could close a string either.
 */
export function blankQuotedStrings(code: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = code.indexOf('"', from)
    if (open < 0) break
    let i = open + 1
    while (i < code.length && code[i] !== '"') i += code[i] === '\\' ? 2 : 1
    if (i >= code.length) break
    out += `${code.slice(from, open)}""`
    from = i + 1
  }
  return out + code.slice(from)
}

/**
 * Calls `visit` with the source of every `${}` expression and `%{}` directive in a JSON-syntax value (keys
 * included), quoted strings blanked first so that "a_b.c" inside format("...") is not taken for a reference.
 */
function forEachExpressionSource(value: unknown, visit: (code: string) => void): void {
  if (typeof value === 'string') {
    if (!value.includes('{')) return
    for (const part of parseTemplate(value)) {
      const source = 'expression' in part ? part.expression : 'directive' in part ? part.directive : ''
      visit(blankQuotedStrings(source))
    }
  } else if (Array.isArray(value)) {
    for (const item of value) forEachExpressionSource(item, visit)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      forEachExpressionSource(key, visit)
      forEachExpressionSource(item, visit)
    }
  }
}

// A local value or a module output: local.NAME, module.CALL.OUTPUT (module.CALL[key].OUTPUT); not after a dot.
const VALUE_REFERENCE = /(?<![\w.-])(local\.[A-Za-z_][A-Za-z0-9_-]*|module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\]]*\])?\.[A-Za-z_][A-Za-z0-9_-]*)/g

/**
 * Resource addresses (TYPE.NAME, data.TYPE.NAME) the expressions of a JSON-syntax value refer to, and with
 * `values`, in the same pass, the local values ('local.NAME') and module outputs ('module.CALL.OUTPUT', instance key
 * dropped) they refer to: what a caller follows to find the resources behind them.
 */
export function collectReferences(value: unknown, into: Set<string>, values?: Set<string>): void {
  forEachExpressionSource(value, (code) => {
    for (const m of code.matchAll(RESOURCE_REFERENCE)) into.add(m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`)
    if (values) for (const m of code.matchAll(VALUE_REFERENCE)) values.add(m[1].replace(/\[[^\]]*\]/, ''))
  })
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
    const text = result.value === UNKNOWN ? UNKNOWN : primitiveToString(result.value)
    if (typeof text === 'string') out += text
    else unknown = true // unknown, null, or a collection (an error in Terraform): never render a guess
  }
  return { value: unknown ? UNKNOWN : out, sensitive }
}

const parsedExpressions = new Map<string, Expr | null>()
const PARSE_CACHE_LIMIT = 50_000

/** The syntax tree of an expression's source, or null when it is outside the syntax we read. */
function parsed(source: string): Expr | null {
  let expr = parsedExpressions.get(source)
  if (expr === undefined) {
    try {
      expr = parseExpression(source)
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error
      expr = null
    }
    if (parsedExpressions.size >= PARSE_CACHE_LIMIT) parsedExpressions.clear()
    parsedExpressions.set(source, expr)
  }
  return expr
}

/** Evaluate the source text of one `${...}` expression. */
export function evaluateExpression(source: string, scope: Scope, partial = false): Evaluated {
  const expr = parsed(source)
  if (!expr) return { value: UNKNOWN, sensitive: false }
  const context: Context = { scope, symbols: new Map(scope.symbols), sensitive: false }
  const value = evaluate(expr, context)
  return { value: value === ERROR || (!partial && holdsUnknown(value)) ? UNKNOWN : value, sensitive: context.sensitive }
}

/**
 * A value that may be known in part: a module argument, a local, a for_each. `{ web = { port = 443, sg =
 * module.alb.id } }` keeps its keys and its port, with UNKNOWN standing for the group id, so that a for_each
 * over it still makes its instances and `each.value.port` is still 443; reading the unknown part gives UNKNOWN.
 * An attribute of a resource is evaluated whole (evaluateTree): a value holding UNKNOWN is unknown there.
 */
export function evaluatePartial(raw: unknown, scope: Scope): Evaluated {
  let sensitive = false
  const walk = (item: unknown): unknown => {
    if (item instanceof Resolved) {
      sensitive ||= item.result.sensitive
      return item.result.value
    }
    if (typeof item === 'string') {
      if (!item.includes('{')) return item
      const parts = parseTemplate(item)
      const result = parts.length === 1 && 'expression' in parts[0] ? evaluateExpression(parts[0].expression, scope, true) : evaluateString(item, scope)
      sensitive ||= result.sensitive
      return result.value
    }
    if (Array.isArray(item)) return item.map(walk)
    if (item && typeof item === 'object') {
      if (Object.keys(item).some((key) => key.includes('${'))) return UNKNOWN // which keys is not known
      return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, walk(value)]))
    }
    return item
  }
  const value = walk(raw)
  return { value, sensitive }
}

/**
 * True when UNKNOWN stands inside a collection: a data source's attribute computed only by the provider, a
 * `dynamic` iterator's key over a list or set. Read through, they stay unknown; a value holding one is unknown
 * as a whole.
 */
export function holdsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true
  if (Array.isArray(value)) return value.some(holdsUnknown)
  if (isObject(value)) return Object.values(value).some(holdsUnknown)
  return false
}

/** Evaluate an already parsed expression (an `optional(type, default)` default) in `scope`. */
export function evaluateSyntax(expr: Expr, scope: Scope): Evaluated {
  const context: Context = { scope, symbols: new Map(scope.symbols), sensitive: false }
  const value = evaluate(expr, context)
  return { value: value === ERROR || holdsUnknown(value) ? UNKNOWN : value, sensitive: context.sensitive }
}

interface Context {
  scope: Scope
  /** Names bound by enclosing for expressions. */
  symbols: Map<string, unknown>
  /** Set when any input read so far was sensitive: the result is then sensitive as a whole. */
  sensitive: boolean
}

function read(context: Context, evaluated: Evaluated): Outcome {
  context.sensitive ||= evaluated.sensitive
  return evaluated.value
}

/** ERROR wins over UNKNOWN: Terraform rejects the expression whatever the unknown part turns out to be. */
function firstFailure(values: Outcome[]): typeof ERROR | typeof UNKNOWN | undefined {
  if (values.includes(ERROR)) return ERROR
  if (values.includes(UNKNOWN)) return UNKNOWN
  return undefined
}

function evaluate(expr: Expr, context: Context): Outcome {
  switch (expr.kind) {
    case 'literal':
      return expr.value
    case 'unsupported':
      return UNKNOWN
    case 'template': {
      let out = ''
      let failure: typeof ERROR | typeof UNKNOWN | undefined
      for (const part of expr.parts) {
        if (typeof part === 'string') {
          out += part
          continue
        }
        const value = evaluate(part, context)
        const text = value === UNKNOWN || value === ERROR ? value : primitiveToString(value)
        if (typeof text === 'string') out += text
        else failure = failure === ERROR ? ERROR : text
      }
      return failure ?? out
    }
    case 'tuple': {
      // an unknown item stays in place (the tuple's length is known); a failing one fails the tuple
      const items = expr.items.map((item) => evaluate(item, context))
      return items.includes(ERROR) ? ERROR : items
    }
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const entry of expr.entries) {
        const key = evaluate(entry.key, context)
        const value = evaluate(entry.value, context)
        // an unknown value stays in place under its known key; an unknown key makes the object unknown
        const failure = firstFailure([key, value === UNKNOWN ? null : value])
        if (failure) return failure
        const name = primitiveToString(key)
        if (typeof name !== 'string') return name
        out[name] = value
      }
      return out
    }
    case 'root':
      return resolveRoot(expr.name, [], context)
    case 'traversal':
      if (expr.source.kind === 'root') return resolveRoot(expr.source.name, expr.steps, context)
      return applySteps(evaluate(expr.source, context), expr.steps, context)
    case 'call':
      return call(expr, context)
    case 'unary': {
      const operand = evaluate(expr.operand, context)
      if (operand === UNKNOWN || operand === ERROR) return operand
      if (expr.op === '!') return typeof operand === 'boolean' ? !operand : UNKNOWN
      return typeof operand === 'number' ? -operand : UNKNOWN
    }
    case 'binary': {
      const left = evaluate(expr.left, context)
      // Terraform (HCL ≥ 2.22) short-circuits: `false && x` is false and `true || x` is true whatever x is,
      // unknown or failing, so `var.create && aws_x.y.z` is known when var.create is false
      if ((expr.op === '&&' && left === false) || (expr.op === '||' && left === true)) return left
      const right = evaluate(expr.right, context)
      // with the left side unknown, a known false (&&) or true (||) on the right decides as well (cty's And/Or)
      if (left === UNKNOWN && ((expr.op === '&&' && right === false) || (expr.op === '||' && right === true))) return right
      return binary(expr.op, left, right)
    }
    case 'conditional':
      return conditional(expr, context)
    case 'for':
      return forExpression(expr, context)
  }
}

/** var.x, local.x, each.key, count.index, data.T.N, a for-expression symbol; any other root is unknown. */
function resolveRoot(name: string, steps: Step[], context: Context): Outcome {
  if (context.symbols.has(name)) return applySteps(context.symbols.get(name), steps, context)
  const attr = (i: number) => {
    const step = steps[i]
    return step && 'attr' in step ? step.attr : undefined
  }
  const { scope } = context
  if (name === 'var' || name === 'local') {
    const which = attr(0)
    if (which === undefined) return UNKNOWN
    return applySteps(read(context, name === 'var' ? scope.variable(which) : scope.local(which)), steps.slice(1), context)
  }
  if (name === 'each') {
    const which = attr(0)
    if (!scope.each || (which !== 'key' && which !== 'value')) return UNKNOWN
    return applySteps(which === 'key' ? scope.each.key : scope.each.value, steps.slice(1), context)
  }
  if (name === 'count') {
    if (attr(0) !== 'index' || scope.countIndex === undefined) return UNKNOWN
    return applySteps(scope.countIndex, steps.slice(1), context)
  }
  if (name === 'data') {
    const [type, label] = [attr(0), attr(1)]
    if (type === undefined || label === undefined || !scope.data) return UNKNOWN
    return applySteps(read(context, scope.data(type, label)), steps.slice(2), context)
  }
  return UNKNOWN // resources, modules, path.*, terraform.*, self: known only to Terraform
}

function applySteps(value: Outcome, steps: Step[], context: Context): Outcome {
  let current = value
  for (let i = 0; i < steps.length; i++) {
    if (current === UNKNOWN || current === ERROR) return current
    const step = steps[i]
    if ('splat' in step) {
      // a splat over a list maps the rest over its elements; over null it is []; over one value, [value]
      const items = current === null ? [] : Array.isArray(current) ? current : [current]
      const mapped = items.map((item) => applySteps(item, step.splat, context))
      const failure = firstFailure(mapped)
      if (failure) return failure
      current = mapped
      continue
    }
    const key = 'attr' in step ? step.attr : evaluate(step.index, context)
    current = index(current, key)
  }
  return current
}

function index(collection: unknown, key: Outcome): Outcome {
  if (key === UNKNOWN || key === ERROR) return key
  if (Array.isArray(collection)) {
    const position = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : NaN
    if (!Number.isInteger(position)) return ERROR
    return position >= 0 && position < collection.length ? collection[position] : ERROR
  }
  if (isObject(collection)) {
    const name = typeof key === 'string' ? key : typeof key === 'number' ? primitiveToString(key) : ERROR
    if (typeof name !== 'string') return name
    return Object.hasOwn(collection, name) ? collection[name] : ERROR
  }
  return ERROR // null, a string, a number...
}

function call(expr: Extract<Expr, { kind: 'call' }>, context: Context): Outcome {
  if (expr.name === 'try' || expr.name === 'can') return tryOrCan(expr, context)
  const fn = FUNCTIONS[expr.name]
  if (!fn) return UNKNOWN
  let args = expr.args.map((arg) => evaluate(arg, context))
  const failure = firstFailure(args)
  if (failure) return failure
  // functions that only move parts around may carry unknown parts; any other needs its arguments whole
  if (!STRUCTURAL_FUNCTIONS.has(expr.name) && args.some(holdsUnknown)) return UNKNOWN
  if (expr.expandLast) {
    const last = args[args.length - 1]
    if (!Array.isArray(last)) return ERROR
    args = [...args.slice(0, -1), ...last]
  }
  return fn(args)
}

/** Functions whose result is right whatever the unknown parts of their arguments turn out to be. */
const STRUCTURAL_FUNCTIONS = new Set(['length', 'keys', 'values', 'lookup', 'merge', 'concat', 'element', 'slice', 'coalescelist', 'one', 'reverse', 'zipmap'])

/** try(): the first argument that evaluates; an unknown one makes the result unknown (it might not fail). */
function tryOrCan(expr: Extract<Expr, { kind: 'call' }>, context: Context): Outcome {
  if (expr.expandLast) return UNKNOWN
  if (expr.name === 'can') {
    if (expr.args.length !== 1) return ERROR
    const value = evaluate(expr.args[0], context)
    return value === UNKNOWN || holdsUnknown(value) ? UNKNOWN : value !== ERROR
  }
  for (const arg of expr.args) {
    const value = evaluate(arg, context)
    // a value known only in part might yet fail where it is used: Terraform's try() is unknown then too
    if (value !== ERROR) return holdsUnknown(value) ? UNKNOWN : value
  }
  return ERROR
}

function binary(op: string, left: Outcome, right: Outcome): Outcome {
  const failure = firstFailure([left, right])
  if (failure) return failure
  if (op === '==' || op === '!=') {
    // a value known in part equals null or not (cty compares nulls first); anything else needs it whole
    if (left !== null && right !== null && (holdsUnknown(left) || holdsUnknown(right))) return UNKNOWN
    return terraformEqual(left, right) === (op === '==')
  }
  if (op === '&&' || op === '||') {
    if (typeof left !== 'boolean' || typeof right !== 'boolean') return UNKNOWN
    return op === '&&' ? left && right : left || right
  }
  // arithmetic and comparison on numbers only; results that are not exact integers could differ from
  // Terraform's 512-bit arithmetic, so they are unknown
  if (typeof left !== 'number' || typeof right !== 'number') return UNKNOWN
  switch (op) {
    case '<':
      return left < right
    case '>':
      return left > right
    case '<=':
      return left <= right
    case '>=':
      return left >= right
  }
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return UNKNOWN
  if ((op === '/' || op === '%') && right === 0) return ERROR
  if (op === '%' && (left < 0 || right < 0)) return UNKNOWN
  const result = op === '+' ? left + right : op === '-' ? left - right : op === '*' ? left * right : op === '/' ? left / right : left % right
  return Number.isSafeInteger(result) ? result : UNKNOWN
}

/**
 * cond ? a : b. Terraform converts both results to one type, so the chosen one is used as it is only when
 * that conversion cannot change it: it is a string or null, or the other result is known and of its type.
 */
function conditional(expr: Extract<Expr, { kind: 'conditional' }>, context: Context): Outcome {
  const condition = evaluate(expr.condition, context)
  if (condition === UNKNOWN || condition === ERROR) return condition
  if (typeof condition !== 'boolean') return UNKNOWN
  const chosen = evaluate(condition ? expr.then : expr.otherwise, context)
  if (chosen === UNKNOWN || chosen === ERROR || chosen === null || typeof chosen === 'string') return chosen
  const other = evaluate(condition ? expr.otherwise : expr.then, context)
  // HCL evaluates both results; a failing one (`var.x != null ? var.x.y : false` with x null) is of no type
  // and its error is dropped, so the chosen result is used as it is
  if (other === ERROR) return chosen
  if (other === UNKNOWN) return UNKNOWN
  return other === null || typeSignature(other) === typeSignature(chosen) || unifiesWithEmpty(chosen, other) ? chosen : UNKNOWN
}

/**
 * `cond ? [1, 2] : []`, `cond ? { a = "x" } : {}`: Terraform unifies the two to a list or map of the chosen
 * one's element type, which leaves the chosen value as it is when its elements already share one type.
 */
function unifiesWithEmpty(chosen: unknown, other: unknown): boolean {
  // an empty chosen value stays empty whatever element type it takes
  if (Array.isArray(chosen) && chosen.length === 0) return Array.isArray(other)
  if (isObject(chosen) && Object.keys(chosen).length === 0) return isObject(other)
  if (Array.isArray(other) && other.length === 0) return Array.isArray(chosen) && typeSignature(chosen).startsWith('list(')
  if (isObject(other) && Object.keys(other).length === 0 && isObject(chosen)) return new Set(Object.values(chosen).map(typeSignature)).size <= 1
  return false
}

function forExpression(expr: Extract<Expr, { kind: 'for' }>, context: Context): Outcome {
  const collection = evaluate(expr.collection, context)
  if (collection === UNKNOWN || collection === ERROR) return collection
  let pairs: Array<[unknown, unknown]>
  if (Array.isArray(collection)) pairs = collection.map((item, i) => [i, item])
  else if (isObject(collection)) pairs = sortedKeys(collection).map((key) => [key, collection[key]])
  else return ERROR
  const symbols = new Map(context.symbols)
  const inner: Context = { scope: context.scope, symbols, sensitive: false }
  try {
    return forPairs(expr, pairs, inner, symbols)
  } finally {
    context.sensitive ||= inner.sensitive
  }
}

function forPairs(expr: Extract<Expr, { kind: 'for' }>, pairs: Array<[unknown, unknown]>, inner: Context, symbols: Map<string, unknown>): Outcome {
  const items: unknown[] = []
  const object: Record<string, unknown> = {}
  for (const [key, value] of pairs) {
    if (expr.keyName !== undefined) symbols.set(expr.keyName, key)
    symbols.set(expr.valueName, value)
    if (expr.condition) {
      const keep = evaluate(expr.condition, inner)
      if (keep === UNKNOWN || keep === ERROR) return keep
      if (typeof keep !== 'boolean') return ERROR
      if (!keep) continue
    }
    const result = evaluate(expr.valueExpr, inner)
    if (!expr.keyExpr) {
      if (result === ERROR) return result
      items.push(result) // an unknown element keeps its place
      continue
    }
    const keyValue = evaluate(expr.keyExpr, inner)
    const failure = firstFailure([keyValue, result === UNKNOWN ? null : result])
    if (failure) return failure
    const name = primitiveToString(keyValue)
    if (typeof name !== 'string') return name
    if (expr.group) ((object[name] ??= []) as unknown[]).push(result)
    else if (Object.hasOwn(object, name)) return ERROR // duplicate key without `...`
    else object[name] = result
  }
  return expr.keyExpr ? object : items
}

/**
 * Evaluate a JSON-syntax value tree. Unknown object members are left out; unknown list items stay as null
 * so later indices keep their meaning. Their paths go to `collected.unknown`; sensitive ones to `.sensitive`.
 */
export function evaluateTree(raw: unknown, scope: Scope, path: PathStep[], collected: Collected): Maybe {
  if (raw instanceof Resolved) return settle(raw.result, path, collected)
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

/**
 * A leaf already evaluated in another scope, standing in a JSON-syntax tree: the content of a `dynamic` block,
 * evaluated with its iterator bound, then placed where a static block would be. hcl2json never makes one.
 */
export class Resolved {
  constructor(readonly result: Evaluated) {}
}

/** Record what an evaluated leaf means for its path, and hand back its value. */
export function settle(result: Evaluated, path: PathStep[], collected: Collected): Maybe {
  if (result.sensitive) collected.sensitive.push(formatPath(path))
  if (result.value === UNKNOWN) collected.unknown.push(formatPath(path))
  return result.value
}
