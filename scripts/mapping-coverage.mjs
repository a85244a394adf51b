#!/usr/bin/env node
// How much of ordinary Terraform code the mapping covers: every `resource "aws_*"` block of the given folders (each
// folder one source; default: the public terraform-aws-modules repositories of ../shared/corpus/hcl and our examples/),
// counted as mapped (a resource of its own, folded into its parent, or an awscc type) or not, with the unmapped types
// by frequency. Blocks are counted as declared (a block with count or for_each once). Figures for the README.
// `--counts FILE` adds sources already counted elsewhere: {"repos": {"owner/name": {"types": {"aws_x": n}}}} (the
// public terraform-aws-modules repositories read through a code index, counted the same way).
//   node scripts/mapping-coverage.mjs [--counts FILE] [FOLDER...]
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

const args = process.argv.slice(2)
const countsAt = args.indexOf('--counts')
const countsFile = countsAt >= 0 ? args.splice(countsAt, 2)[1] : undefined
const corpus = join(root, '../shared/corpus/hcl')
const folders = args.length > 0 ? args : [...readdirSync(corpus).sort().map((d) => join(corpus, d)), join(root, 'examples')]

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
// Each source as its block types, each type as often as it is declared.
const sources = folders.map((folder) => ({ name: basename(folder), types: tfFiles(folder).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(RESOURCE)].map((m) => m[1])) }))
if (countsFile) {
  for (const [repo, { types }] of Object.entries(JSON.parse(readFileSync(countsFile, 'utf8')).repos)) {
    sources.push({ name: repo, types: Object.entries(types).flatMap(([type, n]) => Array(n).fill(type)) })
  }
}
for (const { name, types } of sources) {
  let blocks = 0
  let known = 0
  let ignored = 0
  for (const type of types) {
    blocks++
    if (MAPPED_TF_TYPES.has(type)) known++
    else if (type in IGNORED_TYPES) ignored++
    else unmappedTypes.set(type, (unmappedTypes.get(type) ?? 0) + 1)
  }
  total += blocks
  mapped += known
  ignoredTotal += ignored
  const share = (n) => `${blocks ? Math.round((100 * n) / blocks) : 0} %`
  console.log(`| ${name} | ${blocks} | ${share(known)} | ${share(ignored)} |`)
}
const all = (n) => `**${total ? ((100 * n) / total).toFixed(1) : 0} %**`
console.log(`| **all** | **${total}** | ${all(mapped)} | ${all(ignoredTotal)} |`)
const ranked = [...unmappedTypes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
console.log(`\nunmapped types by frequency (${ranked.length}): ${ranked.map(([t, n]) => `${t} ${n}`).join(', ')}`)
