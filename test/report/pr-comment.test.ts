import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderPrComment } from '../../src/report/pr-comment.js'
import { maskAccountIds } from '../../src/report/redact.js'
import type { Evaluation, Severity } from '../../src/types.js'
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
    expect(body).toMatch(/_… and \d+ more finding\(s\) not listed here: see the \[full report\]/)
    const small = renderPrComment(buildModel({ evaluations }), { maxChars: 3000 })
    expect(small.length).toBeLessThanOrEqual(3000)
  })
})

describe('renderPrComment at organization scale', () => {
  const [A, B, C] = ['111111111111', '222222222222', '333333333333']
  let n = 0
  const live = (rule: string, severity: Severity, account: string) =>
    evaluation({ rule, severity, delta: 'pre-existing', resource: resourceRef({ origin: 'live', account, id: `${rule}-${account}-${n++}` }) })
  const estate = () =>
    buildModel({
      evaluations: [
        live('s3-public', 'critical', A),
        live('s3-public', 'critical', B),
        live('sg-ssh', 'high', A),
        live('kms-rotation', 'medium', C),
        live('kms-rotation', 'medium', C),
        evaluation({ rule: 'new-rule', severity: 'high', delta: 'introduced', resource: resourceRef({ address: 'aws_s3_bucket.new', account: A }), location: { file: 'infra/main.tf', line: 4 } })
      ],
      run: { accounts: [A, B, C], sourceUrlBase: 'https://github.com/acme/orders/blob/abc123' }
    })

  it('counts findings per rule and per account, and lists only what the change introduces', () => {
    const body = renderPrComment(estate(), { reportUrl: 'https://github.com/acme/orders/actions/runs/1/artifacts/9' })
    expect(body).toContain(
      [
        '#### Findings by rule',
        '',
        '| Rule | Severity | Findings | Accounts |',
        '|---|---|---:|---|',
        `| s3-public: Title of s3-public | critical | 2 | 2: ${A}, ${B} |`,
        `| new-rule: Title of new-rule | high | 1 | 1: ${A} |`,
        `| sg-ssh: Title of sg-ssh | high | 1 | 1: ${A} |`,
        `| kms-rotation: Title of kms-rotation | medium | 2 | 1: ${C} |`,
        '',
        '#### Findings by account',
        '',
        '| Account | Critical | High | Medium | Low | Info | All |',
        '|---|---:|---:|---:|---:|---:|---:|',
        `| ${A} | 1 | 2 | 0 | 0 | 0 | 3 |`,
        `| ${B} | 1 | 0 | 0 | 0 | 0 | 1 |`,
        `| ${C} | 0 | 0 | 2 | 0 | 0 | 2 |`,
        ''
      ].join('\n')
    )
    expect(body).toContain('1 finding(s) this change introduces or that block the gate:\n\n| Severity |')
    const rows = body.split('\n').filter((line) => /^\| (critical|high|medium|low|info) \| /.test(line))
    expect(rows).toEqual([
      '| high | The bucket is not encrypted. (new-rule) | aws\\_s3\\_bucket.new | [infra/main.tf:4](https://github.com/acme/orders/blob/abc123/infra/main.tf#L4) | plan: introduced |'
    ])
    expect(body).toContain('_… and 5 more finding(s) not listed here: see the [full report](https://github.com/acme/orders/actions/runs/1/artifacts/9)._')
  })

  it('masks the account ids in the tables with redact-identifiers', () => {
    const body = renderPrComment(maskAccountIds(estate()))
    for (const id of [A, B, C]) expect(body).not.toContain(id)
    expect(body).toContain(String.raw`| \*\*\*\*\*\*\*\*3333 | 0 | 0 | 2 | 0 | 0 | 2 |`)
  })

  it('lists the most severe when the change brings nothing', () => {
    const model = buildModel({ evaluations: [live('s3-public', 'critical', A), live('kms-rotation', 'medium', B)] })
    const body = renderPrComment(model)
    expect(body).toContain('The most severe findings:\n\n| Severity |')
    expect(body.split('\n').filter((line) => /^\| (critical|medium) \| /.test(line))).toHaveLength(2)
  })

  it('stays under 60,000 characters for 100,000 findings in 300 accounts', () => {
    const evaluations: Evaluation[] = []
    for (let i = 0; i < 100_000; i++) {
      evaluations.push(
        evaluation({
          rule: `rule-${i % 400}`,
          severity: (['critical', 'high', 'medium', 'low', 'info'] as Severity[])[i % 5],
          title: `Title ${'t'.repeat(500)}`,
          message: `Finding ${i} ${'m'.repeat(400)}`,
          delta: i % 2 === 0 ? 'introduced' : 'pre-existing',
          resource: resourceRef({ origin: 'live', account: String(100000000000 + (i % 300)), id: `resource-${i}-${'x'.repeat(300)}` })
        })
      )
    }
    const body = renderPrComment(buildModel({ evaluations }), { reportUrl: 'https://github.com/a/b/actions/runs/1/artifacts/2' })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body).toContain('_… and 380 more rules: see the [HTML report](https://github.com/a/b/actions/runs/1/artifacts/2) and the results JSON._')
    expect(body).toContain('_… and 280 more accounts: see the [HTML report](https://github.com/a/b/actions/runs/1/artifacts/2) and the results JSON._')
    expect(body).toMatch(/_… and \d+ more finding\(s\) not listed here: see the \[full report\]/)
  })
})
