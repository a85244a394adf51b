// The job summary and the pull-request comment rendered by a real GFM renderer (micromark with its GFM extension,
// which passes the GFM spec's tests, extended autolinks included), from a model full of names that would ping
// people or show links: the only links in the HTML must be ours, and no text may hold a mention or an issue
// reference, which GitHub finds in the rendered text itself.
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { parseFragment } from 'parse5'
import { renderPrComment } from '../../src/report/pr-comment.js'
import { escapeMarkdown, renderSummary } from '../../src/report/summary.js'
import type { ReportModel } from '../../src/types.js'
import { buildModel, driftEntry, evaluation, resourceRef } from './model-builder.js'

/** What a resource name, tag, message or file name could hold to reach people or lead them away. */
const LURES = [
  '@octocat',
  '@acme/security-team',
  'ping @admin, please',
  'mail admin@evil.example now',
  'mailto:root@evil.example',
  'xmpp:bot@evil.example/res',
  'https://evil.example/login?next=1',
  'HTTP://EVIL.EXAMPLE',
  'ftp://evil.example/x',
  'www.evil.example/reset',
  'WWW.Evil.Example',
  '(www.evil.example)',
  '*https://evil.example*',
  'see #123 and acme/orders#7 and GH-42'
]
const lure = (i: number) => LURES[i % LURES.length]

const SOURCE_BASE = 'https://github.com/octo/infra/blob/0123456789abcdef0123456789abcdef01234567'
const REPORT_URL = 'https://github.com/octo/infra/actions/runs/1/artifacts/2'

function hostileModel(): ReportModel {
  const evaluations = LURES.map((text, i) =>
    evaluation({
      rule: `rule-${i}`,
      severity: i % 2 ? 'high' : 'critical',
      title: `Title ${lure(i + 3)}`,
      message: `Message ${text}`,
      path: `Tags["${lure(i + 1)}"]`,
      delta: 'introduced',
      resource: resourceRef({ address: `aws_s3_bucket.x["${text}"]` }),
      location: { file: `infra/${lure(i + 2)}.tf`, line: i + 1 }
    })
  )
  evaluations.push(
    evaluation({ rule: 'live-rule', severity: 'high', resource: resourceRef({ origin: 'live', id: lure(5), arn: `arn:aws:s3:::${lure(6)}`, region: lure(7) }) })
  )
  const drift = LURES.map((text, i) =>
    driftEntry(i % 3 === 0 ? 'changed' : i % 3 === 1 ? 'missing' : 'unmanaged', {
      resource: resourceRef({ origin: 'live', id: text }),
      address: `aws_s3_bucket.d["${lure(i + 4)}"]`,
      changes: [{ path: `Tags["${lure(i + 5)}"]`, iac: 'a', live: 'b' }]
    })
  )
  const model = buildModel({
    evaluations,
    drift,
    coverage: LURES.map((text, i) => ({ account: '123456789012', region: lure(i + 1), type: `AWS::S3::Bucket`, state: 'failed' as const, error: text })),
    unmapped: LURES.map((text, i) => ({ address: `aws_x.y${i}`, type: text })),
    run: {
      repository: 'octo/infra',
      sourceUrlBase: SOURCE_BASE,
      gate: { verdict: 'fail', reason: `findings on ${lure(0)} and ${lure(6)}` },
      warnings: LURES.map((text) => `warning about ${text}`)
    }
  })
  // Suppressions the change adds: every field is written by the change's author.
  model.addedSuppressions = LURES.map((text, i) => ({
    kind: i % 2 ? 'config' : 'checkov-skip',
    rule: lure(i + 1),
    resource: `aws_s3_bucket.s["${text}"]`,
    file: `infra/${lure(i + 2)}.tf`,
    line: i + 1,
    reason: `because ${lure(i + 3)}`,
    detail: lure(i + 4),
    applied: i % 3 !== 0
  }))
  return model
}

interface Rendered {
  hrefs: string[]
  texts: string[]
}

type Node = { nodeName: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[] }

/** GFM to HTML (inline HTML allowed, as GitHub allows some), then every link target and every text node. */
function render(markdown: string): Rendered {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  const out: Rendered = { hrefs: [], texts: [] }
  const walk = (node: Node) => {
    if (node.nodeName === '#text' && node.value) out.texts.push(node.value)
    for (const attr of node.attrs ?? []) if (attr.name === 'href' || attr.name === 'src') out.hrefs.push(attr.value)
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parseFragment(html) as unknown as Node)
  return out
}

/** GitHub's mentions (@user, @org/team) and issue references (#1, owner/repo#1, GH-1), as it finds them in text. */
const MENTION = /(?:^|[^A-Za-z0-9_`])@[A-Za-z0-9]/
const ISSUE_REFERENCE = /(?:^|[^A-Za-z0-9_&])#\d|(?:^|\W)GH-\d/i

function expectOnlyOurLinks(markdown: string) {
  const { hrefs, texts } = render(markdown)
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of hrefs) expect(href === REPORT_URL || href.startsWith(`${SOURCE_BASE}/`)).toBe(true)
  for (const text of texts) {
    expect(text).not.toMatch(MENTION)
    expect(text).not.toMatch(ISSUE_REFERENCE)
  }
  // The lures are still there to read, only inert.
  const visible = texts.join('').replace(/\u2060/g, '')
  expect(visible).toContain('@acme/security-team')
  expect(visible).toContain('https://evil.example/login?next=1')
  expect(visible).toContain('www.evil.example/reset')
}

describe('data in the summary and the comment never becomes a mention or a link', () => {
  const model = hostileModel()

  it('in the job summary', () => {
    expectOnlyOurLinks(renderSummary(model, { reportUrl: REPORT_URL }))
  })

  it('in the pull-request comment', () => {
    expectOnlyOurLinks(renderPrComment(model, { reportUrl: REPORT_URL }))
  })

  it('the renderer used here does find them in plain text (the test can fail)', () => {
    const { hrefs } = render(LURES.join('\n\n'))
    expect(hrefs).toEqual(
      expect.arrayContaining(['mailto:admin@evil.example', 'mailto:root@evil.example', 'https://evil.example/login?next=1', 'http://www.evil.example/reset', 'HTTP://EVIL.EXAMPLE'])
    )
  })

  it('escapeMarkdown breaks each pattern with an invisible word joiner and nothing else', () => {
    expect(escapeMarkdown('@octocat')).toBe('@\u2060octocat')
    expect(escapeMarkdown('a@b.example')).toBe('a@\u2060b.example')
    expect(escapeMarkdown('https://x.example')).toBe('https:\u2060//x.example')
    expect(escapeMarkdown('WWW.x.example')).toBe('WWW\u2060.x.example')
    expect(escapeMarkdown('#12 GH-3')).toBe('\\#\u206012 GH-\u20603')
    expect(escapeMarkdown('plain text #tag 100%')).toBe('plain text \\#tag 100%')
  })

  it('our own links keep working: the report and the .tf lines', () => {
    const { hrefs } = render(renderSummary(model, { reportUrl: REPORT_URL }))
    expect(hrefs).toContain(REPORT_URL)
    expect(hrefs.filter((h) => h.startsWith(`${SOURCE_BASE}/infra/`)).length).toBeGreaterThanOrEqual(LURES.length)
  })
})
