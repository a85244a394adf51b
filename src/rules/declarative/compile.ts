// A declarative rule as the engine runs it: its check evaluates the condition and words the outcome.
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import { fail, nameOf, pass, unknownAt, valueForMessage, type RuleDefinition } from '../support/outcome.js'
import { UNKNOWN, type Verdict } from '../support/read.js'
import { evaluateCondition, type ConditionResult } from './evaluate.js'
import type { MessageTemplate, RuleHead, RuleMessages, RuleSpec } from './form.js'

/** The placeholders a message template may use. */
export const MESSAGE_PLACEHOLDERS = ['{name}', '{property}', '{value}', '{region}'] as const

/** A placeholder of a compiled template: its index in MESSAGE_PLACEHOLDERS ({name}, {property}, {value}, {region}). */
const NAME = 0
const PROPERTY = 1
const VALUE = 2
type TemplatePart = string | 0 | 1 | 2 | 3

/** Templates cut once into text and placeholders: every outcome of a rule with templates is worded here. */
const compiledTemplates = new Map<string, readonly TemplatePart[]>()

function compiled(template: string): readonly TemplatePart[] {
  let parts = compiledTemplates.get(template)
  if (parts === undefined) {
    parts = template.split(/(\{name\}|\{property\}|\{value\}|\{region\})/).map((piece, i) => (i % 2 === 0 ? piece : MESSAGE_PLACEHOLDERS.indexOf(piece as never) as TemplatePart))
    compiledTemplates.set(template, parts)
  }
  return parts
}

function fill(template: string, resource: Resource, result: ConditionResult): string {
  const parts = compiled(template)
  let text = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (typeof part === 'string') text += part
    else if (part === NAME) text += nameOf(resource)
    else if (part === PROPERTY) text += result.path
    else if (part === VALUE) text += valueForMessage(resource, result.path, result.value)
    else text += resource.region ?? 'its region' // {region}
  }
  return text
}

/** The template for a verdict about `path`: the one template, or the one its mapping gives that property. */
function templateFor(template: MessageTemplate | undefined, path: string): string | undefined {
  if (template === undefined || typeof template === 'string') return template
  return Object.prototype.hasOwnProperty.call(template, path) ? template[path] : undefined
}

function statusOf(verdict: Verdict): RuleOutcome['status'] {
  return verdict === true ? 'pass' : verdict === false ? 'fail' : 'unknown'
}

function word(result: ConditionResult, spec: Pick<RuleSpec, 'title'>, messages: RuleMessages, resource: Resource): RuleOutcome {
  const status = statusOf(result.verdict)
  const path = result.path
  const template = templateFor(status === 'pass' ? messages.pass : status === 'fail' ? messages.fail : messages.unknown, path)
  // A predicate that decided words its own outcome (which entry of a group is open, which statement is public).
  if (result.outcome && result.outcome.status === status && template === undefined) return result.outcome
  if (status === 'unknown') return unknownAt(resource, path, template ?? (path || 'a value it needs'))
  if (status === 'pass') return pass(fill(template ?? `{name} meets "${spec.title}"`, resource, result), path || undefined)
  return fail(fill(template ?? `{name} does not meet "${spec.title}"${path ? ' ({property})' : ''}`, resource, result), path || undefined)
}

/** The check of a declarative rule: applies-when first (false: no verdict), then the condition. */
export function checkOf(spec: RuleSpec): (resource: Resource, view: InventoryView) => RuleOutcome | null {
  const { condition, appliesWhen, messages } = spec
  // A rule that is one predicate call, worded by the predicate: its judgement is the rule's outcome (what word()
  // would return), without the condition machinery around it on every resource.
  if (condition.kind === 'predicate' && !appliesWhen && !messages.pass && !messages.fail && !messages.unknown) {
    const { definition, args } = condition
    return (resource, view) => definition.judge(resource, view, args)
  }
  return (resource, view) => {
    let applies: ConditionResult | undefined
    if (appliesWhen) {
      applies = evaluateCondition(appliesWhen, resource, view)
      if (applies.verdict === false) return null
    }
    const result = evaluateCondition(condition, resource, view)
    if (result.notApplicable && condition.kind === 'predicate') return null
    if (result.outcome === undefined && result.verdict !== true && applies?.verdict === UNKNOWN) {
      // Whether the rule applies is open and the condition does not hold (or is open too): undecided, about
      // whichever fact is unknown first (a condition that holds passes whether or not the rule applies).
      return word(result.verdict === UNKNOWN ? result : applies, spec, messages, resource)
    }
    return word(result, spec, messages, resource)
  }
}

/** A RuleSpec as a rule definition the registry takes (frameworks are added there). */
export function ruleFromSpec(spec: RuleSpec): RuleDefinition {
  return ruleDefinition(spec, checkOf(spec))
}

/** The rule definition of a parsed rule (its conditions aside) that judges with `check`. */
export function ruleDefinition(head: RuleHead, check: RuleDefinition['check']): RuleDefinition {
  const definition: RuleDefinition = {
    id: head.id,
    title: head.title,
    severity: head.severity,
    description: head.description,
    risk: head.risk,
    remediation: head.remediation,
    categories: head.categories,
    resourceTypes: head.resourceTypes,
    aliases: head.aliases,
    check
  }
  if (head.notes !== undefined) definition.notes = head.notes
  return definition
}
