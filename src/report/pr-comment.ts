// The pull-request comment: the verdict, what this change introduces and fixes, drift and coverage in a few
// lines, the top findings, and a link to the full report. At organization scale (more than 50 findings, or
// findings in several accounts) the findings are counted per rule and per account, and only what the change
// brings (or blocks the gate) is listed, else the most severe. One comment per pull request, found again by its
// hidden marker and updated in place. GitHub refuses bodies over 65,536 characters; we stay under 60,000 and
// say what was cut. Data is escaped as markdown text (escapeMarkdown), never interpreted.
import type { ReportModel } from '../types.js'
import { aggregates } from './aggregate.js'
import { addedSuppressionsSection, aggregateSection, escapeMarkdown, gateHeadline, markdownLocation, standing, truncateCell } from './summary.js'
import { changesLine, deltaCounts, driftAuthorsLine, groupFindings, resourcePlace, type FindingGroup } from './view.js'

export const COMMENT_MARKER = '<!-- plumbline:pr-comment -->'
export const MAX_COMMENT_CHARS = 60_000
const MAX_ROWS = 30
const MAX_CELL = 300
const MAX_ADDED_ROWS = 20
/** Rows of the per-rule and per-account tables: a comment is read between two reviews, not studied. */
const MAX_RULE_ROWS = 20
const MAX_ACCOUNT_ROWS = 20

export interface CommentOptions {
  reportUrl?: string
  maxChars?: number
}

export function renderPrComment(model: ReportModel, opts: CommentOptions = {}): string {
  const max = opts.maxChars ?? MAX_COMMENT_CHARS
  const { run } = model
  const link = opts.reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(opts.reportUrl) ? opts.reportUrl : undefined
  const head: string[] = [
    COMMENT_MARKER,
    `### Plumbline: ${gateHeadline(run.gate.verdict)}`,
    '',
    escapeMarkdown(run.gate.reason),
    ''
  ]
  // One entry per (rule, resource): a finding seen on the plan and on the live resource is one finding.
  const findings = groupFindings(model.evaluations)
  const delta = deltaCounts(model.evaluations).counts
  const blocking = findings.filter((g) => g.blocksGate).length
  const facts = [
    `**${run.counts.findings}** finding(s) (${run.counts.fail} failing checks)${blocking > 0 ? `, **${blocking} blocking the gate**` : ''}: ${delta.introduced} introduced by this change, ${delta.fixed} fixed by it, ${delta.drift} introduced by drift, ${delta['pre-existing']} pre-existing.`
  ]
  if (run.counts.error > 0) facts.push(`**Rule errors:** ${run.counts.error} evaluation(s) could not complete (listed in the report; not counted as findings).`)
  if (model.drift.length > 0 || run.iacCoverage !== null) {
    const d = run.counts.drift
    const authors = driftAuthorsLine(model.drift)
    facts.push(`**Drift:** ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged${run.iacCoverage !== null ? ` · IaC coverage ${run.iacCoverage}%` : ''}${authors ? ` · ${escapeMarkdown(authors)}` : ''}.`)
  }
  if (run.changes) facts.push(`**Changes mode:** ${escapeMarkdown(changesLine(run.changes))}.`)
  const incomplete = model.coverage.filter((c) => c.state !== 'scanned').length
  if (incomplete > 0) facts.push(`**Coverage:** ${incomplete} of ${model.coverage.length} (account, region, type) entries were not fully read.`)
  if (run.counts.unmapped > 0) {
    facts.push(`**Not checked:** ${run.counts.unmapped} Terraform resource(s): no mapping yet, or their parent is not in this configuration (listed in the report).`)
  }
  if (link) facts.push(`[Full report](${link})`)
  head.push(facts.join('\n'), '')
  // What reviewers must see before approving: suppressions the change brings in with it.
  head.push(...addedSuppressionsSection(model, MAX_ADDED_ROWS, MAX_CELL, '####'))

  // What the reviewer acts on first: what blocks the gate (groupFindings lists it first), then what this change
  // introduces, then the rest by severity. At scale the tables count everything, and the list holds only what
  // blocks or is new when there is any: the estate's old findings are the nightly scan's business.
  const brought = findings.filter((g) => g.blocksGate || g.delta === 'introduced')
  const aggregated = aggregates(findings)
  const ordered = aggregated && brought.length > 0 ? brought : [...brought, ...findings.filter((g) => !g.blocksGate && g.delta !== 'introduced')]
  if (aggregated) {
    head.push(aggregateSection(findings, MAX_RULE_ROWS, MAX_ACCOUNT_ROWS, '####', link))
    // A blank line after it: the table must not read as the paragraph's continuation.
    head.push(brought.length > 0 ? `${brought.length} finding(s) this change introduces or that block the gate:` : 'The most severe findings:', '', '')
  }
  const table = ['| Severity | Finding | Resource | Location | Where it stands |', '|---|---|---|---|---|']
  const tail = (omitted: number) =>
    omitted > 0 ? `\n_… and ${omitted} more finding(s) not listed here${link ? `: see the [full report](${link})` : ': see the HTML report artifact'}._\n` : ''
  let body = head.join('\n')
  const rows: string[] = []
  for (const e of ordered.slice(0, MAX_ROWS)) {
    const row = commentRow(e, model.run.sourceUrlBase)
    const candidate = body.length + table.join('\n').length + rows.join('\n').length + row.length + 400
    if (candidate > max) break
    rows.push(row)
  }
  if (rows.length > 0) body += [...table, ...rows].join('\n') + '\n'
  body += tail(findings.length - rows.length)
  return body.length <= max ? body : body.slice(0, max - 20) + '\n\n_(truncated)_\n'
}

function commentRow(g: FindingGroup, sourceUrlBase: string | undefined): string {
  const place = g.sides.every((e) => e.resource.origin === 'live') ? resourcePlace(g.sides[0].resource) : ''
  const resource = escapeMarkdown(cell(g.resource + (place ? ` (${place})` : '')))
  const location = markdownLocation(g.location, sourceUrlBase, MAX_CELL)
  return `| ${g.severity} | ${escapeMarkdown(cell(g.message))} (${escapeMarkdown(g.rule)}) | ${resource} | ${location} | ${standing(g)} |`
}

function cell(text: string): string {
  return truncateCell(text, MAX_CELL)
}
