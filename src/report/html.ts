// plumbline-report.html: one self-contained page rendered from templates/report.hbs, with its stylesheet
// (templates/report.css.hbs) and its one script (templates/report.js.hbs) inlined, and a Content-Security-Policy
// that admits exactly those two by their SHA-256 hashes and forbids every fetch. The page reads offline and
// straight from a downloaded artifact (file://).
//
// How data stays inert:
// - The template uses `{{ }}` only, on a view of plain strings and numbers: no helper, partial or triple-stash
//   ever sees model data, and Handlebars escapes every character that could open a tag or an attribute.
// - The findings table, the drift list, the suppressed list and the coverage ledger's entries are data for the
//   script: JSON, gzipped and written in base64 into <script type="application/octet-stream"> blocks; base64's
//   alphabet holds nothing that could end the element or open a comment. The script builds rows with DOM APIs and
//   textContent only. The page itself holds what is read first: the verdict, the counts, the summaries per rule and
//   per account, and the ledger rolled up to one row per account (an organization's ledger has half a million
//   entries: as markup it was most of a 74 MB page).
// - Links: only https URLs built from the run's own GitHub URLs (sourceUrlBase, runUrl); everything else is text.
// - The CSS, the script, the CSP and the JSON are put in after Handlebars ran, at markers that start with `<`:
//   escaped data can never contain one, so data cannot forge a marker.
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import Handlebars from 'handlebars'
import reportTemplate from '../../templates/report.hbs'
import reportScript from '../../templates/report.js.hbs'
import reportStyle from '../../templates/report.css.hbs'
import { isSecretName, looksLikeSecretValue } from '../secrets.js'
import {
  SEVERITIES,
  type CoverageEntry,
  type DriftEntry,
  type Evaluation,
  type GateVerdict,
  type ReportModel,
  type ResourceRef,
  type RuleMetadata
} from '../types.js'
import { evaluationKey } from '../model/counts.js'
import { compareText } from '../model/values.js'
import { maskAccountIds } from './redact.js'
import { SEVERITY_RANK, gateWords } from '../model/severity.js'
import {
  STATUSES,
  compareEvaluations,
  coverageLine,
  deltaCounts,
  findingsLine,
  addToGroup,
  accountSummaries,
  compareFindingGroups,
  findingGroupsOf,
  resourceLabel,
  resourcePlace,
  ruleSummaries,
  sideLabel,
  lastChangeText,
  sourceLink,
  tally,
  type FindingGroup
} from './view.js'

export interface RenderOptions {
  /** Mask every AWS account id (see redact.ts) before anything is rendered. */
  redactIdentifiers?: boolean
  /** Where this report can be downloaded (the artifact URL): linked in the header when it is https. */
  reportUrl?: string
}

/** A private instance: nothing registered elsewhere in the process (helpers, partials) can reach our template. */
const handlebars = Handlebars.create()
let compiled: Handlebars.TemplateDelegate<ReportView> | undefined

/** How the template is compiled; scripts/bundle.mjs precompiles it with the same options. */
export const COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true } as const

/**
 * Made on first use, once per process. The product's bundle holds the template precompiled (scripts/bundle.mjs:
 * compiling it here cost tens of milliseconds per run); the tests and benches import its text and compile it.
 */
function template(): Handlebars.TemplateDelegate<ReportView> {
  const source = reportTemplate as string | TemplateSpecification
  compiled ??=
    typeof source === 'string' ? handlebars.compile<ReportView>(source, COMPILE_OPTIONS) : handlebars.template<ReportView>(source)
  return compiled
}

const MARKER = /<!--plumbline:(csp|style|script|data|drift|suppressed|coverage)-->/g

/** The policy: nothing but the inline stylesheet and script, by hash; no fetch, frame, form or base. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(reportStyle)}`,
  `script-src ${cspHash(reportScript)}`,
  "img-src 'none'",
  "connect-src 'none'",
  "font-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

function cspHash(text: string): string {
  // Either would end its element early and turn the rest of the file into markup.
  if (/<\/(script|style)|<!--/i.test(text)) throw new Error('inline script or style contains an end tag or a comment opener')
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

export function renderHtml(model: ReportModel, opts: RenderOptions = {}): string {
  const view = reportView(model, opts)
  const rendered = template()(view)
  const inserts: Record<string, string> = {
    csp: CONTENT_SECURITY_POLICY,
    style: reportStyle,
    script: reportScript,
    data: encodeTableData(view.tableData),
    drift: view.driftSection.shown ? encodeData(view.driftData) : '',
    suppressed: view.hasSuppressed ? encodeData(view.suppressedData) : '',
    coverage: view.hasCoverage ? encodeData(view.coverageData) : ''
  }
  let seen = 0
  const html = rendered.replace(MARKER, (_marker, name: string) => {
    seen++
    return inserts[name]
  })
  // The template holds each marker once; more would mean text reached the page unescaped.
  if (seen !== Object.keys(inserts).length) throw new Error(`report template: expected ${Object.keys(inserts).length} insertion markers, found ${seen}`)
  return html
}

/**
 * The findings list's data as the page reads it: its JSON gzipped, in base64. 100,000 findings make about 40 MB
 * of JSON, most of it text that repeats (messages and ARNs naming the same accounts, regions and resource kinds);
 * gzipped it is a tenth of that, and the browser inflates it natively (DecompressionStream) faster than its HTML
 * parser would read the plain text. Level 1: higher levels save a fifth more bytes for twice the time.
 */
export function encodeTableData(data: TableData): string {
  const { texts, ...rest } = data
  // JSON.stringify escapes every line break inside a string: a raw newline only ever ends a row.
  const lines = texts.map((cells) => JSON.stringify(cells))
  return gzipSync([JSON.stringify({ ...rest, texts: [] }), ...lines].join('\n'), { level: 1 }).toString('base64')
}

/** Any data block (findings, drift, suppressed, ledger entries): JSON, gzipped at level 1, in base64. */
export function encodeData(data: unknown): string {
  return gzipSync(JSON.stringify(data), { level: 1 }).toString('base64')
}

/** Everything the template shows, as ready-made strings; the template decides layout only. */
export interface ReportView {
  title: string
  header: Array<{ label: string; value: string; href: string }>
  /** findings: the distinct failing (rule, resource) pairs and how many block the gate, or '' when none fail. */
  verdict: { state: GateVerdict; word: string; reason: string; findings: string; detail: string }
  chart: SeverityChart
  /** Failing findings per rule (view.ts ruleSummaries), each row a link that filters the list to the rule. */
  ruleSummary: RuleSummaryRow[]
  hasRuleSummary: boolean
  /** Failing findings per account (view.ts accountSummaries), shown when any finding is in an account. */
  accountSummary: { severities: string[]; rows: AccountSummaryRow[] }
  hasAccountSummary: boolean
  counts: {
    statuses: string[]
    rows: Array<{ severity: string; cells: number[]; total: number }>
    totals: number[]
    total: number
  }
  extras: Array<{ label: string; value: string }>
  delta: { shown: boolean; cells: Array<{ label: string; count: number }> }
  /**
   * Every listed finding, one per (rule, resource) and status, with the sides that judged it (the plan and the
   * live resource at the same .tf block are one finding): failing ones as groupFindings orders them (those the gate
   * counts first), then rule errors, suppressed, unknown and fixed. The list's initial order.
   */
  findings: FindingEntry[]
  hasFindings: boolean
  /** How many suppressed evaluations there are; their rows are data (suppressedData), shown in pages by the script. */
  suppressedCount: number
  hasSuppressed: boolean
  suppressedData: SuppressedData
  /** The drift section's counts and headings; its entries are data (driftData), shown in pages by the script. */
  driftSection: DriftSection
  driftData: DriftData
  /**
   * The coverage ledger of a live scan (or a saved inventory), rolled up: one row per account with its entries
   * counted by state. Every (account, region, type) entry is data (coverageData), shown when its account is opened.
   */
  coverageAccounts: CoverageAccountRow[]
  coverageStates: string[]
  hasCoverage: boolean
  coverageSummary: string
  coverageData: CoverageData
  unmapped: Array<{ address: string; type: string; note: string }>
  hasUnmapped: boolean
  warnings: string[]
  hasWarnings: boolean
  /** What the findings table's script reads (embedded as JSON, never through Handlebars). */
  tableData: TableData
}

export interface RuleSummaryRow {
  rule: string
  title: string
  severity: string
  failing: number
  accounts: number
}

export interface AccountSummaryRow {
  /** The filter's value: the account id (masked with redact-identifiers), or '' for findings in no account. */
  account: string
  /** As a person reads it: the id, or '(none)' as the account filter names ''. */
  label: string
  cells: number[]
  failing: number
  topRules: Array<{ account: string; rule: string; count: number }>
}

export interface SeverityChart {
  width: number
  height: number
  label: string
  bars: Array<{ severity: string; y: number; textY: number; barWidth: number; countX: number; count: number }>
}

/** One card of the findings list: a (rule, resource) pair in one status, with every side that judged it. */
export interface FindingEntry {
  /** fail, error, suppressed, unknown or fixed: the same for every side. */
  statusKey: string
  /** Whether the gate counts it (a failing finding at or above the threshold, in the gate's scope). */
  blocksGate: boolean
  severity: string
  rule: string
  title: string
  /** The main line: what is wrong, in the words of the Terraform side when there is one. */
  message: string
  resource: string
  /** Most relevant first: the Terraform side (plan, code, state), then live. */
  sides: FindingRow[]
}

/** One side of a finding: one evaluation. */
export interface FindingRow {
  /** Where this side stands, as view.ts sideLabel says it: 'plan: introduced', 'live 123456789012/eu-west-1: drift'. */
  side: string
  severity: string
  rule: string
  title: string
  resource: string
  place: string
  where: string
  link: string
  hasLink: boolean
  message: string
  path: string
  /** Readable status with the change label: 'fail', 'fail (pre-existing)', 'fixed by this change'. */
  status: string
  suppression: string
  /** The status the table filters on: fail, fixed, suppressed or unknown. */
  statusKey: string
  /** The posture delta label, or ''. */
  change: string
  service: string
  account: string
  region: string
  origin: string
  type: string
  id: string
  arn: string
  address: string
  /** The Terraform address of the companion whose block decided the verdict (view: Evaluation.cause), or ''. */
  cause: string
  frameworks: Array<{ framework: string; controls: string[] }>
  aliases: { checkov: string[]; prowler: string[] }
}

/**
 * The suppressed list as the page's script reads it: one row per suppressed evaluation, cells in SUPPRESSED_COLUMNS
 * order (severity, rule, resource, location, reason, source, expires), in the report's order.
 */
export interface SuppressedData {
  columns: string[]
  rows: string[][]
}

const SUPPRESSED_COLUMNS = ['severity', 'rule', 'resource', 'where', 'reason', 'source', 'expires']

export interface DriftSection {
  shown: boolean
  counts: Array<{ label: string; value: string }>
  changed: number
  missing: number
  unmanaged: number
  /** Whether any entry says who changed it (who-changed): then the lists have a "Who changed it" column. */
  who: boolean
}

/**
 * The drift entries as the page's script reads them, each class in the report's order. `link` is an https URL
 * into the run's source, or ''; `who` is view.ts lastChangeText, or '' when it was not looked up.
 */
export interface DriftData {
  who: boolean
  changed: DriftDetail[]
  missing: DriftDetail[]
  unmanaged: DriftDetail[]
}

export interface DriftDetail {
  resource: string
  address: string
  place: string
  where: string
  link: string
  evidence: string
  who: string
  /** [property path, Terraform value, live value] as driftValueText prints them. */
  changes: Array<[string, string, string]>
}

/** One account's row of the ledger: its entries counted by state (coverageStates order) and its regions. */
export interface CoverageAccountRow {
  /** Which of coverageData.accounts holds its entries. */
  index: number
  account: string
  regions: number
  regionList: string
  entries: number
  /** '1 entry', '680 entries': the button that opens them. */
  entriesLabel: string
  cells: number[]
  /** Entries not scanned (denied, unsupported, failed): the rows are sorted by it, most first. */
  incomplete: number
  resources: number
}

/**
 * The ledger's entries as the page's script reads them, per account (accounts[i] for CoverageAccountRow index i):
 * each entry [region, type, state, count or null, why], region, type and state as indexes into `regions`, `types`
 * and `states` (200 accounts × 17 regions share a few hundred types), in the ledger's order.
 */
export interface CoverageData {
  regions: string[]
  types: string[]
  states: string[]
  accounts: Array<{ account: string; entries: Array<[number, number, number, number | null, string]> }>
}

/**
 * The list's data, compact because 100,000 findings must load fast: each row is one side of a finding (one
 * evaluation). Its cells of the `interned` columns (values many rows share: severity, rule, type, account, side,
 * frameworks...) are indexes into `values`, held by column: `findings[c][row]` for the c-th interned column (a few
 * long arrays of numbers parse far faster than a small array per row); they are all the filters and the first
 * ordering need. Its other cells (`columns` not interned: message, identifiers, location, suppression: text most
 * rows do not share) are in `texts`, in `columns` order; encodeTableData writes them after the JSON, one row per
 * line, so the page parses a row's text only when it shows or searches it (the whole JSON took Chromium 0.7 s to
 * parse at 100,000 findings, most of it messages and ARNs). `link` cells are paths under `linkBase`. `groups` cuts
 * the rows into findings, in order, one number per finding: how many consecutive rows (sides) it has × 2, plus 1
 * when the gate counts it. Rule texts come once per rule.
 */
export interface TableData {
  severities: string[]
  /** The run's https source base, or '' (then no row has a link). */
  linkBase: string
  columns: Array<keyof TableRow>
  interned: Array<keyof TableRow>
  values: unknown[]
  findings: number[][]
  texts: unknown[][]
  groups: number[]
  rules: Record<string, { title: string; description: string; risk: string; remediation: string; terraform: string; categories: string[] }>
}

/** One row (one side of a finding) as the page's script decodes it. */
export interface TableRow {
  /** sideLabel: 'plan: introduced', 'live 123456789012/eu-west-1: pre-existing'. */
  side: string
  sev: string
  st: string
  dl: string
  rule: string
  title: string
  msg: string
  /** null when the label is the one the script makes from type, id, ARN, address and origin (labelOfCells). */
  res: string | null
  type: string
  id: string
  arn: string
  addr: string
  /** FindingRow.cause. */
  cause: string
  acct: string
  reg: string
  svc: string
  origin: string
  path: string
  where: string
  /** The link's path under linkBase ('/infra/main.tf#L3'), or ''. */
  link: string
  sup: string
  fw: Array<[string, string[]]>
  al: [string[], string[]]
}

const TABLE_COLUMNS: Array<keyof TableRow> = ['side', 'sev', 'st', 'dl', 'rule', 'title', 'msg', 'res', 'type', 'id', 'arn', 'addr', 'cause', 'acct', 'reg', 'svc', 'origin', 'path', 'where', 'link', 'sup', 'fw', 'al']
const INTERNED_COLUMNS: Array<keyof TableRow> = ['side', 'sev', 'st', 'dl', 'rule', 'title', 'type', 'acct', 'reg', 'svc', 'origin', 'path', 'fw', 'al']

/** The list shows what needs a look: findings first, then rule errors, suppressed, unknown, fixes; passes are counted only. */
const LISTED_ORDER: Record<string, number> = { fail: 0, error: 1, suppressed: 2, unknown: 3, fixed: 4 }


/**
 * Every listed evaluation as findings, one per (rule, resource) and status: the failing ones as groupFindings gives them
 * (the grouping and order every writer shows), then the other listed statuses grouped the same way, so a
 * suppression that holds on the plan and on the live resource is one entry too.
 */
function listedGroups(evaluations: readonly Evaluation[]): Array<FindingGroup & { statusKey: string }> {
  // One pass sorts the evaluations into both groupings (a large plan has tens of thousands, most of them passes):
  // failing findings keyed as groupFindings keys them (statusKey 'fail' is exactly isFinding), the other listed
  // statuses by status and (rule, resource).
  const failingLists = new Map<string, Evaluation[]>()
  const restLists = new Map<string, Evaluation[]>()
  for (const evaluation of evaluations) {
    const key = statusKey(evaluation)
    if (key === 'fail') addToGroup(failingLists, evaluationKey(evaluation), evaluation)
    else if (LISTED_ORDER[key] !== undefined) addToGroup(restLists, `${key}\u0000${evaluationKey(evaluation)}`, evaluation)
  }
  // The groups are new objects, ours to extend in place (copying thousands of them cost more).
  const withStatus = (group: FindingGroup, key: string) => Object.assign(group, { statusKey: key })
  const failing = findingGroupsOf(failingLists)
    .sort(compareFindingGroups)
    .map((group) => withStatus(group, 'fail'))
  const rest = findingGroupsOf(restLists).map((group) => withStatus(group, statusKey(group.sides[0])))
  rest.sort((a, b) => LISTED_ORDER[a.statusKey] - LISTED_ORDER[b.statusKey] || compareEvaluations(a.sides[0], b.sides[0]))
  return [...failing, ...rest]
}

function findingEntry(group: FindingGroup & { statusKey: string }, sourceUrlBase: string | undefined, ruleTexts: RuleTexts): FindingEntry {
  return {
    statusKey: group.statusKey,
    blocksGate: group.blocksGate,
    severity: group.severity,
    rule: group.rule,
    title: group.title,
    message: group.message,
    resource: group.resource,
    sides: group.sides.map((evaluation) => findingRow(evaluation, sourceUrlBase, ruleTexts))
  }
}

/** How the findings list's filters name an empty value (report.js.hbs NONE). */
const NO_ACCOUNT = '(none)'

const DELTA_LABELS = [
  ['introduced', 'Introduced'],
  ['fixed', 'Fixed'],
  ['drift', 'Drift'],
  ['pre-existing', 'Pre-existing']
] as const

export function reportView(input: ReportModel, opts: RenderOptions = {}): ReportView {
  const model = opts.redactIdentifiers ? maskAccountIds(input) : input
  const { run } = model
  const counted = tally(model.evaluations)
  const groups = listedGroups(model.evaluations)
  const ruleTexts = ruleTextsCache()
  const findings = groups.map((group) => findingEntry(group, run.sourceUrlBase, ruleTexts))
  const failingGroups = groups.filter((group) => group.statusKey === 'fail')
  const byAccount = accountSummaries(failingGroups)
  const drift = [...model.drift]
    .sort((a, b) => a.class.localeCompare(b.class) || driftLabel(a).localeCompare(driftLabel(b)))

  const runLink = httpsUrl(run.runUrl)
  const commitLink = run.commit && httpsUrl(run.sourceUrlBase) ? commitUrl(run.sourceUrlBase ?? '', run.commit) : ''
  const header = [
    { label: 'Repository', value: run.repository ?? '', href: '' },
    { label: 'Commit', value: run.commit ?? '', href: commitLink },
    { label: 'Event', value: run.event ?? '', href: '' },
    { label: 'Workflow run', value: runLink, href: runLink },
    { label: 'Accounts', value: run.accounts.join(', '), href: '' },
    { label: 'Regions', value: run.regions.join(', '), href: '' },
    { label: 'Started', value: run.startedAt, href: '' },
    { label: 'Finished', value: run.finishedAt + duration(run.startedAt, run.finishedAt), href: '' },
    { label: 'Tool', value: `${run.tool.name} ${run.tool.version}`, href: '' },
    { label: 'Report format', value: `schema ${model.schemaVersion}`, href: '' },
    { label: 'This report', value: httpsUrl(opts.reportUrl), href: httpsUrl(opts.reportUrl) }
  ].filter((item) => item.value !== '')

  const extras = [
    { label: 'Resources checked', value: String(run.counts.resources) },
    { label: 'Terraform resources not checked (no mapping yet, or parent not in this configuration)', value: String(model.unmapped.length) }
  ]
  if (model.drift.length > 0 || run.counts.drift.inSync > 0) extras.push({ label: 'Drift', value: driftCountsLine(model) })
  if (run.iacCoverage !== null) extras.push({ label: 'IaC coverage', value: `${run.iacCoverage}%` })

  const suppressed = model.evaluations
    .filter((e) => statusKey(e) === 'suppressed')
    .sort(compareEvaluations)
  return {
    title: run.repository ? `Plumbline report: ${run.repository}` : 'Plumbline report',
    header,
    verdict: {
      state: run.gate.verdict,
      // "not gated" is never worded (or coloured) like a pass.
      word: gateWords(run.gate.verdict).toUpperCase(),
      reason: run.gate.reason,
      findings: verdictFindings(run.counts.findings, groups.filter((group) => group.blocksGate).length),
      detail: verdictDetail(run.counts)
    },
    chart: severityChart(SEVERITIES.map((severity) => ({ severity, count: counted.bySeverity[severity].fail }))),
    ruleSummary: ruleSummaries(failingGroups, model.rules),
    hasRuleSummary: failingGroups.length > 0,
    accountSummary: {
      severities: [...SEVERITIES],
      rows: byAccount.map((summary) => ({
        account: summary.account,
        label: summary.account || NO_ACCOUNT,
        cells: SEVERITIES.map((severity) => summary.bySeverity[severity]),
        failing: summary.failing,
        topRules: summary.topRules.map((top) => ({ account: summary.account, ...top }))
      }))
    },
    hasAccountSummary: byAccount.some((summary) => summary.account !== ''),
    counts: {
      statuses: [...STATUSES],
      rows: [...SEVERITIES]
        .sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])
        .map((severity) => ({
          severity,
          cells: STATUSES.map((status) => counted.bySeverity[severity][status]),
          total: STATUSES.reduce((sum, status) => sum + counted.bySeverity[severity][status], 0)
        })),
      totals: STATUSES.map((status) => counted.byStatus[status]),
      total: counted.total
    },
    extras,
    delta: postureDelta(model.evaluations),
    findings,
    hasFindings: findings.length > 0,
    suppressedCount: suppressed.length,
    hasSuppressed: suppressed.length > 0,
    suppressedData: { columns: SUPPRESSED_COLUMNS, rows: suppressed.map(suppressedRow) },
    driftSection: driftSection(model, drift),
    driftData: driftData(model, drift),
    ...coverageView(model.coverage),
    hasCoverage: model.coverage.length > 0,
    coverageSummary: coverageLine(model.coverage),
    unmapped: model.unmapped.map((item) => ({ address: item.address, type: item.type, note: item.reason === 'parent-elsewhere' ? 'parent not in this configuration' : 'no mapping yet' })),
    hasUnmapped: model.unmapped.length > 0,
    warnings: [...run.warnings],
    hasWarnings: run.warnings.length > 0,
    tableData: tableData(findings, model.rules, run.sourceUrlBase)
  }
}

/** What a reader calls findings, as the CLI's line says it. */
function verdictFindings(findings: number, blocking: number): string {
  return findings === 0 ? '' : `${findingsLine(findings, blocking)}.`
}

/** The banner's line: the run's counts (model/counts.ts), the same numbers the CLI, summary and comment give. */
function verdictDetail(counts: ReportModel['run']['counts']): string {
  const parts = [`${counts.fail} failing ${counts.fail === 1 ? 'check' : 'checks'}`]
  if (counts.error > 0) parts.push(`${counts.error} rule ${counts.error === 1 ? 'error' : 'errors'}`)
  parts.push(`${counts.suppressed} suppressed`, `${counts.unknown} unknown`, `${counts.pass} passing`)
  if (counts.fixed > 0) parts.push(`${counts.fixed} fixed by this change`)
  return `${parts.join(', ')}.`
}

function statusKey(evaluation: Evaluation): string {
  return evaluation.delta === 'fixed' ? 'fixed' : evaluation.status === 'pass' ? 'pass' : evaluation.status
}

function suppressedRow(evaluation: Evaluation): string[] {
  const place = evaluation.resource.origin === 'live' ? resourcePlace(evaluation.resource) : ''
  return [
    evaluation.severity,
    evaluation.rule,
    resourceLabel(evaluation.resource),
    evaluation.location ? `${evaluation.location.file}:${evaluation.location.line}` : place,
    evaluation.suppression?.reason || '(no reason given)',
    evaluation.suppression?.source ?? '',
    evaluation.suppression?.expires ?? ''
  ]
}

const COVERAGE_STATES: Array<CoverageEntry['state']> = ['scanned', 'denied', 'unsupported', 'failed']

/**
 * The ledger rolled up per account (the rows the page shows, most incomplete first, then by account) and every entry
 * as data for the script, per account, in the ledger's order.
 */
function coverageView(coverage: readonly CoverageEntry[]): Pick<ReportView, 'coverageAccounts' | 'coverageStates' | 'coverageData'> {
  const data: CoverageData = { regions: [], types: [], states: [...COVERAGE_STATES], accounts: [] }
  const regionIndex = new Map<string, number>()
  const typeIndex = new Map<string, number>()
  const indexIn = (list: string[], index: Map<string, number>, value: string): number => {
    let at = index.get(value)
    if (at === undefined) {
      at = list.length
      list.push(value)
      index.set(value, at)
    }
    return at
  }
  const stateIndex = new Map<string, number>(COVERAGE_STATES.map((state, i) => [state, i]))
  const rows: CoverageAccountRow[] = []
  const byAccount = new Map<string, { row: CoverageAccountRow; regions: Set<string> }>()
  for (const entry of coverage) {
    let account = byAccount.get(entry.account)
    if (account === undefined) {
      const row: CoverageAccountRow = { index: data.accounts.length, account: entry.account, regions: 0, regionList: '', entries: 0, entriesLabel: '', cells: COVERAGE_STATES.map(() => 0), incomplete: 0, resources: 0 }
      account = { row, regions: new Set() }
      byAccount.set(entry.account, account)
      rows.push(row)
      data.accounts.push({ account: entry.account, entries: [] })
    }
    // A state this version does not know (an inventory from another one) gets a column of its own.
    const state = indexIn(data.states, stateIndex, entry.state)
    const { row } = account
    row.entries++
    row.cells[state] = (row.cells[state] ?? 0) + 1
    if (entry.state !== 'scanned') row.incomplete++
    row.resources += entry.count ?? 0
    account.regions.add(entry.region)
    data.accounts[row.index].entries.push([
      indexIn(data.regions, regionIndex, entry.region),
      indexIn(data.types, typeIndex, entry.type),
      state,
      entry.count ?? null,
      [entry.error, entry.note].filter(Boolean).join(' — ')
    ])
  }
  for (const { row, regions } of byAccount.values()) {
    for (let state = 0; state < data.states.length; state++) row.cells[state] ??= 0
    row.regions = regions.size
    row.entriesLabel = `${row.entries} ${row.entries === 1 ? 'entry' : 'entries'}`
    row.regionList = [...regions].join(', ')
  }
  rows.sort((a, b) => b.incomplete - a.incomplete || compareText(a.account, b.account))
  return { coverageAccounts: rows, coverageStates: [...data.states], coverageData: data }
}

/** Only an absolute https URL without characters that could matter in markup; anything else is dropped. */
function httpsUrl(url: string | undefined): string {
  if (!url || !/^https:\/\/[^\s"'<>()`\\]+$/.test(url)) return ''
  try {
    return new URL(url).protocol === 'https:' ? url : ''
  } catch {
    return ''
  }
}

/** https://github.com/OWNER/REPO/blob/SHA → https://github.com/OWNER/REPO/commit/SHA, when it has that shape. */
function commitUrl(sourceUrlBase: string, commit: string): string {
  const match = /^(https:\/\/[^\s]+?)\/blob\/([0-9a-f]{7,64})\/*$/i.exec(sourceUrlBase)
  if (!match || !/^[0-9a-f]{7,64}$/i.test(commit)) return ''
  return `${match[1]}/commit/${commit}`
}

function duration(started: string, finished: string): string {
  const ms = Date.parse(finished) - Date.parse(started)
  if (!Number.isFinite(ms) || ms < 0) return ''
  return ` (${ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`})`
}

function driftCountsLine(model: ReportModel): string {
  const d = model.run.counts.drift
  return `${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync`
}

const CHART_BAR_HEIGHT = 22
const CHART_GAP = 8
const CHART_LABEL_WIDTH = 80
const CHART_BAR_SPACE = 260

/** Horizontal bars of failing checks per severity, laid out here so the SVG in the template is numbers only. */
export function severityChart(counts: Array<{ severity: string; count: number }>): SeverityChart {
  const max = Math.max(1, ...counts.map((c) => c.count))
  const bars = counts.map((c, i) => {
    const y = i * (CHART_BAR_HEIGHT + CHART_GAP)
    // A non-zero count always shows as a visible sliver.
    const barWidth = c.count === 0 ? 0 : Math.max(2, Math.round((c.count / max) * CHART_BAR_SPACE))
    return { severity: c.severity, y, textY: y + CHART_BAR_HEIGHT / 2 + 5, barWidth, countX: CHART_LABEL_WIDTH + barWidth + 6, count: c.count }
  })
  return {
    width: CHART_LABEL_WIDTH + CHART_BAR_SPACE + 60,
    height: counts.length * (CHART_BAR_HEIGHT + CHART_GAP) - CHART_GAP,
    label: `Failing checks by severity: ${counts.map((c) => `${c.severity} ${c.count}`).join(', ')}`,
    bars
  }
}

/** Counted as the job summary counts (deltaCounts). */
function postureDelta(evaluations: readonly Evaluation[]): ReportView['delta'] {
  const { any, counts } = deltaCounts(evaluations)
  return { shown: any, cells: DELTA_LABELS.map(([label, title]) => ({ label: title, count: counts[label] })) }
}

/** 'AWS::S3::Bucket' → 'S3'; 'Plumbline::IAM::PasswordPolicy' → 'IAM'. */
export function serviceOf(type: string): string {
  const parts = type.split('::')
  return parts.length >= 3 ? parts[1] : type
}

/**
 * A rule's frameworks and aliases as rows show them, made once per rule: every evaluation of a rule carries the
 * rule's own objects (evaluate.ts), so thousands of rows share a few dozen of them. Rows of one rule then share
 * these arrays too, which lets tableData intern them by identity instead of by their JSON.
 */
interface RuleTexts {
  frameworks(frameworks: Evaluation['frameworks']): FindingRow['frameworks']
  aliases(aliases: Evaluation['aliases']): FindingRow['aliases']
}

function ruleTextsCache(): RuleTexts {
  const frameworks = new WeakMap<object, FindingRow['frameworks']>()
  const aliases = new WeakMap<object, FindingRow['aliases']>()
  return {
    frameworks(source) {
      let made = frameworks.get(source)
      if (made === undefined) {
        made = Object.entries(source)
          .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0)
          .map(([framework, controls]) => ({ framework, controls: [...controls] }))
        frameworks.set(source, made)
      }
      return made
    },
    aliases(source) {
      let made = aliases.get(source)
      if (made === undefined) {
        made = { checkov: [...source.checkov], prowler: [...source.prowler] }
        aliases.set(source, made)
      }
      return made
    }
  }
}

function findingRow(evaluation: Evaluation, sourceUrlBase: string | undefined, ruleTexts: RuleTexts): FindingRow {
  const where = evaluation.location ? `${evaluation.location.file}:${evaluation.location.line}` : ''
  const link = evaluation.location ? sourceLink(sourceUrlBase, evaluation.location.file, evaluation.location.line) : ''
  const key = statusKey(evaluation)
  const status =
    key === 'fixed'
      ? 'fixed by this change'
      : evaluation.status + (evaluation.delta && evaluation.delta !== 'introduced' ? ` (${evaluation.delta})` : '')
  const suppression = evaluation.suppression
    ? `${evaluation.suppression.reason || '(no reason given)'} [${evaluation.suppression.source}${
        evaluation.suppression.expires ? `, expires ${evaluation.suppression.expires}` : ''
      }]`
    : ''
  const resource: ResourceRef = evaluation.resource
  return {
    side: sideLabel(evaluation),
    severity: evaluation.severity,
    rule: evaluation.rule,
    title: evaluation.title,
    resource: resourceLabel(resource),
    place: resource.origin === 'live' ? resourcePlace(resource) : resource.origin,
    where,
    link,
    hasLink: link !== '',
    message: evaluation.message,
    path: evaluation.path ?? '',
    status,
    suppression,
    statusKey: key,
    change: evaluation.delta ?? '',
    service: serviceOf(resource.type),
    account: resource.account ?? '',
    region: resource.region ?? '',
    origin: resource.origin,
    type: resource.type,
    id: resource.id ?? '',
    arn: resource.arn ?? '',
    address: resource.address ?? '',
    cause: evaluation.cause?.address ?? '',
    frameworks: ruleTexts.frameworks(evaluation.frameworks),
    aliases: ruleTexts.aliases(evaluation.aliases)
  }
}

function tableData(findings: readonly FindingEntry[], rules: readonly RuleMetadata[], sourceUrlBase: string | undefined): TableData {
  const used = new Set(findings.map((entry) => entry.rule))
  const linkBase = sourceLink(sourceUrlBase, 'x', 1) === '' ? '' : (sourceUrlBase ?? '').replace(/\/+$/, '')
  const values: unknown[] = []
  // Strings (most interned cells) are looked up as themselves; other values by their JSON. Both give the same
  // indexes as looking everything up by its JSON did, without stringifying tens of thousands of cells.
  // An array seen before (rows of one rule share their frameworks and aliases: see RuleTexts) is found by identity.
  const indexOfText = new Map<string, number>()
  const indexOfJson = new Map<string, number>()
  const indexOfObject = new Map<unknown, number>()
  const intern = (value: unknown): number => {
    if (typeof value !== 'string') {
      let index = indexOfObject.get(value)
      if (index === undefined) {
        index = internBy(indexOfJson, JSON.stringify(value), value)
        indexOfObject.set(value, index)
      }
      return index
    }
    return internBy(indexOfText, value, value)
  }
  const internBy = (indexOf: Map<string, number>, key: string, value: unknown): number => {
    let index = indexOf.get(key)
    if (index === undefined) {
      index = values.length
      values.push(value)
      indexOf.set(key, index)
    }
    return index
  }
  // The cells made from a row's shared frameworks and aliases, made once per distinct pair of them.
  const frameworkCells = new Map<FindingRow['frameworks'], TableRow['fw']>()
  const aliasCells = new Map<FindingRow['aliases'], TableRow['al']>()
  const textColumns = TABLE_COLUMNS.filter((column) => !INTERNED_COLUMNS.includes(column))
  const byColumn: number[][] = INTERNED_COLUMNS.map(() => [])
  const texts: unknown[][] = []
  for (const entry of findings) for (const row of entry.sides) {
    const decoded: TableRow = {
      side: row.side,
      sev: row.severity,
      st: row.statusKey,
      dl: row.change,
      rule: row.rule,
      title: row.title,
      msg: row.message,
      res: row.resource === labelOfCells(row) ? null : row.resource,
      type: row.type,
      id: row.id,
      arn: row.arn,
      addr: row.address,
      cause: row.cause,
      acct: row.account,
      reg: row.region,
      svc: row.service,
      origin: row.origin,
      path: row.path,
      where: row.where,
      link: linkBase && row.link.startsWith(`${linkBase}/`) ? row.link.slice(linkBase.length) : '',
      sup: row.suppression,
      fw: once(frameworkCells, row.frameworks, () => row.frameworks.map((f): [string, string[]] => [f.framework, f.controls])),
      al: once(aliasCells, row.aliases, (): TableRow['al'] => [row.aliases.checkov, row.aliases.prowler])
    }
    // Filled by push, not preallocated: a preallocated array is "holey", which JSON.stringify serializes slowly.
    for (let c = 0; c < INTERNED_COLUMNS.length; c++) byColumn[c].push(intern(decoded[INTERNED_COLUMNS[c]]))
    const text: unknown[] = []
    for (const column of textColumns) text.push(decoded[column])
    texts.push(text)
  }
  return {
    severities: [...SEVERITIES],
    linkBase,
    columns: TABLE_COLUMNS,
    interned: INTERNED_COLUMNS,
    values,
    findings: byColumn,
    texts,
    groups: findings.map((entry) => entry.sides.length * 2 + (entry.blocksGate ? 1 : 0)),
    rules: Object.fromEntries(
      rules
        .filter((rule) => used.has(rule.id))
        .map((rule) => [
          rule.id,
          {
            title: rule.title,
            description: rule.description,
            risk: rule.risk,
            remediation: rule.remediation.text,
            terraform: rule.remediation.terraform,
            categories: [...rule.categories]
          }
        ])
    )
  }
}

/**
 * A resource's label as the page's script makes it from a row's cells when the `res` cell is null (report.js.hbs
 * labelOf): view.ts resourceLabel on the cells' values. The label repeats the address, or the type, id and ARN,
 * and was a fifth of the data; a row whose label this does not give (an empty address, say) carries it.
 */
function labelOfCells(row: Pick<FindingRow, 'address' | 'type' | 'id' | 'arn' | 'origin'>): string {
  const name = row.address || `${row.type} ${row.id || '(not created yet)'}`
  if (row.origin !== 'live') return name
  const live = row.arn || (row.address ? `${row.type} ${row.id}`.trim() : '')
  return live && live !== name ? `${name} (${live})` : name
}

/** The value cached under `key`, made on first use. */
function once<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key)
  if (value === undefined) {
    value = make()
    cache.set(key, value)
  }
  return value
}

function driftLabel(entry: DriftEntry): string {
  return `${entry.resource.type} ${entry.resource.id ?? ''} ${entry.address ?? entry.resource.address ?? ''}`.trim()
}

function driftSection(model: ReportModel, drift: readonly DriftEntry[]): DriftSection {
  const d = model.run.counts.drift
  const counts = [
    { label: 'Changed', value: String(d.changed) },
    { label: 'Missing', value: String(d.missing) },
    { label: 'Unmanaged', value: String(d.unmanaged) },
    { label: 'In sync', value: String(d.inSync) },
    { label: 'IaC coverage', value: model.run.iacCoverage === null ? 'not measured' : `${model.run.iacCoverage}%` }
  ]
  const of = (kind: DriftEntry['class']) => drift.filter((entry) => entry.class === kind).length
  return {
    shown: drift.length > 0 || d.inSync > 0 || model.run.iacCoverage !== null,
    counts,
    changed: of('changed'),
    missing: of('missing'),
    unmanaged: of('unmanaged'),
    who: drift.some((entry) => entry.lastChange !== undefined)
  }
}

function driftData(model: ReportModel, drift: readonly DriftEntry[]): DriftData {
  const detail = (entry: DriftEntry): DriftDetail => {
    const link = entry.location ? sourceLink(model.run.sourceUrlBase, entry.location.file, entry.location.line) : ''
    return {
      resource: entry.resource.arn ?? `${entry.resource.type} ${entry.resource.id ?? ''}`.trim(),
      address: entry.address ?? entry.resource.address ?? '',
      place: resourcePlace(entry.resource),
      where: entry.location ? `${entry.location.file}:${entry.location.line}` : '',
      link: httpsUrl(link),
      evidence: entry.evidence.join('; '),
      who: lastChangeText(entry.lastChange) ?? '',
      changes: entry.changes.map((change): [string, string, string] => [change.path, driftValueText(change.iac, change.path), driftValueText(change.live, change.path)])
    }
  }
  return {
    who: drift.some((entry) => entry.lastChange !== undefined),
    changed: drift.filter((entry) => entry.class === 'changed').map(detail),
    missing: drift.filter((entry) => entry.class === 'missing').map(detail),
    unmanaged: drift.filter((entry) => entry.class === 'unmanaged').map(detail)
  }
}

export const HIDDEN_VALUE = '‹hidden›'
export const REDACTED_VALUE = '‹redacted›'

/**
 * A drift value as pretty JSON text. Drift never compares sensitive, write-only or redacted values, so they should
 * not reach a change; as a second line of defence a redacted marker, a value under a secret-looking name (also a
 * tag whose Key is one) and a secret-looking string are shown as placeholders.
 */
export function driftValueText(value: unknown, path: string): string {
  if (value === undefined) return '(not set)'
  // The lookbehind starts an attempt only where a name starts: without it, every character of a long name began
  // an attempt that read to the end of it (quadratic).
  const name = /(?<![^.[\]])([^.[\]]+)(?:\[\d+\])*$/.exec(path)?.[1]
  const text = JSON.stringify(scrubValue(value, name), null, 2)
  return text ?? String(value)
}

function scrubValue(value: unknown, name?: string): unknown {
  if (name !== undefined && isSecretName(name)) return HIDDEN_VALUE
  if (typeof value === 'string') return looksLikeSecretValue(value) ? HIDDEN_VALUE : value
  if (Array.isArray(value)) return value.map((item) => scrubValue(item))
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.redacted === true && Object.keys(record).length === 1) return REDACTED_VALUE
    const tagKey = typeof record.Key === 'string' ? record.Key : typeof record.key === 'string' ? record.key : undefined
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(record)) {
      const tagValue = (key === 'Value' || key === 'value') && tagKey !== undefined && isSecretName(tagKey)
      Object.defineProperty(copy, key, { value: tagValue ? HIDDEN_VALUE : scrubValue(item, key), enumerable: true, writable: true, configurable: true })
    }
    return copy
  }
  return value
}

