// Evaluates a declarative condition on one resource, in Kleene's three-valued logic: a value that is not fully
// known (known only after apply, hidden, or not read by a partial live read) makes its comparison UNKNOWN, and
// all-of / any-of / not / every / some / none combine verdicts so that an unknown decides nothing the known facts
// already decide. The result names the property the verdict is about: the first failing comparison on a fail,
// the first undecided one on an unknown.
import { getPath, isPropertyRead, isRedacted, isUnder, REDACTED } from '../../paths.js'
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { read, readList, readNode, UNKNOWN, type Verdict } from '../support/read.js'
import type { Condition, PropertyPath } from './form.js'

// Every result has all five fields, made by resultOf: one object shape keeps the accesses in checkOf and word
// monomorphic (results of several shapes measurably slowed the rules phase).
export interface ConditionResult {
  verdict: Verdict
  /** The property path (concrete: SecurityGroupIngress[2].CidrIp) the verdict is about. */
  path: string
  /** The value read at `path` (after `default`), for the {value} of a message; set by comparisons. */
  value: unknown
  /** Set when a predicate decided: its own outcome, message included. */
  outcome: RuleOutcome | undefined
  /** A predicate that does not apply to the resource (it counts as holding inside all-of, any-of and not). */
  notApplicable: boolean
}

function resultOf(verdict: Verdict, path: string, value: unknown, outcome: RuleOutcome | undefined, notApplicable: boolean): ConditionResult {
  return { verdict, path, value, outcome, notApplicable }
}

/** The concrete path of `property` below `base` ('' or a list item such as SecurityGroupIngress[2]). */
function concrete(base: string, property: PropertyPath): string {
  const relative = property.relative
  if (base === '') return relative
  if (relative === '') return base
  // parse.ts formats a relative path starting with a name, or with [n] or ["key"] for an index or an odd key.
  return relative.charCodeAt(0) === 0x5b /* [ */ ? base + relative : `${base}.${relative}`
}

export function evaluateCondition(condition: Condition, resource: Resource, view: InventoryView, base = ''): ConditionResult {
  switch (condition.kind) {
    case 'compare': {
      const path = concrete(base, condition.property)
      // Presence only needs the node itself known: a list with an unknown item still exists and is not empty.
      const value = condition.operator === 'exists' || condition.operator === 'empty' ? presentNode(resource, path) : read(resource, path)
      if (value === UNKNOWN) return resultOf(condition.ifUnknown ?? UNKNOWN, path, undefined, undefined, false)
      const known = isAbsent(value) && condition.hasDefault ? condition.default : value
      return resultOf(compare(condition, known), path, known, undefined, false)
    }
    case 'all-of':
    case 'any-of': {
      // all-of: false wins, then unknown; any-of: true wins, then unknown.
      const decisive = condition.kind === 'all-of' ? false : true
      let undecided: ConditionResult | undefined
      let first: ConditionResult | undefined
      for (let i = 0; i < condition.conditions.length; i++) {
        const result = evaluateCondition(condition.conditions[i], resource, view, base)
        if (result.verdict === decisive) return result
        if (result.verdict === UNKNOWN && undecided === undefined) undecided = result
        if (first === undefined) first = result
      }
      if (undecided) return undecided
      return resultOf(!decisive, first!.path, first!.value, condition.conditions.length === 1 ? first!.outcome : undefined, false)
    }
    case 'not': {
      const result = evaluateCondition(condition.condition, resource, view, base)
      return resultOf(result.verdict === UNKNOWN ? UNKNOWN : !result.verdict, result.path, result.value, undefined, false)
    }
    case 'items': {
      const path = concrete(base, condition.property)
      const list = readList(resource, path)
      if (list === UNKNOWN) return resultOf(UNKNOWN, path, undefined, undefined, false)
      // every: an item that fails decides; some and none: an item that holds decides.
      const wanted = condition.quantifier === 'every' ? false : true
      let undecided: ConditionResult | undefined
      for (let i = 0; i < list.length; i++) {
        const result = evaluateCondition(condition.condition, resource, view, `${path}[${i}]`)
        if (result.verdict === wanted) {
          const verdict = condition.quantifier === 'some' ? true : false
          return resultOf(verdict, result.path, undefined, undefined, false)
        }
        if (result.verdict === UNKNOWN && undecided === undefined) undecided = result
      }
      if (undecided) return resultOf(UNKNOWN, undecided.path, undefined, undefined, false)
      return resultOf(condition.quantifier === 'some' ? false : true, path, undefined, undefined, false)
    }
    case 'for-types':
      // Another type's condition: no objection, as a predicate that does not apply.
      if (!condition.types.includes(resource.type)) return resultOf(true, base, undefined, undefined, true)
      return evaluateCondition(condition.condition, resource, view, base)
    case 'predicate': {
      const outcome = condition.definition.judge(resource, view, condition.args)
      if (outcome === null) return resultOf(true, base, undefined, undefined, true)
      const verdict: Verdict = outcome.status === 'pass' ? true : outcome.status === 'fail' ? false : UNKNOWN
      return resultOf(verdict, outcome.path ?? base, undefined, outcome, false)
    }
  }
}

type Compare = Extract<Condition, { kind: 'compare' }>

/**
 * The node at `path` for a presence test: readNode's answer, except that a value hidden behind the redaction marker
 * (a secret the sources replaced) is known to be there, so `exists` holds for it rather than being unknown.
 */
function presentNode(resource: Resource, path: string): unknown {
  const node = readNode(resource, path)
  if (node !== UNKNOWN) return node
  const unknownAbove = (resource.unknown ?? []).some((u) => isUnder(path, u))
  return !unknownAbove && isPropertyRead(resource, path) && isRedacted(getPath(resource.properties, path)) ? REDACTED : UNKNOWN
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null
}

function isEmpty(value: unknown): boolean {
  if (isAbsent(value) || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.keys(value as object).length === 0
  return false
}

/** A number, or a string that spells one (some sources write numbers as strings); else undefined. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : undefined
  }
  return undefined
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/**
 * Whether a property value is the rule's value. Sources spell scalars differently (a live read may give "true" or
 * "14" where the plan has true and 14), so a boolean or number operand also matches its string spelling.
 */
export function sameValue(value: unknown, operand: unknown, ignoreCase = false): boolean {
  if (operand === null) return isAbsent(value)
  if (typeof operand === 'boolean') return value === operand || value === String(operand)
  if (typeof operand === 'number') return value === operand || (typeof value === 'string' && numberOf(value) === operand)
  if (typeof operand === 'string') {
    const text = textOf(value)
    if (text === undefined) return false
    return ignoreCase ? text.toLowerCase() === operand.toLowerCase() : text === operand
  }
  return deepEqual(value, operand)
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const key of ka) if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  return true
}

/** `value`: what was read, with `default` already put in for an absent value. */
function compare(c: Compare, value: unknown): boolean {
  const operand = c.operand
  switch (c.operator) {
    case 'exists':
      return !isAbsent(value) === operand
    case 'empty':
      return isEmpty(value) === operand
    case 'equals':
      return !isAbsent(value) && sameValue(value, operand, c.ignoreCase)
    case 'not-equals':
      return isAbsent(value) || !sameValue(value, operand, c.ignoreCase)
    case 'in':
      return !isAbsent(value) && (operand as unknown[]).some((item) => sameValue(value, item, c.ignoreCase))
    case 'not-in':
      return isAbsent(value) || !(operand as unknown[]).some((item) => sameValue(value, item, c.ignoreCase))
    case 'greater-than':
    case 'greater-or-equal':
    case 'less-than':
    case 'less-or-equal': {
      const n = numberOf(value)
      if (n === undefined) return false
      const limit = operand as number
      if (c.operator === 'greater-than') return n > limit
      if (c.operator === 'greater-or-equal') return n >= limit
      if (c.operator === 'less-than') return n < limit
      return n <= limit
    }
    case 'contains':
    case 'not-contains': {
      let found = false
      if (Array.isArray(value)) found = value.some((item) => sameValue(item, operand, c.ignoreCase))
      else if (typeof value === 'string' && operand !== null) {
        const needle = String(operand)
        found = c.ignoreCase ? value.toLowerCase().includes(needle.toLowerCase()) : value.includes(needle)
      }
      return c.operator === 'contains' ? found : !found
    }
    case 'matches': {
      const text = textOf(value)
      return text !== undefined && c.test!(text)
    }
  }
}
