// plumbline-results.json, schemaVersion 1 (design.md "Results JSON"): passes included, so that a later run or
// another tool can compute its own deltas. Resources appear by reference only: no property values.
import type { ReportModel } from '../types.js'

/**
 * Evaluations per piece handed to the writer: some 40 KB of text, so that each piece is a young object that dies
 * young (V8 puts strings over about 128 KB in the large-object space, where each costs fresh pages).
 */
const EVALUATIONS_PER_PIECE = 64

/**
 * The file, in pieces: exactly `JSON.stringify(<the document>) + '\n'` once joined (a test holds it to that), made
 * without ever holding the whole text (tens of MB for a large plan, whose allocation costs more than the writing).
 * Compact: the file holds every evaluation and is read by programs, not people.
 */
export function* resultsJsonPieces(model: ReportModel): Generator<string> {
  const { schemaVersion, run, evaluations, drift, coverage, unmapped, addedSuppressions } = model
  yield `{"schemaVersion":${JSON.stringify(schemaVersion)},"run":${JSON.stringify(run)},"evaluations":[`
  for (let start = 0; start < evaluations.length; start += EVALUATIONS_PER_PIECE) {
    // A slice's array text without its brackets, yielded apart from the comma: joining them would make a string the
    // writer has to copy flat before encoding it.
    if (start > 0) yield ','
    yield JSON.stringify(evaluations.slice(start, start + EVALUATIONS_PER_PIECE)).slice(1, -1)
  }
  // The model always has drift, coverage and unmapped (lists, possibly empty), so the tail object is never empty.
  const tail = JSON.stringify({ drift, coverage, unmapped, ...(addedSuppressions ? { addedSuppressions } : {}) })
  yield `],${tail.slice(1)}\n`
}

/** The whole file as one text (tests, small runs). */
export function buildResultsJson(model: ReportModel): string {
  return [...resultsJsonPieces(model)].join('')
}
