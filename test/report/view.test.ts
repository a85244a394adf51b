import { accountSummaries, groupFindings, isFinding, ruleSummaries, tally } from '../../src/report/view.js'
import { evaluation, resourceRef, ruleMeta } from './model-builder.js'

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

// An organization in miniature: two accounts, findings on live resources and on the plan, one finding seen on both
// (the plan's address and the live resource placed at it), and evaluations the summaries must not count.
const A1 = '111111111111'
const A2 = '222222222222'
const live = (account: string, id: string, address?: string) => resourceRef({ origin: 'live', type: 'AWS::S3::Bucket', id, account, region: 'eu-west-1', address })
const plan = (address: string) => resourceRef({ origin: 'plan', address })

function orgEvaluations() {
  return [
    evaluation({ rule: 'enc', severity: 'critical', resource: live(A1, 'b1') }),
    evaluation({ rule: 'enc', severity: 'critical', resource: live(A2, 'b2') }),
    evaluation({ rule: 'enc', severity: 'critical', resource: plan('aws_s3_bucket.p1') }),
    // One finding, two sides: counted once for the rule, in both '' (the plan side) and A1.
    evaluation({ rule: 'log', severity: 'high', resource: plan('aws_s3_bucket.shared') }),
    evaluation({ rule: 'log', severity: 'high', resource: live(A1, 'shared', 'aws_s3_bucket.shared') }),
    evaluation({ rule: 'log', severity: 'high', resource: live(A1, 'b3') }),
    evaluation({ rule: 'log', severity: 'high', resource: live(A1, 'b4') }),
    evaluation({ rule: 'tag', severity: 'low', resource: live(A2, 'b5') }),
    evaluation({ rule: 'tag', severity: 'low', resource: live(A2, 'b6') }),
    evaluation({ rule: 'tag', severity: 'low', resource: live(A2, 'b7') }),
    evaluation({ rule: 'tag', severity: 'low', resource: live(A2, 'b8') }),
    // Not failing findings: suppressed, passing, a failure the change fixes.
    evaluation({ rule: 'enc', severity: 'critical', status: 'suppressed', resource: live(A2, 'b9') }),
    evaluation({ rule: 'tag', severity: 'low', status: 'pass', resource: live(A1, 'b10') }),
    evaluation({ rule: 'enc', severity: 'critical', delta: 'fixed', resource: plan('aws_s3_bucket.gone') })
  ]
}

describe('ruleSummaries', () => {
  it('counts failing findings and the accounts they are in, per rule, most severe first, titles from the rules', () => {
    const rules = [ruleMeta('enc', 'critical', { title: 'Buckets are encrypted' }), ruleMeta('log', 'high'), ruleMeta('tag', 'low')]
    expect(ruleSummaries(groupFindings(orgEvaluations()), rules)).toEqual([
      { rule: 'enc', title: 'Buckets are encrypted', severity: 'critical', failing: 3, accounts: 2 },
      { rule: 'log', title: 'Title of log', severity: 'high', failing: 3, accounts: 1 },
      { rule: 'tag', title: 'Title of tag', severity: 'low', failing: 4, accounts: 1 }
    ])
  })

  it('orders rules of one severity by their number of findings, then by id', () => {
    const evaluations = [
      evaluation({ rule: 'b', severity: 'high' }),
      evaluation({ rule: 'c', severity: 'high' }),
      evaluation({ rule: 'c', severity: 'high' }),
      evaluation({ rule: 'a', severity: 'high' })
    ]
    expect(ruleSummaries(groupFindings(evaluations), []).map((s) => [s.rule, s.failing, s.title])).toEqual([
      ['c', 2, 'Title of c'],
      ['a', 1, 'Title of a'],
      ['b', 1, 'Title of b']
    ])
  })
})

describe('accountSummaries', () => {
  it('counts failing findings per account by severity, most critical first (then high, ...), with the rules failing most there', () => {
    expect(accountSummaries(groupFindings(orgEvaluations()))).toEqual([
      {
        account: A1,
        bySeverity: { critical: 1, high: 3, medium: 0, low: 0, info: 0 },
        failing: 4,
        topRules: [
          { rule: 'log', count: 3 },
          { rule: 'enc', count: 1 }
        ]
      },
      // Findings no side places in an account, as the list's account filter shows them: '(none)'.
      {
        account: '',
        bySeverity: { critical: 1, high: 1, medium: 0, low: 0, info: 0 },
        failing: 2,
        topRules: [
          { rule: 'enc', count: 1 },
          { rule: 'log', count: 1 }
        ]
      },
      {
        account: A2,
        bySeverity: { critical: 1, high: 0, medium: 0, low: 4, info: 0 },
        failing: 5,
        topRules: [
          { rule: 'tag', count: 4 },
          { rule: 'enc', count: 1 }
        ]
      }
    ])
  })

  it('keeps the top rules it is asked for: most findings, then most severe, then by id', () => {
    const evaluations = [
      evaluation({ rule: 'z', severity: 'low', resource: live(A1, 'x1') }),
      evaluation({ rule: 'z', severity: 'low', resource: live(A1, 'x2') }),
      evaluation({ rule: 'm', severity: 'low', resource: live(A1, 'x3') }),
      evaluation({ rule: 'k', severity: 'high', resource: live(A1, 'x4') }),
      evaluation({ rule: 'a', severity: 'low', resource: live(A1, 'x5') })
    ]
    expect(accountSummaries(groupFindings(evaluations), 3)[0].topRules).toEqual([
      { rule: 'z', count: 2 },
      { rule: 'k', count: 1 },
      { rule: 'a', count: 1 }
    ])
  })
})
