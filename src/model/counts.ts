// The run's counts, defined once. Every place that shows a number — the CLI line, the results JSON's run.counts,
// the step outputs, the job summary, the pull-request comment, the HTML report — takes it from here, so the same
// run never says 26 failed in one place and 20 in another.
//
// - A check is an evaluation of the state the run judges: the plan's planned values (or the code, or the state)
//   and the live estate. A "before"-side failure that the change fixes (delta 'fixed': the plan deletes the
//   resource, or the live failure the plan repairs) is context for the posture delta, not a check: it is counted
//   as `fixed`, apart.
// - Failing = a check whose status is fail: what still fails after the change, and the live findings.
// - `error`: a rule that threw on a resource; counted apart, never a failure (see evaluate.ts).
import { SEVERITIES, type Delta, type Evaluation, type EvaluationStatus, type ResourceRef, type RunCounts, type Severity } from '../types.js'

/** The statuses in the order reports list them. */
export const STATUSES: readonly EvaluationStatus[] = ['fail', 'error', 'unknown', 'suppressed', 'pass']

/**
 * A failing evaluation of the judged state. A "before"-side failure the change fixes (delta 'fixed') stays in
 * the model as context but is not a finding.
 */
export function isFinding(evaluation: Evaluation): boolean {
  return evaluation.status === 'fail' && evaluation.delta !== 'fixed'
}

/** Whether the evaluation is a check of the judged state (everything but the fixed "before"-side failures). */
export function isCheck(evaluation: Evaluation): boolean {
  return !(evaluation.delta === 'fixed' && evaluation.status !== 'pass')
}

export interface Tally {
  bySeverity: Record<Severity, Record<EvaluationStatus, number>>
  byStatus: Record<EvaluationStatus, number>
  total: number
}

export function tally(evaluations: readonly Evaluation[]): Tally {
  const emptyRow = (): Record<EvaluationStatus, number> => ({ fail: 0, error: 0, unknown: 0, suppressed: 0, pass: 0 })
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, emptyRow()])) as Tally['bySeverity']
  const byStatus = emptyRow()
  let total = 0
  for (const evaluation of evaluations) {
    if (!isCheck(evaluation)) continue
    bySeverity[evaluation.severity][evaluation.status]++
    byStatus[evaluation.status]++
    total++
  }
  return { bySeverity, byStatus, total }
}

/**
 * The posture delta as counts: distinct (rule, resource) per label among failing and fixed evaluations, so a
 * finding labelled on both sides (plan and live) counts once. `any` says whether anything is labelled at all.
 */
export function deltaCounts(evaluations: readonly Evaluation[]): { any: boolean; counts: Record<Delta, number> } {
  const keys: Record<Delta, EvaluationKeyMap<true>> = {
    introduced: new EvaluationKeyMap(),
    fixed: new EvaluationKeyMap(),
    drift: new EvaluationKeyMap(),
    'pre-existing': new EvaluationKeyMap()
  }
  let any = false
  for (const e of evaluations) {
    if (e.delta === undefined || (e.status !== 'fail' && e.delta !== 'fixed')) continue
    any = true
    keys[e.delta].set(e, true)
  }
  return { any, counts: { introduced: keys.introduced.size, fixed: keys.fixed.size, drift: keys.drift.size, 'pre-existing': keys['pre-existing'].size } }
}

/** The resource half of an evaluation's key: the Terraform address (and part), else type and identifier. */
function resourceKey(ref: ResourceRef): string {
  return `${ref.address ?? `${ref.type}\u0000${ref.id}`}${ref.part === undefined ? '' : `\u0000${ref.part}`}`
}

/**
 * An evaluation's (rule, resource) key: the Terraform address when it has one (with the part, when one Terraform
 * resource is several CloudFormation resources), else type and identifier.
 */
export const evaluationKey = (e: Evaluation): string => `${e.rule}\u0000${resourceKey(e.resource)}`

/**
 * A map keyed as evaluationKey keys evaluations (same rule, same resource key), without building that string for
 * every evaluation: the posture delta and the counts key some 30,000 evaluations of a large plan, and all the
 * evaluations of one resource share its reference, so the resource's key is built once per reference and the
 * rule id (a constant string) looks up the rest. The references must not change while the map is in use: it
 * lives for one pass over evaluations.
 */
export class EvaluationKeyMap<V> {
  private readonly byResource = new Map<string, Map<string, V>>()
  private count = 0
  // The last reference seen and its rules: evaluateInventory lists a resource's evaluations one after another, so
  // most lookups are for the same reference as the one before and need neither its key nor a second map lookup.
  private lastRef: ResourceRef | undefined
  private lastKey = ''

  get size(): number {
    return this.count
  }

  get(e: Evaluation): V | undefined {
    return this.byResource.get(this.keyOf(e.resource))?.get(e.rule)
  }

  set(e: Evaluation, value: V): void {
    const key = this.keyOf(e.resource)
    let byRule = this.byResource.get(key)
    if (byRule === undefined) this.byResource.set(key, (byRule = new Map()))
    if (!byRule.has(e.rule)) this.count++
    byRule.set(e.rule, value)
  }

  private keyOf(ref: ResourceRef): string {
    if (ref !== this.lastRef) {
      this.lastRef = ref
      this.lastKey = resourceKey(ref)
    }
    return this.lastKey
  }
}

/** How many distinct (rule, resource) keys the evaluations have. */
export function distinctKeys(evaluations: Iterable<Evaluation>): number {
  const seen = new EvaluationKeyMap<true>()
  for (const e of evaluations) seen.set(e, true)
  return seen.size
}

/**
 * run.counts of the report model: every number a report shows about the evaluations. One pass for all of them
 * (what tally, deltaCounts' fixed and the distinct findings count), not three over some 25,000 evaluations.
 */
export function countEvaluations(evaluations: readonly Evaluation[], resources: number, unmapped: number): RunCounts {
  const byStatus: Record<EvaluationStatus, number> = { fail: 0, error: 0, unknown: 0, suppressed: 0, pass: 0 }
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as RunCounts['bySeverity']
  const fixed = new EvaluationKeyMap<true>()
  const findings = new EvaluationKeyMap<true>()
  let total = 0
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i]
    if (isCheck(e)) {
      byStatus[e.status]++
      if (e.status === 'fail') bySeverity[e.severity]++
      total++
    }
    if (e.delta === 'fixed') fixed.set(e, true)
    if (isFinding(e)) findings.set(e, true)
  }
  return {
    resources,
    evaluations: total,
    pass: byStatus.pass,
    fail: byStatus.fail,
    error: byStatus.error,
    unknown: byStatus.unknown,
    suppressed: byStatus.suppressed,
    fixed: fixed.size,
    findings: findings.size,
    bySeverity,
    unmapped,
    drift: { inSync: 0, changed: 0, missing: 0, unmanaged: 0 }
  }
}
