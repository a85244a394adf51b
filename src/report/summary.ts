// The job summary (GITHUB_STEP_SUMMARY): GitHub-flavoured markdown with the verdict, counts and the top
// findings; at organization scale (more than 50 findings, or findings in several accounts) the findings counted
// per rule and per account too, with only the most severe listed. GitHub fails the summary upload of a step above
// 1 MiB, so the text is capped in UTF-8 bytes and the findings list is what gives way, with a line saying how many
// were left out. Every piece of data is escaped: resource names may hold `|`, `<`, backticks or markdown links.
import { SEVERITIES, type AddedSuppression, type EvaluationStatus, type GateVerdict, type ReportModel, type SourceLocation } from '../types.js'
import { gateWords, SEVERITY_RANK } from '../model/severity.js'
import { AGGREGATE_ABOVE_FINDINGS, accountTotals, aggregates, ruleTotals, type AccountTotal, type RuleTotal } from './aggregate.js'
import { changesLine, coverageLine, deltaCounts, driftAuthorsLine, groupFindings, incompleteCoverage, lastChangeText, resourcePlace, sideLabel, sourceLink, tally, type FindingGroup } from './view.js'

/** GitHub's limit is 1 MiB per step; stay clearly under it. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000
/** Findings listed one by one: beyond this the tables per rule and per account say the rest. */
const DEFAULT_MAX_FINDINGS = AGGREGATE_ABOVE_FINDINGS
/** Rows of the per-rule and per-account tables (each bounded: some 60 KB at most, far under the cap). */
const MAX_RULE_ROWS = 100
const MAX_ACCOUNT_ROWS = 100
/** Accounts named in a rule's row; the rest are counted. */
const ACCOUNTS_NAMED = 3
const MAX_WARNINGS = 50
const MAX_CELL_CHARS = 400
const MAX_UNMAPPED_TYPES_LISTED = 20
const MAX_INCOMPLETE_LISTED = 20

export interface SummaryOptions {
  /** Link to the HTML report (the artifact). */
  reportUrl?: string
  /** Hard cap in UTF-8 bytes (default 1,000,000). */
  maxBytes?: number
  /** At most this many findings are listed (default 50); the rest are counted. */
  maxFindings?: number
  /** Results the SARIF caps left out, to say so. */
  sarifCut?: { plan: number; live: number }
}

export function renderSummary(model: ReportModel, opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES
  const head = headSection(model, opts)
  // One row per (rule, resource), what blocks the gate first.
  const findings = groupFindings(model.evaluations)
  const totals = aggregates(findings) ? aggregateSection(findings, MAX_RULE_ROWS, MAX_ACCOUNT_ROWS, '###', opts.reportUrl) : ''
  const tail = warningsSection(model.run.warnings)

  const tableHead = findings.length
    ? ['### Top findings', '', '| Severity | Rule | Resource | Location | Message | Where it stands |', '|---|---|---|---|---|---|'].join('\n') + '\n'
    : ''
  const limit = Math.min(findings.length, opts.maxFindings ?? DEFAULT_MAX_FINDINGS)

  // Fit as many rows as the byte budget allows; the omission line is budgeted for its longest form.
  const fixedBytes = bytes(head) + bytes(totals) + bytes(tableHead) + bytes(tail) + bytes(omittedLine(findings.length)) + 2
  let budget = maxBytes - fixedBytes
  const rows: string[] = []
  for (const finding of findings.slice(0, limit)) {
    const row = findingRow(finding, model.run.sourceUrlBase) + '\n'
    const size = bytes(row)
    if (size > budget) break
    rows.push(row)
    budget -= size
  }
  const omitted = findings.length - rows.length
  const findingsSection = findings.length
    ? `${rows.length ? tableHead + rows.join('') : ''}${omitted ? `\n${omittedLine(omitted)}\n` : ''}\n`
    : ''

  return truncateBytes(head + totals + findingsSection + tail, maxBytes)
}

/**
 * The findings per rule (severity, how many, in which accounts) and per account (how many of each severity), each
 * table at most `maxRules` / `maxAccounts` rows with a line counting the rest; the per-account table only when the
 * findings are in more than one account. Shared by the job summary and the comment.
 */
export function aggregateSection(findings: readonly FindingGroup[], maxRules: number, maxAccounts: number, heading: string, reportUrl?: string): string {
  const rules = ruleTotals(findings)
  const accounts = accountTotals(findings)
  const lines = [
    `${heading} Findings by rule`,
    '',
    '| Rule | Severity | Findings | Accounts |',
    '|---|---|---:|---|',
    ...rules.slice(0, maxRules).map(ruleTotalRow),
    ...moreLine(rules.length - maxRules, 'rule', reportUrl),
    ''
  ]
  if (accounts.filter((each) => each.account !== undefined).length > 1) {
    lines.push(
      `${heading} Findings by account`,
      '',
      `| Account | ${SEVERITIES.map(capitalized).join(' | ')} | All |`,
      `|---|${SEVERITIES.map(() => '---:').join('|')}|---:|`,
      ...accounts.slice(0, maxAccounts).map(accountTotalRow),
      ...moreLine(accounts.length - maxAccounts, 'account', reportUrl),
      ''
    )
  }
  return lines.join('\n') + '\n'
}

function ruleTotalRow(total: RuleTotal): string {
  const named = total.accounts.slice(0, ACCOUNTS_NAMED).join(', ')
  const rest = total.accounts.length - ACCOUNTS_NAMED
  const accounts = total.accounts.length === 0 ? '' : `${total.accounts.length}: ${named}${rest > 0 ? ` and ${rest} more` : ''}`
  return `| ${escapeMarkdown(total.rule)}: ${escapeMarkdown(cell(total.title))} | ${total.severity} | ${total.findings} | ${escapeMarkdown(accounts)} |`
}

function accountTotalRow(total: AccountTotal): string {
  const name = total.account === undefined ? '(no account: Terraform code)' : escapeMarkdown(cell(total.account))
  return `| ${name} | ${SEVERITIES.map((severity) => total.bySeverity[severity]).join(' | ')} | ${total.findings} |`
}

/** `_… and N more rules: see the report._`, linked when the report's link is known; nothing when none are left out. */
function moreLine(count: number, what: string, reportUrl: string | undefined): string[] {
  if (count <= 0) return []
  const report = reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(reportUrl) ? `the [HTML report](${reportUrl})` : 'the HTML report'
  return ['', `_… and ${count} more ${plural(count, what)}: see ${report} and the results JSON._`]
}

function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1)
}

function headSection(model: ReportModel, opts: SummaryOptions): string {
  const { run } = model
  const counted = tally(model.evaluations)
  const withErrors = run.counts.error > 0
  const lines: string[] = [`## Plumbline: ${gateHeadline(run.gate.verdict)}`, '', `**Gate:** ${gateWords(run.gate.verdict)}: ${escapeMarkdown(run.gate.reason)}`, '']
  const about = [
    run.repository ? escapeMarkdown(run.repository) : '',
    run.commit ? `commit ${escapeMarkdown(run.commit.slice(0, 12))}` : '',
    run.event ? `event ${escapeMarkdown(run.event)}` : '',
    escapeMarkdown(`${run.tool.name} ${run.tool.version}`)
  ].filter(Boolean)
  lines.push(about.join(' · '), '')

  // The numbers of run.counts (model/counts.ts), per severity: the same the CLI, the comment and the HTML report give.
  const columns: Array<[EvaluationStatus, string]> = [
    ['fail', 'Failing'],
    ...(withErrors ? [['error', 'Rule errors'] as [EvaluationStatus, string]] : []),
    ['suppressed', 'Suppressed'],
    ['unknown', 'Unknown'],
    ['pass', 'Passed']
  ]
  lines.push(
    '### Checks by severity',
    '',
    `| Severity | ${columns.map(([, title]) => title).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`
  )
  for (const severity of [...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])) {
    const row = counted.bySeverity[severity]
    lines.push(`| ${severity} | ${columns.map(([status]) => row[status]).join(' | ')} |`)
  }
  lines.push(`| **all** | ${columns.map(([status]) => `**${counted.byStatus[status]}**`).join(' | ')} |`, '')
  if (run.counts.fixed > 0) lines.push(`**Fixed by this change:** ${run.counts.fixed} ${plural(run.counts.fixed, 'finding')} (not counted as failing).`, '')

  const facts: string[] = []
  if (model.drift.length > 0 || run.iacCoverage !== null) {
    const d = run.counts.drift
    const coverage = run.iacCoverage !== null ? ` IaC coverage ${run.iacCoverage}% (managed ÷ managed, unmanaged and missing).` : ''
    const authors = driftAuthorsLine(model.drift)
    facts.push(`**Drift:** ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync.${coverage}${authors ? ` ${escapeMarkdown(authors.charAt(0).toUpperCase() + authors.slice(1))}.` : ''}`)
  }
  if (run.changes) facts.push(`**Changes mode:** ${escapeMarkdown(changesLine(run.changes))}.`)
  if (model.coverage.length > 0) facts.push(`**Coverage:** ${escapeMarkdown(coverageLine(model.coverage))}.`)
  const noMapping = model.unmapped.filter((item) => item.reason === undefined)
  const gateNote = run.inputs.failOnUnmapped === true ? '' : ' (fail-on-unmapped makes this fail the gate)'
  if (noMapping.length > 0) {
    const types = [...new Set(noMapping.map((item) => item.type))].sort()
    const listed = types.slice(0, MAX_UNMAPPED_TYPES_LISTED).map(escapeMarkdown).join(', ')
    const more = types.length > MAX_UNMAPPED_TYPES_LISTED ? ` and ${types.length - MAX_UNMAPPED_TYPES_LISTED} more` : ''
    facts.push(
      `**Not checked:** ${noMapping.length} Terraform ${plural(noMapping.length, 'resource')} of ` +
        `${types.length} unmapped ${plural(types.length, 'type')} (${listed}${more}): no mapping yet, so no rule judged them${gateNote}.`
    )
  }
  const elsewhere = model.unmapped.length - noMapping.length
  if (elsewhere > 0) {
    facts.push(
      `**Not checked:** ${elsewhere} Terraform ${plural(elsewhere, 'resource')} configuring a resource that is not in this ` +
        `configuration (parent not in this configuration; listed in the report): check them where the parent is managed${gateNote}.`
    )
  }
  const cut = (opts.sarifCut?.plan ?? 0) + (opts.sarifCut?.live ?? 0)
  if (cut > 0) {
    facts.push(`**SARIF:** ${cut} lower-severity ${plural(cut, 'result')} left out to stay within GitHub's limits.`)
  }
  if (opts.reportUrl && /^https:\/\/[^\s"'<>()]+$/.test(opts.reportUrl)) {
    facts.push(`[Full HTML report](${opts.reportUrl})`)
  }
  if (facts.length) lines.push(facts.join('\n\n'), '')
  lines.push(...deltaSection(model), ...driftSection(model))
  const incomplete = incompleteCoverage(model.coverage)
  if (incomplete.length > 0) {
    lines.push('### Not fully read', '', '| Account | Region | Type | State | Why |', '|---|---|---|---|---|')
    for (const entry of incomplete.slice(0, MAX_INCOMPLETE_LISTED)) {
      const cells = [entry.account, entry.region, entry.type, entry.state, entry.error ?? ''].map((v) => escapeMarkdown(cell(v)))
      lines.push(`| ${cells.join(' | ')} |`)
    }
    if (incomplete.length > MAX_INCOMPLETE_LISTED) lines.push('', `_${incomplete.length - MAX_INCOMPLETE_LISTED} more in the coverage ledger (results JSON)._`)
    lines.push('')
  }
  lines.push(...addedSuppressionsSection(model, MAX_ADDED_LISTED, MAX_CELL_CHARS, '###'))
  return lines.join('\n') + '\n'
}

const MAX_ADDED_LISTED = 100

const ADDED_KIND_LABELS: Record<AddedSuppression['kind'], string> = {
  inline: 'plumbline:ignore',
  'checkov-skip': 'checkov:skip',
  config: 'config suppression',
  'skip-rules': 'skip-rules',
  severity: 'severity lowered',
  'drift-ignore': 'drift ignore'
}

/**
 * The suppressions this change adds (pull-request runs compared with their base), each with its rule, resource,
 * file:line and reason, all escaped as data; whether they applied. Nothing when the run had no base.
 */
export function addedSuppressionsSection(model: ReportModel, maxRows: number, maxCell: number, heading: string): string[] {
  const added = model.addedSuppressions
  if (!added || added.length === 0) return []
  const notApplied = added.some((a) => !a.applied)
  const intro = notApplied
    ? `${added.length} ${plural(added.length, 'suppression')} this change adds, compared with its base, **not applied**: \`ignore-added-suppressions\` is on, so the findings they would silence count.`
    : `${added.length} ${plural(added.length, 'suppression')} this change adds, compared with its base. They apply; \`ignore-added-suppressions: true\` would judge without them.`
  const rows = added.slice(0, maxRows).map((a) => {
    const location = a.line !== undefined ? markdownLocation({ file: a.file, line: a.line }, model.run.sourceUrlBase, maxCell) : escapeMarkdown(truncateCell(a.file, maxCell))
    const why = [a.reason, a.detail].filter((part): part is string => Boolean(part)).join('; ')
    const cells = [ADDED_KIND_LABELS[a.kind], a.rule ?? '', a.resource ?? '', why].map((value) => escapeMarkdown(truncateCell(value, maxCell)))
    return `| ${cells[0]} | ${cells[1]} | ${cells[2]} | ${location} | ${cells[3]} | ${a.applied ? 'yes' : '**no**'} |`
  })
  const more = added.length > maxRows ? ['', `_${added.length - maxRows} more in the results JSON (addedSuppressions)._`] : []
  return [
    `${heading} Suppressions added by this change`,
    '',
    intro,
    '',
    '| Kind | Rule | Resource | Location | Reason | Applied |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...more,
    ''
  ]
}

const DELTA_LABELS = [
  ['introduced', 'Introduced by this change'],
  ['fixed', 'Fixed by this change'],
  ['drift', 'Introduced by drift'],
  ['pre-existing', 'Pre-existing']
] as const

/** The posture delta: failing evaluations (and fixes) per label, when the run had two sides to compare. */
function deltaSection(model: ReportModel): string[] {
  const { any, counts } = deltaCounts(model.evaluations)
  if (!any) return []
  return [
    '### Posture delta',
    '',
    `| ${DELTA_LABELS.map(([, title]) => title).join(' | ')} |`,
    `|${DELTA_LABELS.map(() => '---:').join('|')}|`,
    `| ${DELTA_LABELS.map(([label]) => counts[label]).join(' | ')} |`,
    ''
  ]
}

const MAX_DRIFT_LISTED = 30

/** The drift entries, most telling first (changed, missing, unmanaged), without any value. */
function driftSection(model: ReportModel): string[] {
  if (model.drift.length === 0) return []
  // who-changed: a column only when it was looked up.
  const named = model.drift.some((d) => d.lastChange !== undefined)
  const rows = model.drift.slice(0, MAX_DRIFT_LISTED).map((d) => {
    const resource = escapeMarkdown(cell(d.resource.id ? `${d.resource.type} ${d.resource.id}` : d.resource.type))
    const address = d.address ? escapeMarkdown(cell(d.address)) : ''
    const place = escapeMarkdown(resourcePlace(d.resource))
    const paths = escapeMarkdown(cell([...new Set(d.changes.map((c) => c.path))].join(', ')))
    const who = named ? ` ${escapeMarkdown(cell(lastChangeText(d.lastChange) ?? ''))} |` : ''
    return `| ${d.class} | ${resource} | ${address} | ${place} | ${paths} |${who}`
  })
  const more = model.drift.length > MAX_DRIFT_LISTED ? ['', `_${model.drift.length - MAX_DRIFT_LISTED} more drift entries in the results JSON._`] : []
  const header = named ? ['| Class | Resource | Terraform | Account/region | Changed properties | Who changed it |', '|---|---|---|---|---|---|'] : ['| Class | Resource | Terraform | Account/region | Changed properties |', '|---|---|---|---|---|']
  return ['### Drift', '', ...header, ...rows, ...more, '']
}

function findingRow(finding: FindingGroup, sourceUrlBase: string | undefined): string {
  const first = finding.sides[0]
  const place = finding.sides.every((e) => e.resource.origin === 'live') ? resourcePlace(first.resource) : ''
  const resource = escapeMarkdown(cell(finding.resource + (place ? ` (${place})` : '')))
  const location = markdownLocation(finding.location, sourceUrlBase, MAX_CELL_CHARS)
  const message = escapeMarkdown(cell(first.path ? `${finding.message} (${first.path})` : finding.message))
  const rule = `${escapeMarkdown(finding.rule)}: ${escapeMarkdown(cell(finding.title))}`
  return `| ${finding.severity} | ${rule} | ${resource} | ${location} | ${message} | ${standing(finding)} |`
}

/** Where each side of a finding stands, and whether it blocks the gate: what the reader acts on. */
export function standing(finding: FindingGroup): string {
  const sides = escapeMarkdown(cell(finding.sides.map(sideLabel).join('; ')))
  return finding.blocksGate ? `**blocks the gate** · ${sides}` : sides
}

/** The heading's verdict: a run nothing gates is said to be so, in a neutral sign, never as a pass. */
export function gateHeadline(verdict: GateVerdict): string {
  return verdict === 'pass' ? '✅ gate passed' : verdict === 'fail' ? '❌ gate failed' : '⚪ not gated'
}

/** A finding's file:line as escaped markdown, linked to the line on GitHub when the run knows the commit. */
export function markdownLocation(location: SourceLocation | undefined, sourceUrlBase: string | undefined, maxChars: number): string {
  if (!location) return ''
  const text = escapeMarkdown(truncateCell(`${location.file}:${location.line}`, maxChars))
  const link = sourceLink(sourceUrlBase, location.file, location.line)
  return link ? `[${text}](${link})` : text
}

function warningsSection(warnings: readonly string[]): string {
  if (warnings.length === 0) return ''
  const listed = warnings.slice(0, MAX_WARNINGS).map((warning) => `- ${escapeMarkdown(cell(warning))}`)
  if (warnings.length > MAX_WARNINGS) listed.push(`- … and ${warnings.length - MAX_WARNINGS} more warnings`)
  return ['### Warnings', '', ...listed, ''].join('\n') + '\n'
}

function omittedLine(count: number): string {
  return `_… and ${count} more ${plural(count, 'finding')} not listed here: see the SARIF, the HTML report and the results JSON._`
}

/**
 * Data as inert markdown text: HTML specials become entities (GitHub renders inline HTML), markdown punctuation
 * gets a backslash (so `|` cannot split a table cell, backticks cannot open code, an escaped `[` cannot start a
 * link or image, `*`/`_`/`~` cannot emphasize), and line breaks become spaces (a newline would end a table row).
 * Parentheses stay as they are: without an unescaped `]` before them they are plain text. Mentions and autolinks
 * are broken up first (inertReferences): escaping cannot stop them.
 */
export function escapeMarkdown(text: string): string {
  return inertReferences(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#+!|~^]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ')
}

function cell(text: string): string {
  return truncateCell(text, MAX_CELL_CHARS)
}

/** U+2060 WORD JOINER: invisible, takes no width and allows no line break, so the text reads as it was written. */
const WORD_JOINER = '\u2060'

/**
 * Data that would become a mention or a link on GitHub, made inert by an invisible word joiner. Backslash escapes
 * and entities do not help here: GitHub finds `@user` and `@org/team` mentions and `#123` / `GH-123` issue
 * references in the rendered text, and GFM's extended autolinks (`https://…`, `http://…`, `ftp://…`, `www.…`,
 * `name@host.tld`, `mailto:`/`xmpp:` addresses) need no markup at all. A joiner right after `@` (mentions and
 * email addresses), inside `://` (any scheme), after `www`, after `#` and `GH-` before a digit leaves no such
 * pattern. The text still reads the same; copied, it carries the invisible joiners.
 */
export function inertReferences(text: string): string {
  return text
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/(www)\./gi, `$1${WORD_JOINER}.`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${WORD_JOINER}`)
}

/** At most `maxChars` characters (code points), the last one an ellipsis when cut. */
export function truncateCell(text: string, maxChars: number): string {
  const chars = Array.from(text)
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Last resort when even the fixed parts exceed the cap: cut on a character boundary. */
function truncateBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text
  let out = ''
  let size = 0
  for (const char of text) {
    const charBytes = bytes(char)
    if (size + charBytes > maxBytes) break
    out += char
    size += charBytes
  }
  return out
}
