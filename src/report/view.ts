// Small helpers every writer shares: how a resource is named in a message, the order findings are shown in,
// and the severity × status tally. Pure functions of the report model.
import { SEVERITIES, type CoverageEntry, type Delta, type Evaluation, type EvaluationStatus, type ResourceRef, type Severity } from '../types.js'
import { evaluationKey } from '../gate.js'
import { compareSeverity } from './severity.js'

export const STATUSES: readonly EvaluationStatus[] = ['fail', 'unknown', 'suppressed', 'pass']

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

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A finding is a failing evaluation that still holds after the change. A "before"-side failure the change fixes
 * (delta 'fixed', e.g. the plan deletes the resource) stays in the model as context but is not a finding.
 */
export function isFinding(evaluation: Evaluation): boolean {
  return evaluation.status === 'fail' && evaluation.delta !== 'fixed'
}

/** Findings, most severe first. */
export function failingFindings(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations.filter(isFinding).sort(compareEvaluations)
}

export interface Tally {
  bySeverity: Record<Severity, Record<EvaluationStatus, number>>
  byStatus: Record<EvaluationStatus, number>
  total: number
}

export function tally(evaluations: readonly Evaluation[]): Tally {
  const emptyRow = (): Record<EvaluationStatus, number> => ({ fail: 0, unknown: 0, suppressed: 0, pass: 0 })
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, emptyRow()])) as Tally['bySeverity']
  const byStatus = emptyRow()
  for (const evaluation of evaluations) {
    // A "before"-side failure the change fixes is context, not a check of the result: counting it would make
    // these tables disagree with run.counts and the step outputs.
    if (evaluation.status === 'fail' && evaluation.delta === 'fixed') continue
    bySeverity[evaluation.severity][evaluation.status]++
    byStatus[evaluation.status]++
  }
  return { bySeverity, byStatus, total: SEVERITIES.reduce((n, s) => n + Object.values(bySeverity[s]).reduce((a, b) => a + b, 0), 0) }
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

/**
 * The posture delta as counts: distinct (rule, resource) per label among failing and fixed evaluations, so a
 * finding labelled on both sides (plan and live) counts once. `any` says whether anything is labelled at all.
 */
export function deltaCounts(evaluations: readonly Evaluation[]): { any: boolean; counts: Record<Delta, number> } {
  const keys: Record<Delta, Set<string>> = { introduced: new Set(), fixed: new Set(), drift: new Set(), 'pre-existing': new Set() }
  let any = false
  for (const e of evaluations) {
    if (e.delta === undefined || (e.status !== 'fail' && e.delta !== 'fixed')) continue
    any = true
    keys[e.delta].add(evaluationKey(e))
  }
  return { any, counts: { introduced: keys.introduced.size, fixed: keys.fixed.size, drift: keys.drift.size, 'pre-existing': keys['pre-existing'].size } }
}
