// The gate verdict: whether the run fails, and why. The posture delta it reads (introduced, fixed, drift,
// pre-existing) is labelled before, by src/drift/delta.ts.
import { distinctKeys, isFinding } from './model/counts.js'
import { meetsThreshold } from './model/severity.js'
import type { Evaluation, GateVerdict } from './types.js'
import type { GateScope, Threshold } from './config.js'

export interface GateInput {
  evaluations: readonly Evaluation[]
  failOn: Threshold
  scope: GateScope
  /** Whether a "before" side existed, so that `new` can tell what the change introduces. */
  hasBefore: boolean
  driftCount: number
  failOnDrift: boolean
  incomplete: boolean
  /** Evaluations a rule could not complete (status error): incomplete too, for fail-on-incomplete. */
  errors: number
  failOnIncomplete: boolean
  /** Terraform resources no mapping covers, so no rule judged them. */
  unmapped: number
  failOnUnmapped: boolean
}

export interface GateDecision {
  verdict: GateVerdict
  reason: string
  /** The findings the severity threshold counts: what a reader must fix to pass. */
  blocking: Evaluation[]
}

/**
 * The verdict. With no fail-on-* setting at all nothing can fail the run, and that is said as such
 * ("not-gated"), never as a pass: a green PASS above critical findings would read as an all-clear.
 */
export function decideGate(input: GateInput): GateDecision {
  const reasons: string[] = []
  let blocking: Evaluation[] = []
  const newScope = input.scope === 'new' && input.hasBefore
  if (input.failOn !== 'none') {
    const threshold = input.failOn
    const atOrAbove = input.evaluations.filter((e) => isFinding(e) && meetsThreshold(e.severity, threshold))
    blocking = newScope ? atOrAbove.filter((e) => e.delta === 'introduced') : atOrAbove
    // A finding seen on the plan and on the live resource is one finding to the reader.
    const counted = distinctKeys(blocking)
    if (counted > 0) {
      const what = `${counted} finding${counted === 1 ? '' : 's'} at or above ${threshold}`
      reasons.push(newScope ? `${what} introduced by this change` : `${what}${scopeNote(input)}`)
    }
  }
  if (input.failOnDrift && input.driftCount > 0) reasons.push(`${input.driftCount} drifted resource${input.driftCount === 1 ? '' : 's'}`)
  if (input.failOnIncomplete && input.incomplete) reasons.push('coverage is incomplete')
  if (input.failOnIncomplete && input.errors > 0) {
    reasons.push(`${input.errors} rule evaluation${input.errors === 1 ? '' : 's'} could not complete`)
  }
  if (input.failOnUnmapped && input.unmapped > 0) {
    reasons.push(`${input.unmapped} Terraform resource${input.unmapped === 1 ? '' : 's'} not checked (no mapping yet, or parent not in this configuration)`)
  }
  if (reasons.length > 0) return { verdict: 'fail', reason: reasons.join('; '), blocking }
  const held = [
    input.failOnDrift ? 'no drift' : '',
    input.failOnIncomplete ? 'coverage complete' : '',
    input.failOnUnmapped ? 'every resource mapped' : ''
  ].filter(Boolean)
  if (input.failOn === 'none') {
    const also = held.length > 0 ? `; ${held.join(', ')}` : ''
    if (held.length === 0) return { verdict: 'not-gated', reason: 'no fail-on-severity threshold: findings are reported, not gated', blocking }
    return { verdict: 'pass', reason: `findings are not gated (fail-on-severity none)${also}`, blocking }
  }
  const scope = newScope ? ' introduced by this change' : scopeNote(input)
  return { verdict: 'pass', reason: [`no finding at or above ${input.failOn}${scope}`, ...held].join('; '), blocking }
}
/**
 * gate-scope new without a "before" side (.tf code or state, no plan) cannot tell what a change introduces, so
 * every finding counts: say so, or a pull request failing on findings it did not add would look like a bug.
 */
function scopeNote(input: GateInput): string {
  return input.scope === 'new' && !input.hasBefore ? ' (gate-scope new needs a plan to tell what the change introduces, so every finding counts)' : ''
}
