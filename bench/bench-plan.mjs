// The generated plan the plan benchmarks share (bench/plan-check.mjs, bench/phases.mjs), made once per size.
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
