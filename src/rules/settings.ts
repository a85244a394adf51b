// Settings that change what a built-in rule judges: today `unused-permission-days` (action input, CLI flag or
// config-file key), the window of iam-principal-no-unused-permissions. The rule is compiled again from its own
// declarative spec with the predicate's `max-days` replaced, so it stays a pure function of the resource and its
// inventory, and every other rule (and the user's) is left as it is.
import type { Rule } from '../types.js'
import { builtinSpec } from './declarative/builtin.js'
import { ruleFromSpec } from './declarative/compile.js'
import type { Condition } from './declarative/form.js'
import { DEFAULT_UNUSED_PERMISSION_DAYS, iamPrincipalNoUnusedPermissions } from './iam/iam-principal-no-unused-permissions.js'

export interface RuleSettings {
  /** unused-permission-days: how long a granted service may go unused (absent: the rule's 90). */
  unusedPermissionDays?: number
}

export const UNUSED_PERMISSIONS_RULE_ID = iamPrincipalNoUnusedPermissions.id

/** `rules` with the settings applied: the same list, the same order, a rule replaced only where a setting changes it. */
export function withRuleSettings(rules: readonly Rule[], settings: RuleSettings): readonly Rule[] {
  const days = settings.unusedPermissionDays
  if (days === undefined || days === DEFAULT_UNUSED_PERMISSION_DAYS) return rules
  return rules.map((rule) => (rule.id === UNUSED_PERMISSIONS_RULE_ID ? withMaxDays(rule, days) : rule))
}

function withMaxDays(rule: Rule, days: number): Rule {
  const spec = builtinSpec(rule.id)
  if (spec === undefined || spec.condition.kind !== 'predicate') throw new Error(`rule ${rule.id} is not the predicate rule the unused-permission-days setting changes`)
  const condition: Condition = { ...spec.condition, args: { ...spec.condition.args, 'max-days': days } }
  const compiled = ruleFromSpec({ ...spec, condition })
  // Its metadata (framework references included) is the registered rule's; only the judgement changes.
  return { ...rule, check: compiled.check }
}
