// Small helpers every writer shares: how a resource is named in a message, the order findings are shown in,
// and the severity × status tally. Pure functions of the report model.
import { SEVERITIES, type ChangesSummary, type CoverageEntry, type Delta, type DriftEntry, type Evaluation, type LastChange, type ResourceRef, type RuleMetadata, type Severity, type SourceLocation } from '../types.js'
import { evaluationKey, isFinding } from '../model/counts.js'
import { compareSeverity } from '../model/severity.js'
import { compareText } from '../model/values.js'

// The counting definitions live in ../model/counts.ts; writers import them from here with the other view helpers.
export { STATUSES, deltaCounts, isFinding, tally, type Tally } from '../model/counts.js'

/** How a resource is named to a person: its Terraform address when it has one, else type and identifier. */
export function resourceLabel(resource: ResourceRef): string {
  const name = resource.address ?? `${resource.type} ${resource.id ?? '(not created yet)'}`
  if (resource.origin !== 'live') return name
  // A live resource placed at its .tf block is named by its address; the ARN (or type and id) says which one.
  const live = resource.arn ?? (resource.address ? `${resource.type} ${resource.id ?? ''}`.trim() : undefined)
  return live && live !== name ? `${name} (${live})` : name
}

/** Where a live resource lives, for messages that must tell accounts and regions apart. */
export function resourcePlace(resource: ResourceRef): string {
  return [resource.account, resource.region].filter((part): part is string => Boolean(part)).join('/')
}

/**
 * Most severe first; ties by rule, then resource, then path, so every writer lists the same findings in the
 * same order and outputs are reproducible.
 */
export function compareEvaluations(a: Evaluation, b: Evaluation): number {
  return (
    compareSeverity(a.severity, b.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(resourceLabel(a.resource), resourceLabel(b.resource)) ||
    compareText(a.path ?? '', b.path ?? '')
  )
}


/** Findings, most severe first. */
export function failingFindings(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations.filter(isFinding).sort(compareEvaluations)
}

/**
 * `${base}/${file}#L${line}`, only for an https base (the run's own GitHub URL), with each path segment
 * percent-encoded, so nothing from a file name can turn the link into another scheme or break the attribute.
 */
export function sourceLink(base: string | undefined, file: string, line: number): string {
  if (!base || !/^https:\/\/[^\s"'<>()]+$/.test(base)) return ''
  const path = file
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
  return `${base.replace(/\/+$/, '')}/${path}#L${line}`
}

/** The coverage ledger in one line: how many (account, region, type) entries ended in each state. */
export function coverageLine(coverage: readonly CoverageEntry[]): string {
  const by = { scanned: 0, denied: 0, unsupported: 0, failed: 0 }
  for (const entry of coverage) by[entry.state]++
  const rest = (['denied', 'unsupported', 'failed'] as const).filter((state) => by[state] > 0).map((state) => `${by[state]} ${state}`)
  return `${by.scanned} of ${coverage.length} (account, region, type) entries scanned${rest.length ? `; ${rest.join(', ')}` : ': complete'}`
}

/** The ledger entries that were not fully read, in ledger order. */
export function incompleteCoverage(coverage: readonly CoverageEntry[]): CoverageEntry[] {
  return coverage.filter((entry) => entry.state !== 'scanned')
}

/** Which input an evaluation judged, as a reader names it. */
export type FindingSide = 'plan' | 'code' | 'state' | 'live'

export function sideOf(evaluation: Evaluation): FindingSide {
  const origin = evaluation.resource.origin
  return origin === 'hcl' ? 'code' : origin
}

/**
 * One finding as a reader sees it: a (rule, resource) pair, with every side that judged it (the plan's planned
 * values and the live resource placed at the same .tf block are one finding seen twice).
 */
export interface FindingGroup {
  key: string
  rule: string
  severity: Severity
  title: string
  /** The Terraform side's message when there is one (it names what the change sets), else the live side's. */
  message: string
  resource: string
  location?: SourceLocation
  /** The delta of the Terraform side when there is one: what the change does to this finding. */
  delta?: Delta
  /** Whether any side is counted by the gate. */
  blocksGate: boolean
  /** Most relevant first: the Terraform side, then live. */
  sides: Evaluation[]
}

const SIDE_ORDER: Record<FindingSide, number> = { plan: 0, code: 1, state: 2, live: 3 }

/**
 * Evaluations grouped by `keyOf` (undefined leaves one out), in first-seen order: each group's sides the Terraform
 * side first, its severity the worst of them. The one way every writer builds a finding from its sides.
 */
export function groupEvaluations(evaluations: readonly Evaluation[], keyOf: (e: Evaluation) => string | undefined): FindingGroup[] {
  const groups = new Map<string, Evaluation[]>()
  for (const e of evaluations) {
    const key = keyOf(e)
    if (key !== undefined) addToGroup(groups, key, e)
  }
  return findingGroupsOf(groups)
}

/** Adds an evaluation to the list under `key`: how callers that sort evaluations into several groupings at once fill them. */
export function addToGroup(groups: Map<string, Evaluation[]>, key: string, evaluation: Evaluation): void {
  const list = groups.get(key)
  if (list) list.push(evaluation)
  else groups.set(key, [evaluation])
}

/** Lists of evaluations, each one finding, as FindingGroups (groupEvaluations' second half), in the map's order. */
export function findingGroupsOf(groups: ReadonlyMap<string, Evaluation[]>): FindingGroup[] {
  const result: FindingGroup[] = []
  for (const [key, list] of groups) {
    // Most groups have one side (a large plan gives thousands): no sort, no callbacks for them.
    const sides = list.length === 1 ? list : list.sort((a, b) => SIDE_ORDER[sideOf(a)] - SIDE_ORDER[sideOf(b)] || compareEvaluations(a, b))
    const first = sides[0]
    let severity = first.severity
    let location: SourceLocation | undefined
    let blocksGate = false
    for (const e of sides) {
      if (compareSeverity(e.severity, severity) < 0) severity = e.severity
      location ??= e.location ? e.location : undefined
      if (e.blocksGate === true) blocksGate = true
    }
    result.push({
      key,
      rule: first.rule,
      severity,
      title: first.title,
      message: first.message,
      // Sides are sorted Terraform first: the first is live only when every side is.
      resource: resourceLabel(first.resource),
      location,
      delta: first.delta,
      blocksGate,
      sides
    })
  }
  return result
}

/** Failing findings grouped per (rule, resource), blocking ones first, then most severe; stable across writers. */
export function groupFindings(evaluations: readonly Evaluation[]): FindingGroup[] {
  return groupEvaluations(evaluations, (e) => (isFinding(e) ? evaluationKey(e) : undefined)).sort(compareFindingGroups)
}

/** The order groupFindings lists failing findings in. */
export function compareFindingGroups(a: FindingGroup, b: FindingGroup): number {
  return (
    Number(b.blocksGate) - Number(a.blocksGate) ||
    compareSeverity(a.severity, b.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.resource, b.resource)
  )
}

/** How one side of a finding stands, in a few words: "plan: introduced", "live 123456789012/eu-west-1: pre-existing". */
export function sideLabel(evaluation: Evaluation): string {
  const side = sideOf(evaluation)
  const place = side === 'live' ? resourcePlace(evaluation.resource) : ''
  const name = place ? `${side} ${place}` : side
  return evaluation.delta ? `${name}: ${evaluation.delta}` : name
}

/** What a reader calls findings (a finding seen on the plan and live is one), and how many block the gate. */
export function findingsLine(findings: number, blocking: number): string {
  return `${findings} ${findings === 1 ? 'finding' : 'findings'} (distinct rule and resource)${blocking > 0 ? `, ${blocking} blocking the gate` : ''}`
}

/** One rule's failing findings across the run: the report's per-rule summary. */
export interface RuleSummary {
  rule: string
  title: string
  /** The worst severity among its failing findings (a configured override can raise one above the rule's own). */
  severity: Severity
  /** Failing findings (distinct rule and resource), as the findings list counts them. */
  failing: number
  /** Distinct accounts with a failing finding of the rule (Terraform-only findings have none). */
  accounts: number
}

/** One account's failing findings: the report's per-account summary. '' holds the findings no side places in an account. */
export interface AccountSummary {
  account: string
  bySeverity: Record<Severity, number>
  failing: number
  /** Its rules with the most failing findings, most first (ties: most severe, then by id). */
  topRules: Array<{ rule: string; count: number }>
}

/**
 * The accounts a finding belongs to: those of its sides, '' for a side that has none (the plan's). The findings
 * list's account filter reads the same values, so a summary's count is what its filter shows.
 */
export function findingAccounts(group: FindingGroup): string[] {
  const accounts: string[] = []
  for (const side of group.sides) {
    const account = side.resource.account ?? ''
    if (!accounts.includes(account)) accounts.push(account)
  }
  return accounts
}

/**
 * Failing findings per rule, most severe first, then most findings, then by id. `findings` are failing findings
 * as groupFindings gives them; titles come from the rules' metadata when it has them.
 */
export function ruleSummaries(findings: readonly FindingGroup[], rules: readonly RuleMetadata[]): RuleSummary[] {
  const titles = new Map(rules.map((rule) => [rule.id, rule.title]))
  const byRule = new Map<string, { summary: RuleSummary; accounts: Set<string> }>()
  for (const finding of findings) {
    let entry = byRule.get(finding.rule)
    if (!entry) {
      entry = { summary: { rule: finding.rule, title: titles.get(finding.rule) ?? finding.title, severity: finding.severity, failing: 0, accounts: 0 }, accounts: new Set() }
      byRule.set(finding.rule, entry)
    }
    entry.summary.failing++
    if (compareSeverity(finding.severity, entry.summary.severity) < 0) entry.summary.severity = finding.severity
    for (const account of findingAccounts(finding)) if (account !== '') entry.accounts.add(account)
  }
  return [...byRule.values()]
    .map(({ summary, accounts }) => ({ ...summary, accounts: accounts.size }))
    .sort((a, b) => compareSeverity(a.severity, b.severity) || b.failing - a.failing || compareText(a.rule, b.rule))
}

/**
 * Failing findings per account: most critical findings first, then most high, and so on down the severities, then
 * most findings, then by account. A finding seen in two accounts counts in both.
 */
export function accountSummaries(findings: readonly FindingGroup[], topRules = 3): AccountSummary[] {
  const byAccount = new Map<string, { summary: AccountSummary; rules: Map<string, { count: number; severity: Severity }> }>()
  for (const finding of findings) {
    for (const account of findingAccounts(finding)) {
      let entry = byAccount.get(account)
      if (!entry) {
        const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>
        entry = { summary: { account, bySeverity, failing: 0, topRules: [] }, rules: new Map() }
        byAccount.set(account, entry)
      }
      entry.summary.bySeverity[finding.severity]++
      entry.summary.failing++
      const rule = entry.rules.get(finding.rule)
      if (rule) {
        rule.count++
        if (compareSeverity(finding.severity, rule.severity) < 0) rule.severity = finding.severity
      } else entry.rules.set(finding.rule, { count: 1, severity: finding.severity })
    }
  }
  const summaries = [...byAccount.values()].map(({ summary, rules }) => ({
    ...summary,
    topRules: [...rules]
      .sort(([ra, a], [rb, b]) => b.count - a.count || compareSeverity(a.severity, b.severity) || compareText(ra, rb))
      .slice(0, topRules)
      .map(([rule, { count }]) => ({ rule, count }))
  }))
  return summaries.sort((a, b) => {
    for (const severity of SEVERITIES) if (a.bySeverity[severity] !== b.bySeverity[severity]) return b.bySeverity[severity] - a.bySeverity[severity]
    return b.failing - a.failing || compareText(a.account, b.account)
  })
}

/**
 * who-changed in words, for every writer: who made the last write on the resource, with which call and when; or
 * that CloudTrail holds none in its 90 days. Undefined when it was not looked up (the setting off, or denied).
 */
export function lastChangeText(change: LastChange | null | undefined): string | undefined {
  if (change === undefined) return undefined
  if (change === null) return 'CloudTrail holds no write on it in the last 90 days'
  const session = change.sessionName && !change.principal.endsWith(`/${change.sessionName}`) ? ` (session ${change.sessionName})` : ''
  return `last changed by ${change.principal}${session} with ${change.eventName} at ${change.time}`
}

/** The changes mode in one sentence, for the summary and the PR comment. */
export function changesLine(changes: ChangesSummary): string {
  const ignored = changes.ignored.reduce((n, i) => n + i.count, 0)
  return (
    `changes since ${changes.since}: ${changes.events} write event(s) in CloudTrail` +
    (ignored > 0 ? ` (${ignored} touching nothing scanned)` : '') +
    `; ${changes.reread} resource(s) read again, ${changes.removed} deleted, ${changes.relisted} type(s) listed again` +
    (changes.failed > 0 ? `, ${changes.failed} that could not be read again` : '') +
    '; everything else is as the inventory holds it'
  )
}

/** Who made the drift changes, the most frequent principals first ("" when nobody was named). */
export function driftAuthorsLine(drift: readonly DriftEntry[], top = 3): string {
  const counts = new Map<string, number>()
  for (const entry of drift) if (entry.lastChange) counts.set(entry.lastChange.principal, (counts.get(entry.lastChange.principal) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
  if (sorted.length === 0) return ''
  const more = sorted.length > top ? ` and ${sorted.length - top} more` : ''
  return `last changed by ${sorted.slice(0, top).map(([principal, n]) => `${principal} (${n})`).join(', ')}${more}`
}
