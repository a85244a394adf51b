// The config file (.plumbline.yml): rules to skip, severity overrides and suppressions.
//
//   skip-rules: [s3-bucket-access-logging-enabled, CKV_AWS_18]
//   severity:
//     s3-bucket-versioning-enabled: low
//   suppressions:
//     - rule: ec2-sg-no-public-ssh          # a rule id, or a Checkov / Prowler alias
//       resource: module.bastion.*          # glob over the Terraform address, or "TYPE ID-glob"
//       account: "123456789012"             # optional
//       region: eu-west-1                   # optional
//       tags: { Environment: sandbox }      # optional, every tag must match
//       reason: Bastion is reachable only through the VPN appliance
//       expires: 2026-12-31                 # optional; after it the suppression stops applying
//   drift-ignore:                           # drift rules in the .plumbline-ignore line format
//     - AWS::S3::Bucket logs-*
//     - "!AWS::S3::Bucket logs-keep"        # quoted: a bare leading ! is a YAML tag
//   unused-permission-days: 60              # iam-principal-no-unused-permissions' window (the
//                                           # unused-permission-days setting wins over it)
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { isScalar, parseDocument, type Document } from 'yaml'
import { parseIgnoreLine, type DriftIgnore, type IgnoreRule } from './drift/ignore.js'
import { lineLocator } from './json-location.js'
import { didYouMean } from './suggest.js'
import { InputError, SEVERITIES, type Rule, type Severity } from './types.js'

export interface ConfigSuppression {
  rules: readonly Rule[]
  /** As written, for messages. */
  ruleName: string
  resource?: string
  account?: string
  region?: string
  tags?: Record<string, string>
  reason: string
  expires?: string
  expired: boolean
  /** Line of the entry in the file, for listings. */
  line?: number
}

export interface ConfigFile {
  skipRules: Set<string>
  severity: Map<string, Severity>
  suppressions: ConfigSuppression[]
  /** `drift-ignore:` lines parsed; sources read `.plumbline.yml:drift-ignore[n]`. */
  driftIgnore: DriftIgnore
  /** `unused-permission-days:` (1 to 400), when the file sets it. */
  unusedPermissionDays?: number
  /** Line of each skip-rules and severity entry, by rule id, for listings. */
  entryLines?: { skipRules: Map<string, number>; severity: Map<string, number> }
}

export const EMPTY_CONFIG_FILE: ConfigFile = {
  skipRules: new Set(),
  severity: new Map(),
  suppressions: [],
  driftIgnore: { rules: [] }
}

const KNOWN_KEYS = new Set(['skip-rules', 'severity', 'suppressions', 'drift-ignore', 'unused-permission-days'])
/** IAM tracks service last accessed data for 400 days: a longer window could never find a service unused by it. */
export const MAX_UNUSED_PERMISSION_DAYS = 400
const SUPPRESSION_KEYS = new Set(['rule', 'resource', 'account', 'region', 'tags', 'reason', 'expires'])

/** Looks up rule ids and aliases; passed in so that this module does not decide which rules exist. */
/** Finds the rules an id or alias names; `suggest` names the closest known one for a "did you mean" in messages. */
export type RuleLookup = ((idOrAlias: string) => readonly Rule[]) & { suggest?: (name: string) => string | undefined }

/** `; did you mean "x"?` when the lookup knows a close name, else nothing. */
export function ruleSuggestion(lookup: RuleLookup, name: string): string {
  const match = lookup.suggest?.(name)
  return match === undefined ? '' : `; did you mean "${match}"?`
}

export async function readConfigFile(path: string, lookup: RuleLookup, now: Date): Promise<ConfigFile> {
  const text = await readFile(path, 'utf8')
  return parseConfigFile(text, basename(path), lookup, now)
}

export function parseConfigFile(text: string, file: string, lookup: RuleLookup, now: Date): ConfigFile {
  let doc: unknown
  let yamlDoc: Document
  try {
    yamlDoc = parseDocument(text)
    if (yamlDoc.errors.length > 0) throw yamlDoc.errors[0]
    doc = yamlDoc.toJS()
  } catch (err) {
    const e = err as { linePos?: Array<{ line: number; col: number }>; message: string }
    const pos = e.linePos?.[0]
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file
    throw new InputError(`config ${where}: not valid YAML (${firstLine(e.message)}); fix the file`)
  }
  if (doc === null || doc === undefined) return { ...EMPTY_CONFIG_FILE, skipRules: new Set(), severity: new Map(), driftIgnore: { rules: [] } }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new InputError(`config ${file}: expected a mapping with ${[...KNOWN_KEYS].join(', ')}`)
  const obj = doc as Record<string, unknown>
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) throw new InputError(`config ${file}: unknown key "${key}"${didYouMean(key, KNOWN_KEYS) || `; known keys are ${[...KNOWN_KEYS].join(', ')}`}`)
  }

  const rulesOf = (name: unknown, where: string): readonly Rule[] => {
    if (typeof name !== 'string' || name.trim() === '') throw new InputError(`config ${file}: ${where} needs a rule id`)
    const rules = lookup(name.trim())
    if (rules.length === 0) {
      const suggestion = ruleSuggestion(lookup, name.trim())
      throw new InputError(`config ${file}: ${where}: unknown rule id "${name}"${suggestion || '; see the rule list in docs/rules.md'}`)
    }
    return rules
  }

  const locate = lineLocator(text)
  const lineAt = (path: Array<string | number>): number | undefined => {
    const node = yamlDoc.getIn(path, true) as { range?: [number, number, number] } | undefined
    return node?.range ? locate(node.range[0]).line : undefined
  }
  const entryLines = { skipRules: new Map<string, number>(), severity: new Map<string, number>() }

  const skipRules = new Set<string>()
  const skip = obj['skip-rules'] ?? []
  if (!Array.isArray(skip)) throw new InputError(`config ${file}: skip-rules must be a list of rule ids`)
  skip.forEach((name, i) => {
    for (const rule of rulesOf(name, 'skip-rules')) {
      skipRules.add(rule.id)
      const line = lineAt(['skip-rules', i])
      if (line !== undefined) entryLines.skipRules.set(rule.id, line)
    }
  })

  const severity = new Map<string, Severity>()
  const sev = obj.severity ?? {}
  if (typeof sev !== 'object' || Array.isArray(sev)) throw new InputError(`config ${file}: severity must map rule ids to severities`)
  for (const [name, value] of Object.entries(sev as Record<string, unknown>)) {
    const level = String(value).toLowerCase()
    if (!(SEVERITIES as readonly string[]).includes(level)) {
      throw new InputError(`config ${file}: severity of ${name}: "${String(value)}" is not a severity; use one of ${SEVERITIES.join(', ')}`)
    }
    for (const rule of rulesOf(name, `severity of ${name}`)) {
      severity.set(rule.id, level as Severity)
      const line = lineAt(['severity', name])
      if (line !== undefined) entryLines.severity.set(rule.id, line)
    }
  }

  const suppressions: ConfigSuppression[] = []
  const list = obj.suppressions ?? []
  if (!Array.isArray(list)) throw new InputError(`config ${file}: suppressions must be a list`)
  list.forEach((entry, i) => {
    const where = `suppressions[${i}]`
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new InputError(`config ${file}: ${where} must be a mapping`)
    const s = entry as Record<string, unknown>
    for (const key of Object.keys(s)) {
      if (!SUPPRESSION_KEYS.has(key)) throw new InputError(`config ${file}: ${where}: unknown key "${key}"; known keys are ${[...SUPPRESSION_KEYS].join(', ')}`)
    }
    const rules = rulesOf(s.rule, where)
    const reason = typeof s.reason === 'string' ? s.reason.trim() : ''
    if (reason === '') throw new InputError(`config ${file}: ${where} (${String(s.rule)}) has no reason; say why the finding is accepted`)
    let expires: string | undefined
    let expired = false
    if (s.expires !== undefined) {
      const raw = s.expires instanceof Date ? s.expires.toISOString().slice(0, 10) : String(s.expires)
      // Only a calendar date: `new Date()` alone takes "1" for 2001-01-01 and rolls 2026-02-30 into March.
      if (!isCalendarDate(raw)) throw new InputError(`config ${file}: ${where}: expires "${raw}" is not a date; use YYYY-MM-DD`)
      expires = raw
      // A date means "through that day".
      expired = new Date(`${raw}T23:59:59.999Z`).getTime() < now.getTime()
    }
    let tags: Record<string, string> | undefined
    if (s.tags !== undefined) {
      if (!s.tags || typeof s.tags !== 'object' || Array.isArray(s.tags)) throw new InputError(`config ${file}: ${where}: tags must map tag keys to values`)
      // Tag values are strings: an unquoted 012 or 1.10 is read as it is written, not as the number YAML makes of it.
      tags = Object.fromEntries(
        Object.entries(s.tags as Record<string, unknown>).map(([k, v]) => [k, String(asWritten(v, yamlDoc.getIn(['suppressions', i, 'tags', k], true)))])
      )
    }
    suppressions.push({
      rules,
      ruleName: String(s.rule),
      resource: optionalString(s.resource, file, `${where}.resource`),
      account: accountId(s.account, yamlDoc.getIn(['suppressions', i, 'account'], true), file, `${where}.account`),
      region: optionalString(s.region, file, `${where}.region`),
      tags,
      reason,
      expires,
      expired,
      line: lineAt(['suppressions', i])
    })
  })

  const days = obj['unused-permission-days']
  if (days !== undefined && !(Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_UNUSED_PERMISSION_DAYS)) {
    throw new InputError(`config ${file}: unused-permission-days: ${JSON.stringify(days)} is not a whole number of days from 1 to ${MAX_UNUSED_PERMISSION_DAYS}`)
  }
  return {
    skipRules,
    severity,
    suppressions,
    driftIgnore: driftIgnoreRules(obj['drift-ignore'], yamlDoc, file),
    ...(days !== undefined ? { unusedPermissionDays: days as number } : {}),
    entryLines
  }
}

function driftIgnoreRules(value: unknown, yamlDoc: Document, file: string): DriftIgnore {
  if (value === undefined || value === null) return { rules: [] }
  if (!Array.isArray(value)) throw new InputError(`config ${file}: drift-ignore must be a list of "<type> <id glob> [property path]" lines`)
  const rules: IgnoreRule[] = []
  value.forEach((line, i) => {
    const source = `${file}:drift-ignore[${i}]`
    // Unquoted, `- !AWS::S3::Bucket x` is a YAML tag on the string "x": the negation would vanish silently.
    const node = yamlDoc.getIn(['drift-ignore', i], true) as { tag?: string } | undefined
    if (node?.tag?.startsWith('!') && !node.tag.startsWith('!!')) {
      throw new InputError(`config ${source}: a line starting with ! must be quoted in YAML, e.g. - "${node.tag} ${String(line)}"`)
    }
    if (typeof line !== 'string') throw new InputError(`config ${source}: must be a line "<type> <id glob> [property path]", not ${line === null ? 'empty' : typeof line}`)
    const rule = parseIgnoreLine(line, `config ${source}`)
    if (rule === null) throw new InputError(`config ${source}: is empty or a comment; remove it`)
    // The message names the config entry; the rule names it without the "config " prefix.
    rules.push({ ...rule, source })
  })
  return { rules }
}

function optionalString(value: unknown, file: string, where: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new InputError(`config ${file}: ${where} must be a string`)
  return value
}

/** A number as its digits were written in the YAML source (012345678901, 1.10), any other value as it is. */
function asWritten(value: unknown, node: unknown): unknown {
  return typeof value === 'number' && isScalar(node) && typeof node.source === 'string' ? node.source : value
}

/** YYYY-MM-DD naming a day that exists. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/**
 * A 12-digit AWS account id. Written unquoted, YAML reads 012345678901 as the number 12345678901: the digits
 * as written are taken from the YAML source, so the leading zero survives.
 */
function accountId(value: unknown, node: unknown, file: string, where: string): string | undefined {
  if (value === undefined || value === null) return undefined
  const written = asWritten(value, node)
  if (typeof written !== 'string' && typeof written !== 'number') throw new InputError(`config ${file}: ${where} must be a 12-digit AWS account id`)
  const id = String(written).trim()
  if (!/^\d{12}$/.test(id)) throw new InputError(`config ${file}: ${where}: "${id}" is not a 12-digit AWS account id; write it in quotes, e.g. "012345678901"`)
  return id
}

function firstLine(message: string): string {
  return message.split('\n')[0]
}
