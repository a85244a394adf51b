#!/usr/bin/env node
// How much of ordinary Terraform code the mapping covers: every `resource "aws_*"` block of the given folders (each
// folder one source; default: the public terraform-aws-modules repositories of ../shared/corpus/hcl and our examples/),
// counted as mapped (a resource of its own, folded into its parent, or an awscc type) or not, with the unmapped types
// by frequency. Blocks are counted as declared (a block with count or for_each once). Figures for the README.
//   node scripts/mapping-coverage.mjs [FOLDER...]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = await build({
  stdin: { contents: "export { AWS_TYPE_COVERAGE, IGNORED_TYPES, MAPPED_TF_TYPES } from './src/mapping/index.ts'", resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning'
})
const { AWS_TYPE_COVERAGE, IGNORED_TYPES, MAPPED_TF_TYPES } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`)

const corpus = join(root, '../shared/corpus/hcl')
const folders = process.argv.length > 2 ? process.argv.slice(2) : [...readdirSync(corpus).sort().map((d) => join(corpus, d)), join(root, 'examples')]

function tfFiles(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (name === '.terraform' || name === 'node_modules') continue
    if (statSync(path).isDirectory()) out.push(...tfFiles(path))
    else if (name.endsWith('.tf')) out.push(path)
  }
  return out
}

const RESOURCE = /^\s*resource\s+"(aws_[a-z0-9_]+)"\s+"/gm
const unmappedTypes = new Map()
let total = 0
let mapped = 0
let ignoredTotal = 0
console.log(`${AWS_TYPE_COVERAGE.resources.length + AWS_TYPE_COVERAGE.companions.length} aws_* types mapped; ${Object.keys(IGNORED_TYPES).length} ignored on purpose\n`)
console.log('| source | `aws_*` resource blocks | mapped | ignored on purpose |')
console.log('|---|---:|---:|---:|')
for (const folder of folders) {
  let blocks = 0
  let known = 0
  let ignored = 0
  for (const file of tfFiles(folder)) {
    for (const m of readFileSync(file, 'utf8').matchAll(RESOURCE)) {
      blocks++
      if (MAPPED_TF_TYPES.has(m[1])) known++
      else if (m[1] in IGNORED_TYPES) ignored++
      else unmappedTypes.set(m[1], (unmappedTypes.get(m[1]) ?? 0) + 1)
    }
  }
  total += blocks
  mapped += known
  ignoredTotal += ignored
  const share = (n) => `${blocks ? Math.round((100 * n) / blocks) : 0} %`
  console.log(`| ${basename(folder)} | ${blocks} | ${share(known)} | ${share(ignored)} |`)
}
const all = (n) => `**${total ? ((100 * n) / total).toFixed(1) : 0} %**`
console.log(`| **all** | **${total}** | ${all(mapped)} | ${all(ignoredTotal)} |`)
const ranked = [...unmappedTypes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
console.log(`\nunmapped types by frequency (${ranked.length}): ${ranked.map(([t, n]) => `${t} ${n}`).join(', ')}`)
