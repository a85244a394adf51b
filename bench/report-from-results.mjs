// bench/report-from-results: the HTML report of a saved run, rendered again by this checkout's src/report/html.ts
// (bundled on the fly), to measure its size without rebuilding dist/: e.g. the merged organization report of
// bench/org-scan.mjs (bench/out/org-scan/pass2/merged/plumbline-results.json). The results file holds everything
// the report shows but the rule texts, which come from this checkout's rule registry.
//   node bench/report-from-results.mjs [results.json] [--out report.html]
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { importSource } from './import-source.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } })
const input = positionals[0] ?? join(root, 'bench/out/org-scan/pass2/merged/plumbline-results.json')
const out = args.out ?? join(root, 'bench/out/report-from-results.html')

const { renderHtml, ALL_RULES } = await importSource('report-from-results-bundle', ['src/report/html.ts', 'src/rules/index.ts'])

const results = JSON.parse(readFileSync(input, 'utf8'))
const used = new Set(results.evaluations.map((e) => e.rule))
const rules = ALL_RULES.filter((rule) => used.has(rule.id))
const started = performance.now()
const html = renderHtml({ ...results, rules })
const ms = performance.now() - started
writeFileSync(out, html)
const accounts = new Set(results.coverage.map((c) => c.account)).size
console.log(`${input}: ${results.evaluations.length} evaluations, ${results.drift.length} drift entries, ${results.coverage.length} ledger entries over ${accounts} accounts`)
console.log(`report: ${(statSync(out).size / 1e6).toFixed(2)} MB (${statSync(out).size} bytes), rendered in ${ms.toFixed(0)} ms → ${out}`)
