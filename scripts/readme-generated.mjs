// Writes the generated parts of the documentation from the registries, so they cannot drift from the code:
// action.yml's inputs (descriptions and defaults, from the settings table in src/config.ts), in README.md the inputs and outputs tables (action.yml and the settings table) and the coverage summary (the
// rule registry, the Terraform mapping, the live scan's types); in docs/rules.md the table of every rule.
// Each part sits between <!-- NAME --> and <!-- /NAME --> markers.
// `node scripts/readme-generated.mjs --check` exits 1 when any part is stale (npm run lint runs it).
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

/** Imports a TypeScript module of ours by bundling it in memory. */
async function load(entry) {
  // CommonJS packages in the bundle (yaml) require Node's built-ins: a require made for this folder serves them.
  const banner = `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(import.meta.url)});`
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error', loader: { '.hbs': 'text' }, banner: { js: banner } })
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
}

const serviceOf = (type) => type.split('::')[1]

export async function rulesTable() {
  const { ALL_RULES } = await load('src/rules/index.ts')
  const rows = [...ALL_RULES].sort((a, b) => a.id.localeCompare(b.id))
  const refs = (r, id) => (r.frameworks[id] ?? []).join(', ') || '–'
  const cis = (r, v) => refs(r, `cis-aws-${v}`)
  const lines = [
    `${rows.length} rules. Severities follow Prowler; CIS AWS Foundations Benchmark references are given for v3.0 / v4.0 / v5.0, and AWS Foundational Security Best Practices (FSBP) control ids. \`plumbline rules\` and \`plumbline frameworks\` list the same from the CLI.`,
    '',
    '| rule | severity | judges | CIS 3.0 / 4.0 / 5.0 | FSBP | Checkov | Prowler |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.resourceTypes.join(', ')} | ${cis(r, '3.0')} / ${cis(r, '4.0')} / ${cis(r, '5.0')} | ${refs(r, 'aws-fsbp')} | ${r.aliases.checkov.join(', ') || '–'} | ${r.aliases.prowler.join(', ') || '–'} |`)
  ]
  const notes = rows.filter((r) => r.notes).map((r) => `- \`${r.id}\`: ${r.notes.replace(/\s+/g, ' ').trim()}`)
  if (notes.length) lines.push('', 'Where peers disagree, the choice we made:', '', ...notes)
  return lines.join('\n')
}

/** The named predicates a rule can call, with their parameters: docs/rules.md "Predicates". */
export async function predicatesTable() {
  const { allPredicates } = await load('src/rules/declarative/predicates.ts')
  const cell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()
  const rows = [...allPredicates()].sort((a, b) => a.name.localeCompare(b.name))
  return [
    '| predicate | parameters | what it checks |',
    '|---|---|---|',
    ...rows.map((p) => {
      const params = Object.entries(p.parameters).map(([name, param]) => `\`${name}\`${param.required ? '' : ' (optional)'}: ${cell(param.description)}`)
      return `| \`${p.name}\` | ${params.join('; ') || '–'} | ${cell(p.description)} |`
    })
  ].join('\n')
}

export async function coverageSummary() {
  const { ALL_RULES } = await load('src/rules/index.ts')
  const { AWS_TYPE_COVERAGE, MAPPED_TF_TYPES } = await load('src/mapping/index.ts')
  const { FACT_TYPES } = await load('src/sources/live/types.ts')
  const { defaultLiveTypes, notListedReason } = await load('src/live-types.ts')
  const DEFAULT_LIVE_TYPES = defaultLiveTypes()
  // FACT_TYPES also holds the CloudFormation types Cloud Control cannot read (AWS Config's recorder): not facts.
  const facts = FACT_TYPES.filter((t) => t.startsWith('Plumbline::'))
  const serviceRead = FACT_TYPES.filter((t) => !t.startsWith('Plumbline::'))
  const byService = new Map()
  for (const rule of ALL_RULES) {
    for (const service of new Set(rule.resourceTypes.map(serviceOf))) byService.set(service, (byService.get(service) ?? 0) + 1)
  }
  const services = [...byService].sort((a, b) => a[0].localeCompare(b[0])).map(([s, n]) => `${s} ${n}`)
  const frameworks = new Map()
  for (const rule of ALL_RULES) for (const [id, refs] of Object.entries(rule.frameworks)) frameworks.set(id, new Set([...(frameworks.get(id) ?? []), ...refs]))
  const label = (id) => (id === 'aws-fsbp' ? 'AWS FSBP' : id.replace(/^cis-aws-/, 'CIS AWS v'))
  const fw = [...frameworks].sort((a, b) => a[0].localeCompare(b[0])).map(([id, refs]) => `${label(id)} ${refs.size}`)
  const awscc = [...MAPPED_TF_TYPES].filter((t) => t.startsWith('awscc_')).length
  const code = (list) => list.map((t) => `\`${t}\``).join(', ')
  // Types rules judge that a live scan cannot read on its own: those rules answer on Terraform and saved inventories.
  const unread = [...new Set(ALL_RULES.flatMap((r) => r.resourceTypes))].filter((t) => notListedReason(t) !== undefined).sort()
  return [
    `- **Rules**: ${ALL_RULES.length} rules on ${byService.size} services (${services.join(', ')}); requirements covered: ${fw.join(', ')}. Every rule is listed in [docs/rules.md](docs/rules.md).`,
    `- **Terraform types**: ${AWS_TYPE_COVERAGE.resources.length + AWS_TYPE_COVERAGE.companions.length} \`aws_*\` types (${AWS_TYPE_COVERAGE.resources.length} as resources of their own, ${AWS_TYPE_COVERAGE.companions.length} folded into the resource they configure), listed by service below, and the ${awscc} \`awscc_*\` types of the same CloudFormation types, mapped through their schemas.`,
    `- **Live scan** (${DEFAULT_LIVE_TYPES.length} CloudFormation types by default and ${facts.length} account facts): ${code(DEFAULT_LIVE_TYPES)}; ${code(facts)}${serviceRead.length > 0 ? `; read with their service's own API, as Cloud Control cannot: ${code(serviceRead)}` : ''}. With Terraform input a live scan also reads the types the code declares, so that drift compares them; \`resource-types\` adds any type Cloud Control can list.`,
    `- **Judged on Terraform and saved inventories only** (${unread.length} types rules judge that a live scan cannot read on its own: Cloud Control has no list handler for them, they are read inside another resource, or their list needs a parent the scan does not list): ${code(unread)}.`
  ].join('\n')
}

/** README "Mapped Terraform types by service": one row per service of the CloudFormation type each maps to. */
export async function mappedTypesTable() {
  const { mappedTypes } = await load('src/mapping/index.ts')
  const table = mappedTypes().filter((t) => t.kind !== 'awscc')
  const byService = new Map()
  for (const t of table) {
    const service = t.cfn.startsWith('Plumbline::') ? 'Account facts' : serviceOf(t.cfn)
    if (!byService.has(service)) byService.set(service, [])
    byService.get(service).push(t.kind === 'companion' ? `\`${t.tf}\` (folded)` : `\`${t.tf}\``)
  }
  const rows = [...byService].sort((a, b) => a[0].localeCompare(b[0])).map(([service, types]) => `| ${service} | ${types.join(', ')} |`)
  return [
    `<details><summary>Mapped Terraform types by service: ${table.length} <code>aws_*</code> types on ${byService.size} services</summary>`,
    '',
    '| service | Terraform types ("folded": configures another resource and is judged as part of it) |',
    '|---|---|',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

/** README "Types not mapped": the types ignored on purpose, with the reason. */
export async function ignoredTypesTable() {
  const { IGNORED_TYPES } = await load('src/mapping/index.ts')
  return ['| type | ignored on purpose because |', '|---|---|', ...Object.entries(IGNORED_TYPES).sort((a, b) => a[0].localeCompare(b[0])).map(([t, why]) => `| \`${t}\` | ${why} |`)].join('\n')
}

async function inputsAndFlags() {
  const action = parse(readFileSync('action.yml', 'utf8'))
  const { SETTINGS } = await load('src/config.ts')
  const flags = new Map(SETTINGS.map((s) => [s.input, s.cli]))
  const cell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()
  const inputs = [
    '| input | CLI | what it does | default |',
    '|---|---|---|---|',
    ...Object.entries(action.inputs).map(([name, spec]) => `| \`${name}\` | ${flags.get(name) ? `\`--${flags.get(name)}\`` : '–'} | ${cell(spec.description)} | ${spec.default === undefined ? '' : `\`${cell(spec.default)}\``} |`)
  ]
  const outputs = ['| output | what it holds |', '|---|---|', ...Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`)]
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') }
}

/** action.yml's `inputs:` block from the settings table: one description and one default, written once. */
export async function actionInputs() {
  const { SETTINGS } = await load('src/config.ts')
  const quote = (text) => JSON.stringify(text) // a JSON string is a YAML double-quoted scalar
  const lines = ['inputs:']
  for (const spec of SETTINGS) {
    const fallback = spec.actionDefault ?? spec.default
    const description = `${spec.description}${spec.defaultText ? ` Default: ${spec.defaultText}.` : ''}`
    lines.push(`  ${spec.input}:`, `    description: ${quote(description)}`, '    required: false')
    if (fallback !== undefined) lines.push(`    default: ${quote(fallback)}`)
  }
  return lines.join('\n') + '\n'
}

/** action.yml with its inputs block (from `inputs:` to the next top-level key) replaced. */
export function withInputs(actionYml, inputs) {
  const from = actionYml.indexOf('\ninputs:\n')
  if (from < 0) throw new Error('action.yml has no top-level inputs: key')
  const next = actionYml.slice(from + 1).search(/\n[a-z]/)
  if (next < 0) throw new Error('action.yml has nothing after inputs:')
  return `${actionYml.slice(0, from + 1)}${inputs}${actionYml.slice(from + 1 + next + 1)}`
}

export function withPart(text, name, content) {
  const start = `<!-- ${name} -->`
  const end = `<!-- /${name} -->`
  const from = text.indexOf(start)
  if (from < 0) throw new Error(`no ${start} marker`)
  const to = text.indexOf(end, from)
  if (to < 0) throw new Error(`no ${end} marker`)
  return `${text.slice(0, from)}${start}\n${content}\n${end}${text.slice(to + end.length)}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // action.yml first: the README's tables are read from it.
  const actionBefore = readFileSync('action.yml', 'utf8')
  const actionAfter = withInputs(actionBefore, await actionInputs())
  let stale = false
  if (actionAfter !== actionBefore) {
    if (process.argv.includes('--check')) {
      console.error('action.yml: inputs differ from the settings table in src/config.ts; run node scripts/readme-generated.mjs')
      stale = true
    } else writeFileSync('action.yml', actionAfter)
  }
  const { inputs, outputs } = await inputsAndFlags()
  const files = {
    'README.md': { inputs, outputs, coverage: await coverageSummary(), 'mapped-types': await mappedTypesTable(), 'ignored-types': await ignoredTypesTable() },
    'docs/rules.md': { 'rules-table': await rulesTable(), predicates: await predicatesTable() }
  }
  for (const [file, parts] of Object.entries(files)) {
    const before = readFileSync(file, 'utf8')
    let after = before
    for (const [name, content] of Object.entries(parts)) after = withPart(after, name, content)
    if (after === before) continue
    if (process.argv.includes('--check')) {
      console.error(`${file}: generated parts are stale; run node scripts/readme-generated.mjs`)
      stale = true
    } else writeFileSync(file, after)
  }
  if (stale) process.exit(1)
}
