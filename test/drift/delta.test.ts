// The posture delta across plan, live and state: introduced, fixed, drift, pre-existing.
import { labelPostureDelta } from '../../src/drift/delta.js'
import type { Evaluation } from '../../src/types.js'

function evaluation(rule: string, address: string, status: Evaluation['status'], origin: Evaluation['resource']['origin']): Evaluation {
  return {
    rule,
    status,
    severity: 'high',
    title: rule,
    message: `${rule} ${status}`,
    resource: { type: 'AWS::EC2::SecurityGroup', id: address === 'new' ? null : `sg-${address}`, address: `aws_security_group.${address}`, origin },
    aliases: { checkov: [], prowler: [] },
    frameworks: {}
  }
}

describe('labelPostureDelta', () => {
  it('with a plan and a live scan: the plan against live, live against the state', () => {
    const after = [
      evaluation('ssh', 'opened', 'fail', 'plan'), // fails after, passes live: introduced by this change
      evaluation('ssh', 'fixed', 'pass', 'plan'), // passes after, fails live: fixed by this change
      evaluation('ssh', 'old', 'fail', 'plan'), // fails both: pre-existing
      evaluation('ssh', 'drifted', 'fail', 'plan')
    ]
    const live = [
      evaluation('ssh', 'opened', 'pass', 'live'),
      evaluation('ssh', 'fixed', 'fail', 'live'),
      evaluation('ssh', 'old', 'fail', 'live'),
      evaluation('ssh', 'drifted', 'fail', 'live'),
      evaluation('ssh', 'deleted', 'fail', 'live')
    ]
    const state = [evaluation('ssh', 'fixed', 'pass', 'state'), evaluation('ssh', 'old', 'fail', 'state'), evaluation('ssh', 'drifted', 'pass', 'state'), evaluation('ssh', 'deleted', 'fail', 'state')]
    const extra = labelPostureDelta({
      after,
      prior: [],
      live,
      state,
      afterAddresses: new Set(after.map((e) => e.resource.address as string)),
      hasPlan: true
    })
    expect(extra).toEqual([])
    expect(after.map((e) => `${e.resource.address} ${e.delta}`)).toEqual([
      'aws_security_group.opened introduced',
      'aws_security_group.fixed fixed',
      'aws_security_group.old pre-existing',
      'aws_security_group.drifted pre-existing'
    ])
    expect(live.map((e) => `${e.resource.address} ${e.delta}`)).toEqual([
      'aws_security_group.opened introduced',
      'aws_security_group.fixed fixed',
      'aws_security_group.old pre-existing',
      // Opened by hand: fails live, passes in the state.
      'aws_security_group.drifted drift',
      // Deleted by the plan: a deletion fixes it.
      'aws_security_group.deleted fixed'
    ])
  })

  it('without a live scan: the plan against its prior state, deletions returned as fixes to list', () => {
    const after = [evaluation('ssh', 'a', 'fail', 'plan')]
    const prior = [evaluation('ssh', 'a', 'pass', 'state'), evaluation('ssh', 'gone', 'fail', 'state')]
    const extra = labelPostureDelta({ after, prior, live: [], state: prior, afterAddresses: new Set(['aws_security_group.a']), hasPlan: true })
    expect(after[0].delta).toBe('introduced')
    expect(extra.map((e) => `${e.resource.address} ${e.delta}`)).toEqual(['aws_security_group.gone fixed'])
  })

  it('without a plan: live against the state only', () => {
    const live = [evaluation('ssh', 'a', 'fail', 'live'), evaluation('ssh', 'b', 'fail', 'live'), evaluation('ssh', 'unmanaged', 'fail', 'live'), evaluation('ssh', 'c', 'pass', 'live')]
    const state = [evaluation('ssh', 'a', 'pass', 'state'), evaluation('ssh', 'b', 'fail', 'state'), evaluation('ssh', 'c', 'fail', 'state')]
    labelPostureDelta({ after: [], prior: [], live, state, afterAddresses: new Set(), hasPlan: false })
    expect(live.map((e) => e.delta)).toEqual(['drift', 'pre-existing', undefined, undefined])
  })
})
