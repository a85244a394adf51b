import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderPrComment } from '../../src/report/pr-comment.js'
import { HOSTILE, buildModel, evaluation, resourceRef } from './model-builder.js'

describe('renderPrComment', () => {
  it('carries the marker, the verdict, the delta counts and the report link; introduced findings first', () => {
    const model = buildModel({
      evaluations: [
        evaluation({ rule: 'old-rule', status: 'fail', severity: 'critical', delta: 'pre-existing', resource: resourceRef({ address: 'aws_x.old' }) }),
        evaluation({ rule: 'new-rule', status: 'fail', severity: 'medium', delta: 'introduced', resource: resourceRef({ address: 'aws_x.new' }), location: { file: 'infra/main.tf', line: 12 } }),
        evaluation({ rule: 'fixed-rule', status: 'pass', severity: 'high', delta: 'fixed', resource: resourceRef({ address: 'aws_x.fixed' }) })
      ],
      run: { sourceUrlBase: 'https://github.com/acme/orders/blob/abc123' }
    })
    const body = renderPrComment(model, { reportUrl: 'https://github.com/acme/orders/actions/runs/1/artifacts/9' })
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('**2** finding(s) (2 failing checks): 1 introduced by this change, 1 fixed by it, 0 introduced by drift, 1 pre-existing.')
    expect(body).toContain('[Full report](https://github.com/acme/orders/actions/runs/1/artifacts/9)')
    const rows = body.split('\n').filter((l) => l.startsWith('| medium') || l.startsWith('| critical'))
    expect(rows[0]).toContain('| medium | The bucket is not encrypted. (new-rule) |')
    expect(rows[0]).toContain('[infra/main.tf:12](https://github.com/acme/orders/blob/abc123/infra/main.tf#L12)')
  })

  it('escapes hostile text and ignores a report link that is not https', () => {
    const model = buildModel({ evaluations: [evaluation({ rule: 'r', status: 'fail', severity: 'high', resource: resourceRef({ address: HOSTILE.script }) })] })
    const body = renderPrComment(model, { reportUrl: 'javascript:alert(1)' })
    expect(body).not.toContain('<script>')
    expect(body).not.toContain('javascript:')
  })

  it('stays under the limit with thousands of findings and says how many were left out', () => {
    const evaluations = Array.from({ length: 5000 }, (_, i) => evaluation({ rule: `rule-${i}`, status: 'fail', severity: 'low', message: 'x'.repeat(300), resource: resourceRef({ address: `aws_x.r${i}`.repeat(5) }) }))
    const body = renderPrComment(buildModel({ evaluations }), { reportUrl: 'https://github.com/a/b/actions/runs/1/artifacts/2' })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body).toMatch(/_\d+ more finding\(s\) not listed here: see the \[full report\]/)
    const small = renderPrComment(buildModel({ evaluations }), { maxChars: 3000 })
    expect(small.length).toBeLessThanOrEqual(3000)
  })
})
