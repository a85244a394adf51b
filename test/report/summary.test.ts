import { maskAccountIds } from '../../src/report/redact.js'
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
    expect(out).toContain(`_… and ${3000 - shown} more findings not listed here`)
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
    expect(out).toContain(`_… and ${failing - 2} more findings not listed here`)
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

describe('renderSummary at organization scale: findings per rule and per account', () => {
  const [A, B, C, D, E] = ['111111111111', '222222222222', '333333333333', '444444444444', '555555555555']
  const live = (rule: string, severity: Severity, account: string) =>
    evaluation({ rule, severity, resource: resourceRef({ origin: 'live', account, id: `${rule}-${account}-${Math.random().toString(36).slice(2)}` }) })
  /** Five accounts and a Terraform finding that names none. */
  const estate = () =>
    buildModel({
      evaluations: [
        live('s3-public', 'critical', A),
        live('s3-public', 'critical', A),
        live('s3-public', 'critical', B),
        live('s3-public', 'critical', D),
        live('s3-public', 'critical', E),
        live('sg-ssh', 'high', A),
        live('sg-ssh', 'high', C),
        live('kms-rotation', 'medium', B),
        live('kms-rotation', 'medium', B),
        live('kms-rotation', 'medium', B),
        live('kms-rotation', 'medium', C),
        evaluation({ rule: 'plan-rule', severity: 'critical', delta: 'introduced' })
      ],
      run: { accounts: [A, B, C, D, E] }
    })

  it('counts findings per rule (severity, count, accounts) and per account (by severity), most severe first', () => {
    const md = renderSummary(estate())
    expect(md).toContain(
      [
        '### Findings by rule',
        '',
        '| Rule | Severity | Findings | Accounts |',
        '|---|---|---:|---|',
        `| s3-public: Title of s3-public | critical | 5 | 4: ${A}, ${B}, ${D} and 1 more |`,
        '| plan-rule: Title of plan-rule | critical | 1 |  |',
        `| sg-ssh: Title of sg-ssh | high | 2 | 2: ${A}, ${C} |`,
        `| kms-rotation: Title of kms-rotation | medium | 4 | 2: ${B}, ${C} |`,
        ''
      ].join('\n')
    )
    expect(md).toContain(
      [
        '### Findings by account',
        '',
        '| Account | Critical | High | Medium | Low | Info | All |',
        '|---|---:|---:|---:|---:|---:|---:|',
        `| ${A} | 2 | 1 | 0 | 0 | 0 | 3 |`,
        `| ${B} | 1 | 0 | 3 | 0 | 0 | 4 |`,
        `| ${D} | 1 | 0 | 0 | 0 | 0 | 1 |`,
        `| ${E} | 1 | 0 | 0 | 0 | 0 | 1 |`,
        `| ${C} | 0 | 1 | 1 | 0 | 0 | 2 |`,
        // Terraform's findings, which name no account, come last whatever their severity.
        '| (no account: Terraform code) | 1 | 0 | 0 | 0 | 0 | 1 |',
        ''
      ].join('\n')
    )
    // Few findings: every one is still listed, after the tables.
    expect(findingRows(md)).toHaveLength(12)
    expect(md.indexOf('### Findings by account')).toBeLessThan(md.indexOf('### Top findings'))
  })

  it('masks the account ids in the tables with redact-identifiers', () => {
    const md = renderSummary(maskAccountIds(estate()))
    for (const id of [A, B, C, D, E]) expect(md).not.toContain(id)
    expect(md).toContain(String.raw`| \*\*\*\*\*\*\*\*1111 | 2 | 1 | 0 | 0 | 0 | 3 |`)
    expect(md).toContain(String.raw`| s3-public: Title of s3-public | critical | 5 | 4: \*\*\*\*\*\*\*\*1111, \*\*\*\*\*\*\*\*2222, \*\*\*\*\*\*\*\*4444 and 1 more |`)
  })

  it('keeps the plain list for a few findings in one account', () => {
    const md = renderSummary(buildModel({ evaluations: [live('s3-public', 'critical', A), evaluation({ rule: 'plan-rule' })] }))
    expect(md).not.toContain('Findings by rule')
    expect(md).not.toContain('Findings by account')
  })

  it('lists only the 50 most severe of many findings in one account, counted per rule, without a table of one account', () => {
    const many = Array.from({ length: 51 }, (_, i) => live(`rule-${i % 3}`, i === 50 ? 'critical' : 'low', A))
    const md = renderSummary(buildModel({ evaluations: many }))
    expect(md).toContain('### Findings by rule')
    expect(md).toContain(`| rule-2: Title of rule-2 | critical | 17 | 1: ${A} |`)
    expect(md).not.toContain('### Findings by account')
    expect(findingRows(md)).toHaveLength(50)
    expect(findingRows(md)[0]).toMatch(/^\| critical \| rule-2/)
    expect(md).toContain('_… and 1 more finding not listed here: see the SARIF, the HTML report and the results JSON._')
  })

  it('counts the accounts and rules beyond its tables\' rows, pointing to the report', () => {
    const accounts = Array.from({ length: 150 }, (_, i) => String(100000000000 + i))
    const md = renderSummary(buildModel({ evaluations: accounts.map((account, i) => live(`rule-${i}`, 'high', account)) }), { reportUrl: 'https://github.com/octo/infra/actions/runs/1/artifacts/2' })
    expect(md).toContain('\n_… and 50 more rules: see the [HTML report](https://github.com/octo/infra/actions/runs/1/artifacts/2) and the results JSON._\n')
    expect(md).toContain('\n_… and 50 more accounts: see the [HTML report](https://github.com/octo/infra/actions/runs/1/artifacts/2) and the results JSON._\n')
  })

  it('stays within 1 MiB for 100,000 findings in 300 accounts, saying what it left out', () => {
    const evaluations: Evaluation[] = []
    for (let i = 0; i < 100_000; i++) {
      evaluations.push(
        evaluation({
          rule: `rule-${i % 400}`,
          severity: (['critical', 'high', 'medium', 'low', 'info'] as Severity[])[i % 5],
          title: `Title ${'t'.repeat(500)}`,
          message: `Finding ${i} ${'€'.repeat(200)}`,
          resource: resourceRef({ origin: 'live', account: String(100000000000 + (i % 300)), id: `resource-${i}-${'名'.repeat(50)}` })
        })
      )
    }
    const model = buildModel({ evaluations, run: { warnings: Array.from({ length: 200 }, (_, i) => `warning ${i} ${'w'.repeat(2000)}`) } })
    const md = renderSummary(model)
    expect(bytes(md)).toBeLessThanOrEqual(1_000_000)
    expect(findingRows(md)).toHaveLength(50)
    expect(md).toContain('_… and 99950 more findings not listed here')
    expect(md).toContain('_… and 300 more rules: see the HTML report and the results JSON._')
    expect(md).toContain('_… and 200 more accounts: see the HTML report and the results JSON._')
  })
})
