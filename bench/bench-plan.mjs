// The generated plan the plan benchmarks share (bench/plan-check.mjs, bench/phases.mjs, bench/ab.mjs,
// bench/rule-breadth.mjs), made once per size, and how they measure a run.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
export const WORK = join(ROOT, 'bench/out')

/**
 * The path of the generated plan of `count` resources (`mix`: bench/gen-plan.mjs's, `new` or `mature`). The generator is seeded (the same count gives the same
 * bytes), so a plan already there is the one it would write: generating 100,000 resources takes a minute. Delete
 * bench/out/ after changing bench/gen-plan.mjs.
 */
export function benchPlan(count, mix = 'new') {
  mkdirSync(WORK, { recursive: true })
  const plan = join(WORK, mix === 'new' ? `plan-${count}.json` : `plan-${count}-${mix}.json`)
  if (!existsSync(plan)) {
    const gen = spawnSync(process.execPath, [join(ROOT, 'bench/gen-plan.mjs'), plan, String(count), mix], { stdio: 'inherit' })
    if (gen.status !== 0) process.exit(gen.status ?? 1)
  }
  return plan
}

/**
 * One task of bench/measure-child.mjs (`parse FILE`: the floor; `cli ARGS...`: the check through the built CLI) in a
 * fresh process of `checkout` (this one unless another build is compared): {ms, cpuMs, maxRssMb}. Exit 1 is a gate
 * that failed, still a measurement; any other failure stops the bench.
 */
export function measureChild(args, checkout = ROOT) {
  const child = spawnSync(process.execPath, [join(checkout, 'bench/measure-child.mjs'), ...args], { encoding: 'utf8', cwd: checkout, maxBuffer: 1 << 26 })
  if (child.status !== 0 && child.status !== 1) throw new Error(`measured task failed (${child.status}): ${child.stderr.slice(-2000)}`)
  return JSON.parse(child.stderr.trim().split('\n').pop())
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
