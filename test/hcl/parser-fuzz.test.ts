// The HCL parser on random and mutated inputs (test/hcl/hcl-inputs.ts, seeded): it never crashes (only
// HclSyntaxError), never hangs, and every error has a line and column inside the input. The run is bounded by a
// child process with a deadline (runBounded), so a parser that loops forever fails the test instead of stalling
// the suite. Here a few thousand cases; `node bench/hcl-fuzz.mjs` runs the full 100,000.
import { join } from 'node:path'
import { runBounded } from '../bounded.js'
import { ROOT } from '../e2e/helpers.js'
import type { FuzzReport } from './hcl-inputs.js'

const CASES = 4000

test(`${CASES} fuzz cases: only located HclSyntaxErrors, none slower than 1 s`, () => {
  const run = runBounded(
    `import { readdirSync, readFileSync, statSync } from 'node:fs'
     import { join } from 'node:path'
     import { hclToJson } from '../src/sources/hcl/parser.js'
     import { fuzzParser } from './hcl/hcl-inputs.js'
     const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((name) => {
       const path = join(dir, name)
       return statSync(path).isDirectory() ? walk(path) : path.endsWith('.tf') ? [path] : []
     })
     const corpus = [...walk(${JSON.stringify(join(ROOT, 'examples'))}), ...walk(${JSON.stringify(join(ROOT, 'test/fixtures'))})].map((path) => readFileSync(path, 'utf8'))
     report(fuzzParser(hclToJson, corpus, ${CASES}, 1, 1000))`,
    60
  )
  expect(run.failure).toBe('')
  const report = run.value as FuzzReport
  expect({ crashes: report.crashes, unlocated: report.unlocated, slow: report.slow }).toEqual({ crashes: [], unlocated: [], slow: [] })
  // the inputs exercise both outcomes: a fuzzer whose inputs all parse (or all fail) tests little
  expect(report.syntaxErrors).toBeGreaterThan(CASES / 4)
  expect(report.syntaxErrors).toBeLessThan(CASES)
})
