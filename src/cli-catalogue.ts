// `plumbline rules` and `plumbline frameworks`: what Plumbline checks, as a table for people or JSON for tools.
// The data comes from src/rules/catalogue.ts; this file parses the arguments and formats.
import { parseArgs } from 'node:util'
import { printable } from './printable.js'
import { frameworkSummaries, parseFrameworkIds, ruleListing, rulesInFrameworks, type FrameworkSummary, type RuleListing } from './rules/catalogue.js'
import { gitTopLevel, rulesDirsOf } from './config.js'
import { loadRuleFiles } from './rule-files.js'
import { ALL_RULES, RULE_REGISTRY } from './rules/index.js'
import { argsErrorLine } from './suggest.js'
import { FRAMEWORK_IDS, InputError, type FrameworkId, type Rule } from './types.js'

export interface CatalogueIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/**
 * Loads the rules a command lists: the built-in ones, plus the user's from each `--rules-dir` folder. The entry
 * passes its loader in, so that the user's rules are read the way a scan reads them.
 */
export type LoadRules = (dirs: readonly string[]) => Promise<readonly Rule[]>

/**
 * The built-in rules and the user's, read as a scan reads them: from each --rules-dir folder (relative to `cwd`), else
 * from .plumbline/rules at the repository root when it is there.
 */
export function rulesLoader(cwd: string): LoadRules {
  return async (dirs) => {
    const root = gitTopLevel(cwd) ?? cwd
    const folders = rulesDirsOf(dirs, cwd, root, '--rules-dir')
    if (folders.length === 0) return ALL_RULES
    return [...ALL_RULES, ...(await loadRuleFiles(folders, root, RULE_REGISTRY)).rules]
  }
}

type Format = 'table' | 'json'

export function rulesUsage(): string {
  return [
    'Usage: plumbline rules [--framework ID] [--format table|json] [--rules-dir DIR]',
    '',
    'Lists every rule: id, severity, services, the framework requirements it evidences and its title.',
    '',
    'Options:',
    `  --framework ID      only the rules mapped to this framework (repeatable): ${FRAMEWORK_IDS.join(', ')}`,
    '  --format FORMAT     table (default) or json',
    '  --rules-dir DIR     also list the rules in this folder (repeatable)',
    '  --help              show this help',
    '',
    'Exit codes: 0 listed, 2 usage or input error.'
  ].join('\n') + '\n'
}

export function frameworksUsage(): string {
  return [
    'Usage: plumbline frameworks [--format table|json] [--rules-dir DIR]',
    '',
    'Lists each framework Plumbline maps its rules to: its requirements, how many are automated, how many a rule',
    'covers, and the automated requirements no rule covers.',
    '',
    'Options:',
    '  --format FORMAT     table (default) or json',
    '  --rules-dir DIR     count the rules in this folder too (repeatable)',
    '  --help              show this help',
    '',
    'Exit codes: 0 listed, 2 usage or input error.'
  ].join('\n') + '\n'
}

/** Whether these arguments make the command print JSON: then stdout is data (the workflow-command fence goes to stderr). */
export function catalogueWritesJson(args: string[]): boolean {
  try {
    return parseArgs({ args, options: { format: { type: 'string' } }, strict: false, allowPositionals: true }).values.format === 'json'
  } catch {
    return false
  }
}

export async function rulesCommand(args: string[], io: CatalogueIo, loadRules: LoadRules): Promise<number> {
  const options = {
    framework: { type: 'string', multiple: true },
    format: { type: 'string' },
    'rules-dir': { type: 'string', multiple: true },
    help: { type: 'boolean' }
  } as const
  const values = parse(args, options, 'plumbline rules --help')
  if (values.help) {
    io.stdout(rulesUsage())
    return 0
  }
  const format = formatOf(values.format)
  // Comma lists too, as the frameworks setting takes them.
  const frameworks = parseFrameworkIds((values.framework ?? []).flatMap((v) => v.split(',')).filter((v) => v.trim() !== ''), '--framework')
  const rules = rulesInFrameworks(await loadRules(values['rules-dir'] ?? []), frameworks)
  const listing = [...rules].map((rule) => ruleListing(rule)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  io.stdout(format === 'json' ? json(listing) : rulesTable(listing, frameworks))
  return 0
}

export async function frameworksCommand(args: string[], io: CatalogueIo, loadRules: LoadRules): Promise<number> {
  const options = { format: { type: 'string' }, 'rules-dir': { type: 'string', multiple: true }, help: { type: 'boolean' } } as const
  const values = parse(args, options, 'plumbline frameworks --help')
  if (values.help) {
    io.stdout(frameworksUsage())
    return 0
  }
  const format = formatOf(values.format)
  const summaries = frameworkSummaries(await loadRules(values['rules-dir'] ?? []))
  io.stdout(format === 'json' ? json(summaries) : frameworksTable(summaries))
  return 0
}

function parse<O extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: O, help: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (err) {
    throw new InputError(argsErrorLine(err, Object.keys(options ?? {}), help))
  }
}

function formatOf(value: string | undefined): Format {
  const format = (value ?? 'table').toLowerCase()
  if (format !== 'table' && format !== 'json') throw new InputError(`--format: "${value}" is not a format; use table or json`)
  return format
}

/**
 * JSON escapes the C0 controls itself; DEL, the C1 controls and the line and paragraph separators it leaves raw,
 * and a user's rule title may hold them: written as \u escapes they stay the same JSON strings and start no line.
 */
function json(data: unknown): string {
  return `${JSON.stringify(data, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}

/** Columns padded to their widest cell; every cell made printable (titles and ids may come from a user's rule). */
function table(header: string[], rows: string[][]): string[] {
  const cells = [header, ...rows].map((row) => row.map(printable))
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)))
  return cells.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd())
}

const SHORT: Record<FrameworkId, string> = { 'cis-aws-3.0': 'CIS 3.0', 'cis-aws-4.0': 'CIS 4.0', 'cis-aws-5.0': 'CIS 5.0', 'aws-fsbp': 'FSBP' }

function rulesTable(listing: RuleListing[], only: FrameworkId[]): string {
  const shown = only.length > 0 ? only : FRAMEWORK_IDS
  const refs = (rule: RuleListing) =>
    shown
      .filter((id) => rule.frameworks[id])
      .map((id) => `${SHORT[id]} ${rule.frameworks[id]!.join(',')}`)
      .join('; ') || '–'
  const rows = listing.map((rule) => [rule.id + (rule.liveOnly ? ' *' : ''), rule.severity, rule.source, rule.services.join(','), refs(rule), rule.title])
  const custom = listing.filter((rule) => rule.source === 'custom').length
  const liveOnly = listing.filter((rule) => rule.liveOnly).length
  const scope = only.length > 0 ? ` mapped to ${only.join(', ')}` : ''
  return [
    ...table(['RULE', 'SEVERITY', 'SOURCE', 'SERVICES', 'FRAMEWORKS', 'TITLE'], rows),
    '',
    `${listing.length} rules${scope}${custom ? ` (${custom} custom)` : ''}.${liveOnly ? ` * live only: judged on a live scan, never on a plan or .tf code (${liveOnly}).` : ''}`
  ].join('\n') + '\n'
}

function frameworksTable(summaries: FrameworkSummary[]): string {
  const rows = summaries.map((s) => [s.id, String(s.requirements), String(s.automated), String(s.covered), `${s.name} ${s.version}`])
  const lines = [...table(['FRAMEWORK', 'REQUIREMENTS', 'AUTOMATED', 'COVERED', 'NAME'], rows), '', 'COVERED: requirements at least one rule evidences.']
  for (const s of summaries) {
    if (s.uncoveredAutomated.length === 0) {
      lines.push('', `${s.id}: every automated requirement has a rule`)
      continue
    }
    lines.push('', `${s.id}: ${s.uncoveredAutomated.length} automated requirements no rule covers`)
    lines.push(...table(['ID', 'TITLE'], s.uncoveredAutomated.map((r) => [r.id, r.title])).slice(1).map((line) => `  ${line}`))
  }
  return lines.join('\n') + '\n'
}
