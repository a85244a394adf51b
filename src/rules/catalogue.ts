// What `plumbline rules` and `plumbline frameworks` list, and the `frameworks` setting's rule filter: plain data
// from the rule registry and the framework catalogues, so the CLI only formats it.
import { FRAMEWORK_IDS, InputError, type FrameworkId, type Rule, type RuleMetadata, type Severity } from '../types.js'
import type { Framework } from './frameworks/framework.js'
import { FRAMEWORKS, LIVE_ONLY_RULE_IDS } from './index.js'

/** One rule as `plumbline rules --format json` prints it. */
export interface RuleListing {
  id: string
  title: string
  severity: Severity
  /** builtin: shipped with Plumbline; custom: the user's own (rules-dir). */
  source: 'builtin' | 'custom'
  resourceTypes: string[]
  /** The service part of each type, lower case: AWS::S3::Bucket → s3, Plumbline::IAM::PasswordPolicy → iam. */
  services: string[]
  /** Judged only on a live scan (IAM's account summary and credential report): a plan never gives it facts. */
  liveOnly: boolean
  frameworks: Partial<Record<FrameworkId, string[]>>
  aliases: { checkov: string[]; prowler: string[] }
}

/** One framework as `plumbline frameworks --format json` prints it. */
export interface FrameworkSummary {
  id: FrameworkId
  name: string
  version: string
  requirements: number
  automated: number
  /** Requirements at least one of the rules evidences (automated or manual). */
  covered: number
  /** Automated requirements no rule evidences: what a user of this framework must check elsewhere. */
  uncoveredAutomated: Array<{ id: string; title: string }>
}

/** The service of a CloudFormation (or Plumbline::) type: its middle part, lower case. */
export function serviceOfType(type: string): string {
  return (type.split('::')[1] ?? type).toLowerCase()
}

export function ruleListing(rule: RuleMetadata, liveOnlyIds: ReadonlySet<string> = LIVE_ONLY_RULE_IDS): RuleListing {
  const custom = rule.source === 'custom'
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    source: custom ? 'custom' : 'builtin',
    resourceTypes: [...rule.resourceTypes],
    services: [...new Set(rule.resourceTypes.map(serviceOfType))],
    // LIVE_ONLY_RULE_IDS names built-in rules; a user's rule with the same id is not one of them.
    liveOnly: !custom && liveOnlyIds.has(rule.id),
    frameworks: Object.fromEntries(FRAMEWORK_IDS.filter((id) => rule.frameworks[id]?.length).map((id) => [id, [...(rule.frameworks[id] ?? [])]])),
    aliases: { checkov: [...rule.aliases.checkov], prowler: [...rule.aliases.prowler] }
  }
}

/**
 * Each framework's counts. Coverage is read from the rules' own `frameworks` field, not from the framework's
 * built-in coverage, so a user's rule that names a requirement counts too.
 */
export function frameworkSummaries(rules: readonly RuleMetadata[], frameworks: readonly Framework[] = FRAMEWORKS): FrameworkSummary[] {
  return frameworks.map((framework) => {
    const covered = new Set(rules.flatMap((rule) => rule.frameworks[framework.id] ?? []))
    const requirements = Object.entries(framework.requirements)
    const automated = requirements.filter(([, r]) => r.assessment === 'automated')
    return {
      id: framework.id,
      name: framework.name,
      version: framework.version,
      requirements: requirements.length,
      automated: automated.length,
      covered: requirements.filter(([id]) => covered.has(id)).length,
      uncoveredAutomated: automated.filter(([id]) => !covered.has(id)).map(([id, r]) => ({ id, title: r.title }))
    }
  })
}

/**
 * Framework ids as a user wrote them (a setting or a flag) → FrameworkId[], or an InputError naming the valid
 * ones. `what` names the input in the message ('--frameworks', 'frameworks').
 */
export function parseFrameworkIds(values: readonly string[], what: string): FrameworkId[] {
  const ids: FrameworkId[] = []
  for (const value of values) {
    const id = value.trim().toLowerCase()
    if (!(FRAMEWORK_IDS as readonly string[]).includes(id)) {
      throw new InputError(`${what}: "${value}" is not a framework Plumbline knows; use ${FRAMEWORK_IDS.join(', ')}`)
    }
    if (!ids.includes(id as FrameworkId)) ids.push(id as FrameworkId)
  }
  return ids
}

/** The rules mapped to at least one of these frameworks; every rule when none is named. */
export function rulesInFrameworks<R extends Pick<Rule, 'frameworks'>>(rules: readonly R[], frameworks: readonly FrameworkId[] | undefined): readonly R[] {
  if (!frameworks || frameworks.length === 0) return rules
  return rules.filter((rule) => frameworks.some((id) => (rule.frameworks[id]?.length ?? 0) > 0))
}
