// Plumbline's own rules are written in the same declarative form as the user's rule files: a rule module exports
// builtinRule({...}) over the document a YAML file would hold (the same keys, kebab-case included), checked by the
// same parser: the document at load, its conditions when the rule first judges (builtinRule). Framework references
// are not written here: the registry adds them from the framework data (src/rules/frameworks/).
import { FRAMEWORK_IDS, type Severity } from '../../types.js'
import type { RuleDefinition } from '../support/outcome.js'
import { ruleDefinition, ruleFromSpec } from './compile.js'
import type { MessageTemplate, RuleHead, RuleSpec } from './form.js'
import { parseRuleConditions, parseRuleHead, RuleFormError } from './parse.js'

/** A condition as written (see README "Writing your own rules"); parse.ts checks it. */
export type ConditionDocument = Readonly<Record<string, unknown>>

export interface RuleDocument {
  id: string
  title: string
  severity: Severity
  'resource-types': readonly string[]
  condition: ConditionDocument
  'applies-when'?: ConditionDocument
  description: string
  risk: string
  remediation: { text: string; terraform: string }
  categories: readonly string[]
  aliases: { checkov: readonly string[]; prowler: readonly string[] }
  notes?: string
  messages?: { pass?: MessageTemplate; fail?: MessageTemplate; unknown?: MessageTemplate }
}

/** Our rules by id: their documents, heads, and full specs once their conditions are parsed. */
const BUILTINS = new Map<string, { document: RuleDocument; head: RuleHead; spec?: RuleSpec }>()

/** A built-in rule's whole spec, its conditions parsed now if they were not yet (the tests check every rule's this way). */
export function builtinSpec(id: string): RuleSpec | undefined {
  const entry = BUILTINS.get(id)
  if (entry === undefined) return undefined
  entry.spec ??= loudly(entry.document, () => ({ ...entry.head, ...parseRuleConditions(entry.document, entry.head.resourceTypes) }))
  return entry.spec
}

/**
 * A built-in rule from its document. Its conditions are parsed and compiled when it first judges a resource: a run
 * meets the rules of the types it holds, and parsing every rule's conditions at load (their paths checked against the
 * schemas) was a tenth of each start. Every built-in rule is parsed whole by test/rules/rule-paths.test.ts.
 */
export function builtinRule(document: RuleDocument): RuleDefinition {
  const head = loudly(document, () => parseRuleHead(document, FRAMEWORK_IDS))
  BUILTINS.set(head.id, { document, head })
  let check: RuleDefinition['check'] | undefined
  return ruleDefinition(head, (resource, view) => (check ??= ruleFromSpec(builtinSpec(head.id)!).check)(resource, view))
}

function loudly<T>(document: RuleDocument, parse: () => T): T {
  try {
    return parse()
  } catch (err) {
    // A mistake in one of our own rules is a bug: say which rule and where, loudly (the tests parse them all).
    if (err instanceof RuleFormError) throw new Error(`built-in rule ${document.id}: ${err.message} (at ${err.at.join('.') || 'the top'})`)
    throw err
  }
}
