// The posture delta across the three sides a run may have: the plan's planned values ("after"), the live estate
// (or, without a scan, the plan's prior state) as "before", and Terraform's state as what the code last applied.
// Each failing evaluation is labelled: introduced by this change (fails after, not before), fixed by this change
// (failed before, passes after; a deletion counts), introduced by drift (fails live, passes in state), or
// pre-existing (fails on both sides compared).
import { EvaluationKeyMap } from '../model/counts.js'
import type { Evaluation } from '../types.js'

export interface DeltaInput {
  /** Evaluations of the planned values; empty without a plan. */
  after: Evaluation[]
  /** Evaluations of the plan's prior state; empty without a plan. */
  prior: Evaluation[]
  /** Evaluations of the live inventory; empty without a live side. */
  live: Evaluation[]
  /** Evaluations of Terraform's state (state files, else the prior state): the reference for "drift". */
  state: Evaluation[]
  /**
   * Addresses the plan deletes (not those it only forgets). Not "every prior address missing after": a plan made
   * with -target has changes for the targeted resources only, while its prior state holds the whole state.
   */
  deletedAddresses: ReadonlySet<string>
  hasPlan: boolean
}

const failing = (e: Evaluation): boolean => e.status === 'fail' || e.status === 'suppressed'

/**
 * Label each "after" evaluation against the "before" side: introduced (fails after, not before), fixed
 * (failed before, passes after), pre-existing (fails on both). Before-side failures whose resource the plan
 * deletes are returned as fixes: a deletion counts as a fix. A resource the plan does not mention (outside a
 * -target) is neither.
 */
export function labelDelta(after: Evaluation[], before: Evaluation[], deletedAddresses: ReadonlySet<string>): Evaluation[] {
  // Per key: the last "before" evaluation with it, and whether an "after" evaluation has the key too.
  const beforeByKey = new EvaluationKeyMap<{ evaluation: Evaluation; inAfter: boolean }>()
  for (const e of before) {
    const entry = beforeByKey.get(e)
    if (entry === undefined) beforeByKey.set(e, { evaluation: e, inAfter: false })
    else entry.evaluation = e
  }
  for (const e of after) {
    const entry = beforeByKey.get(e)
    if (entry !== undefined) entry.inAfter = true
    const prior = entry?.evaluation
    const failedBefore = prior !== undefined && failing(prior)
    if (failing(e)) e.delta = failedBefore ? 'pre-existing' : 'introduced'
    else if (e.status === 'pass' && failedBefore) e.delta = 'fixed'
    if (prior && e.delta) prior.delta = e.delta
  }
  const fixedByDeletion: Evaluation[] = []
  for (const e of before) {
    if (!failing(e) || beforeByKey.get(e)?.inAfter === true) continue
    if (e.resource.address && deletedAddresses.has(e.resource.address)) {
      e.delta = 'fixed'
      fixedByDeletion.push(e)
    }
  }
  return fixedByDeletion
}

/**
 * Labels the evaluations in place and returns the ones to list in addition: prior-state failures that the plan
 * fixes by deleting their resource (the live side's own evaluations are listed already).
 */
export function labelPostureDelta(input: DeltaInput): Evaluation[] {
  let extra: Evaluation[] = []
  if (input.hasPlan) {
    const liveBefore = input.live.length > 0
    const fixedByDeletion = labelDelta(input.after, liveBefore ? input.live : input.prior, input.deletedAddresses)
    extra = liveBefore ? [] : fixedByDeletion
  }
  // Live failures against what Terraform last applied: drift when the state passes, pre-existing when it fails
  // too. A failure the plan fixes keeps that label: it is what the reviewer acts on.
  if (input.live.length === 0) return extra
  const stateByKey = new EvaluationKeyMap<Evaluation>()
  for (const e of input.state) stateByKey.set(e, e)
  for (const e of input.live) {
    if (!failing(e) || e.delta === 'fixed') continue
    const state = stateByKey.get(e)
    if (!state || state.status === 'unknown') continue
    e.delta = failing(state) ? 'pre-existing' : 'drift'
  }
  return extra
}
