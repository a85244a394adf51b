import { isFinding, tally } from '../../src/report/view.js'
import { evaluation, resourceRef } from './model-builder.js'

describe('tally', () => {
  it('counts the result of the change, not the before-side failures it fixes', () => {
    const evaluations = [
      evaluation({ rule: 'a', status: 'fail', severity: 'high', delta: 'introduced' }),
      evaluation({ rule: 'a', status: 'pass', severity: 'high', delta: 'fixed' }),
      // The plan deletes this resource: its old failure is context, labelled fixed.
      evaluation({ rule: 'a', status: 'fail', severity: 'high', delta: 'fixed', resource: resourceRef({ origin: 'state', address: 'aws_s3_bucket.gone' }) }),
      evaluation({ rule: 'b', status: 'suppressed', severity: 'low' })
    ]
    const counted = tally(evaluations)
    expect(counted.bySeverity.high).toEqual({ fail: 1, error: 0, unknown: 0, suppressed: 0, pass: 1 })
    expect(counted.byStatus).toEqual({ fail: 1, error: 0, unknown: 0, suppressed: 1, pass: 1 })
    expect(counted.total).toBe(3)
    expect(evaluations.filter(isFinding)).toHaveLength(1)
  })
})
