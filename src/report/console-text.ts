// What the CLI prints: the verdict, counts and the failing findings, one line each, highest severity first.
import type { DriftEntry, Evaluation, ReportModel } from '../types.js'
import { compareSeverity } from './severity.js'

export function renderConsole(model: ReportModel, opts: { maxFindings?: number; files?: string[] } = {}): string {
  const { counts, gate, warnings } = model.run
  const lines: string[] = []
  const failing = model.evaluations
    .filter((e) => e.status === 'fail' && e.delta !== 'fixed')
    .sort((a, b) => compareSeverity(a.severity, b.severity) || a.rule.localeCompare(b.rule))
  const max = opts.maxFindings ?? 50
  for (const e of failing.slice(0, max)) lines.push(findingLine(e))
  if (failing.length > max) lines.push(`… and ${failing.length - max} more (see the report)`)
  if (failing.length > 0) lines.push('')
  const maxDrift = opts.maxFindings ?? 50
  for (const d of model.drift.slice(0, maxDrift)) lines.push(driftLine(d))
  if (model.drift.length > maxDrift) lines.push(`… and ${model.drift.length - maxDrift} more drift entries (see the results JSON)`)
  if (model.drift.length > 0) lines.push('')
  const added = model.addedSuppressions ?? []
  for (const a of added) {
    const what = [a.kind, a.rule, a.resource].filter(Boolean).join(' ')
    lines.push(`ADDED    ${what}  ${a.file}${a.line !== undefined ? `:${a.line}` : ''}${a.applied ? '' : '  [not applied]'}${a.reason || a.detail ? `\n         ${[a.reason, a.detail].filter(Boolean).join('; ')}` : ''}`)
  }
  if (added.length > 0) lines.push(`${added.length} suppression(s) added by this change${added.some((a) => !a.applied) ? ', not applied (--ignore-added-suppressions)' : ''}`, '')
  for (const w of warnings) lines.push(`warning: ${w}`)
  if (warnings.length > 0) lines.push('')
  const bySev = Object.entries(counts.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
  const errors = counts.error > 0 ? `, ${counts.error} rule error${counts.error === 1 ? '' : 's'}` : ''
  const fixed = counts.fixed > 0 ? `; ${counts.fixed} fixed by this change` : ''
  lines.push(
    `${counts.resources} resources, ${counts.evaluations} checks: ${counts.fail} failed${bySev ? ` (${bySev})` : ''}${errors}, ${counts.pass} passed, ${counts.unknown} unknown, ${counts.suppressed} suppressed${fixed}`
  )
  if (model.drift.length > 0 || model.run.iacCoverage !== null) {
    const d = counts.drift
    const coverage = model.run.iacCoverage !== null ? `; IaC coverage ${model.run.iacCoverage}%` : ''
    lines.push(`drift: ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync${coverage}`)
  }
  lines.push(`gate: ${gate.verdict} (${gate.reason})`)
  for (const f of opts.files ?? []) lines.push(`wrote ${f}`)
  return lines.join('\n') + '\n'
}

/** One drift entry: class, resource, where Terraform declares it, and the property paths (never values). */
function driftLine(d: DriftEntry): string {
  const what = `${d.resource.type} ${d.resource.id ?? ''}`.trim()
  const where = d.location ? `${d.location.file}:${d.location.line}` : d.address ?? [d.resource.account, d.resource.region].filter(Boolean).join('/')
  const paths = [...new Set(d.changes.map((c) => c.path))]
  const detail = paths.length > 0 ? `\n         ${paths.slice(0, 8).join(', ')}${paths.length > 8 ? ` and ${paths.length - 8} more` : ''}` : ''
  return `${d.class.toUpperCase().padEnd(9)} ${what}  ${where}${detail}`
}

function findingLine(e: Evaluation): string {
  const where = e.location ? `${e.location.file}:${e.location.line}` : e.resource.address ?? `${e.resource.type} ${e.resource.id ?? ''}`
  const who = e.resource.address ?? e.resource.id ?? e.resource.type
  const delta = e.delta === 'pre-existing' ? ' [pre-existing]' : ''
  // Live findings say where they were seen: the same rule can fail on the plan and on the live resource.
  const side = e.resource.origin === 'live' ? `  [live ${[e.resource.account, e.resource.region].filter(Boolean).join('/')}]` : ''
  return `${e.severity.toUpperCase().padEnd(8)} ${e.rule}  ${who}  ${where}${delta}${side}\n         ${e.message}`
}
