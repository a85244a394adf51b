// run.counts in one pass: the same numbers as tally, deltaCounts and the distinct findings that reports show.
import { countEvaluations, deltaCounts, evaluationKey, isFinding, tally } from '../../src/model/counts.js'
import type { Delta, Evaluation, Severity } from '../../src/types.js'

function evaluation(rule: string, address: string, status: Evaluation['status'], severity: Severity, delta?: Delta): Evaluation {
  const e: Evaluation = {
    rule,
    status,
    severity,
    title: rule,
    message: `${rule} ${status}`,
    resource: { type: 'AWS::S3::Bucket', id: null, address, origin: 'plan' },
    aliases: { checkov: [], prowler: [] },
    frameworks: {}
  }
  if (delta) e.delta = delta
  return e
}

describe('countEvaluations', () => {
  it('counts as tally, deltaCounts and a set of finding keys do', () => {
    const evaluations = [
      evaluation('a', 'x.one', 'fail', 'high', 'introduced'),
      evaluation('a', 'x.one', 'fail', 'high', 'introduced'), // the same finding again (plan and live): one finding
      evaluation('b', 'x.one', 'fail', 'critical', 'pre-existing'),
      evaluation('a', 'x.two', 'fail', 'low', 'fixed'), // a before-side failure the change fixes: not a check
      evaluation('a', 'x.three', 'pass', 'medium', 'fixed'), // fixed, and a check
      evaluation('c', 'x.two', 'suppressed', 'high'),
      evaluation('c', 'x.four', 'unknown', 'info'),
      evaluation('d', 'x.four', 'error', 'medium'),
      evaluation('d', 'x.five', 'pass', 'low')
    ]
    const counted = tally(evaluations)
    const counts = countEvaluations(evaluations, 7, 2)
    expect(counts).toEqual({
      resources: 7,
      evaluations: counted.total,
      pass: counted.byStatus.pass,
      fail: counted.byStatus.fail,
      error: counted.byStatus.error,
      unknown: counted.byStatus.unknown,
      suppressed: counted.byStatus.suppressed,
      fixed: deltaCounts(evaluations).counts.fixed,
      findings: new Set(evaluations.filter(isFinding).map(evaluationKey)).size,
      bySeverity: { critical: 1, high: 2, medium: 0, low: 0, info: 0 },
      unmapped: 2,
      drift: { inSync: 0, changed: 0, missing: 0, unmanaged: 0 }
    })
    expect([counts.evaluations, counts.fail, counts.fixed, counts.findings]).toEqual([8, 3, 2, 2])
    // The severities in the order reports list them.
    expect(Object.keys(counts.bySeverity)).toEqual(['critical', 'high', 'medium', 'low', 'info'])
  })
})
