// How long each phase of a run took, for the speed work (bench/phases.mjs, docs/performance.md). The CLI turns it on
// when PLUMBLINE_TIMINGS is set and prints the phases to stderr at the end; otherwise a mark costs one comparison.
// Only the phases' own labels are recorded: no value, path or name from the run.

let enabled = false
let last = 0
const phases: Array<[string, number]> = []

/** Start recording. The first phase is measured from the process's start (performance's time origin). */
export function enablePhaseTimings(): void {
  enabled = true
  last = 0
  phases.length = 0
}

/** The phase called `label` ends now. */
export function phaseDone(label: string): void {
  if (!enabled) return
  const now = performance.now()
  phases.push([label, now - last])
  last = now
}

/** The phases recorded so far, in order, with their milliseconds; empty unless enabled. */
export function phaseTimings(): ReadonlyArray<readonly [string, number]> {
  return phases
}

/** One line: `timings (ms): start-up=45 read=74 ... total=1438`. */
export function formatPhaseTimings(timings: ReadonlyArray<readonly [string, number]>): string {
  const total = timings.reduce((sum, [, ms]) => sum + ms, 0)
  return `timings (ms): ${[...timings, ['total', total] as const].map(([label, ms]) => `${label}=${Math.round(ms)}`).join(' ')}`
}
