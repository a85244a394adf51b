// bench/plan-check: the whole plan check (read, parse, normalize, rules, SARIF, results JSON and report
// written) on a generated 20,000-resource plan, as a ratio to a plain JSON.parse of the same file measured
// in the same run, plus peak RSS. Targets (issue 11): ratio ≤ 2.5 at 20,000 resources and ≤ 2.0 at 100,000, peak RSS
// under 1 GB at 100,000.
//   node bench/plan-check.mjs [resources=20000] [repeats=3] [mix=new|mature] (bench/gen-plan.mjs: mature is a pull request on an estate that exists)
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { benchPlan, measureChild, median, WORK as work } from './bench-plan.mjs'

const count = Number(process.argv[2] ?? 20000)
const repeats = Number(process.argv[3] ?? 3)
const mix = process.argv[4] ?? 'new'
const plan = benchPlan(count, mix)


const floors = []
const checks = []
for (let i = 0; i < repeats; i++) {
  floors.push(measureChild(['parse', plan]))
  checks.push(measureChild(['cli', 'scan', '--plan', plan, '--out', join(work, 'out'), '--fail-on', 'none']))
}
const floorMs = median(floors.map((m) => m.ms))
const checkMs = median(checks.map((m) => m.ms))
const peakRss = Math.max(...checks.map((m) => m.maxRssMb))
const mb = statSync(plan).size / 1e6
console.log(`plan: ${count} resources (${mix}), ${mb.toFixed(1)} MB`)
console.log(`floor (JSON.parse of the file): ${floorMs.toFixed(0)} ms (median of ${repeats})`)
console.log(`whole check (dist/cli.js scan): ${checkMs.toFixed(0)} ms (median of ${repeats})`)
console.log(`ratio: ${(checkMs / floorMs).toFixed(2)} (target ≤ ${count >= 100000 ? '2.0' : '2.5'})`)
console.log(`peak RSS: ${peakRss.toFixed(0)} MB${count >= 100000 ? ' (target < 1024 MB)' : ''}`)
// The same in CPU time (all threads, from process start: node's own start-up counts on both sides), which other
// work on a shared machine disturbs less than the wall clock.
const floorCpu = median(floors.map((m) => m.cpuMs))
const checkCpu = median(checks.map((m) => m.cpuMs))
console.log(`CPU time: floor ${floorCpu.toFixed(0)} ms, check ${checkCpu.toFixed(0)} ms, ratio ${(checkCpu / floorCpu).toFixed(2)}`)
console.log(`range: floor ${Math.min(...floors.map((m) => m.ms)).toFixed(0)}–${Math.max(...floors.map((m) => m.ms)).toFixed(0)} ms, check ${Math.min(...checks.map((m) => m.ms)).toFixed(0)}–${Math.max(...checks.map((m) => m.ms)).toFixed(0)} ms`)
