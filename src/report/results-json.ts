// plumbline-results.json, schemaVersion 1 (design.md "Results JSON"): passes included, so that a later run or
// another tool can compute its own deltas. Resources appear by reference only: no property values.
import type { ReportModel } from '../types.js'

export function buildResultsJson(model: ReportModel): string {
  const { schemaVersion, run, evaluations, drift, coverage, unmapped, addedSuppressions } = model
  // Compact: the file holds every evaluation (tens of MB for a large plan), read by programs, not people.
  return JSON.stringify({ schemaVersion, run, evaluations, drift, coverage, unmapped, ...(addedSuppressions ? { addedSuppressions } : {}) }) + '\n'
}
