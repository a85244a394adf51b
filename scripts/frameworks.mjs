// Writes the framework catalogues src/rules/frameworks/generated/<id>.ts (every requirement of CIS AWS
// Foundations 3.0, 4.0, 5.0 and AWS FSBP) from data/frameworks/<id>.tsv; src/rules/frameworks/tsv.ts does the work
// (esbuild bundles it so plain node can run it).
//   node scripts/frameworks.mjs [SOURCE_DIR]   copy the four TSVs from SOURCE_DIR (default ../shared/frameworks,
//                                              skipped when absent) into data/frameworks/, then write the modules
//   node scripts/frameworks.mjs --check        exit 1 when a committed module differs from what this writes
// test/rules/frameworks.test.ts fails when the committed modules are stale.
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = await build({
  stdin: {
    contents: "export * from './src/rules/frameworks/tsv.ts'; export { FRAMEWORK_IDS } from './src/types.ts'",
    resolveDir: root,
    loader: 'ts'
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning'
})
const tsv = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`)

const check = process.argv.includes('--check')
const dataDir = join(root, 'data/frameworks')
const outDir = join(root, 'src/rules/frameworks/generated')

if (!check) {
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'))
  const source = resolve(given ?? join(root, '../shared/frameworks'))
  if (source !== dataDir && existsSync(source)) {
    for (const id of tsv.FRAMEWORK_IDS) copyFileSync(join(source, `${id}.tsv`), join(dataDir, `${id}.tsv`))
    console.error(`copied the ${tsv.FRAMEWORK_IDS.length} TSVs from ${source}`)
  } else if (given !== undefined && !existsSync(source)) {
    console.error(`${given} does not exist; give the folder holding ${tsv.FRAMEWORK_IDS.map((id) => `${id}.tsv`).join(', ')}`)
    process.exit(2)
  }
}

let stale = false
mkdirSync(outDir, { recursive: true })
for (const id of tsv.FRAMEWORK_IDS) {
  const text = tsv.renderCatalogueModule(tsv.parseFrameworkTsv(id, readFileSync(join(dataDir, `${id}.tsv`), 'utf8')))
  const file = join(outDir, `${id}.ts`)
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (before === text) continue
  if (check) {
    console.error(`src/rules/frameworks/generated/${id}.ts is stale; run node scripts/frameworks.mjs`)
    stale = true
  } else {
    writeFileSync(file, text)
    console.error(`wrote src/rules/frameworks/generated/${id}.ts`)
  }
}
if (stale) process.exit(1)
