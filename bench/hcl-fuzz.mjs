// bench/hcl-fuzz: the HCL parser's fuzzer at full size (test/hcl/parser-fuzz.test.ts runs 4,000 of these cases in
// `npm test`). Seeded inputs from test/hcl/hcl-inputs.ts: mutations of the corpus, generated files, fragment soups.
// Every case must parse or fail with an HclSyntaxError located inside the input, within 1 s; the whole run is a
// child process with a deadline, so a parser that never returns fails the run instead of hanging it.
//   node bench/hcl-fuzz.mjs [cases=100000] [first-seed=1]
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const cases = Number(process.argv[2] ?? 100000)
const firstSeed = Number(process.argv[3] ?? 1)
const work = join(root, 'bench/out')
mkdirSync(work, { recursive: true })

const runner = join(work, 'hcl-fuzz-run.mjs')
buildSync({
  stdin: {
    contents: `
      import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
      import { join } from 'node:path'
      import { hclToJson } from '../src/sources/hcl/parser.ts'
      import { fuzzParser } from '../test/hcl/hcl-inputs.ts'
      const walk = (dir) => readdirSync(dir).sort().flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? walk(path) : path.endsWith('.tf') ? [path] : []
      })
      // the public modules (../shared/corpus/hcl, read in place) and the repository's own .tf files
      const corpus = [${JSON.stringify(join(root, '..', 'shared', 'corpus', 'hcl'))}, ${JSON.stringify(join(root, 'examples'))}, ${JSON.stringify(join(root, 'test', 'fixtures'))}].filter((dir) => existsSync(dir)).flatMap(walk).map((path) => readFileSync(path, 'utf8'))
      const started = performance.now()
      const report = fuzzParser(hclToJson, corpus, ${cases}, ${firstSeed}, 1000)
      process.stdout.write(JSON.stringify({ ...report, totalMs: performance.now() - started }))
    `,
    resolveDir: join(root, 'bench'),
    loader: 'ts'
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: runner,
  logLevel: 'warning'
})

// far above the linear work (about 1 ms a case): only a hang reaches it
const deadlineSeconds = 60 + cases / 50
const run = spawnSync(process.execPath, [runner], { encoding: 'utf8', timeout: deadlineSeconds * 1000, maxBuffer: 1 << 26 })
if (run.error) {
  console.error(`fuzz run did not finish within ${deadlineSeconds} s (a case hangs?): ${run.error.message}`)
  process.exit(1)
}
if (run.status !== 0) {
  console.error(`fuzz run failed (${run.status}): ${run.stderr.slice(-2000)}`)
  process.exit(1)
}
const report = JSON.parse(run.stdout)
console.log(`cases: ${report.cases} (seeds ${firstSeed}..${firstSeed + cases - 1}), refused with a syntax error: ${report.syntaxErrors}`)
console.log(`time: ${(report.totalMs / 1000).toFixed(1)} s, slowest case ${report.slowestMs.toFixed(1)} ms`)
console.log(`crashes (not an HclSyntaxError): ${report.crashes.length}`)
console.log(`errors located outside the input: ${report.unlocated.length}`)
console.log(`cases over 1 s: ${report.slow.length}`)
for (const line of [...report.crashes, ...report.unlocated, ...report.slow].slice(0, 20)) console.log(`  ${line}`)
process.exit(report.crashes.length + report.unlocated.length + report.slow.length === 0 ? 0 : 1)
