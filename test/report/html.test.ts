import { renderHtml, reportView } from '../../src/report/html.js'
import { STATUSES, sourceLink } from '../../src/report/view.js'
import { SEVERITIES } from '../../src/types.js'
import { HOSTILE, buildModel, evaluation, richModel } from './model-builder.js'

/** Text of the cells of the <tr> whose first cell is `first`, tags stripped. */
function rowCells(html: string, first: string): string[] {
  const rows = html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []
  for (const row of rows) {
    const cells = [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim())
    if (cells[0] === first) return cells
  }
  throw new Error(`no row starting with ${first}`)
}

describe('renderHtml', () => {
  const model = richModel()
  const html = renderHtml(model)

  it('escapes hostile names, messages and reasons everywhere', () => {
    for (const raw of [HOSTILE.script, HOSTILE.img, HOSTILE.mustache, HOSTILE.backtick]) {
      expect(html).not.toContain(raw)
    }
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/\son\w+=/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;')
    // `{{` in data is printed, not evaluated.
    expect(html).toContain('{{constructor.constructor(&quot;alert(1)&quot;)()}}')
    expect(html).toContain('&#x60;rm -rf /&#x60;')
    expect(html).toContain('accepted javascript:alert(1) Tom &amp; Jerry')
    // javascript: only ever appears as text, never as a link target.
    expect(html).not.toMatch(/href="javascript:/i)
  })

  it('is self-contained: a CSP that forbids fetches and scripts, no external references', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)
    expect(csp?.[1]).toContain("default-src 'none'")
    expect(csp?.[1]).toContain("script-src 'none'")
    expect(html).not.toMatch(/<(script|link|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/\bsrc=/i)
    expect(html).not.toMatch(/url\(/i)
  })

  it('shows the header and the verdict with its reason', () => {
    expect(html).toContain('octo/infra')
    expect(html).toContain('0123456789abcdef0123456789abcdef01234567')
    expect(html).toContain('pull_request')
    expect(html).toContain('2025-01-02T03:04:05.000Z')
    expect(html).toContain('Plumbline 0.1.0')
    expect(html).toContain('Gate: FAIL (2 findings at or above high)')
    const passing = renderHtml(buildModel({ run: { gate: { verdict: 'pass', reason: 'no findings at or above high' } } }))
    expect(passing).toContain('<p class="verdict pass">Gate: PASS (no findings at or above high)</p>')
  })

  it('counts by severity and status', () => {
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
  })

  it('lists failing, suppressed and unknown checks with location, message, status and suppression reason', () => {
    const view = reportView(model)
    const listed = model.evaluations.filter((e) => e.status !== 'pass')
    expect(view.findings).toHaveLength(listed.length)
    expect(view.findings.map((f) => f.status.split(' ')[0])).toEqual([
      ...listed.filter((e) => e.status === 'fail').map(() => 'fail'),
      'suppressed',
      'unknown'
    ])
    expect(view.findings[0].severity).toBe('critical')
    const sg = view.findings.find((f) => f.rule === 'ec2-sg-no-public-ssh' && f.where !== '')!
    expect(sg.where).toBe('infra/modules/net work/sg #1.tf:7')
    expect(sg.link).toBe(
      'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/modules/net%20work/sg%20%231.tf#L7'
    )
    expect(html).toContain(`href="${sg.link}"`)
    const suppressed = view.findings.find((f) => f.status === 'suppressed')!
    expect(suppressed.suppression).toContain('accepted javascript:alert(1)')
    expect(suppressed.suppression).toContain('[inline]')
  })

  it('lists drift by property path without values', () => {
    expect(html).toContain('VersioningConfiguration.Status, Tags')
    expect(html).not.toContain('TOPSECRET')
    expect(html).not.toContain('Suspended')
  })

  it('says so when there is nothing to list', () => {
    const empty = renderHtml(buildModel({ evaluations: [evaluation({ rule: 'r1', status: 'pass' })] }))
    expect(empty).toContain('No failing, suppressed or unknown checks.')
    expect(empty).not.toContain('<h2>Drift</h2>')
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
  it('shows the whole ledger with states, counts and reasons, escaped', () => {
    const model = buildModel({
      coverage: [
        { account: '111111111111', region: 'eu-west-1', type: 'AWS::S3::Bucket', state: 'scanned', count: 3, note: 'read from list properties only' },
        { account: '111111111111', region: 'eu-west-1', type: 'AWS::KMS::Key', state: 'denied', count: 0, error: `AccessDenied ${HOSTILE.img}` }
      ]
    })
    const html = renderHtml(model)
    expect(html).toContain('<h2>Coverage</h2>')
    expect(html).toContain('1 of 2 (account, region, type) entries scanned; 1 denied')
    expect(html).toMatch(/<tr class="cov-scanned"><td>111111111111<\/td><td>eu-west-1<\/td><td><code>AWS::S3::Bucket<\/code><\/td><td>scanned<\/td><td class="n">3<\/td><td>read from list properties only<\/td><\/tr>/)
    expect(html).toContain('<tr class="cov-denied">')
    expect(html).not.toContain(HOSTILE.img)
    expect(renderHtml(buildModel())).not.toContain('<h2>Coverage</h2>')
  })
})
