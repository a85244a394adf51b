// Writes the report files into the output folder. Every writer is pure; this is the one place that touches
// the disk for them.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '../config.js'
import { renderHtml } from '../report/html.js'
import { maskAccountIds, maskInventoryIdentifiers } from '../report/redact.js'
import { resultsJsonPieces } from '../report/results-json.js'
import { buildSarif } from '../report/sarif.js'
import { writeInventoryFile, type InventoryFile } from '../sources/inventory-file.js'
import { phaseDone } from '../timings.js'
import type { ReportModel } from '../types.js'
import { writeFileSafely, type FileData } from '../write-file.js'

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
}

export async function writeOutputFiles(model: ReportModel, config: Config, live: LiveOutput = { hasLive: false }, options: WriteOptions = {}): Promise<WrittenFiles> {
  await mkdir(config.outDir, { recursive: true })
  // A side that was evaluated is uploaded even when empty, which is how alerts of fixed findings close; a side
  // this run did not look at is left out, so a plan-only pull-request run never closes live alerts (and a
  // live-only scheduled scan never closes plan alerts).
  const hasTerraform = config.planFile !== undefined || config.tfDir !== undefined || config.stateFiles.length > 0
  const written = options.redactIdentifiers === true ? maskAccountIds(model) : model
  const { text: sarifText, cut } = buildSarif(written, {
    category: config.sarifCategory,
    fallbackLocation: config.sarifFallbackLocation,
    sides: { plan: hasTerraform, live: live.hasLive }
  })
  if (cut.plan + cut.live > 0) {
    const warning = `SARIF holds the highest-severity results only: ${cut.plan + cut.live} lower-severity result(s) were left out to stay within GitHub's limits (all are in ${OUTPUT_NAMES.results})`
    model.run.warnings.push(warning)
    if (written !== model) written.run.warnings.push(warning)
  }
  const files: WrittenFiles = {
    sarifFile: join(config.outDir, OUTPUT_NAMES.sarif),
    reportFile: join(config.outDir, OUTPUT_NAMES.report),
    resultsFile: join(config.outDir, OUTPUT_NAMES.results),
    sarifCut: cut
  }
  // The three writes are started as their texts are ready and awaited together, so that their disk work (on
  // libuv's threads: tens of milliseconds per file for a large plan) overlaps instead of running one file after
  // another. Every write is awaited before this returns, and the first error (a renderer's, else the first
  // failing write's in this order) is the one thrown.
  const writes: Array<Promise<void>> = []
  const start = (path: string, text: FileData): void => {
    const write = writeFileSafely(path, text)
    // Handled here so that a write failing while a later file is still being rendered is never an unhandled rejection.
    write.catch(() => undefined)
    writes.push(write)
  }
  phaseDone('sarif')
  try {
    start(files.sarifFile, sarifText)
    start(files.reportFile, renderHtml(written))
    phaseDone('html')
    // Made as it is written (the largest file: every evaluation), so its time shows in the writes.
    start(files.resultsFile, resultsJsonPieces(written))
    phaseDone('results')
  } finally {
    // A renderer that threw still lets the writes already started finish (or fail) before its error goes up.
    await Promise.allSettled(writes)
  }
  for (const write of writes) await write
  phaseDone('writes')
  if (live.inventory) {
    files.inventoryFile = join(config.outDir, OUTPUT_NAMES.inventory)
    await writeInventoryFile(files.inventoryFile, options.redactIdentifiers === true ? maskInventoryIdentifiers(live.inventory) : live.inventory)
  }
  return files
}
