import { labelDelta } from '../../src/drift/delta.js'
import { decideGate } from '../../src/gate.js'
import type { Evaluation, Severity } from '../../src/types.js'

function ev(rule: string, address: string, status: Evaluation['status'], severity: Severity = 'high', origin: 'plan' | 'state' = 'plan'): Evaluation {
  return {
    rule,
    status,
    severity,
    title: rule,
    message: `${rule} on ${address}`,
    resource: { type: 'AWS::S3::Bucket', id: address, address, origin },
    aliases: { checkov: [], prowler: [] },
    frameworks: {}
  }
}

describe('labelDelta', () => {
  it('labels introduced, pre-existing and fixed, and counts a deletion as a fix', () => {
    const after = [ev('r1', 'a', 'fail'), ev('r1', 'b', 'fail'), ev('r1', 'c', 'pass'), ev('r2', 'a', 'unknown')]
    const before = [ev('r1', 'b', 'fail', 'high', 'state'), ev('r1', 'c', 'fail', 'high', 'state'), ev('r1', 'gone', 'fail', 'high', 'state'), ev('r2', 'a', 'fail', 'high', 'state')]
    const fixed = labelDelta(after, before, new Set(['gone']))
    expect(after.map((e) => e.delta)).toEqual(['introduced', 'pre-existing', 'fixed', undefined])
    expect(fixed.map((e) => e.resource.address)).toEqual(['gone'])
    expect(fixed[0].delta).toBe('fixed')
    expect(before[1].delta).toBe('fixed')
  })

  it('a prior resource the plan does not mention (outside a -target) is not fixed: only a deletion is', () => {
    const after = [ev('r1', 'targeted', 'fail')]
    const before = [ev('r1', 'targeted', 'fail', 'high', 'state'), ev('r1', 'untargeted', 'fail', 'high', 'state'), ev('r1', 'deleted', 'fail', 'high', 'state')]
    const fixed = labelDelta(after, before, new Set(['deleted']))
    expect(fixed.map((e) => e.resource.address)).toEqual(['deleted'])
    expect(before.map((e) => e.delta)).toEqual(['pre-existing', undefined, 'fixed'])
  })
})

describe('decideGate', () => {
  const base = { hasBefore: true, driftCount: 0, failOnDrift: false, incomplete: false, errors: 0, failOnIncomplete: false, unmapped: 0, failOnUnmapped: false }
  const introducedHigh = { ...ev('r1', 'a', 'fail', 'high'), delta: 'introduced' as const }
  const preexistingCritical = { ...ev('r2', 'b', 'fail', 'critical'), delta: 'pre-existing' as const }
  const introducedMedium = { ...ev('r3', 'c', 'fail', 'medium'), delta: 'introduced' as const }
  const suppressedCritical = { ...ev('r4', 'd', 'suppressed', 'critical'), delta: 'introduced' as const }
  const unknownCritical = ev('r5', 'e', 'unknown', 'critical')
  const all = [introducedHigh, preexistingCritical, introducedMedium, suppressedCritical, unknownCritical]

  it('scope new counts only what the change introduces', () => {
    expect(decideGate({ ...base, evaluations: [preexistingCritical, introducedMedium], failOn: 'high', scope: 'new' }).verdict).toBe('pass')
    const verdict = decideGate({ ...base, evaluations: all, failOn: 'high', scope: 'new' })
    expect(verdict).toEqual({ verdict: 'fail', reason: '1 finding at or above high introduced by this change', blocking: [introducedHigh] })
  })

  it('scope all counts every failure at or above the threshold; suppressed and unknown never fail', () => {
    expect(decideGate({ ...base, evaluations: all, failOn: 'high', scope: 'all' }).reason).toBe('2 findings at or above high')
    expect(decideGate({ ...base, evaluations: [suppressedCritical, unknownCritical], failOn: 'info', scope: 'all' }).verdict).toBe('pass')
  })

  it('counts what fails after the change: a before-side failure the change fixes does not fail the gate', () => {
    const fixedLive = { ...ev('r6', 'f', 'fail', 'critical'), delta: 'fixed' as const }
    expect(decideGate({ ...base, evaluations: [fixedLive], failOn: 'high', scope: 'all' }).verdict).toBe('pass')
  })

  it('rule errors never fail the gate by themselves; fail-on-incomplete makes them', () => {
    const errored = ev('r7', 'g', 'error', 'critical')
    expect(decideGate({ ...base, evaluations: [errored], errors: 1, failOn: 'info', scope: 'all' }).verdict).toBe('pass')
    expect(decideGate({ ...base, evaluations: [errored], errors: 1, failOnIncomplete: true, failOn: 'info', scope: 'all' })).toEqual({
      verdict: 'fail',
      reason: '1 rule evaluation could not complete',
      blocking: []
    })
  })

  it('with no threshold and no other fail-on setting the run is not gated, never a pass', () => {
    const verdict = decideGate({ ...base, evaluations: all, failOn: 'none', scope: 'all' })
    expect(verdict.verdict).toBe('not-gated')
    expect(verdict.reason).toBe('no fail-on-severity threshold: findings are reported, not gated')
    expect(verdict.blocking).toEqual([])
  })

  it('with no threshold but fail-on-drift, drift gates and the findings are said to be ungated', () => {
    expect(decideGate({ ...base, evaluations: all, failOn: 'none', scope: 'all', failOnDrift: true })).toMatchObject({
      verdict: 'pass',
      reason: 'findings are not gated (fail-on-severity none); no drift'
    })
    expect(decideGate({ ...base, evaluations: all, failOn: 'none', scope: 'all', failOnDrift: true, driftCount: 2 }).verdict).toBe('fail')
  })

  it('a finding seen on the plan and on the live resource counts once', () => {
    const live = { ...introducedHigh, resource: { ...introducedHigh.resource, origin: 'live' as const } }
    const decision = decideGate({ ...base, evaluations: [introducedHigh, live], failOn: 'high', scope: 'all' })
    expect(decision.reason).toBe('1 finding at or above high')
    expect(decision.blocking).toHaveLength(2)
  })

  it('fail-on-unmapped fails when Terraform resources go unchecked', () => {
    expect(decideGate({ ...base, evaluations: [], failOn: 'high', scope: 'all', unmapped: 3 }).verdict).toBe('pass')
    expect(decideGate({ ...base, evaluations: [], failOn: 'high', scope: 'all', unmapped: 3, failOnUnmapped: true })).toMatchObject({
      verdict: 'fail',
      reason: '3 Terraform resources not checked (no mapping yet, or parent not in this configuration)'
    })
    expect(decideGate({ ...base, evaluations: [], failOn: 'high', scope: 'all', unmapped: 0, failOnUnmapped: true }).reason).toBe('no finding at or above high; every resource mapped')
  })

  it('without a before side, scope new counts every finding', () => {
    const verdict = decideGate({ ...base, hasBefore: false, evaluations: [ev('r1', 'a', 'fail', 'critical')], failOn: 'high', scope: 'new' })
    expect(verdict).toMatchObject({
      verdict: 'fail',
      reason: '1 finding at or above high (gate-scope new needs a plan to tell what the change introduces, so every finding counts)'
    })
    expect(decideGate({ ...base, hasBefore: false, evaluations: [], failOn: 'high', scope: 'new' }).reason).toContain('every finding counts')
    expect(decideGate({ ...base, hasBefore: false, evaluations: [], failOn: 'high', scope: 'all' }).reason).toBe('no finding at or above high')
  })
})
