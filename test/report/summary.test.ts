import { escapeMarkdown, renderSummary } from '../../src/report/summary.js'
import type { Evaluation, Severity } from '../../src/types.js'
import { HOSTILE, buildModel, driftEntry, evaluation, resourceRef, richModel } from './model-builder.js'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
const findingRows = (md: string) => md.split('\n').filter((line) => /^\| (critical|high|medium|low|info) \| [^|]*: /.test(line))

describe('renderSummary', () => {
  const model = richModel()
  const md = renderSummary(model, { reportUrl: 'https://github.com/octo/infra/actions/runs/1/artifacts/2' })

  it('states the verdict and its reason, and counts checks by severity', () => {
    expect(md).toContain('## Plumbline: ❌ gate failed')
    expect(md).toContain('**Gate:** fail: 2 findings at or above high')
    const failing = (s: Severity) => model.evaluations.filter((e) => e.severity === s && e.status === 'fail').length
    const count = (s: Severity, status: Evaluation['status']) =>
      model.evaluations.filter((e) => e.severity === s && e.status === status).length
    for (const s of ['critical', 'high', 'medium', 'low', 'info'] as Severity[]) {
      expect(md).toContain(`| ${s} | ${failing(s)} | ${count(s, 'suppressed')} | ${count(s, 'unknown')} | ${count(s, 'pass')} |`)
    }
    expect(md).toContain(`| **all** | **${model.evaluations.filter((e) => e.status === 'fail').length}** |`)
    expect(md).toContain('[Full HTML report](https://github.com/octo/infra/actions/runs/1/artifacts/2)')
    expect(md).toContain('**Not checked:** 1 Terraform resource of 1 unmapped type (aws\\_foo): no mapping yet, so no rule judged them (fail-on-unmapped makes this fail the gate).')
    expect(md).toContain('**Drift:** 1 changed, 1 missing, 1 unmanaged, 0 in sync.')
  })

  it('lists findings most severe first, linking .tf lines', () => {
    const rows = findingRows(md)
    expect(rows).toHaveLength(model.evaluations.filter((e) => e.status === 'fail').length)
    const order = rows.map((row) => row.split(' | ')[0].slice(2))
    expect(order).toEqual([...order].sort((a, b) => rank(b) - rank(a)))
    expect(md).toContain(
      '[infra/modules/net work/sg \\#\u20601.tf:7](https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/modules/net%20work/sg%20%231.tf#L7)'
    )
  })

  it('escapes markdown and HTML in data', () => {
    expect(md).not.toContain('<script')
    expect(md).not.toContain('<img')
    expect(md).not.toContain('[click](https://evil.example)')
    expect(md).toContain('&lt;script&gt;')
    expect(md).toContain('a\\|b')
    expect(md).toContain('\\`rm -rf /\\`')
    // Every finding row still has exactly the table's cells: no `|` from data split one.
    for (const row of findingRows(md)) expect(row.split(/(?<!\\)\|/).length).toBe(8)
    expect(escapeMarkdown('x\ny')).toBe('x y')
    expect(escapeMarkdown('a & <b> [c](d) *e* _f_')).toBe('a &amp; &lt;b&gt; \\[c\\](d) \\*e\\* \\_f\\_')
  })

  it('never prints drift values', () => {
    expect(md).not.toContain('TOPSECRET')
  })

  it('stays under the byte cap, dropping findings and saying how many', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      evaluation({
        rule: `rule-${i % 9}`,
        severity: (['critical', 'high', 'medium', 'low'] as Severity[])[i % 4],
        resource: resourceRef({ address: `aws_s3_bucket.ü${i}_${'名'.repeat(40)}` }),
        message: `Finding ${i} ${HOSTILE.pipe} ${'€'.repeat(60)}`
      })
    )
    const big = buildModel({ evaluations: many })
    const maxBytes = 60_000
    const out = renderSummary(big, { maxBytes, maxFindings: 5000 })
    expect(bytes(out)).toBeLessThanOrEqual(maxBytes)
    const shown = findingRows(out).length
    expect(shown).toBeGreaterThan(10)
    expect(shown).toBeLessThan(3000)
    expect(out).toContain(`_${3000 - shown} more findings not listed here`)
    // What was kept is the most severe.
    expect(findingRows(out).every((row) => row.startsWith('| critical') || row.startsWith('| high'))).toBe(true)
    // Default cap is 1,000,000 bytes.
    const huge = buildModel({ evaluations: [...many, ...many, ...many, ...many] })
    const full = renderSummary(huge, { maxFindings: 100_000 })
    expect(bytes(full)).toBeLessThanOrEqual(1_000_000)
    expect(bytes(full)).toBeGreaterThan(900_000)
  })

  it('lists at most maxFindings and counts the rest', () => {
    const out = renderSummary(richModel(), { maxFindings: 2 })
    expect(findingRows(out)).toHaveLength(2)
    const failing = richModel().evaluations.filter((e) => e.status === 'fail').length
    expect(out).toContain(`_${failing - 2} more findings not listed here`)
  })

  it('holds even a cap smaller than the header', () => {
    expect(bytes(renderSummary(richModel(), { maxBytes: 100 }))).toBeLessThanOrEqual(100)
  })

  it('passes without a findings table when nothing fails', () => {
    const out = renderSummary(buildModel({ run: { gate: { verdict: 'pass', reason: 'no findings at or above high' } } }))
    expect(out).toContain('## Plumbline: ✅ gate passed')
    expect(out).not.toContain('### Top findings')
  })
})

function rank(severity: string): number {
  return ['info', 'low', 'medium', 'high', 'critical'].indexOf(severity)
}

describe('renderSummary coverage', () => {
  it('counts the ledger and lists every entry not fully read, escaped', () => {
    const model = buildModel({
      coverage: [
        { account: '111111111111', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'scanned', count: 3 },
        { account: '111111111111', region: 'eu-west-1', type: 'AWS::KMS::Key', state: 'denied', count: 0, error: `AccessDeniedException: ${HOSTILE.script}` },
        { account: '111111111111', region: 'us-east-1', type: 'AWS::EC2::VPC', state: 'failed', count: 0, error: 'still throttled after every retry: ThrottlingException: Rate exceeded' }
      ]
    })
    const md = renderSummary(model)
    expect(md).toContain('**Coverage:** 1 of 3 (account, region, type) entries scanned; 1 denied, 1 failed.')
    expect(md).toContain('### Not fully read')
    expect(md).toContain('| 111111111111 | eu-west-1 | AWS::KMS::Key | denied | AccessDeniedException: &lt;script&gt;alert("x")&lt;/script&gt; |')
    expect(md).toContain('| 111111111111 | us-east-1 | AWS::EC2::VPC | failed | still throttled after every retry: ThrottlingException: Rate exceeded |')
    expect(md).not.toContain('<script>')
  })

  it('says nothing of coverage when nothing was scanned live, and "complete" when all was read', () => {
    expect(renderSummary(buildModel())).not.toContain('Coverage')
    const complete = buildModel({ coverage: [{ account: '1', region: 'global', type: 'AWS::IAM::Role', state: 'scanned', count: 2 }] })
    expect(renderSummary(complete)).toContain('**Coverage:** 1 of 1 (account, region, type) entries scanned: complete.')
    expect(renderSummary(complete)).not.toContain('Not fully read')
  })
})

describe('renderSummary drift and posture delta', () => {
  it('counts the delta labels once per rule and resource, and lists drift entries without values', () => {
    const base = { severity: 'high' as const }
    const model = buildModel({
      evaluations: [
        evaluation({ rule: 'a', status: 'fail', delta: 'introduced', ...base, resource: resourceRef({ address: 'aws_x.one', origin: 'plan' }) }),
        evaluation({ rule: 'b', status: 'pass', delta: 'fixed', ...base, resource: resourceRef({ address: 'aws_x.two', origin: 'plan' }) }),
        evaluation({ rule: 'b', status: 'fail', delta: 'fixed', ...base, resource: resourceRef({ address: 'aws_x.two', origin: 'live' }) }),
        evaluation({ rule: 'c', status: 'fail', delta: 'drift', ...base, resource: resourceRef({ address: 'aws_x.three', origin: 'live' }) }),
        evaluation({ rule: 'd', status: 'fail', delta: 'pre-existing', ...base, resource: resourceRef({ address: 'aws_x.four', origin: 'plan' }) })
      ],
      drift: [driftEntry('changed', { changes: [{ path: 'Encrypted', iac: true, live: 'top-secret-value' }] })],
      run: { iacCoverage: 87.5 }
    })
    const md = renderSummary(model)
    expect(md).toContain('### Posture delta')
    expect(md).toContain('| Introduced by this change | Fixed by this change | Introduced by drift | Pre-existing |')
    expect(md).toContain('| 1 | 1 | 1 | 1 |')
    expect(md).toContain('IaC coverage 87.5%')
    expect(md).toContain('### Drift')
    expect(md).toMatch(/\| changed \| .* \| Encrypted \|/)
    expect(md).not.toContain('top-secret-value')
  })
})
