// Writes the report files into the output folder. Every writer is pure; this is the one place that touches
// the disk for them.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '../config.js'
import { renderHtml } from '../report/html.js'
import { buildResultsJson } from '../report/results-json.js'
import { buildSarif } from '../report/sarif.js'
import type { ReportModel } from '../types.js'

export const OUTPUT_NAMES = {
  sarif: 'plumbline.sarif',
  report: 'plumbline-report.html',
  results: 'plumbline-results.json'
} as const

export interface WrittenFiles {
  sarifFile: string
  reportFile: string
  resultsFile: string
  /** Results the SARIF caps left out, per side (the summary says so). */
  sarifCut: { plan: number; live: number }
}

export async function writeOutputFiles(model: ReportModel, config: Config): Promise<WrittenFiles> {
  await mkdir(config.outDir, { recursive: true })
  // The Terraform side was evaluated whenever Terraform input was given: its run is uploaded even when empty,
  // which is how alerts of fixed findings close. This version has no live side, so live alerts stay as they are.
  const { text: sarifText, cut } = buildSarif(model, {
    category: config.sarifCategory,
    fallbackLocation: config.sarifFallbackLocation,
    sides: { plan: true, live: false }
  })
  if (cut.plan + cut.live > 0) {
    model.run.warnings.push(
      `SARIF holds the highest-severity results only: ${cut.plan + cut.live} lower-severity result(s) were left out to stay within GitHub's limits (all are in ${OUTPUT_NAMES.results})`
    )
  }
  const files: WrittenFiles = {
    sarifFile: join(config.outDir, OUTPUT_NAMES.sarif),
    reportFile: join(config.outDir, OUTPUT_NAMES.report),
    resultsFile: join(config.outDir, OUTPUT_NAMES.results),
    sarifCut: cut
  }
  await writeFile(files.sarifFile, sarifText)
  await writeFile(files.reportFile, renderHtml(model))
  await writeFile(files.resultsFile, buildResultsJson(model))
  return files
}
