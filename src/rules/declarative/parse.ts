// Reads a rule in the declarative form (a parsed YAML or JSON document, or one of our own rule files) into a
// RuleSpec, or says precisely what is wrong: RuleFormError carries the key path of the offending node, so the file
// loader can point at its line and column, and a message that says what is allowed.
import { compilePattern, PatternError } from '../../model/linear-pattern.js'
import { formatPath, type PathStep } from '../../paths.js'
import { closestMatch } from '../../suggest.js'
import { SEVERITIES, type Severity } from '../../types.js'
import { EVERY_ITEM, OPERATORS, QUANTIFIERS, type Condition, type Operator, type PatternStep, type PropertyPath, type RuleHead, type RuleSpec } from './form.js'
import { predicateNamed, predicateNames } from './predicates.js'

export type KeyPath = ReadonlyArray<string | number>

export class RuleFormError extends Error {
  constructor(
    /** Where in the document: ['condition', 'all-of', 1, 'equals']. */
    readonly at: KeyPath,
    message: string,
    /** A column inside the node's text (a property path or pattern), 1-based, when the error is inside it. */
    readonly column?: number
  ) {
    super(message)
    this.name = 'RuleFormError'
  }
}

const RULE_KEYS = [
  'id',
  'title',
  'severity',
  'resource-types',
  'condition',
  'applies-when',
  'description',
  'risk',
  'remediation',
  'categories',
  'frameworks',
  'aliases',
  'notes',
  'messages'
] as const

const ID = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/
/** CloudFormation type names, and our own Plumbline:: fact types: three `::`-separated names. */
const TYPE_NAME = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}

function unknownKeys(obj: Json, allowed: readonly string[], at: KeyPath, what: string): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue
    const meant = closestMatch(key, allowed)
    throw new RuleFormError([...at, key], `unknown key "${key}" in ${what}${meant ? ` (did you mean "${meant}"?)` : ''}; allowed: ${allowed.join(', ')}`)
  }
}

function text(obj: Json, key: string, at: KeyPath, required: boolean): string | undefined {
  const value = obj[key]
  if (value === undefined || value === null) {
    if (required) throw new RuleFormError(at, `"${key}" is missing: every rule needs ${key === 'id' ? 'an' : 'a'} ${key}`)
    return undefined
  }
  if (typeof value !== 'string' || value.trim() === '') throw new RuleFormError([...at, key], `"${key}" must be a non-empty string, not ${describe(value)}`)
  return value.trim()
}

function stringList(value: unknown, at: KeyPath, what: string): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new RuleFormError(at, `${what} must be a list of non-empty strings, not ${describe(value)}`)
  }
  return list.map((item: string) => item.trim())
}

/** A PropertyPath with its concrete form formatted (see PropertyPath.relative). */
function propertyPath(text: string, steps: readonly PatternStep[]): PropertyPath {
  return { text, steps, relative: steps.includes(EVERY_ITEM) ? '' : formatPath(steps as readonly PathStep[]) }
}

/** Parses a property path: names joined by '.', `[n]` for one item, `[*]` for every item, `["a.b"]` for odd keys. */
export function parsePropertyPath(source: string, at: KeyPath): PropertyPath {
  const steps: PatternStep[] = []
  let i = 0
  const fail = (what: string): never => {
    throw new RuleFormError(at, `property path "${source}": ${what} at column ${i + 1}; write names joined by ".", [n] for one list item, [*] for every item`, i + 1)
  }
  if (source === '') return propertyPath('', steps)
  let expectName = true
  while (i < source.length) {
    const ch = source[i]
    if (ch === '[') {
      const close = source.indexOf(']', i)
      if (close < 0) fail('"[" without "]"')
      const inner = source.slice(i + 1, close)
      if (inner === '*') steps.push(EVERY_ITEM)
      else if (/^\d+$/.test(inner)) steps.push(Number(inner))
      else if (/^"(?:[^"\\]|\\.)*"$/.test(inner)) steps.push(JSON.parse(inner) as string)
      else fail(`"[${inner}]" is not an index, [*] or a quoted key`)
      i = close + 1
      expectName = false
      continue
    }
    if (ch === '.') {
      if (expectName) fail('an empty name')
      i++
      expectName = true
      continue
    }
    if (!expectName) fail(`"${ch}" where "." or "[" was expected`)
    let end = i
    while (end < source.length && source[end] !== '.' && source[end] !== '[') {
      if (source[end] === ']' || /\s/.test(source[end])) {
        i = end
        fail(`"${source[end] === ']' ? ']' : 'a space'}" in a name`)
      }
      end++
    }
    steps.push(source.slice(i, end))
    i = end
    expectName = false
  }
  if (expectName) fail('a path ending in "."')
  return propertyPath(source, steps)
}

const CONDITION_FORMS =
  'a property condition ({property, <operator>: value}), all-of, any-of, not, a list condition ({property, every|some|none: condition}), {predicate: name} or {for-types: [types], condition}'

/** A for-types branch may only name types the rule judges (another type would never be judged by it). */
function checkForTypes(condition: Condition, resourceTypes: readonly string[], at: KeyPath): void {
  switch (condition.kind) {
    case 'for-types': {
      const stray = condition.types.find((t) => !resourceTypes.includes(t))
      if (stray) throw new RuleFormError([...at, 'for-types'], `"${stray}" is not one of the rule's resource-types (${resourceTypes.join(', ')})`)
      checkForTypes(condition.condition, resourceTypes, [...at, 'condition'])
      return
    }
    case 'all-of':
    case 'any-of':
      condition.conditions.forEach((c, i) => checkForTypes(c, resourceTypes, [...at, condition.kind, i]))
      return
    case 'not':
      checkForTypes(condition.condition, resourceTypes, [...at, 'not'])
      return
    case 'items':
      checkForTypes(condition.condition, resourceTypes, [...at, condition.quantifier])
      return
    default:
      return
  }
}

/** Parses one condition node. */
export function parseCondition(node: unknown, at: KeyPath): Condition {
  if (!isObject(node)) throw new RuleFormError(at, `a condition must be a mapping (${CONDITION_FORMS}), not ${describe(node)}`)
  if ('all-of' in node || 'any-of' in node) {
    const key = 'all-of' in node ? 'all-of' : 'any-of'
    unknownKeys(node, [key], at, key)
    const list = node[key]
    if (!Array.isArray(list) || list.length === 0) throw new RuleFormError([...at, key], `"${key}" must be a non-empty list of conditions, not ${describe(list)}`)
    return { kind: key, conditions: list.map((item, i) => parseCondition(item, [...at, key, i])) }
  }
  if ('not' in node) {
    unknownKeys(node, ['not'], at, 'not')
    return { kind: 'not', condition: parseCondition(node.not, [...at, 'not']) }
  }
  if ('for-types' in node) {
    unknownKeys(node, ['for-types', 'condition'], at, 'for-types')
    const types = node['for-types']
    if (!Array.isArray(types) || types.length === 0 || !types.every((t) => typeof t === 'string' && /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(t))) {
      throw new RuleFormError([...at, 'for-types'], `"for-types" must be a non-empty list of resource types (AWS::IAM::RolePolicy), not ${describe(types)}`)
    }
    if (!('condition' in node)) throw new RuleFormError(at, '"for-types" needs "condition": the condition those types are judged by')
    return { kind: 'for-types', types: types as string[], condition: parseCondition(node.condition, [...at, 'condition']) }
  }
  if ('predicate' in node) {
    const name = node.predicate
    if (typeof name !== 'string') throw new RuleFormError([...at, 'predicate'], `"predicate" must be a predicate's name, not ${describe(name)}`)
    const predicate = predicateNamed(name)
    if (!predicate) {
      const meant = closestMatch(name, predicateNames())
      throw new RuleFormError([...at, 'predicate'], `unknown predicate "${name}"${meant ? ` (did you mean "${meant}"?)` : ''}; predicates: ${predicateNames().join(', ')}`)
    }
    const args: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === 'predicate') continue
      const param = predicate.parameters[key]
      if (!param) {
        const names = Object.keys(predicate.parameters)
        throw new RuleFormError([...at, key], `predicate "${name}" takes ${names.length ? `only ${names.join(', ')}` : 'no arguments'}, not "${key}"`)
      }
      const problem = param.check(value)
      if (problem) throw new RuleFormError([...at, key], `"${key}" of predicate "${name}" ${problem}`)
      args[key] = value
    }
    for (const [key, param] of Object.entries(predicate.parameters)) {
      if (param.required && !(key in args)) throw new RuleFormError(at, `predicate "${name}" needs "${key}": ${param.description}`)
    }
    return { kind: 'predicate', name, args, definition: predicate }
  }
  const property = node.property === undefined ? propertyPath('', []) : propertyOf(node.property, [...at, 'property'])
  const quantifiers = QUANTIFIERS.filter((q) => q in node)
  const operators = OPERATORS.filter((op) => op in node)
  if (quantifiers.length + operators.length !== 1) {
    const found = [...quantifiers, ...operators]
    if (found.length === 0) {
      for (const key of Object.keys(node)) {
        if (key === 'property' || key === 'default' || key === 'ignore-case' || key === 'if-unknown') continue
        const meant = closestMatch(key, [...OPERATORS, ...QUANTIFIERS, 'all-of', 'any-of', 'not', 'predicate', 'for-types'])
        throw new RuleFormError([...at, key], `unknown key "${key}" in a condition${meant ? ` (did you mean "${meant}"?)` : ''}; operators: ${OPERATORS.join(', ')}; list conditions: ${QUANTIFIERS.join(', ')}`)
      }
      throw new RuleFormError(at, `the condition on "${property.text}" has no operator; use one of ${OPERATORS.join(', ')} (or every, some, none for a list)`)
    }
    throw new RuleFormError([...at, found[1]], `one operator per condition, found ${found.join(' and ')}: combine conditions with all-of or any-of`)
  }
  if (quantifiers.length === 1) {
    const quantifier = quantifiers[0]
    unknownKeys(node, ['property', quantifier], at, `a list condition (${quantifier})`)
    if (property.steps.includes(EVERY_ITEM)) throw new RuleFormError([...at, 'property'], `"${property.text}": a list condition names the list itself, without [*]`)
    return { kind: 'items', property, quantifier, condition: parseCondition(node[quantifier], [...at, quantifier]) }
  }
  const operator = operators[0]
  unknownKeys(node, ['property', operator, 'default', 'ignore-case', 'if-unknown'], at, 'a property condition')
  const operand = node[operator]
  checkOperand(operator, operand, [...at, operator])
  const ignoreCase = node['ignore-case'] === undefined ? false : node['ignore-case']
  if (typeof ignoreCase !== 'boolean') throw new RuleFormError([...at, 'ignore-case'], `"ignore-case" must be true or false, not ${describe(ignoreCase)}`)
  // Every comparison gets every field (one object shape for the evaluator), set or not.
  const compare: Condition = { kind: 'compare', property, operator, operand, ignoreCase, hasDefault: 'default' in node, default: node.default, ifUnknown: undefined, test: undefined }
  if (node['if-unknown'] !== undefined) {
    if (typeof node['if-unknown'] !== 'boolean') {
      throw new RuleFormError([...at, 'if-unknown'], `"if-unknown" must be true or false (the verdict when the value is not known), not ${describe(node['if-unknown'])}`)
    }
    compare.ifUnknown = node['if-unknown']
  }
  if (operator === 'matches') {
    try {
      const pattern = compilePattern(operand as string, { ignoreCase })
      compare.test = (value) => pattern.test(value)
    } catch (err) {
      if (err instanceof PatternError) throw new RuleFormError([...at, operator], `pattern "${operand as string}": ${err.message}`, err.column)
      throw err
    }
  }
  return wrapEveryItem(compare, property)
}

function propertyOf(value: unknown, at: KeyPath): PropertyPath {
  if (typeof value !== 'string') throw new RuleFormError(at, `"property" must be a property path such as KmsMasterKeyId or SecurityGroupIngress[*].CidrIp, not ${describe(value)}`)
  return parsePropertyPath(value.trim(), at)
}

/**
 * `A[*].B <op> x` means every item of A has B <op> x: it is the list condition `{property: A, every: {property:
 * B, <op>: x}}`, so one evaluator serves both spellings (and [*] nested in [*] nests).
 */
function wrapEveryItem(compare: Extract<Condition, { kind: 'compare' }>, property: PropertyPath): Condition {
  const star = property.steps.indexOf(EVERY_ITEM)
  if (star < 0) return compare
  const list = property.steps.slice(0, star)
  const rest = property.steps.slice(star + 1)
  const inner = wrapEveryItem({ ...compare, property: propertyPath(property.text, rest) }, propertyPath(property.text, rest))
  return { kind: 'items', property: propertyPath(property.text, list), quantifier: 'every', condition: inner }
}

function checkOperand(operator: Operator, operand: unknown, at: KeyPath): void {
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v)
  switch (operator) {
    case 'exists':
    case 'empty':
      if (typeof operand !== 'boolean') throw new RuleFormError(at, `"${operator}" takes true or false, not ${describe(operand)}`)
      return
    case 'in':
    case 'not-in':
      if (!Array.isArray(operand) || operand.length === 0 || !operand.every(scalar)) throw new RuleFormError(at, `"${operator}" takes a non-empty list of values, not ${describe(operand)}`)
      return
    case 'greater-than':
    case 'greater-or-equal':
    case 'less-than':
    case 'less-or-equal':
      if (typeof operand !== 'number' || !Number.isFinite(operand)) throw new RuleFormError(at, `"${operator}" takes a number, not ${describe(operand)}`)
      return
    case 'matches':
      if (typeof operand !== 'string') throw new RuleFormError(at, `"matches" takes a pattern (a string), not ${describe(operand)}`)
      return
    case 'contains':
    case 'not-contains':
      if (operand === undefined) throw new RuleFormError(at, `"${operator}" takes one value (a list item, or a substring of a text)`)
      return
    default:
      if (operand === undefined) throw new RuleFormError(at, `"${operator}" needs a value`)
  }
}

/** Reads a whole rule document. `frameworkIds`: the framework ids a rule may name. */
export function parseRuleSpec(doc: unknown, frameworkIds: readonly string[]): RuleSpec {
  return parseRule(doc, frameworkIds, true) as RuleSpec
}

/**
 * Reads a rule document but for its conditions, which parseRuleConditions reads when the rule first judges a
 * resource: Plumbline's own rules are checked whole by the tests, and a run parses only the conditions of the rules
 * its resources meet (parsing all of them, with their paths checked against the schemas, was a tenth of every start).
 */
export function parseRuleHead(doc: unknown, frameworkIds: readonly string[]): RuleHead {
  return parseRule(doc, frameworkIds, false)
}

/** The document's condition and applies-when, parsed and checked against the types it judges (`resourceTypes`). */
export function parseRuleConditions(doc: { readonly condition?: unknown; readonly 'applies-when'?: unknown }, resourceTypes: readonly string[]): Pick<RuleSpec, 'condition' | 'appliesWhen'> {
  if (doc.condition === undefined) throw new RuleFormError([], '"condition" is missing: say what must hold, e.g. {property: KmsMasterKeyId, exists: true}')
  const condition = parseCondition(doc.condition, ['condition'])
  const appliesWhen = doc['applies-when'] === undefined ? undefined : parseCondition(doc['applies-when'], ['applies-when'])
  checkForTypes(condition, resourceTypes, ['condition'])
  if (appliesWhen) checkForTypes(appliesWhen, resourceTypes, ['applies-when'])
  return appliesWhen ? { condition, appliesWhen } : { condition }
}

// The conditions are read in their place in the document's checks, so a rule file with several mistakes is told
// them in the same order either way.
function parseRule(doc: unknown, frameworkIds: readonly string[], withConditions: boolean): RuleHead & Partial<Pick<RuleSpec, 'condition' | 'appliesWhen'>> {
  const at: KeyPath = []
  if (!isObject(doc)) throw new RuleFormError(at, `a rule must be a mapping with id, title, severity, resource-types and condition, not ${describe(doc)}`)
  unknownKeys(doc, RULE_KEYS, at, 'a rule')
  const id = text(doc, 'id', at, true)!
  if (!ID.test(id)) throw new RuleFormError(['id'], `rule id "${id}" must be kebab-case: lower-case letters, digits and "-" (e.g. acme-sqs-kms)`)
  const title = text(doc, 'title', at, true)!
  const severity = text(doc, 'severity', at, true)!.toLowerCase()
  if (!SEVERITIES.includes(severity as Severity)) throw new RuleFormError(['severity'], `severity "${severity}" is not one of ${SEVERITIES.join(', ')}`)
  if (doc['resource-types'] === undefined) throw new RuleFormError(at, '"resource-types" is missing: list the CloudFormation types the rule judges, e.g. [AWS::SQS::Queue]')
  const resourceTypes = stringList(doc['resource-types'], ['resource-types'], '"resource-types"')
  resourceTypes.forEach((type, i) => {
    if (!TYPE_NAME.test(type)) throw new RuleFormError(['resource-types', i], `"${type}" is not a CloudFormation type name such as AWS::SQS::Queue`)
  })
  if (resourceTypes.length === 0) throw new RuleFormError(['resource-types'], '"resource-types" must name at least one CloudFormation type')
  const conditions = withConditions ? parseRuleConditions(doc, resourceTypes) : undefined

  let remediation = { text: '', terraform: '' }
  const rawRemediation = doc.remediation
  if (typeof rawRemediation === 'string') remediation = { text: rawRemediation.trim(), terraform: '' }
  else if (isObject(rawRemediation)) {
    unknownKeys(rawRemediation, ['text', 'terraform'], ['remediation'], 'remediation')
    remediation = { text: text(rawRemediation, 'text', ['remediation'], true)!, terraform: typeof rawRemediation.terraform === 'string' ? rawRemediation.terraform.replace(/\s+$/, '') : '' }
  } else if (rawRemediation !== undefined) throw new RuleFormError(['remediation'], `"remediation" must be text, or a mapping with text and terraform, not ${describe(rawRemediation)}`)

  const aliases = { checkov: [] as string[], prowler: [] as string[] }
  if (doc.aliases !== undefined) {
    if (!isObject(doc.aliases)) throw new RuleFormError(['aliases'], `"aliases" must be a mapping with checkov and prowler lists, not ${describe(doc.aliases)}`)
    unknownKeys(doc.aliases, ['checkov', 'prowler'], ['aliases'], 'aliases')
    if (doc.aliases.checkov !== undefined) aliases.checkov = stringList(doc.aliases.checkov, ['aliases', 'checkov'], '"aliases.checkov"')
    if (doc.aliases.prowler !== undefined) aliases.prowler = stringList(doc.aliases.prowler, ['aliases', 'prowler'], '"aliases.prowler"')
  }

  const frameworks: Record<string, string[]> = {}
  if (doc.frameworks !== undefined) {
    if (!isObject(doc.frameworks)) throw new RuleFormError(['frameworks'], `"frameworks" must map framework ids to requirement ids (cis-aws-5.0: ["2.1.1"]), not ${describe(doc.frameworks)}`)
    for (const [framework, requirements] of Object.entries(doc.frameworks)) {
      if (!frameworkIds.includes(framework)) {
        const meant = closestMatch(framework, frameworkIds)
        throw new RuleFormError(['frameworks', framework], `unknown framework "${framework}"${meant ? ` (did you mean "${meant}"?)` : ''}; frameworks: ${frameworkIds.join(', ')}`)
      }
      frameworks[framework] = stringList(Array.isArray(requirements) ? requirements.map(String) : requirements, ['frameworks', framework], `"frameworks.${framework}"`)
    }
  }

  const messages: RuleSpec['messages'] = {}
  if (doc.messages !== undefined) {
    if (!isObject(doc.messages)) throw new RuleFormError(['messages'], `"messages" must be a mapping with pass, fail and unknown texts, not ${describe(doc.messages)}`)
    unknownKeys(doc.messages, ['pass', 'fail', 'unknown'], ['messages'], 'messages')
    for (const key of ['pass', 'fail', 'unknown'] as const) {
      const value = doc.messages[key]
      if (isObject(value)) {
        // One template per property: {IsLogging: "...", IsMultiRegionTrail: "..."}.
        const byProperty: Record<string, string> = {}
        for (const [property, template] of Object.entries(value)) {
          parsePropertyPath(property, ['messages', key, property])
          if (typeof template !== 'string' || template.trim() === '') {
            throw new RuleFormError(['messages', key, property], `the "${key}" message for ${property} must be a non-empty string, not ${describe(template)}`)
          }
          byProperty[property] = template.trim()
        }
        if (Object.keys(byProperty).length === 0) throw new RuleFormError(['messages', key], `"${key}" must be a text, or a mapping from property paths to texts with at least one entry`)
        messages[key] = byProperty
        continue
      }
      const single = text(doc.messages, key, ['messages'], false)
      if (single !== undefined) messages[key] = single
    }
  }
  const head: RuleHead & Partial<Pick<RuleSpec, 'condition' | 'appliesWhen'>> = {
    id,
    title,
    severity: severity as Severity,
    description: text(doc, 'description', at, false) ?? title,
    risk: text(doc, 'risk', at, false) ?? '',
    remediation,
    categories: doc.categories === undefined ? [] : stringList(doc.categories, ['categories'], '"categories"'),
    resourceTypes,
    aliases,
    frameworks,
    messages
  }
  const notes = text(doc, 'notes', at, false)
  if (notes !== undefined) head.notes = notes
  return conditions ? { ...head, ...conditions } : head
}
