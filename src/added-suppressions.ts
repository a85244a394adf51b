// Suppressions a change adds, compared with its base. Suppressions are read from the change's own checkout, so a
// pull request could silence the gate with a new `# plumbline:ignore`, `#checkov:skip`, `.plumbline.yml` entry or
// `.plumbline-ignore` line. Every such addition is listed, and with ignore-added-suppressions the gate judges as if
// it were not there.
//
// "Added" is semantic, not textual: an inline suppression of a rule in a resource block the base did not have
// (the block known by its module folder, type and name, so moving it to another file of the same folder or
// rewording the comment adds nothing); a config-file suppression whose scope (rules, resource, account, region,
// tags) no live base entry has; a skip-rules entry or a lowered severity; a drift-ignore line the base did not
// have (or a `!` negation it had and the change removed). For the gate, a finding counts as silenced by the change
// when the base's suppressions would not have silenced it, and drift as ignored only where the base ignored it too.
//
// Only files the change touches are read at the base; the others are the same on both sides. Where the base
// cannot be read (no token, an API error, too many files to list), a warning says so and the suppressions of the
// files concerned count as added, never as pre-existing.
import { posix } from 'node:path'
import { EMPTY_CONFIG_FILE, parseConfigFile, type ConfigFile, type ConfigSuppression, type RuleLookup } from './config-file.js'
import { parseIgnoreFile, type DriftIgnore, type IgnoreRule } from './drift/ignore.js'
import type { SuppressionBaseline } from './evaluate.js'
import { SEVERITY_RANK } from './model/severity.js'
import type { BaseSource, ChangedFile } from './sources/base.js'
import { suppressionsIn, type HclBlock, type InlineSuppression } from './sources/hcl/modules.js'
import { scanHcl } from './sources/hcl/lexer.js'
import type { AddedSuppression, Severity } from './types.js'

export interface HeadIgnoreFile {
  /** Relative to the repository root. */
  file: string
  ignore: DriftIgnore
}

export interface CompareInput {
  base: BaseSource
  /** Every resource block of the change's .tf code, with its inline suppressions. */
  blocks: readonly HclBlock[]
  /** The change's config file, parsed, and where it is (relative to the repository root). */
  configFile: ConfigFile
  configPath?: string
  /** The change's drift ignore files that exist. */
  ignoreFiles: readonly HeadIgnoreFile[]
  lookup: RuleLookup
  now: Date
  ignoreAdded: boolean
}

export interface SuppressionComparison {
  /** For the evaluations: the base's suppressions. */
  baseline: SuppressionBaseline
  /** The config to evaluate with: the change's, or with ignore-added on, without its added skips and lowerings. */
  configFile: ConfigFile
  /** The base's drift ignore rules, to set as the change's `baseline` when ignore-added is on. */
  driftBaseline: DriftIgnore
  added: AddedSuppression[]
  warnings: string[]
}

type BaseText = { kind: 'same' } | { kind: 'text'; text: string | null } | { kind: 'unreadable' }

export async function compareSuppressions(input: CompareInput): Promise<SuppressionComparison> {
  const warnings: string[] = []
  const what = 'suppressions added by this change'
  let changed: Map<string, ChangedFile> | undefined
  let changedList: ChangedFile[] = []
  try {
    changedList = await input.base.changedFiles()
    changed = new Map(changedList.map((f) => [f.path, f]))
  } catch (err) {
    warnings.push(`${what}: the files the change touches could not be listed against ${input.base.name} (${oneLine(err)}); every suppression counts as added`)
  }

  /** A file's text at the base, as its head path names it. */
  const baseText = async (path: string): Promise<BaseText> => {
    if (!changed) return { kind: 'unreadable' }
    const change = changed.get(path)
    if (!change) return { kind: 'same' }
    if (change.status === 'added' || change.status === 'copied') return { kind: 'text', text: null }
    return readAtBase(change.previousPath ?? path)
  }
  const readAtBase = async (path: string): Promise<BaseText> => {
    try {
      return { kind: 'text', text: await input.base.readBase(path) }
    } catch (err) {
      warnings.push(`${what}: ${path} could not be read at ${input.base.name} (${oneLine(err)}); its suppressions count as added`)
      return { kind: 'unreadable' }
    }
  }

  const inline = await compareInline(input, changed, changedList, readAtBase, warnings)
  const config = await compareConfig(input, await baseConfigText(input, baseText), warnings)
  const drift = await compareDrift(input, config.base, baseText, warnings)

  const applied = !input.ignoreAdded
  const added = [...inline.added, ...config.added, ...drift.added].map((a) => ({ ...a, applied }))
  return {
    baseline: { hadInline: inline.hadInline, config: config.base.suppressions, ignoreAdded: input.ignoreAdded },
    configFile: input.ignoreAdded ? config.effective : input.configFile,
    driftBaseline: drift.base,
    added,
    warnings
  }
}

type Added = Omit<AddedSuppression, 'applied'>

/** Inline suppressions: keyed by module folder, block type.name and rule id. */
async function compareInline(
  input: CompareInput,
  changed: Map<string, ChangedFile> | undefined,
  changedList: readonly ChangedFile[],
  readAtBase: (path: string) => Promise<BaseText>,
  warnings: string[]
): Promise<{ added: Added[]; hadInline: (block: HclBlock, ruleId: string) => boolean }> {
  const ruleIds = (s: InlineSuppression) => {
    const rules = input.lookup(s.rule)
    return rules.length > 0 ? rules.map((r) => r.id) : [s.rule]
  }
  const key = (file: string, type: string, name: string, ruleId: string) => `${posix.dirname(file)}\u0000${type}.${name}\u0000${ruleId}`
  const baseKeys = new Set<string>()
  if (changed) {
    // Files the change does not touch: the same suppressions at the base.
    for (const block of input.blocks) {
      if (changed.has(block.file)) continue
      for (const s of block.suppressions) for (const id of ruleIds(s)) baseKeys.add(key(block.file, block.type, block.name, id))
    }
    // Touched .tf files of the same module folders, read at the base (a removed file's blocks may live on elsewhere).
    const folders = new Set(input.blocks.map((b) => posix.dirname(b.file)))
    for (const change of changedList) {
      const basePath = change.previousPath ?? change.path
      if (change.status === 'added' || change.status === 'copied' || !basePath.endsWith('.tf') || !folders.has(posix.dirname(basePath))) continue
      const read = await readAtBase(basePath)
      if (read.kind !== 'text' || read.text === null) continue
      let scanned: ReturnType<typeof scanHcl>
      try {
        scanned = scanHcl(read.text)
      } catch (err) {
        warnings.push(`suppressions added by this change: ${basePath} at the base could not be read as HCL (${oneLine(err)}); its suppressions count as added`)
        continue
      }
      for (const block of scanned.blocks) {
        if (block.kind !== 'resource' || block.labels.length !== 2) continue
        const [type, name] = block.labels
        for (const s of suppressionsIn(scanned.comments, block.line, block.endLine, basePath)) for (const id of ruleIds(s)) baseKeys.add(key(basePath, type, name, id))
      }
    }
  }
  const hadInline = (block: HclBlock, ruleId: string) => baseKeys.has(key(block.file, block.type, block.name, ruleId))
  const added: Added[] = []
  for (const block of input.blocks) {
    for (const s of block.suppressions) {
      if (ruleIds(s).every((id) => hadInline(block, id))) continue
      added.push({ kind: s.kind === 'checkov' ? 'checkov-skip' : 'inline', rule: s.rule, resource: block.address, file: s.file, line: s.line, reason: s.reason })
    }
  }
  return { added, hadInline }
}

async function baseConfigText(input: CompareInput, baseText: (path: string) => Promise<BaseText>): Promise<BaseText> {
  return input.configPath === undefined ? { kind: 'same' } : baseText(input.configPath)
}

/** The config file: suppression entries by scope, skip-rules entries, severities. */
async function compareConfig(input: CompareInput, read: BaseText, warnings: string[]): Promise<{ added: Added[]; base: ConfigFile; effective: ConfigFile }> {
  const head = input.configFile
  if (read.kind === 'same') return { added: [], base: head, effective: head }
  let base: ConfigFile = EMPTY_CONFIG_FILE
  if (read.kind === 'text' && read.text !== null) {
    try {
      base = parseConfigFile(read.text, input.configPath ?? '.plumbline.yml', input.lookup, input.now)
    } catch (err) {
      warnings.push(`suppressions added by this change: ${input.configPath} at the base could not be read (${oneLine(err)}); its entries count as added`)
    }
  }
  const file = input.configPath ?? '.plumbline.yml'
  const added: Added[] = []
  const baseScopes = new Set(base.suppressions.filter((s) => !s.expired).map(scopeOf))
  for (const s of head.suppressions) {
    if (s.expired || baseScopes.has(scopeOf(s))) continue
    added.push({ kind: 'config', rule: s.ruleName, resource: describeScope(s), file, line: s.line, reason: s.reason })
  }
  for (const id of head.skipRules) {
    if (!base.skipRules.has(id)) added.push({ kind: 'skip-rules', rule: id, file, line: head.entryLines?.skipRules.get(id) })
  }
  const severityOf = (config: ConfigFile, id: string): Severity | undefined => config.severity.get(id) ?? input.lookup(id)[0]?.severity
  const effectiveSeverity = new Map(head.severity)
  for (const id of new Set([...head.severity.keys(), ...base.severity.keys()])) {
    const now = severityOf(head, id)
    const before = severityOf(base, id)
    if (!now || !before || SEVERITY_RANK[now] >= SEVERITY_RANK[before]) continue
    added.push({ kind: 'severity', rule: id, file, line: head.entryLines?.severity.get(id), detail: `${before} → ${now}` })
    effectiveSeverity.set(id, before)
  }
  const effective: ConfigFile = {
    ...head,
    skipRules: new Set([...head.skipRules].filter((id) => base.skipRules.has(id))),
    severity: effectiveSeverity
  }
  return { added, base, effective }
}

/** Drift ignore rules: the config file's drift-ignore list and the ignore files, line by line. */
async function compareDrift(input: CompareInput, baseConfig: ConfigFile, baseText: (path: string) => Promise<BaseText>, warnings: string[]): Promise<{ added: Added[]; base: DriftIgnore }> {
  const baseRules: IgnoreRule[] = [...baseConfig.driftIgnore.rules]
  for (const { file, ignore } of input.ignoreFiles) {
    const read = await baseText(file)
    if (read.kind === 'same') baseRules.push(...ignore.rules)
    else if (read.kind === 'text' && read.text !== null) {
      try {
        baseRules.push(...parseIgnoreFile(read.text, file).rules)
      } catch (err) {
        warnings.push(`suppressions added by this change: ${file} at the base could not be read (${oneLine(err)}); its lines count as added`)
      }
    }
  }
  const headRules = [...input.configFile.driftIgnore.rules, ...input.ignoreFiles.flatMap((f) => f.ignore.rules)]
  const baseLines = new Set(baseRules.map(ignoreLine))
  const headLines = new Set(headRules.map(ignoreLine))
  const added: Added[] = []
  for (const rule of headRules) {
    if (!rule.negate && !baseLines.has(ignoreLine(rule))) added.push({ kind: 'drift-ignore', resource: ignoreLine(rule), ...sourceOf(rule.source, input.configPath) })
  }
  for (const rule of baseRules) {
    if (rule.negate && !headLines.has(ignoreLine(rule))) added.push({ kind: 'drift-ignore', resource: ignoreLine(rule), ...sourceOf(rule.source, input.configPath), detail: 'negation removed' })
  }
  return { added, base: { rules: baseRules } }
}

/** What a config suppression covers; entries with the same scope silence the same findings. */
function scopeOf(s: ConfigSuppression): string {
  const tags = s.tags ? Object.entries(s.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null
  return JSON.stringify([s.rules.map((r) => r.id).sort(), s.resource ?? null, s.account ?? null, s.region ?? null, tags])
}

function describeScope(s: ConfigSuppression): string {
  const parts = [s.resource ?? 'every resource']
  if (s.account) parts.push(`account ${s.account}`)
  if (s.region) parts.push(`region ${s.region}`)
  if (s.tags) parts.push(`tags ${Object.entries(s.tags).map(([k, v]) => `${k}=${v}`).join(', ')}`)
  return parts.join(', ')
}

/** A drift-ignore rule as one canonical line. */
function ignoreLine(rule: IgnoreRule): string {
  return `${rule.negate ? '!' : ''}${rule.type} ${rule.id}${rule.path !== undefined ? ` ${rule.path}` : ''}`
}

/** `file:line` (ignore files) or `.plumbline.yml:drift-ignore[n]` (the config file, named by its path) as file and line. */
function sourceOf(source: string, configPath: string | undefined): { file: string; line?: number } {
  const match = /^(.*):(\d+)$/.exec(source)
  if (match) return { file: match[1], line: Number(match[2]) }
  return { file: configPath ?? source.replace(/:drift-ignore\[\d+\]$/, '') }
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]
}
