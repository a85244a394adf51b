// What the CLI prints: the verdict, counts and the failing findings, one line each, highest severity first.
// Every value from the inputs (names, ids, messages, paths, warnings) goes through printable(): a line break in
// one must not start a line of its own (see src/printable.ts).
import { printable } from '../printable.js'
import type { DriftEntry, ReportModel } from '../types.js'
import { gateWords } from '../model/severity.js'
import { findingsLine, groupFindings, sideLabel, type FindingGroup } from './view.js'

export function renderConsole(model: ReportModel, opts: { maxFindings?: number; files?: string[] } = {}): string {
  const { counts, gate, warnings } = model.run
  const lines: string[] = []
  // One entry per (rule, resource): the plan side and the live side of the same finding are listed together.
  const failing = groupFindings(model.evaluations)
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
    const what = printable([a.kind, a.rule, a.resource].filter(Boolean).join(' '))
    const note = [a.reason, a.detail].filter(Boolean).join('; ')
    lines.push(`ADDED    ${what}  ${printable(a.file)}${a.line !== undefined ? `:${a.line}` : ''}${a.applied ? '' : '  [not applied]'}${note ? `\n         ${printable(note)}` : ''}`)
  }
  if (added.length > 0) lines.push(`${added.length} suppression(s) added by this change${added.some((a) => !a.applied) ? ', not applied (--ignore-added-suppressions)' : ''}`, '')
  for (const w of warnings) lines.push(`warning: ${printable(w)}`)
  if (warnings.length > 0) lines.push('')
  const bySev = Object.entries(counts.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
  const errors = counts.error > 0 ? `, ${counts.error} rule error${counts.error === 1 ? '' : 's'}` : ''
  const fixed = counts.fixed > 0 ? `; ${counts.fixed} fixed by this change` : ''
  const unmapped = counts.unmapped > 0 ? `; ${counts.unmapped} Terraform resource${counts.unmapped === 1 ? '' : 's'} not checked (no mapping yet, or parent not in this configuration)` : ''
  lines.push(
    `${counts.resources} resources, ${counts.evaluations} checks: ${counts.fail} failed${bySev ? ` (${bySev})` : ''}${errors}, ${counts.pass} passed, ${counts.unknown} unknown, ${counts.suppressed} suppressed${fixed}${unmapped}`
  )
  if (counts.findings > 0) {
    const blocking = failing.filter((g) => g.blocksGate).length
    lines.push(findingsLine(counts.findings, blocking))
  }
  if (model.drift.length > 0 || model.run.iacCoverage !== null) {
    const d = counts.drift
    const coverage = model.run.iacCoverage !== null ? `; IaC coverage ${model.run.iacCoverage}%` : ''
    lines.push(`drift: ${d.changed} changed, ${d.missing} missing, ${d.unmanaged} unmanaged, ${d.inSync} in sync${coverage}`)
  }
  lines.push(`gate: ${gateWords(gate.verdict)} (${printable(gate.reason)})`)
  for (const f of opts.files ?? []) lines.push(`wrote ${printable(f)}`)
  return lines.join('\n') + '\n'
}

/** One drift entry: class, resource, where Terraform declares it, and the property paths (never values). */
function driftLine(d: DriftEntry): string {
  const what = printable(`${d.resource.type} ${d.resource.id ?? ''}`.trim())
  const where = printable(d.location ? `${d.location.file}:${d.location.line}` : d.address ?? [d.resource.account, d.resource.region].filter(Boolean).join('/'))
  const paths = [...new Set(d.changes.map((c) => printable(c.path)))]
  const detail = paths.length > 0 ? `\n         ${paths.slice(0, 8).join(', ')}${paths.length > 8 ? ` and ${paths.length - 8} more` : ''}` : ''
  return `${d.class.toUpperCase().padEnd(9)} ${what}  ${where}${detail}`
}

function findingLine(g: FindingGroup): string {
  const first = g.sides[0]
  const where = printable(g.location ? `${g.location.file}:${g.location.line}` : first.resource.address ?? `${first.resource.type} ${first.resource.id ?? ''}`)
  const who = printable(first.resource.address ?? first.resource.id ?? first.resource.type)
  const blocks = g.blocksGate ? '  BLOCKS THE GATE' : ''
  // Where each side stands: the same rule can fail on the plan and on the live resource, with different labels.
  const sides = g.sides.map((e) => printable(sideLabel(e))).join('; ')
  return `${g.severity.toUpperCase().padEnd(8)} ${printable(g.rule)}  ${who}  ${where}${blocks}\n         ${printable(g.message)}\n         ${sides}`
}
