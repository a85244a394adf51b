// Plumbline's own rules are written in the same declarative form as the user's rule files: a rule module exports
// builtinRule({...}) over the document a YAML file would hold (the same keys, kebab-case included), checked by the
// same parser when the module loads. Framework references are not written here: the registry adds them from the
// framework data (src/rules/frameworks/).
import { FRAMEWORK_IDS, type Severity } from '../../types.js'
import type { RuleDefinition } from '../support/outcome.js'
import { ruleFromSpec } from './compile.js'
import type { MessageTemplate, RuleSpec } from './form.js'
import { parseRuleSpec, RuleFormError } from './parse.js'

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

/** Our rules as parsed, by id: for checks on the rules themselves (every path they read is in the schema). */
const SPECS = new Map<string, RuleSpec>()

export function builtinSpec(id: string): RuleSpec | undefined {
  return SPECS.get(id)
}

export function builtinRule(document: RuleDocument): RuleDefinition {
  try {
    const spec = parseRuleSpec(document, FRAMEWORK_IDS)
    SPECS.set(spec.id, spec)
    return ruleFromSpec(spec)
  } catch (err) {
    // A mistake in one of our own rules is a bug: say which rule and where, loudly, at load time (the tests load all).
    if (err instanceof RuleFormError) throw new Error(`built-in rule ${document.id}: ${err.message} (at ${err.at.join('.') || 'the top'})`)
    throw err
  }
}
