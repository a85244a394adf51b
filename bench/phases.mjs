// bench/phases: where the plan check's time goes. Runs the built CLI on the generated plan (the one bench/plan-check
// uses) with PLUMBLINE_TIMINGS set, each run in a fresh process, and prints every phase's median and minimum.
//   node bench/phases.mjs [resources=20000] [runs=8] [mix=new|mature] (bench/gen-plan.mjs)
// start-up counts from the process's start (node's own start-up included), so the phases add up to the whole run.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { benchPlan, median, ROOT as root, WORK as work } from './bench-plan.mjs'

const count = Number(process.argv[2] ?? 20000)
const runs = Number(process.argv[3] ?? 8)
const mix = process.argv[4] ?? 'new'
const plan = benchPlan(count, mix)

const samples = new Map()
for (let i = 0; i < runs; i++) {
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'scan', '--plan', plan, '--out', join(work, 'out'), '--fail-on', 'none'], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, PLUMBLINE_TIMINGS: '1' },
    maxBuffer: 1 << 26
  })
  const line = run.stderr.split('\n').find((l) => l.startsWith('timings (ms): '))
  if (run.status !== 0 || !line) throw new Error(`the check failed or printed no timings (exit ${run.status}): ${run.stderr.slice(-2000)}`)
  for (const pair of line.slice('timings (ms): '.length).split(' ')) {
    const [label, ms] = pair.split('=')
    if (!samples.has(label)) samples.set(label, [])
    samples.get(label).push(Number(ms))
  }
}
console.log(`plan: ${count} resources, ${runs} runs; phases in ms (median, minimum)`)
for (const [label, xs] of samples) {
  if (label !== 'total' && Math.max(...xs) === 0) continue // a phase this run has nothing for (live, drift)
  console.log(`${label.padEnd(12)} ${String(median(xs)).padStart(6)} ${String(Math.min(...xs)).padStart(6)}`)
}
