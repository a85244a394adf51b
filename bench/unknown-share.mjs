// bench/unknown-share: how many plan-less evaluations answer `unknown` on published modules (issue 11). Runs the
// bundled CLI (`npm run bundle` first) without a plan on each repository's root module and on each of its
// examples/ directories, and prints per repository and overall: evaluations, unknown, unknown share.
//   node bench/unknown-share.mjs [corpus=../shared/corpus/hcl] [--by-rule]
// The corpus is a folder of repositories (terraform-aws-modules ones: a root module and examples/ calling it
// through `source = "../../"`). --by-rule adds the unknown count per rule, the list to work down.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const byRule = args.includes('--by-rule')
const corpus = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../shared/corpus/hcl', import.meta.url))
const cli = join(root, 'bin/plumbline.js')
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('bench/unknown-share: dist/ is missing; run `npm run bundle` first')
  process.exit(2)
}
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
  console.error(`bench/unknown-share: ${corpus} is not a folder of Terraform repositories; pass the corpus folder`)
  process.exit(2)
}

const subdirs = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(dir, d.name))
        .sort()
    : []

const out = mkdtempSync(join(tmpdir(), 'plumbline-unknown-share-'))
const rows = []
const unknownByRule = new Map()
for (const repository of subdirs(corpus)) {
  const row = { repository: repository.slice(corpus.length + 1), directories: 0, evaluations: 0, unknown: 0 }
  for (const dir of [repository, ...subdirs(join(repository, 'examples'))]) {
    const results = join(out, 'run')
    rmSync(results, { recursive: true, force: true })
    const run = spawnSync(process.execPath, [cli, 'scan', '--tf-dir', dir, '--fail-on', 'none', '--out', results], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 })
    if (run.status !== 0) {
      console.error(`bench/unknown-share: ${dir}: exit ${run.status}: ${run.stderr.trim().split('\n').pop()}`)
      continue
    }
    const { evaluations } = JSON.parse(readFileSync(join(results, 'plumbline-results.json'), 'utf8'))
    row.directories++
    row.evaluations += evaluations.length
    for (const evaluation of evaluations) {
      if (evaluation.status !== 'unknown') continue
      row.unknown++
      unknownByRule.set(evaluation.rule, (unknownByRule.get(evaluation.rule) ?? 0) + 1)
    }
  }
  rows.push(row)
}
rmSync(out, { recursive: true, force: true })

const share = (r) => (r.evaluations === 0 ? '-' : `${((100 * r.unknown) / r.evaluations).toFixed(1)}%`)
const total = rows.reduce((t, r) => ({ repository: 'overall', directories: t.directories + r.directories, evaluations: t.evaluations + r.evaluations, unknown: t.unknown + r.unknown }), {
  repository: 'overall',
  directories: 0,
  evaluations: 0,
  unknown: 0
})
const table = [...rows, total].map((r) => [r.repository, String(r.directories), String(r.evaluations), String(r.unknown), share(r)])
const header = ['repository', 'dirs', 'evaluations', 'unknown', 'unknown share']
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)))
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
console.log(line(header))
for (const cells of table) console.log(line(cells))
if (byRule) {
  console.log('\nunknown evaluations by rule:')
  for (const [rule, n] of [...unknownByRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${rule}`)
}
