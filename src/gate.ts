// The posture delta between the plan's "before" (its prior state) and "after" (its planned values), and the
// gate verdict. Live "before" comes with the live scan; the labels are the same.
import { meetsThreshold } from './report/severity.js'
import type { Evaluation } from './types.js'
import type { GateScope, Threshold } from './config.js'

/**
 * An evaluation's (rule, resource) key: the Terraform address when it has one (with the part, when one Terraform
 * resource is several CloudFormation resources), else type and identifier.
 */
export const evaluationKey = (e: Evaluation): string =>
  `${e.rule}\u0000${e.resource.address ?? `${e.resource.type}\u0000${e.resource.id}`}${e.resource.part === undefined ? '' : `\u0000${e.resource.part}`}`
const keyOf = evaluationKey

const failing = (e: Evaluation): boolean => e.status === 'fail' || e.status === 'suppressed'

/**
 * Label each "after" evaluation against the "before" side: introduced (fails after, not before), fixed
 * (failed before, passes after), pre-existing (fails on both). Before-side failures whose resource is gone
 * after (deleted by the plan) are returned as fixes: a deletion counts as a fix.
 */
export function labelDelta(after: Evaluation[], before: Evaluation[], afterAddresses: ReadonlySet<string>): Evaluation[] {
  const beforeByKey = new Map<string, Evaluation>()
  for (const e of before) beforeByKey.set(keyOf(e), e)
  const afterKeys = new Set<string>()
  for (const e of after) {
    const key = keyOf(e)
    afterKeys.add(key)
    const prior = beforeByKey.get(key)
    const failedBefore = prior !== undefined && failing(prior)
    if (failing(e)) e.delta = failedBefore ? 'pre-existing' : 'introduced'
    else if (e.status === 'pass' && failedBefore) e.delta = 'fixed'
    if (prior && e.delta) prior.delta = e.delta
  }
  const fixedByDeletion: Evaluation[] = []
  for (const e of before) {
    if (!failing(e) || afterKeys.has(keyOf(e))) continue
    if (e.resource.address && !afterAddresses.has(e.resource.address)) {
      e.delta = 'fixed'
      fixedByDeletion.push(e)
    }
  }
  return fixedByDeletion
}

export interface GateInput {
  evaluations: readonly Evaluation[]
  failOn: Threshold
  scope: GateScope
  /** Whether a "before" side existed, so that `new` can tell what the change introduces. */
  hasBefore: boolean
  driftCount: number
  failOnDrift: boolean
  incomplete: boolean
  failOnIncomplete: boolean
}

export function decideGate(input: GateInput): { verdict: 'pass' | 'fail'; reason: string } {
  const reasons: string[] = []
  if (input.failOn !== 'none') {
    const threshold = input.failOn
    const atOrAbove = input.evaluations.filter((e) => e.status === 'fail' && meetsThreshold(e.severity, threshold))
    const counted = input.scope === 'new' && input.hasBefore ? atOrAbove.filter((e) => e.delta === 'introduced') : atOrAbove
    if (counted.length > 0) {
      const what = `${counted.length} finding${counted.length === 1 ? '' : 's'} at or above ${threshold}`
      reasons.push(input.scope === 'new' && input.hasBefore ? `${what} introduced by this change` : `${what}${scopeNote(input)}`)
    }
  }
  if (input.failOnDrift && input.driftCount > 0) reasons.push(`${input.driftCount} drifted resource${input.driftCount === 1 ? '' : 's'}`)
  if (input.failOnIncomplete && input.incomplete) reasons.push('coverage is incomplete')
  if (reasons.length > 0) return { verdict: 'fail', reason: reasons.join('; ') }
  if (input.failOn === 'none') return { verdict: 'pass', reason: 'fail-on-severity is none: findings are reported, not gated' }
  const scope = input.scope === 'new' && input.hasBefore ? ' introduced by this change' : scopeNote(input)
  return { verdict: 'pass', reason: `no finding at or above ${input.failOn}${scope}` }
}

/**
 * gate-scope new without a "before" side (.tf code or state, no plan) cannot tell what a change introduces, so
 * every finding counts: say so, or a pull request failing on findings it did not add would look like a bug.
 */
function scopeNote(input: GateInput): string {
  return input.scope === 'new' && !input.hasBefore ? ' (gate-scope new needs a plan to tell what the change introduces, so every finding counts)' : ''
}
