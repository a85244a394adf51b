// The drift ignore file (.plumbline-ignore) and the same rules written under `drift-ignore:` in .plumbline.yml.
//
//   # comment (only at the start of a line: a '#' inside an id is part of the id)
//   AWS::S3::Bucket logs-*                 every drift of buckets named logs-…
//   AWS::EC2::Volume vol-* Tags            changes at Tags or below it, on every volume
//   !AWS::S3::Bucket logs-keep             negation: logs-keep is reported again
//   AWS::EC2::* *                          the type may be a glob too (per '::' segment, like driftctl's `*`)
//
// One rule a line: `<type glob> <id glob> [property path]`. Rules apply in order and the last rule that
// matches decides, as in .gitignore and driftctl's .driftignore.
//
// Ids: `*` any run of characters, `?` one character, `\` takes the next character literally. The generator
// (ignore-command.ts) escapes `\ * ? "`, spaces and tabs, so any Cloud Control identifier round-trips;
// compound identifiers ('|'-joined) need no escaping. Resources a plan will create have no id yet: only an
// id glob of stars (`*`) matches them.
//
// Paths use the report notation ('A.B[1].C', 'Tags["a b"]') and are literal, not globs. A path rule ignores
// a change at that path or below it. A negated path rule un-ignores every change that overlaps it (the path,
// its ancestors, its descendants): a change reported at `Tags` contains `Tags[0]`, so `!… Tags[0]` shows it.
// When in doubt, drift is shown.
import { readFile } from 'node:fs/promises'
import { compileGlob, matchesGlob, type CompiledGlob } from '../glob.js'
import { formatPath, isUnder, parsePath, pathsOverlap } from '../paths.js'
import { hasControlCharacters } from '../printable.js'
import { InputError } from '../types.js'

export interface IgnoreRule {
  negate: boolean
  /** The type glob as written, e.g. 'AWS::S3::Bucket' or 'AWS::EC2::*'. */
  type: string
  /** The id glob as written, backslash escapes included. */
  id: string
  /** The property path in canonical notation; absent when the rule covers the whole resource. */
  path?: string
  /** file:line (or `.plumbline.yml:drift-ignore[n]`) for messages. */
  source: string
}

export interface DriftIgnore {
  rules: IgnoreRule[]
  /**
   * ignore-added-suppressions on a pull request: the base's rules. Only what both ignore is ignored, so a line
   * the change adds (or a negation it removes) silences nothing.
   */
  baseline?: DriftIgnore
}

const LINE_FORMAT = 'write "<type> <id glob> [property path]", e.g. "AWS::S3::Bucket logs-*"'

export function parseIgnoreFile(text: string, source: string): DriftIgnore {
  const rules: IgnoreRule[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((line, i) => {
    const rule = parseIgnoreLine(line, `${source}:${i + 1}`)
    if (rule) rules.push(rule)
  })
  return { rules }
}

/** One line; null for a blank line or a comment. `source` is the full location for messages. */
export function parseIgnoreLine(line: string, source: string): IgnoreRule | null {
  let rest = line.trimStart()
  if (rest === '' || rest.startsWith('#')) return null
  const negate = rest.startsWith('!')
  if (negate) rest = rest.slice(1)
  const fail = (what: string): never => {
    throw new InputError(`${source}: ${what}; ${LINE_FORMAT}`)
  }
  const fields = splitFields(rest, fail)
  if (fields.length === 0) fail('"!" with nothing after it negates nothing')
  if (fields.length > 3) fail(`${fields.length} fields, at most 3 (escape a space inside an id as "\\ ")`)
  const [type, id, path] = fields
  if (!isTypeGlob(type)) fail(`"${type}" is not a CloudFormation type (Service::Provider::Resource, globs allowed)`)
  if (id === undefined) fail(`"${type}" has no id glob (use * for every resource of the type)`)
  const rule: IgnoreRule = { negate, type, id, source }
  if (path !== undefined) {
    if (!isPropertyPath(path)) fail(`"${path}" is not a property path (dotted names with [n] indexes, e.g. Tags or A.B[1].C)`)
    rule.path = formatPath(parsePath(path))
  }
  return rule
}

/**
 * Splits on unescaped whitespace. A backslash keeps itself and the next character (ids resolve the escape when
 * they are matched), and whitespace inside double quotes stays in the field, for paths such as Tags["a b"].
 */
function splitFields(text: string, fail: (what: string) => never): string[] {
  const fields: string[] = []
  let current = ''
  let inField = false
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\') {
      if (i + 1 >= text.length) fail('the line ends in a lone backslash (write \\\\ for a backslash)')
      current += ch + text[++i]
      inField = true
    } else if (!quoted && (ch === ' ' || ch === '\t')) {
      if (inField) fields.push(current)
      current = ''
      inField = false
    } else {
      if (ch === '"') quoted = !quoted
      current += ch
      inField = true
    }
  }
  if (quoted) fail('a double quote is not closed (escape a quote inside an id as \\")')
  if (inField) fields.push(current)
  return fields
}

const TYPE_SEGMENT = /^[A-Z*?][A-Za-z0-9*?]*$/

function isTypeGlob(type: string): boolean {
  const segments = type.split('::')
  return segments.length === 3 && segments.every((s) => TYPE_SEGMENT.test(s))
}

// The notation formatPath writes: a name, then .name, [n] or ["quoted name"] steps.
const PATH_NAME = '[^.[\\]"\\s\\\\]+'
const PATH_QUOTED = '\\["(?:[^"\\\\]|\\\\.)*"\\]'
const PROPERTY_PATH = new RegExp(`^(?:${PATH_NAME}|${PATH_QUOTED})(?:\\.${PATH_NAME}|\\[\\d+\\]|${PATH_QUOTED})*$`)

function isPropertyPath(path: string): boolean {
  return PROPERTY_PATH.test(path)
}

export async function readIgnoreFile(path: string, shownPath: string): Promise<DriftIgnore> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`ignore file ${shownPath} not found; check the path`)
    if (code === 'EISDIR') throw new InputError(`ignore file ${shownPath} is a folder; give the file`)
    throw new InputError(`ignore file ${shownPath} cannot be read (${code ?? (err as Error).message}); check its permissions`)
  }
  return parseIgnoreFile(text, shownPath)
}

/** The rules of each part in the order given: a later part's rules win over an earlier part's. */
export function mergeIgnores(...parts: DriftIgnore[]): DriftIgnore {
  return { rules: parts.flatMap((p) => p.rules) }
}

/** Whether the whole resource is ignored. */
export function isResourceIgnored(ignore: DriftIgnore, type: string, id: string | null): boolean {
  if (ignore.baseline && !isResourceIgnored(ignore.baseline, type, id)) return false
  let ignored = false
  for (const rule of ignore.rules) {
    if (!matchesResource(rule, type, id)) continue
    if (rule.path === undefined) ignored = !rule.negate
    // A later negated path rule carves a part out: the resource is no longer ignored as a whole. A positive
    // path rule ignores only a part, so it never makes the whole resource ignored.
    else if (rule.negate) ignored = false
  }
  return ignored
}

/** Whether one property path of a resource is ignored (whole-resource rules count). */
export function isPathIgnored(ignore: DriftIgnore, type: string, id: string | null, path: string): boolean {
  if (ignore.baseline && !isPathIgnored(ignore.baseline, type, id, path)) return false
  let ignored = false
  for (const rule of ignore.rules) {
    if (!matchesResource(rule, type, id)) continue
    if (rule.path === undefined) ignored = !rule.negate
    else if (rule.negate) {
      if (pathsOverlap(path, rule.path)) ignored = false
    } else if (isUnder(path, rule.path)) ignored = true
  }
  return ignored
}

interface CompiledRule {
  type: CompiledGlob[]
  id: CompiledGlob
  matchesMissingId: boolean
}

// Rules are matched against every drifted resource and path; compile each once.
const compiled = new WeakMap<IgnoreRule, CompiledRule>()

function compile(rule: IgnoreRule): CompiledRule {
  let c = compiled.get(rule)
  if (!c) {
    c = {
      // Ids need the escape character (an id may contain '*', '?' or spaces); types never hold a backslash.
      type: rule.type.split('::').map((segment) => compileGlob(segment, { escapes: true })),
      id: compileGlob(rule.id, { escapes: true }),
      matchesMissingId: /^\*+$/.test(rule.id)
    }
    compiled.set(rule, c)
  }
  return c
}

function matchesResource(rule: IgnoreRule, type: string, id: string | null): boolean {
  const c = compile(rule)
  const segments = type.split('::')
  if (segments.length !== c.type.length || !segments.every((s, i) => matchesGlob(c.type[i], s))) return false
  return id === null ? c.matchesMissingId : matchesGlob(c.id, id)
}

/**
 * The line that ignores exactly this resource (or this property of it): the id escaped so that it is read back
 * literally. Null when the line format cannot hold it (a type that is not a plain CloudFormation type, a line
 * break or another control character in the id or path, which `plumbline ignore --out -` would print; a tab is
 * escaped like a space; a path outside the notation).
 */
export function formatIgnoreLine(type: string, id: string, path?: string): string | null {
  if (!isTypeGlob(type) || /[*?]/.test(type) || id === '' || hasControlCharacters(id.replaceAll('\t', ' '))) return null
  const subject = `${type} ${id.replace(/[\\*?" \t]/g, '\\$&')}`
  if (path === undefined) return subject
  if (!isPropertyPath(path) || hasControlCharacters(path)) return null
  return `${subject} ${formatPath(parsePath(path))}`
}
