// Findings counted per rule and per account, for the job summary and the pull-request comment at organization
// scale: a list of thousands of findings across dozens of accounts is read by nobody, while "which rules fail
// where, and which accounts are worst" fits in two short tables. Pure functions of the findings (FindingGroups,
// one per rule and resource, as every writer counts them); the writers render them (summary.ts).
import { SEVERITIES, type Severity } from '../types.js'
import { compareSeverity, SEVERITY_RANK } from '../model/severity.js'
import { compareText } from '../model/values.js'
import type { FindingGroup } from './view.js'

/**
 * Above this many findings a list stops being read: the writers show the tables and list only the most severe
 * (or, in a pull request, what the change brings) first. Fifty rows is about two screens of a summary or a
 * comment, and still under a tenth of what either may hold.
 */
export const AGGREGATE_ABOVE_FINDINGS = 50

/** Whether findings are counted per rule and per account rather than only listed: many, or in several accounts. */
export function aggregates(findings: readonly FindingGroup[]): boolean {
  return findings.length > AGGREGATE_ABOVE_FINDINGS || findingAccounts(findings).length > 1
}

/** The account a finding is in: its live side's when it has one, else the first side's (absent for plain Terraform). */
export function accountOf(finding: FindingGroup): string | undefined {
  const live = finding.sides.find((side) => side.resource.origin === 'live')
  return (live ?? finding.sides[0]).resource.account
}

/** The distinct accounts of the findings, in id order. */
export function findingAccounts(findings: readonly FindingGroup[]): string[] {
  const accounts = new Set<string>()
  for (const finding of findings) {
    const account = accountOf(finding)
    if (account !== undefined) accounts.add(account)
  }
  return [...accounts].sort(compareText)
}

export interface RuleTotal {
  rule: string
  title: string
  /** The worst severity the rule's findings carry. */
  severity: Severity
  findings: number
  /** The accounts the rule fails in, in id order. */
  accounts: string[]
}

/** Findings per rule: most severe rules first, then the rules with most findings, then by id. */
export function ruleTotals(findings: readonly FindingGroup[]): RuleTotal[] {
  const byRule = new Map<string, RuleTotal & { seen: Set<string> }>()
  for (const finding of findings) {
    let total = byRule.get(finding.rule)
    if (!total) {
      total = { rule: finding.rule, title: finding.title, severity: finding.severity, findings: 0, accounts: [], seen: new Set() }
      byRule.set(finding.rule, total)
    }
    total.findings++
    if (compareSeverity(finding.severity, total.severity) < 0) total.severity = finding.severity
    const account = accountOf(finding)
    if (account !== undefined) total.seen.add(account)
  }
  return [...byRule.values()]
    .map(({ seen, ...total }) => ({ ...total, accounts: [...seen].sort(compareText) }))
    .sort((a, b) => compareSeverity(a.severity, b.severity) || b.findings - a.findings || compareText(a.rule, b.rule))
}

export interface AccountTotal {
  /** Absent for findings that name no account (Terraform code without a live side). */
  account?: string
  bySeverity: Record<Severity, number>
  findings: number
}

/**
 * Findings per account by severity: the accounts with the most critical findings first, then high, and so on; the
 * findings that name no account (Terraform code) last, apart from the accounts.
 */
export function accountTotals(findings: readonly FindingGroup[]): AccountTotal[] {
  const byAccount = new Map<string | undefined, AccountTotal>()
  for (const finding of findings) {
    const account = accountOf(finding)
    let total = byAccount.get(account)
    if (!total) {
      total = { ...(account !== undefined ? { account } : {}), bySeverity: emptyCounts(), findings: 0 }
      byAccount.set(account, total)
    }
    total.bySeverity[finding.severity]++
    total.findings++
  }
  const worstFirst = [...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])
  return [...byAccount.values()].sort(
    (a, b) =>
      Number(a.account === undefined) - Number(b.account === undefined) ||
      worstFirst.reduce((order, severity) => order || b.bySeverity[severity] - a.bySeverity[severity], 0) ||
      compareText(a.account ?? '', b.account ?? '')
  )
}

function emptyCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>
}
