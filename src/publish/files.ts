// Writes the report files into the output folder. Every writer is pure; this is the one place that touches
// the disk for them.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '../config.js'
import { renderHtml } from '../report/html.js'
import { maskAccountIds, maskInventoryIdentifiers } from '../report/redact.js'
import { resultsJsonPieces } from '../report/results-json.js'
import { buildSarif, uploadFits, type SarifBuild, type SarifOptions } from '../report/sarif.js'
import { writeInventoryFile, type InventoryFile } from '../sources/inventory-file.js'
import { phaseDone } from '../timings.js'
import type { ReportModel } from '../types.js'
import { writeFileSafely } from '../write-file.js'

export const OUTPUT_NAMES = {
  sarif: 'plumbline.sarif',
  report: 'plumbline-report.html',
  results: 'plumbline-results.json',
  inventory: 'plumbline-inventory.json'
} as const

export interface WrittenFiles {
  sarifFile: string
  reportFile: string
  resultsFile: string
  /** The saved live inventory, when this run scanned live. */
  inventoryFile?: string
  /** Results the SARIF caps left out, per side (the summary says so). */
  sarifCut: { plan: number; live: number }
  /** The SARIF's categories, one run and one upload each, in the file's order. */
  sarifCategories: Array<{ category: string; results: number; cut: number }>
}

export interface LiveOutput {
  /** The run has a live side (a scan or a saved inventory): its SARIF run is written even when empty. */
  hasLive: boolean
  /** A fresh scan's inventory, to save. */
  inventory?: InventoryFile
}

export interface WriteOptions {
  /**
   * redact-identifiers: mask account ids in every file written (these files are the artifacts and the code-scanning
   * upload, readable by anyone who can read a public repository), except where the saved inventory needs them to
   * place resources in their accounts (report/redact.ts maskInventoryIdentifiers).
   */
  redactIdentifiers?: boolean
  /** GitHub's SARIF limits, smaller for tests. */
  sarifCaps?: Pick<SarifOptions, 'maxResultsPerRun' | 'maxGzipBytes'>
}

/**
 * The one warning that SARIF results were left out, naming the categories that were over a cap, added to each
 * model's run; undefined when nothing was cut.
 */
function noteSarifCut(sarif: SarifBuild, models: ReportModel[]): string | undefined {
  const cut = sarif.categories.filter((each) => each.cut > 0)
  if (cut.length === 0) return undefined
  const total = cut.reduce((sum, each) => sum + each.cut, 0)
  const where = cut.map((each) => `${each.category}: ${each.cut}`).join(', ')
  const warning = `SARIF holds the highest-severity results only: ${total} lower-severity result(s) were left out to stay within GitHub's limits per category (${where}; all are in ${OUTPUT_NAMES.results})`
  for (const each of new Set(models)) each.run.warnings.push(warning)
  return warning
}

export async function writeOutputFiles(model: ReportModel, config: Config, live: LiveOutput = { hasLive: false }, options: WriteOptions = {}): Promise<WrittenFiles> {
  await mkdir(config.outDir, { recursive: true })
  // A side that was evaluated is uploaded even when empty, which is how alerts of fixed findings close; a side
  // this run did not look at is left out, so a plan-only pull-request run never closes live alerts (and a
  // live-only scheduled scan never closes plan alerts).
  const hasTerraform = config.planFile !== undefined || config.tfDir !== undefined || config.stateFiles.length > 0
  const written = options.redactIdentifiers === true ? maskAccountIds(model) : model
  const sarifOptions: SarifOptions = {
    category: config.sarifCategory,
    liveCategories: config.sarifLiveCategories,
    fallbackLocation: config.sarifFallbackLocation,
    sides: { plan: hasTerraform, live: live.hasLive },
    ...options.sarifCaps
  }
  // GitHub's gzip cap (per upload, so per category) is checked on libuv's threads while the report renders
  // (compressing a large plan's SARIF takes tens of milliseconds); nothing is written before the answer. In the rare
  // run where a category does not fit, the SARIF is made again within the caps and the report rendered again, with
  // the warning that says so.
  let sarif = buildSarif(written, { ...sarifOptions, maxGzipBytes: Number.POSITIVE_INFINITY })
  const fits = Promise.all(sarif.categories.map((each) => uploadFits(sarif, each, sarifOptions.maxGzipBytes)))
  // Handled here too, so that a renderer throwing before the answer is awaited leaves no unhandled rejection.
  fits.catch(() => undefined)
  const cutWarning = noteSarifCut(sarif, [model, written])
  phaseDone('sarif')
  let html = renderHtml(written)
  if (!(await fits).every(Boolean)) {
    sarif = buildSarif(written, sarifOptions)
    for (const each of new Set([model, written])) each.run.warnings = each.run.warnings.filter((warning) => warning !== cutWarning)
    noteSarifCut(sarif, [model, written])
    html = renderHtml(written)
  }
  phaseDone('html')
  const files: WrittenFiles = {
    sarifFile: join(config.outDir, OUTPUT_NAMES.sarif),
    reportFile: join(config.outDir, OUTPUT_NAMES.report),
    resultsFile: join(config.outDir, OUTPUT_NAMES.results),
    sarifCut: sarif.cut,
    sarifCategories: sarif.categories.map(({ category, results, cut }) => ({ category, results, cut }))
  }
  // The three writes run together, so that their disk work (on libuv's threads) overlaps. Every write is awaited
  // before this returns, and the first error in this order is the one thrown.
  const writes = [
    writeFileSafely(files.sarifFile, sarif.text),
    writeFileSafely(files.reportFile, html),
    // Made as it is written (the largest file: every evaluation), so its time shows in the writes.
    writeFileSafely(files.resultsFile, resultsJsonPieces(written))
  ]
  await Promise.allSettled(writes)
  for (const write of writes) await write
  phaseDone('writes')
  if (live.inventory) {
    files.inventoryFile = join(config.outDir, OUTPUT_NAMES.inventory)
    await writeInventoryFile(files.inventoryFile, options.redactIdentifiers === true ? maskInventoryIdentifiers(live.inventory) : live.inventory)
  }
  return files
}
