// plumbline-report.html: one self-contained page (inline CSS, no script, a Content-Security-Policy that forbids
// every fetch) rendered from templates/report.hbs. All text goes through Handlebars' escaping: the template
// uses `{{ }}` only, and this module hands it a view of plain strings and numbers, so no helper, partial or
// triple-stash ever sees model data.
import Handlebars from 'handlebars'
import reportTemplate from '../../templates/report.hbs'
import { SEVERITIES, type DriftEntry, type Evaluation, type EvaluationStatus, type ReportModel } from '../types.js'
import { SEVERITY_RANK } from './severity.js'
import { STATUSES, compareEvaluations, coverageLine, resourceLabel, resourcePlace, sourceLink, tally } from './view.js'

/** A private instance: nothing registered elsewhere in the process (helpers, partials) can reach our template. */
const handlebars = Handlebars.create()
let compiled: Handlebars.TemplateDelegate<ReportView> | undefined

/** Compiled on first use, once per process. */
function template(): Handlebars.TemplateDelegate<ReportView> {
  compiled ??= handlebars.compile<ReportView>(reportTemplate, { strict: true, knownHelpersOnly: true })
  return compiled
}

export function renderHtml(model: ReportModel): string {
  return template()(reportView(model))
}

/** Everything the template shows, as ready-made strings; the template decides layout only. */
export interface ReportView {
  title: string
  header: Array<{ label: string; value: string }>
  verdict: { pass: boolean; word: string; reason: string }
  counts: {
    statuses: string[]
    rows: Array<{ severity: string; cells: number[]; total: number }>
    totals: number[]
    total: number
  }
  extras: Array<{ label: string; value: string }>
  findings: FindingRow[]
  hasFindings: boolean
  drift: DriftRow[]
  hasDrift: boolean
  /** The coverage ledger of a live scan (or a saved inventory): every (account, region, type) and how it went. */
  coverage: Array<{ account: string; region: string; type: string; state: string; count: string; detail: string }>
  hasCoverage: boolean
  coverageSummary: string
  warnings: string[]
  hasWarnings: boolean
}

interface FindingRow {
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
  status: string
  suppression: string
}

interface DriftRow {
  kind: string
  resource: string
  where: string
  paths: string
}

/** The table lists what needs a look: findings first, then suppressed, then unknown; passes are counted only. */
const LISTED_STATUS_ORDER: Partial<Record<EvaluationStatus, number>> = { fail: 0, suppressed: 1, unknown: 2 }

export function reportView(model: ReportModel): ReportView {
  const { run } = model
  const counted = tally(model.evaluations)
  const listed = model.evaluations
    .filter((evaluation) => LISTED_STATUS_ORDER[evaluation.status] !== undefined)
    .sort(
      (a, b) =>
        (LISTED_STATUS_ORDER[a.status] ?? 0) - (LISTED_STATUS_ORDER[b.status] ?? 0) || compareEvaluations(a, b)
    )
  const findings = listed.map((evaluation) => findingRow(evaluation, run.sourceUrlBase))
  const drift = [...model.drift]
    .sort((a, b) => a.class.localeCompare(b.class) || driftLabel(a).localeCompare(driftLabel(b)))
    .map(driftRow)

  const header = [
    { label: 'Repository', value: run.repository ?? '' },
    { label: 'Commit', value: run.commit ?? '' },
    { label: 'Event', value: run.event ?? '' },
    { label: 'Started', value: run.startedAt },
    { label: 'Finished', value: run.finishedAt },
    { label: 'Accounts', value: run.accounts.join(', ') },
    { label: 'Regions', value: run.regions.join(', ') },
    { label: 'Tool', value: `${run.tool.name} ${run.tool.version}` }
  ].filter((item) => item.value !== '')

  const extras = [
    { label: 'Resources checked', value: String(run.counts.resources) },
    { label: 'Terraform resources without a mapping (not checked)', value: String(model.unmapped.length) }
  ]
  if (model.drift.length > 0 || run.counts.drift.inSync > 0) {
    const d = run.counts.drift
    extras.push({
      label: 'Drift',
      value: `${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync`
    })
  }
  if (run.iacCoverage !== null) extras.push({ label: 'IaC coverage', value: `${run.iacCoverage}%` })

  return {
    title: run.repository ? `Plumbline report: ${run.repository}` : 'Plumbline report',
    header,
    verdict: { pass: run.gate.verdict === 'pass', word: run.gate.verdict.toUpperCase(), reason: run.gate.reason },
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
    findings,
    hasFindings: findings.length > 0,
    drift,
    hasDrift: drift.length > 0,
    coverage: model.coverage.map((entry) => ({
      account: entry.account,
      region: entry.region,
      type: entry.type,
      state: entry.state,
      count: entry.count === undefined ? '' : String(entry.count),
      detail: [entry.error, entry.note].filter(Boolean).join(' — ')
    })),
    hasCoverage: model.coverage.length > 0,
    coverageSummary: coverageLine(model.coverage),
    warnings: [...run.warnings],
    hasWarnings: run.warnings.length > 0
  }
}

function findingRow(evaluation: Evaluation, sourceUrlBase: string | undefined): FindingRow {
  const where = evaluation.location ? `${evaluation.location.file}:${evaluation.location.line}` : ''
  const link = evaluation.location ? sourceLink(sourceUrlBase, evaluation.location.file, evaluation.location.line) : ''
  const status =
    evaluation.status === 'fail' && evaluation.delta === 'fixed'
      ? 'fixed by this change'
      : evaluation.status + (evaluation.delta && evaluation.delta !== 'introduced' ? ` (${evaluation.delta})` : '')
  const suppression = evaluation.suppression
    ? `${evaluation.suppression.reason || '(no reason given)'} [${evaluation.suppression.source}${
        evaluation.suppression.expires ? `, expires ${evaluation.suppression.expires}` : ''
      }]`
    : ''
  return {
    severity: evaluation.severity,
    rule: evaluation.rule,
    title: evaluation.title,
    resource: resourceLabel(evaluation.resource),
    place: evaluation.resource.origin === 'live' ? resourcePlace(evaluation.resource) : evaluation.resource.origin,
    where,
    link,
    hasLink: link !== '',
    message: evaluation.message,
    path: evaluation.path ?? '',
    status,
    suppression
  }
}

function driftLabel(entry: DriftEntry): string {
  return `${entry.resource.type} ${entry.resource.id ?? ''} ${entry.address ?? entry.resource.address ?? ''}`.trim()
}

/** Drift rows name the changed property paths, never their values. */
function driftRow(entry: DriftEntry): DriftRow {
  return {
    kind: entry.class,
    resource: driftLabel(entry),
    where: entry.location ? `${entry.location.file}:${entry.location.line}` : '',
    paths: [...new Set(entry.changes.map((change) => change.path))].join(', ')
  }
}
