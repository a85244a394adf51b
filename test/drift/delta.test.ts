// The posture delta across plan, live and state: introduced, fixed, drift, pre-existing.
import { labelPostureDelta } from '../../src/drift/delta.js'
import { distinctKeys, EvaluationKeyMap, evaluationKey } from '../../src/model/counts.js'
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
      deletedAddresses: new Set(['aws_security_group.deleted']),
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
    const extra = labelPostureDelta({ after, prior, live: [], state: prior, deletedAddresses: new Set(['aws_security_group.gone']), hasPlan: true })
    expect(after[0].delta).toBe('introduced')
    expect(extra.map((e) => `${e.resource.address} ${e.delta}`)).toEqual(['aws_security_group.gone fixed'])
  })

  it('without a plan: live against the state only', () => {
    const live = [evaluation('ssh', 'a', 'fail', 'live'), evaluation('ssh', 'b', 'fail', 'live'), evaluation('ssh', 'unmanaged', 'fail', 'live'), evaluation('ssh', 'c', 'pass', 'live')]
    const state = [evaluation('ssh', 'a', 'pass', 'state'), evaluation('ssh', 'b', 'fail', 'state'), evaluation('ssh', 'c', 'fail', 'state')]
    labelPostureDelta({ after: [], prior: [], live, state, deletedAddresses: new Set(), hasPlan: false })
    expect(live.map((e) => e.delta)).toEqual(['drift', 'pre-existing', undefined, undefined])
  })
})

describe('EvaluationKeyMap and distinctKeys', () => {
  // Evaluations whose keys differ by one element each: rule, address, part, and (without an address) type and id.
  const variants = (): Evaluation[] => {
    const base = evaluation('ssh', 'a', 'fail', 'plan')
    const at = (change: Partial<Evaluation['resource']>, rule = 'ssh'): Evaluation => ({ ...base, rule, resource: { ...base.resource, ...change } })
    return [
      base,
      at({}, 'rdp'),
      at({ address: 'aws_security_group.b' }),
      at({ part: 'ingress' }),
      at({ part: 'egress' }),
      at({ address: undefined }),
      at({ address: undefined, id: 'sg-other' }),
      at({ address: undefined, type: 'AWS::EC2::VPC' }),
      at({ address: undefined, id: null })
    ]
  }

  it('keys evaluations exactly as evaluationKey does, whichever reference object an evaluation carries', () => {
    const first = variants()
    // The same keys again, each with a reference object of its own (another side of the run).
    const second = variants()
    const map = new EvaluationKeyMap<number>()
    first.forEach((e, i) => map.set(e, i))
    expect(map.size).toBe(new Set(first.map(evaluationKey)).size)
    expect(map.size).toBe(first.length)
    expect(second.map((e) => map.get(e))).toEqual(first.map((_, i) => i))
    expect(map.get({ ...first[0], rule: 'other' })).toBeUndefined()
    // Setting a key again replaces its value and does not count it twice.
    map.set(second[3], 99)
    expect(map.get(first[3])).toBe(99)
    expect(map.size).toBe(first.length)
  })

  it('counts distinct keys as a Set of evaluationKey does', () => {
    const all = [...variants(), ...variants(), ...variants().slice(2, 5)]
    expect(distinctKeys(all)).toBe(new Set(all.map(evaluationKey)).size)
    expect(distinctKeys([])).toBe(0)
  })

  it('labels by key: two sides with their own reference objects for the same resource still match', () => {
    const after = [evaluation('ssh', 'a', 'fail', 'plan'), evaluation('rdp', 'a', 'pass', 'plan')]
    // A duplicated key on the before side: the last one decides, as with a map keyed by evaluationKey.
    const prior = [evaluation('ssh', 'a', 'pass', 'state'), evaluation('ssh', 'a', 'fail', 'state'), evaluation('rdp', 'a', 'fail', 'state')]
    const extra = labelPostureDelta({ after, prior, live: [], state: prior, deletedAddresses: new Set(), hasPlan: true })
    expect(after.map((e) => e.delta)).toEqual(['pre-existing', 'fixed'])
    expect(prior.map((e) => e.delta)).toEqual([undefined, 'pre-existing', 'fixed'])
    expect(extra).toEqual([])
  })
})
