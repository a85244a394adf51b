// What the CLI prints: the verdict, counts and the failing findings, one line each, highest severity first.
import type { Evaluation, ReportModel } from '../types.js'
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
  for (const w of warnings) lines.push(`warning: ${w}`)
  if (warnings.length > 0) lines.push('')
  const bySev = Object.entries(counts.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
  lines.push(
    `${counts.resources} resources, ${counts.evaluations} checks: ${counts.fail} failed${bySev ? ` (${bySev})` : ''}, ${counts.pass} passed, ${counts.unknown} unknown, ${counts.suppressed} suppressed`
  )
  lines.push(`gate: ${gate.verdict} (${gate.reason})`)
  for (const f of opts.files ?? []) lines.push(`wrote ${f}`)
  return lines.join('\n') + '\n'
}

function findingLine(e: Evaluation): string {
  const where = e.location ? `${e.location.file}:${e.location.line}` : e.resource.address ?? `${e.resource.type} ${e.resource.id ?? ''}`
  const who = e.resource.address ?? e.resource.id ?? e.resource.type
  const delta = e.delta === 'pre-existing' ? ' [pre-existing]' : ''
  // Live findings say where they were seen: the same rule can fail on the plan and on the live resource.
  const side = e.resource.origin === 'live' ? `  [live ${[e.resource.account, e.resource.region].filter(Boolean).join('/')}]` : ''
  return `${e.severity.toUpperCase().padEnd(8)} ${e.rule}  ${who}  ${where}${delta}${side}\n         ${e.message}`
}
