// bench/ab: two builds of the CLI on the same plan, run by turns with the floor (JSON.parse of the file) in the same
// run, so that a change's cost shows as a change of the ratio (bench/plan-check measures this build alone).
//   node bench/ab.mjs OTHER_CHECKOUT [runs=5] [resources=20000] [mix=new|mature] (bench/gen-plan.mjs)
// OTHER_CHECKOUT is another checkout of Plumbline with its own `npm run bundle` done (git worktree add DIR REV).
import { join } from 'node:path'
import { benchPlan, measureChild, median, ROOT as root, WORK as work } from './bench-plan.mjs'

const [other, runs = '5', count = '20000', mix = 'new'] = process.argv.slice(2)
if (!other) throw new Error('usage: node bench/ab.mjs OTHER_CHECKOUT [runs] [resources] [mix]')
const plan = benchPlan(Number(count), mix)
const builds = { other, this: root }
const measure = (checkout, args) => measureChild(args, checkout)
const times = { floor: [], other: [], this: [] }
// CPU time of every thread, which other work on a shared machine disturbs less than the wall clock.
const cpu = { other: [], this: [] }
for (let i = 0; i < Number(runs); i++) {
  times.floor.push(measure(root, ['parse', plan]).ms)
  for (const [name, checkout] of Object.entries(builds)) {
    const run = measure(checkout, ['cli', 'scan', '--plan', plan, '--out', join(work, `ab-${name}`), '--fail-on', 'none'])
    times[name].push(run.ms)
    cpu[name].push(run.cpuMs)
  }
}
const floor = median(times.floor)
for (const name of ['other', 'this']) {
  console.log(`${name === 'this' ? 'this build ' : `${other}`}: ${median(times[name]).toFixed(0)} ms, ${(median(times[name]) / floor).toFixed(2)}× the floor (${floor.toFixed(0)} ms)`)
}
console.log(`change: ${((100 * (median(times.this) - median(times.other))) / median(times.other)).toFixed(1)} %`)
console.log(`CPU time: ${median(cpu.other).toFixed(0)} → ${median(cpu.this).toFixed(0)} ms, ${((100 * (median(cpu.this) - median(cpu.other))) / median(cpu.other)).toFixed(1)} %`)
