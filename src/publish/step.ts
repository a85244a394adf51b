// What the step itself publishes: outputs, the job summary and annotations on the .tf lines.
import * as core from '@actions/core'
import { selectAnnotations } from '../report/annotations.js'
import { renderSummary } from '../report/summary.js'
import { SEVERITIES, type ReportModel } from '../types.js'
import type { WrittenFiles } from './files.js'

/** The action's outputs (action.yml lists the same names). */
export function stepOutputs(model: ReportModel, files: WrittenFiles, reportUrl = ''): Record<string, string> {
  const { counts, gate } = model.run
  const outputs: Record<string, string> = {
    findings: String(counts.fail),
    suppressed: String(counts.suppressed),
    unknown: String(counts.unknown),
    errors: String(counts.error),
    fixed: String(counts.fixed),
    unmapped: String(counts.unmapped),
    gate: gate.verdict,
    'gate-reason': gate.reason,
    'sarif-file': files.sarifFile,
    'sarif-categories': files.sarifCategories.map((each) => each.category).join('\n'),
    'report-file': files.reportFile,
    'results-file': files.resultsFile,
    'inventory-file': files.inventoryFile ?? '',
    'drift-changed': String(counts.drift.changed),
    'drift-missing': String(counts.drift.missing),
    'drift-unmanaged': String(counts.drift.unmanaged),
    'iac-coverage': model.run.iacCoverage === null ? '' : String(model.run.iacCoverage),
    'coverage-complete': String(model.coverage.every((entry) => entry.state === 'scanned')),
    'report-url': reportUrl,
    // Only `command: shards` plans a matrix (main.ts); a scan says it has none.
    matrix: ''
  }
  for (const s of SEVERITIES) outputs[`findings-${s}`] = String(counts.bySeverity[s])
  return outputs
}

export function setStepOutputs(model: ReportModel, files: WrittenFiles, reportUrl?: string): void {
  for (const [name, value] of Object.entries(stepOutputs(model, files, reportUrl))) core.setOutput(name, value)
}

export async function writeJobSummary(model: ReportModel, files: WrittenFiles, reportUrl?: string): Promise<void> {
  // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; core.summary would throw.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(renderSummary(model, { sarifCut: files.sarifCut, reportUrl }), true).write()
}

export function emitAnnotations(model: ReportModel): void {
  const { annotations, overflowNotice } = selectAnnotations(model)
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine }
    if (a.level === 'error') core.error(a.message, props)
    else core.warning(a.message, props)
  }
  if (overflowNotice) core.notice(overflowNotice)
}
