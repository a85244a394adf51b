// Writes the README's rule table from the rule registry (between <!-- rules-table --> markers), so the
// documentation cannot drift from the rules. `node scripts/readme-rules.mjs --check` exits 1 when stale.
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'

export async function rulesTable() {
  const out = await build({ entryPoints: ['src/rules/index.ts'], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' })
  const { ALL_RULES } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
  const rows = [...ALL_RULES].sort((a, b) => a.id.localeCompare(b.id))
  const cis = (r, v) => (r.frameworks[`cis-aws-${v}`] ?? []).join(', ') || '–'
  const lines = [
    `${rows.length} rules. Severities follow Prowler; CIS AWS Foundations Benchmark references are given for v3.0 / v4.0 / v5.0.`,
    '',
    '| rule | severity | judges | CIS 3.0 / 4.0 / 5.0 | Checkov | Prowler |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.resourceTypes.join(', ')} | ${cis(r, '3.0')} / ${cis(r, '4.0')} / ${cis(r, '5.0')} | ${r.aliases.checkov.join(', ') || '–'} | ${r.aliases.prowler.join(', ') || '–'} |`)
  ]
  const notes = rows.filter((r) => r.notes).map((r) => `- \`${r.id}\`: ${r.notes.replace(/\s+/g, ' ').trim()}`)
  if (notes.length) lines.push('', 'Where peers disagree, the choice we made:', '', ...notes)
  return lines.join('\n')
}

const START = '<!-- rules-table -->'
const END = '<!-- /rules-table -->'

export function withTable(readme, table) {
  const start = readme.indexOf(START)
  if (start < 0) throw new Error(`README.md has no ${START} marker`)
  const end = readme.indexOf(END)
  const tail = end < 0 ? readme.slice(start + START.length) : readme.slice(end + END.length)
  return `${readme.slice(0, start)}${START}\n${table}\n${END}${tail}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const next = withTable(readme, await rulesTable())
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md rule table is stale: run node scripts/readme-rules.mjs')
      process.exit(1)
    }
  } else writeFileSync('README.md', next)
}
