// The pull-request comment: the verdict, what this change introduces and fixes, drift and coverage in a few
// lines, the top findings, and a link to the full report. One comment per pull request, found again by its
// hidden marker and updated in place. GitHub refuses bodies over 65,536 characters; we stay under 60,000 and
// say what was cut. Data is escaped as markdown text (escapeMarkdown), never interpreted.
import type { Evaluation, ReportModel } from '../types.js'
import { addedSuppressionsSection, escapeMarkdown, markdownLocation, truncateCell } from './summary.js'
import { deltaCounts, failingFindings, resourceLabel, resourcePlace } from './view.js'

export const COMMENT_MARKER = '<!-- plumbline:pr-comment -->'
export const MAX_COMMENT_CHARS = 60_000
const MAX_ROWS = 30
const MAX_CELL = 300
const MAX_ADDED_ROWS = 20

export interface CommentOptions {
  reportUrl?: string
  maxChars?: number
}

export function renderPrComment(model: ReportModel, opts: CommentOptions = {}): string {
  const max = opts.maxChars ?? MAX_COMMENT_CHARS
  const { run } = model
  const pass = run.gate.verdict === 'pass'
  const link = opts.reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(opts.reportUrl) ? opts.reportUrl : undefined
  const head: string[] = [
    COMMENT_MARKER,
    `### Plumbline: ${pass ? '✅ gate passed' : '❌ gate failed'}`,
    '',
    escapeMarkdown(run.gate.reason),
    ''
  ]
  const findings = failingFindings(model.evaluations)
  const byDelta = (label: Evaluation['delta']) => findings.filter((e) => e.delta === label).length
  const fixed = deltaCounts(model.evaluations).counts.fixed
  const facts = [
    `**${run.counts.fail}** finding(s): ${byDelta('introduced')} introduced by this change, ${fixed} fixed by it, ${byDelta('drift')} introduced by drift, ${byDelta('pre-existing')} pre-existing.`
  ]
  if (run.counts.error > 0) facts.push(`**Rule errors:** ${run.counts.error} evaluation(s) could not complete (listed in the report; not counted as findings).`)
  if (model.drift.length > 0 || run.iacCoverage !== null) {
    const d = run.counts.drift
    facts.push(`**Drift:** ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged${run.iacCoverage !== null ? ` · IaC coverage ${run.iacCoverage}%` : ''}.`)
  }
  const incomplete = model.coverage.filter((c) => c.state !== 'scanned').length
  if (incomplete > 0) facts.push(`**Coverage:** ${incomplete} of ${model.coverage.length} (account, region, type) entries were not fully read.`)
  if (link) facts.push(`[Full report](${link})`)
  head.push(facts.join('\n'), '')
  // What reviewers must see before approving: suppressions the change brings in with it.
  head.push(...addedSuppressionsSection(model, MAX_ADDED_ROWS, MAX_CELL, '####'))

  // What the reviewer acts on first: what this change introduces, then the rest by severity.
  const ordered = [...findings.filter((e) => e.delta === 'introduced'), ...findings.filter((e) => e.delta !== 'introduced')]
  const table = ['| Severity | Rule | Resource | Location | Change |', '|---|---|---|---|---|']
  const tail = (omitted: number) =>
    omitted > 0 ? `\n_${omitted} more finding(s) not listed here${link ? `: see the [full report](${link})` : ': see the HTML report artifact'}._\n` : ''
  let body = head.join('\n')
  const rows: string[] = []
  for (const e of ordered.slice(0, MAX_ROWS)) {
    const row = commentRow(e, model.run.sourceUrlBase)
    const candidate = body.length + table.join('\n').length + rows.join('\n').length + row.length + 400
    if (candidate > max) break
    rows.push(row)
  }
  if (rows.length > 0) body += [...table, ...rows].join('\n') + '\n'
  body += tail(ordered.length - rows.length)
  return body.length <= max ? body : body.slice(0, max - 20) + '\n\n_(truncated)_\n'
}

function commentRow(e: Evaluation, sourceUrlBase: string | undefined): string {
  const place = e.resource.origin === 'live' ? resourcePlace(e.resource) : ''
  const resource = escapeMarkdown(cell(resourceLabel(e.resource) + (place ? ` (${place})` : '')))
  const location = markdownLocation(e.location, sourceUrlBase, MAX_CELL)
  return `| ${e.severity} | ${escapeMarkdown(e.rule)} | ${resource} | ${location} | ${e.delta ?? ''} |`
}

function cell(text: string): string {
  return truncateCell(text, MAX_CELL)
}
