// bench/rule-breadth: what the rule breadth costs the plan check (issue 14: the ratio to the floor may grow by at
// most 10% with 300 rules, same plan). The same build, the same plan, by turns: every rule, then only the 76 rules
// Plumbline had before the breadth (bench/data/rules-before-breadth.json; the others skipped by a config file's
// skip-rules), with the floor (JSON.parse of the file) measured in the same runs. Prints both ratios, the growth
// and the cost per added rule. Comparing builds instead (bench/ab.mjs against 5b1ddc4) also counts every other change
// made since, in either direction.
//   node bench/rule-breadth.mjs [runs=8] [resources=20000]
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchPlan, measureChild, median, ROOT as root, WORK as work } from './bench-plan.mjs'

const runs = Number(process.argv[2] ?? 8)
const count = Number(process.argv[3] ?? 20000)
const plan = benchPlan(count)
const before = new Set(JSON.parse(readFileSync(join(root, 'bench/data/rules-before-breadth.json'), 'utf8')).rules)
const listed = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'rules', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 })
const all = JSON.parse(listed.stdout).map((rule) => rule.id)
const missing = [...before].filter((id) => !all.includes(id))
if (missing.length > 0) throw new Error(`rules of the list no longer exist: ${missing.join(', ')}`)
const skipped = all.filter((id) => !before.has(id))
const config = join(work, 'rules-before-breadth.yml')
writeFileSync(config, `skip-rules:\n${skipped.map((id) => `  - ${id}\n`).join('')}`)

const check = (extra) => measureChild(['cli', 'scan', '--plan', plan, '--out', join(work, 'rule-breadth'), '--fail-on', 'none', ...extra])
const times = { floor: [], before: [], all: [] }
const cpu = { before: [], all: [] }
for (let i = 0; i < runs; i++) {
  times.floor.push(measureChild(['parse', plan]).ms)
  for (const [name, extra] of [['before', ['--config', config]], ['all', []]]) {
    const run = check(extra)
    times[name].push(run.ms)
    cpu[name].push(run.cpuMs)
  }
}
const floor = median(times.floor)
const ratio = (name) => median(times[name]) / floor
console.log(`plan: ${count} resources; ${runs} runs by turns; floor (JSON.parse of the file) ${floor.toFixed(0)} ms`)
console.log(`${before.size} rules (before the breadth): ${median(times.before).toFixed(0)} ms, ${ratio('before').toFixed(2)}× the floor`)
console.log(`${all.length} rules (every rule):         ${median(times.all).toFixed(0)} ms, ${ratio('all').toFixed(2)}× the floor`)
const growth = (100 * (ratio('all') - ratio('before'))) / ratio('before')
console.log(`growth of the ratio: ${growth.toFixed(1)} % (issue 14: at most 10 %)`)
console.log(`cost per added rule: ${((median(times.all) - median(times.before)) / skipped.length).toFixed(2)} ms at ${count} resources`)
console.log(`CPU time: ${median(cpu.before).toFixed(0)} → ${median(cpu.all).toFixed(0)} ms, ${((100 * (median(cpu.all) - median(cpu.before))) / median(cpu.before)).toFixed(1)} %`)
