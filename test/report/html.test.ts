import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { driftValueText, renderHtml, reportView, severityChart, type CoverageData, type DriftData, type SuppressedData, type TableData, type TableRow } from '../../src/report/html.js'
import { maskAccountIds, maskAccountIdsInText } from '../../src/report/redact.js'
import { STATUSES, sourceLink } from '../../src/report/view.js'
import { SEVERITIES, type CoverageEntry, type Evaluation } from '../../src/types.js'
import { HOSTILE, buildModel, driftEntry, evaluation, resourceRef, richModel, ruleMeta } from './model-builder.js'

/** Text of the cells of the <tr> whose first cell is `first`, tags stripped. */
function rowCells(html: string, first: string): string[] {
  const rows = html.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/g) ?? []
  for (const row of rows) {
    const cells = [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim())
    if (cells[0] === first) return cells
  }
  throw new Error(`no row starting with ${first}`)
}

const DATA_BLOCK = /<script type="application\/octet-stream" id="plumbline-data" data-encoding="gzip, base64">([\s\S]*?)<\/script>/
const ANY_BLOCK = /<script type="application\/octet-stream" id="plumbline-[a-z]+" data-encoding="gzip, base64">[\s\S]*?<\/script>/g
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/
const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/

/**
 * A data block's text (base64 of gzip), '' when it is empty: JSON, and for the findings' (plumbline-data) a line of
 * JSON per row after it.
 */
function dataJson(html: string, id = 'data'): string {
  const block = new RegExp(`<script type="application/octet-stream" id="plumbline-${id}" data-encoding="gzip, base64">([\\s\\S]*?)</script>`).exec(html)
  if (!block) throw new Error(`no ${id} block`)
  return block[1] === '' ? '' : gunzipSync(Buffer.from(block[1], 'base64')).toString('utf8')
}

const driftBlock = (html: string): DriftData => JSON.parse(dataJson(html, 'drift'))
const suppressedBlock = (html: string): SuppressedData => JSON.parse(dataJson(html, 'suppressed'))
const coverageBlock = (html: string): CoverageData => JSON.parse(dataJson(html, 'coverage'))

/**
 * The table data as the page's script reads it: rows decoded from cells and interned values, links completed.
 * `res` stays as sent (null: the script makes the label from the other cells).
 */
function tableData(html: string): { findings: TableRow[]; rules: TableData['rules']; raw: TableData } {
  const [json, ...lines] = dataJson(html).split('\n')
  const raw: TableData = { ...JSON.parse(json), texts: lines.map((line) => JSON.parse(line)) }
  // The interned cells by column, as long as the lines of text.
  expect(raw.findings).toHaveLength(raw.interned.length)
  for (const column of raw.findings) expect(column).toHaveLength(raw.texts.length)
  const textColumns = raw.columns.filter((column) => !raw.interned.includes(column))
  const findings = raw.texts.map((_texts, r) => {
    const row = Object.fromEntries([
      ...raw.interned.map((column, c) => [column, raw.values[raw.findings[c][r]]]),
      ...textColumns.map((column, c) => [column, raw.texts[r][c]])
    ]) as unknown as TableRow
    return { ...row, link: row.link ? raw.linkBase + row.link : '' }
  })
  return { findings, rules: raw.rules, raw }
}

/** The markup Handlebars produced: the page without the data block, the inline script and the stylesheet. */
function markupOnly(html: string): string {
  return html.replace(ANY_BLOCK, '').replace(INLINE_SCRIPT, '').replace(INLINE_STYLE, '')
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

describe('renderHtml', () => {
  const model = richModel()
  const html = renderHtml(model)

  it('escapes hostile names, messages and reasons in the markup', () => {
    const markup = markupOnly(html)
    for (const raw of [HOSTILE.script, HOSTILE.img, HOSTILE.mustache, HOSTILE.backtick]) {
      expect(html).not.toContain(raw)
    }
    // Only the page's own script elements: the script and four inert data blocks (findings, drift, suppressed, ledger).
    expect(html.match(/<script\b/gi)).toHaveLength(5)
    expect(html.match(/<script type="application\/octet-stream"/gi)).toHaveLength(4)
    expect(markup).not.toMatch(/<script/i)
    expect(markup).not.toMatch(/<img/i)
    expect(markup).not.toMatch(/\son\w+=/i)
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    // The suppressed list's text is data for the script, in the block as typed.
    expect(suppressedBlock(html).rows[0][4]).toBe('accepted javascript:alert(1) Tom & Jerry')
    // javascript: only ever appears as text, never as a link target.
    expect(html).not.toMatch(/href="javascript:/i)
  })

  it('embeds the table data in base64 that cannot close its element, and reads back exactly', () => {
    const block = DATA_BLOCK.exec(html)![1]
    expect(block).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(dataJson(html)).toContain(HOSTILE.img)
    const data = tableData(html)
    const sg = data.findings.find((row) => row.rule === 'ec2-sg-no-public-ssh' && row.where !== '')!
    expect(sg.msg).toBe(`Ingress ${HOSTILE.img} allows 0.0.0.0/0 on port 22 ${HOSTILE.mustache} ${HOSTILE.backtick}`)
    // `{{` in data is data: it reaches the page as the same characters.
    expect(sg.msg).toContain('{{constructor.constructor("alert(1)")()}}')
    expect(data.rules['ec2-sg-no-public-ssh'].title).toBe(`Security group ${HOSTILE.script} open`)
  })

  it('is self-contained: a CSP that admits only its own stylesheet and script by hash and forbids every fetch', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual([sha256(INLINE_SCRIPT.exec(html)![1])])
    expect(directives.get('style-src')).toEqual([sha256(INLINE_STYLE.exec(html)![1])])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(csp).not.toContain('unsafe')
    // One <link>, which fetches nothing: it holds the first frame until the findings section is parsed.
    expect(html.match(/<link\b[^>]*>/gi)).toEqual(['<link rel="expect" href="#findings" blocking="render">'])
    expect(html).not.toMatch(/<(iframe|object|embed|img|base)\b/i)
    expect(markupOnly(html)).not.toMatch(/\b(src|style)=/i)
    // Nothing in the stylesheet or the markup loads anything.
    expect(markupOnly(html) + INLINE_STYLE.exec(html)![1]).not.toMatch(/url\(|@import|image-set/i)
  })

  it('shows the header with run and commit links, and the verdict with its reason', () => {
    expect(html).toContain('octo/infra')
    expect(html).toContain('0123456789abcdef0123456789abcdef01234567')
    expect(html).toContain('href="https://github.com/octo/infra/commit/0123456789abcdef0123456789abcdef01234567"')
    expect(html).toContain('pull_request')
    expect(html).toContain('2025-01-02T03:04:05.000Z')
    expect(html).toContain('2025-01-02T03:04:09.000Z (4.0 s)')
    expect(html).toContain('Plumbline 0.1.0')
    expect(html).toContain('Gate: FAIL (2 findings at or above high)')
    expect(html).toContain('7 failing checks, 1 suppressed, 1 unknown, 1 passing.')
    // Findings as a reader counts them: richModel's seven failing checks are seven (rule, resource) pairs.
    expect(html).toContain('<p class="verdict-findings">7 findings (distinct rule and resource).</p>')
    expect(html).toContain('<div class="banner fail" id="verdict">')
    const passing = renderHtml(buildModel({ run: { gate: { verdict: 'pass', reason: 'no findings at or above high' } } }))
    expect(passing).toContain('<div class="banner pass" id="verdict">')
    expect(passing).toContain('<p class="verdict pass">Gate: PASS (no findings at or above high)</p>')
    // Nothing configured to fail the run: said as such, never as a pass (the browser test checks the colour).
    const notGated = renderHtml(buildModel({ evaluations: [evaluation({ rule: 'r1' })], run: { gate: { verdict: 'not-gated', reason: 'no fail-on-severity threshold' } } }))
    expect(notGated).toContain('<div class="banner not-gated" id="verdict">')
    expect(notGated).toContain('<p class="verdict not-gated">Gate: NOT GATED (no fail-on-severity threshold)</p>')
    expect(notGated).not.toMatch(/class="[^"]*\bpass\b/)
  })

  it('links the workflow run and the report only when they are https URLs', () => {
    const run = 'https://github.com/octo/infra/actions/runs/42'
    const linked = renderHtml(buildModel({ run: { runUrl: run } }), { reportUrl: 'https://github.com/octo/infra/actions/runs/42/artifacts/7' })
    expect(linked).toContain(`<dt>Workflow run</dt><dd><a href="${run}" rel="noreferrer noopener">${run}</a></dd>`)
    expect(linked).toContain('<dt>This report</dt><dd><a href="https://github.com/octo/infra/actions/runs/42/artifacts/7"')
    const hostile = renderHtml(buildModel({ evaluations: [evaluation({ rule: 'r1' })], run: { runUrl: 'javascript:alert(1)', sourceUrlBase: 'javascript:alert(1)//' } }), { reportUrl: 'http://evil.example/' })
    expect(tableData(hostile).raw.linkBase).toBe('')
    expect(tableData(hostile).findings[0]).toMatchObject({ where: expect.stringMatching(/^infra\/main\.tf:\d+$/), link: '' })
    expect(hostile).not.toContain('javascript:')
    expect(hostile).not.toContain('evil.example')
    expect(hostile).not.toContain('Workflow run')
  })

  it('counts by severity and status, and draws the failing ones as bars', () => {
    for (const severity of SEVERITIES) {
      const expected = STATUSES.map((status) =>
        model.evaluations.filter((e) => e.severity === severity && e.status === status).length
      )
      const total = model.evaluations.filter((e) => e.severity === severity).length
      expect(rowCells(html, severity)).toEqual([severity, ...expected.map(String), String(total)])
    }
    expect(rowCells(html, 'all')).toEqual([
      'all',
      ...STATUSES.map((status) => String(model.evaluations.filter((e) => e.status === status).length)),
      String(model.evaluations.length)
    ])
    const bars = [...html.matchAll(/<g class="bar bar-(\w+)">[\s\S]*?<rect x="80" y="\d+" width="(\d+)"[\s\S]*?class="bar-count">(\d+)<\/text>/g)]
    expect(bars.map((m) => m[1])).toEqual([...SEVERITIES])
    for (const [, severity, , count] of bars) {
      expect(Number(count)).toBe(model.evaluations.filter((e) => e.severity === severity && e.status === 'fail').length)
    }
  })

  it('scales chart bars to the largest count, with a zero count drawn as nothing', () => {
    const chart = severityChart([{ severity: 'critical', count: 1000 }, { severity: 'high', count: 1 }, { severity: 'low', count: 0 }])
    expect(chart.bars.map((b) => b.barWidth)).toEqual([260, 2, 0])
    expect(chart.label).toBe('Failing checks by severity: critical 1000, high 1, low 0')
  })

  it('lists failing, suppressed and unknown checks with location, message, status and suppression reason', () => {
    const view = reportView(model)
    const listed = model.evaluations.filter((e) => e.status !== 'pass')
    // No two of richModel's evaluations share a (rule, resource): one entry, one side each.
    expect(view.findings).toHaveLength(listed.length)
    expect(view.findings.every((entry) => entry.sides.length === 1)).toBe(true)
    expect(view.findings.map((f) => f.statusKey)).toEqual([...listed.filter((e) => e.status === 'fail').map(() => 'fail'), 'suppressed', 'unknown'])
    expect(view.findings[0].severity).toBe('critical')
    const sgEntry = view.findings.find((f) => f.rule === 'ec2-sg-no-public-ssh' && f.sides[0].where !== '')!
    // The message is the entry's main line; the title (the passing condition) is the rule's.
    expect(sgEntry.message).toBe(`Ingress ${HOSTILE.img} allows 0.0.0.0/0 on port 22 ${HOSTILE.mustache} ${HOSTILE.backtick}`)
    const sg = sgEntry.sides[0]
    expect(sg.side).toBe('plan')
    expect(sg.where).toBe('infra/modules/net work/sg #1.tf:7')
    expect(sg.link).toBe(
      'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/modules/net%20work/sg%20%231.tf#L7'
    )
    const rows = tableData(html).findings
    expect(rows.map((row) => row.rule)).toEqual(view.findings.map((f) => f.rule))
    expect(rows.find((row) => row.where === sg.where)!.link).toBe(sg.link)
    const live = rows.find((row) => row.origin === 'live' && row.rule === 'ec2-sg-no-public-ssh')!
    expect([live.svc, live.acct, live.reg, live.st, live.side]).toEqual(['EC2', '123456789012', 'eu-west-1', 'fail', 'live 123456789012/eu-west-1'])
    expect(rows[0].fw).toEqual([['cis-aws-5.0', ['2.1.1']]])
    expect(rows[0].al).toEqual([['CKV_AWS_1'], []])
    // Shared values travel once.
    const { raw } = tableData(html)
    expect(raw.values.filter((value) => value === 'critical')).toHaveLength(1)
    expect(raw.linkBase).toBe(model.run.sourceUrlBase)
    // One side each, none counted by the gate: 1 × 2 + 0.
    expect(raw.groups).toEqual(view.findings.map(() => 2))
    const suppressed = view.findings.find((f) => f.statusKey === 'suppressed')!.sides[0]
    expect(suppressed.suppression).toContain('accepted javascript:alert(1)')
    expect(suppressed.suppression).toContain('[inline]')
  })

  it('lists a finding seen on the plan and live once, with both sides, and what blocks the gate first', () => {
    const planSide = (rule: string, extra: Partial<Evaluation> = {}) =>
      evaluation({ rule, resource: resourceRef({ type: 'AWS::EC2::SecurityGroup', tfType: 'aws_security_group', address: `aws_security_group.${rule}` }), ...extra })
    const liveSide = (rule: string, extra: Partial<Evaluation> = {}) =>
      evaluation({
        rule,
        resource: resourceRef({ origin: 'live', type: 'AWS::EC2::SecurityGroup', id: `sg-${rule}`, address: `aws_security_group.${rule}` }),
        ...extra
      })
    const grouped = buildModel({
      evaluations: [
        liveSide('ssh', { delta: 'drift', message: 'live says so', blocksGate: true }),
        planSide('ssh', { delta: 'pre-existing', message: 'plan says so', blocksGate: true }),
        planSide('rdp', { severity: 'critical', delta: 'introduced' }),
        planSide('accepted', { status: 'suppressed', suppression: { source: 'config', reason: 'ok' } }),
        liveSide('accepted', { status: 'suppressed', suppression: { source: 'config', reason: 'ok' } }),
        planSide('ssh', { status: 'pass' })
      ],
      run: { gate: { verdict: 'fail', reason: '1 finding at or above high' } }
    })
    const view = reportView(grouped)
    expect(view.findings.map((f) => [f.rule, f.statusKey, f.blocksGate, f.sides.map((side) => side.side)])).toEqual([
      // Blocking first, although less severe than the critical one below.
      ['ssh', 'fail', true, ['plan: pre-existing', 'live 123456789012/eu-west-1: drift']],
      ['rdp', 'fail', false, ['plan: introduced']],
      ['accepted', 'suppressed', false, ['plan', 'live 123456789012/eu-west-1']]
    ])
    // The Terraform side's words are the main line.
    expect(view.findings[0].message).toBe('plan says so')
    const out = renderHtml(grouped)
    // Three failing checks, two findings, one of them counted by the gate.
    expect(out).toContain('<p class="verdict-findings">2 findings (distinct rule and resource), 1 blocking the gate.</p>')
    expect(out).toContain('<p class="verdict-detail">3 failing checks,')
    const data = tableData(out)
    // Sides × 2, plus 1 when the gate counts it: [2 sides, blocks], [1, does not], [2, does not].
    expect(data.raw.groups).toEqual([5, 2, 4])
    expect(data.findings.map((row) => row.msg)).toEqual(['plan says so', 'live says so', 'The bucket is not encrypted.', 'The bucket is not encrypted.', 'The bucket is not encrypted.'])
  })

  it('carries each rule\'s remediation text and Terraform snippet once, for the listed rules only', () => {
    const data = tableData(html)
    expect(Object.keys(data.rules).sort()).toEqual([...new Set(data.findings.map((row) => row.rule))].sort())
    expect(data.rules['kms-key-rotation']).toMatchObject({ remediation: 'How to fix kms-key-rotation.', terraform: 'resource "aws_x" "y" {\n  fixed = true\n}' })
  })

  it('lists suppressed findings with their reasons and sources, as data the page shows in pages', () => {
    expect(html).toContain('<h2>Suppressed findings <span class="muted">(1)</span></h2>')
    expect(markupOnly(html)).toContain('<tbody id="suppressed-rows" data-list="rows"></tbody>')
    const data = suppressedBlock(html)
    expect(data.columns).toEqual(['severity', 'rule', 'resource', 'where', 'reason', 'source', 'expires'])
    expect(data.rows).toEqual([['critical', 'iam-no-admin-policy', expect.stringMatching(/^aws_s3_bucket\.b\d+$/), expect.stringMatching(/^infra\/main\.tf:\d+$/), 'accepted javascript:alert(1) Tom & Jerry', 'inline', '']])
    // Nothing suppressed: no section, an empty block.
    const none = renderHtml(buildModel({ evaluations: [evaluation({ rule: 'r1' })] }))
    expect(none).not.toContain('id="suppressed"')
    expect(dataJson(none, 'suppressed')).toBe('')
  })

  it('shows drift with Terraform and live values side by side, secrets as placeholders, from its data block', () => {
    expect(html).toContain('<h2>Drift</h2>')
    const data = driftBlock(html)
    expect(data.changed).toHaveLength(1)
    expect(data.missing).toHaveLength(1)
    expect(data.unmanaged).toHaveLength(1)
    const changes = data.changed[0].changes
    expect(changes.map((c) => c[0])).toEqual(['VersioningConfiguration.Status', 'Tags'])
    expect(changes[0].slice(1)).toEqual(['"Enabled"', '"Suspended"'])
    // A tag whose key names a secret keeps its key, not its value.
    expect(changes[1][1]).toContain('"Key": "secret"')
    expect(dataJson(html, 'drift')).not.toContain('TOPSECRET-IAC-VALUE')
    expect(changes[1][2]).toBe('"TOPSECRET-LIVE-VALUE"')
    expect(data.changed[0]).toMatchObject({ where: 'infra/main.tf:3', link: 'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/main.tf#L3', who: '' })
    // Headings with counts, and no "Who changed it" column when nobody was looked up.
    expect(html).toContain('<h3>Changed outside Terraform <span class="muted">(1)</span></h3>')
    expect(html).toContain('<h3>Missing (in Terraform, not found live) <span class="muted">(1)</span></h3>')
    expect(data.who).toBe(false)
    expect(markupOnly(html)).not.toContain('Who changed it')
  })

  it('says who changed a drifted resource when the scan looked it up, and only then', () => {
    const change = { principal: 'arn:aws:sts::123456789012:assumed-role/ops/alice', sessionName: 'alice', eventName: 'PutBucketVersioning', time: '2025-01-01T10:00:00Z' }
    const named = buildModel({
      drift: [
        driftEntry('changed', { changes: [{ path: 'VersioningConfiguration.Status', iac: 'Enabled', live: 'Suspended' }], lastChange: change }),
        driftEntry('missing', { lastChange: null }),
        driftEntry('unmanaged')
      ]
    })
    const out = renderHtml(named)
    const data = driftBlock(out)
    expect(data.who).toBe(true)
    expect(data.changed[0].who).toBe('last changed by arn:aws:sts::123456789012:assumed-role/ops/alice with PutBucketVersioning at 2025-01-01T10:00:00Z')
    expect(data.missing[0].who).toBe('CloudTrail holds no write on it in the last 90 days')
    expect(data.unmanaged[0].who).toBe('')
    expect(out.match(/<th scope="col">Who changed it<\/th>/g)).toHaveLength(2)
    // Masked with redactIdentifiers, like every other account id in the page.
    expect(dataJson(renderHtml(named, { redactIdentifiers: true }), 'drift')).not.toContain('123456789012')
  })

  it('shows hostile drift values as text', () => {
    const hostile = buildModel({
      drift: [driftEntry('changed', { changes: [{ path: 'Tags', iac: [{ Key: HOSTILE.script, Value: HOSTILE.img }], live: `</pre>${HOSTILE.mustache}` }] })]
    })
    const out = renderHtml(hostile)
    expect(markupOnly(out)).not.toMatch(/<script|<img|<\/pre>\{\{/)
    const [change] = driftBlock(out).changed[0].changes
    expect(change[1]).toContain('"Key": "<script>alert(\\"x\\")</script>"')
    expect(change[2]).toBe(JSON.stringify(`</pre>${HOSTILE.mustache}`))
  })

  it('counts the posture delta the way the job summary does', () => {
    const delta = buildModel({
      evaluations: [
        evaluation({ rule: 'a', delta: 'introduced' }),
        evaluation({ rule: 'b', delta: 'introduced' }),
        evaluation({ rule: 'c', status: 'pass', delta: 'fixed' }),
        evaluation({ rule: 'd', delta: 'drift', resource: resourceRef({ origin: 'live' }) }),
        evaluation({ rule: 'e', delta: 'pre-existing', resource: resourceRef({ origin: 'live' }) }),
        evaluation({ rule: 'f', status: 'pass', delta: 'introduced' })
      ]
    })
    expect(reportView(delta).delta.cells).toEqual([
      { label: 'Introduced', count: 2 },
      { label: 'Fixed', count: 1 },
      { label: 'Drift', count: 1 },
      { label: 'Pre-existing', count: 1 }
    ])
    expect(renderHtml(delta)).toContain('<h3>Posture delta</h3>')
    // The fix is listed in the table with its own status.
    expect(tableData(renderHtml(delta)).findings.find((row) => row.rule === 'c')!.st).toBe('fixed')
    expect(renderHtml(buildModel())).not.toContain('<h3>Posture delta</h3>')
  })

  it('says so when there is nothing to list', () => {
    const empty = renderHtml(buildModel({ evaluations: [evaluation({ rule: 'r1', status: 'pass' })] }))
    expect(empty).toContain('No failing, erroring, suppressed or unknown checks.')
    expect(empty).not.toContain('<h2>Drift</h2>')
    expect(tableData(empty).findings).toEqual([])
  })

  it('cannot be made to insert anything by text that looks like its insertion markers', () => {
    const marked = buildModel({ evaluations: [evaluation({ rule: 'r1', message: '<!--plumbline:data--> <!--plumbline:script-->' })], run: { warnings: ['<!--plumbline:csp-->'] } })
    const out = renderHtml(marked)
    expect(out.match(/<script\b/g)).toHaveLength(5)
    expect(out).toContain('<li>&lt;!--plumbline:csp--&gt;</li>')
    expect(tableData(out).findings[0].msg).toBe('<!--plumbline:data--> <!--plumbline:script-->')
  })

  it('masks account ids everywhere with redactIdentifiers', () => {
    const out = renderHtml(model, { redactIdentifiers: true })
    expect(out).not.toContain('123456789012')
    expect(out).toContain('********9012')
    expect(tableData(out).findings.find((row) => row.origin === 'live')!.acct).toBe('********9012')
    // The data block is compressed: its text is checked inflated.
    expect(dataJson(out)).not.toContain('123456789012')
    expect(dataJson(renderHtml(model))).toContain('123456789012')
    expect(renderHtml(model)).toContain('123456789012')
  })
})

describe('the data block', () => {
  it('is base64 only, whatever the data holds, and inflates to the table data', () => {
    const hostile = buildModel({ evaluations: [evaluation({ rule: 'r1', message: '</script><!-- -->&\u2028\nline two`${x}`', resource: resourceRef({ address: HOSTILE.script }) })] })
    const html = renderHtml(hostile)
    expect(DATA_BLOCK.exec(html)![1]).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(tableData(html).findings[0].msg).toBe('</script><!-- -->&\u2028\nline two`${x}`')
  })
})

describe('driftValueText', () => {
  it('prints values as JSON, absent ones as such, and never a redacted, secret-named or secret-looking value', () => {
    expect(driftValueText('Enabled', 'Status')).toBe('"Enabled"')
    expect(driftValueText(undefined, 'Status')).toBe('(not set)')
    expect(driftValueText({ A: [1, true, null] }, 'X')).toBe('{\n  "A": [\n    1,\n    true,\n    null\n  ]\n}')
    expect(driftValueText({ redacted: true }, 'Environment.Variables.X')).toBe('"‹redacted›"')
    expect(driftValueText('hunter2-hunter2-hunter2', 'MasterUserPassword')).toBe('"‹hidden›"')
    expect(driftValueText({ Vars: { db_password: 'x', region: 'eu' } }, 'Environment')).toBe('{\n  "Vars": {\n    "db_password": "‹hidden›",\n    "region": "eu"\n  }\n}')
    expect(driftValueText('AKIAABCDEFGHIJKLMNOP', 'Description')).toBe('"‹hidden›"')
    expect(driftValueText([{ Key: 'api_token', Value: 'v' }, { Key: 'team', Value: 'a' }], 'Tags[0]')).toBe(
      JSON.stringify([{ Key: 'api_token', Value: '‹hidden›' }, { Key: 'team', Value: 'a' }], null, 2)
    )
  })
})

describe('maskAccountIdsInText', () => {
  it('masks twelve-digit ids wherever they stand alone, keeping the last four digits', () => {
    expect(maskAccountIdsInText('arn:aws:iam::123456789012:role/x in 210987654321/eu-west-1, logs-111122223333')).toBe(
      'arn:aws:iam::********9012:role/x in ********4321/eu-west-1, logs-********3333'
    )
    expect(maskAccountIdsInText('1234567890123 and 12345678901')).toBe('1234567890123 and 12345678901')
  })

  it('leaves commit SHAs and GitHub URLs working unless the id is a known account', () => {
    const sha = 'ab123456789012cdef0123456789abcdef012345'
    expect(maskAccountIdsInText(`commit ${sha}`)).toBe(`commit ${sha}`)
    const run = 'https://github.com/o/r/actions/runs/123456789012/job/210987654321'
    expect(maskAccountIdsInText(`[run](${run})`)).toBe(`[run](${run})`)
    expect(maskAccountIdsInText(run, ['210987654321'])).toBe('https://github.com/o/r/actions/runs/123456789012/job/********4321')
    expect(maskAccountIdsInText('https://eu-west-1.console.aws.amazon.com/iam/home#/roles?a=123456789012')).toBe(
      'https://eu-west-1.console.aws.amazon.com/iam/home#/roles?a=********9012'
    )
  })
})

describe('maskAccountIds', () => {
  it('masks every account id in a deep copy and leaves the model untouched', () => {
    const model = richModel()
    model.run.accounts = ['123456789012', '210987654321']
    model.run.runUrl = 'https://github.com/octo/infra/actions/runs/999999999999'
    model.coverage.push({ account: '210987654321', region: 'eu-west-1', type: 'AWS::KMS::Key', state: 'denied', error: 'arn:aws:sts::210987654321:assumed-role/x is not authorized' })
    model.drift[0].changes.push({ path: 'Policy', iac: JSON.parse('{"__proto__": {"arn:aws:iam::210987654321:root": "123456789012"}}'), live: null })
    const before = JSON.stringify(model)
    const masked = maskAccountIds(model)
    expect(JSON.stringify(model)).toBe(before)
    const text = JSON.stringify(masked)
    expect(text).not.toMatch(/123456789012|210987654321/)
    expect(masked.run.accounts).toEqual(['********9012', '********4321'])
    expect(masked.coverage[1].error).toBe('arn:aws:sts::********4321:assumed-role/x is not authorized')
    expect(masked.run.runUrl).toBe(model.run.runUrl)
    expect(masked.run.sourceUrlBase).toBe(model.run.sourceUrlBase)
    const policy = masked.drift[0].changes[2].iac as Record<string, Record<string, string>>
    expect(Object.getOwnPropertyNames(policy)).toEqual(['__proto__'])
    expect(policy['__proto__']).toEqual({ 'arn:aws:iam::********4321:root': '********9012' })
    expect(masked.evaluations).toHaveLength(model.evaluations.length)
  })
})

describe('sourceLink', () => {
  it('links only from an https base and encodes the path', () => {
    expect(sourceLink('https://github.com/o/r/blob/abc/', './a (1)/b.tf', 3)).toBe('https://github.com/o/r/blob/abc/a%20%281%29/b.tf#L3')
    expect(sourceLink('javascript:alert(1)//', 'a.tf', 1)).toBe('')
    expect(sourceLink(undefined, 'a.tf', 1)).toBe('')
  })
})

describe('renderHtml coverage', () => {
  const entries = [
    { account: '111111111111', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'scanned' as const, count: 3, note: 'read from list properties only' },
    { account: '111111111111', region: 'eu-west-1', type: 'AWS::KMS::Key', state: 'denied' as const, count: 0, error: `AccessDenied ${HOSTILE.img}` },
    { account: '222222222222', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'scanned' as const, count: 5 },
    { account: '222222222222', region: 'us-east-1', type: 'AWS::S3::Bucket', state: 'scanned' as const, count: 1 },
    { account: '333333333333', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'failed' as const, error: 'Throttling' },
    { account: '333333333333', region: 'eu-west-1', type: 'AWS::KMS::Key', state: 'unsupported' as const }
  ]
  const html = renderHtml(buildModel({ coverage: entries }))

  it('rolls the ledger up to one row per account: regions and entries by state, most incomplete first', () => {
    expect(html).toContain('<h2>Coverage</h2>')
    expect(html).toContain('3 of 6 (account, region, type) entries scanned; 1 denied, 1 unsupported, 1 failed')
    expect(rowCells(html, 'Account')).toEqual(['Account', 'Regions', 'scanned', 'denied', 'unsupported', 'failed', 'Resources', 'Entries'])
    expect(rowCells(html, '333333333333')).toEqual(['333333333333', '1 eu-west-1', '0', '0', '1', '1', '0', '2 entries'])
    expect(rowCells(html, '111111111111')).toEqual(['111111111111', '1 eu-west-1', '1', '1', '0', '0', '3', '2 entries'])
    expect(rowCells(html, '222222222222')).toEqual(['222222222222', '2 eu-west-1, us-east-1', '2', '0', '0', '0', '6', '2 entries'])
    const order = [...html.matchAll(/<tr class="cov-account[^"]*" data-account-index="(\d+)"><th scope="row">(\d+)</g)].map((m) => m[2])
    expect(order).toEqual(['333333333333', '111111111111', '222222222222'])
    // No entry is markup: one row per account.
    expect(markupOnly(html)).not.toContain('AWS::KMS::Key')
    expect(html).not.toContain(HOSTILE.img)
    expect(renderHtml(buildModel())).not.toContain('<h2>Coverage</h2>')
  })

  it('keeps every entry in the ledger block, per account as the rows point to it, with counts and reasons', () => {
    const data = coverageBlock(html)
    const index = Number(/data-account-index="(\d+)"><th scope="row">111111111111</.exec(html)![1])
    const account = data.accounts[index]
    expect(account.account).toBe('111111111111')
    const decoded = account.entries.map(([region, type, state, count, why]) => [data.regions[region], data.types[type], data.states[state], count, why])
    expect(decoded).toEqual([
      ['eu-west-1', 'AWS::S3::Bucket', 'scanned', 3, 'read from list properties only'],
      ['eu-west-1', 'AWS::KMS::Key', 'denied', 0, `AccessDenied ${HOSTILE.img}`]
    ])
    expect(data.accounts.reduce((n, a) => n + a.entries.length, 0)).toBe(entries.length)
  })

  it('gives a state it does not know (an inventory from another version) a column of its own', () => {
    const other = { account: '444444444444', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'skipped' } as unknown as CoverageEntry
    const out = renderHtml(buildModel({ coverage: [...entries, other] }))
    expect(rowCells(out, 'Account')).toEqual(['Account', 'Regions', 'scanned', 'denied', 'unsupported', 'failed', 'skipped', 'Resources', 'Entries'])
    expect(rowCells(out, '444444444444')).toEqual(['444444444444', '1 eu-west-1', '0', '0', '0', '0', '1', '0', '1 entry'])
    expect(rowCells(out, '111111111111')).toEqual(['111111111111', '1 eu-west-1', '1', '1', '0', '0', '0', '3', '2 entries'])
  })
})

describe('renderHtml summaries by rule and by account', () => {
  const A1 = '111122223333'
  const A2 = '444455556666'
  const live = (account: string, id: string) => resourceRef({ origin: 'live', id, account, region: 'us-east-1', arn: `arn:aws:s3:::${id}-${account}` })
  const model = buildModel({
    evaluations: [
      evaluation({ rule: 'enc', severity: 'critical', resource: live(A1, 'b1') }),
      evaluation({ rule: 'enc', severity: 'critical', resource: live(A2, 'b2') }),
      evaluation({ rule: 'log', severity: 'medium', resource: live(A2, 'b3') }),
      evaluation({ rule: 'log', severity: 'medium', resource: live(A2, 'b4') }),
      evaluation({ rule: 'log', severity: 'medium', status: 'suppressed', resource: live(A1, 'b5') })
    ],
    rules: [ruleMeta('enc', 'critical', { title: `Encrypted ${HOSTILE.img}` }), ruleMeta('log', 'medium')],
    run: { accounts: [A1, A2] }
  })

  it('lists every rule and account with its failing findings, from the model', () => {
    const view = reportView(model)
    expect(view.ruleSummary).toEqual([
      { rule: 'enc', title: `Encrypted ${HOSTILE.img}`, severity: 'critical', failing: 2, accounts: 2 },
      { rule: 'log', title: 'Title of log', severity: 'medium', failing: 2, accounts: 1 }
    ])
    expect(view.accountSummary).toEqual({
      severities: [...SEVERITIES],
      rows: [
        { account: A2, label: A2, cells: [1, 0, 2, 0, 0], failing: 3, topRules: [{ account: A2, rule: 'log', count: 2 }, { account: A2, rule: 'enc', count: 1 }] },
        { account: A1, label: A1, cells: [1, 0, 0, 0, 0], failing: 1, topRules: [{ account: A1, rule: 'enc', count: 1 }] }
      ]
    })
    expect(view.hasRuleSummary).toBe(true)
    expect(view.hasAccountSummary).toBe(true)
  })

  it('renders them as captioned tables with row and column headers, each row a link into the list, escaped', () => {
    const html = renderHtml(model)
    const byRule = /<section id="by-rule">[\s\S]*?<\/section>/.exec(html)![0]
    expect(byRule).toContain('<caption>')
    expect(byRule.match(/<th scope="col">/g)).toHaveLength(5)
    expect(byRule).toContain('<th scope="row"><a href="#findings" data-show-rule="enc"><code>enc</code></a></th><td>Encrypted &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</td><td class="sev sev-critical">critical</td><td class="n">2</td><td class="n">2</td>')
    const byAccount = /<section id="by-account">[\s\S]*?<\/section>/.exec(html)![0]
    expect(byAccount).toContain('<caption>')
    expect(byAccount).toContain(`<th scope="row"><a href="#findings" data-show-acct="${A2}">${A2}</a></th><td class="n">1</td><td class="n">0</td><td class="n">2</td>`)
    expect(byAccount).toContain(`<a href="#findings" data-show-acct="${A2}" data-show-rule="log"><code>log</code></a> <span class="muted">2</span>`)
    expect(html).toContain('<a href="#by-rule">By rule</a>')
  })

  it('masks account ids in the summaries with redactIdentifiers, the same way the list\'s account filter sees them', () => {
    const view = reportView(model, { redactIdentifiers: true })
    expect(view.accountSummary.rows.map((row) => [row.account, row.label, row.topRules.map((top) => top.account)])).toEqual([
      ['********6666', '********6666', ['********6666', '********6666']],
      ['********3333', '********3333', ['********3333']]
    ])
    const html = renderHtml(model, { redactIdentifiers: true })
    expect(html).not.toMatch(new RegExp(`${A1}|${A2}`))
    expect(html).toContain('data-show-acct="********6666"')
    const accounts = new Set(tableData(html).findings.map((row) => row.acct))
    expect(accounts).toEqual(new Set(['********6666', '********3333']))
  })

  it('leaves out the account summary when no finding is in an account, and both when nothing fails', () => {
    const planOnly = reportView(buildModel({ evaluations: [evaluation({ rule: 'enc' })] }))
    expect(planOnly.hasRuleSummary).toBe(true)
    expect(planOnly.hasAccountSummary).toBe(false)
    expect(planOnly.accountSummary.rows.map((row) => row.label)).toEqual(['(none)'])
    const html = renderHtml(buildModel({ evaluations: [evaluation({ rule: 'enc', status: 'pass' })] }))
    expect(html).not.toContain('id="by-rule"')
    expect(html).not.toContain('id="by-account"')
  })
})
