// `plumbline ignore --from plumbline-results.json`: writes a .plumbline-ignore that accepts a run's drift as it
// is (the driftctl gen-driftignore workflow: adopt an estate, then see only new drift). Only types, ids and
// property paths are written, never a value.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { argsErrorLine } from '../suggest.js'
import { jsonErrorPlace } from '../json-location.js'
import { printable } from '../printable.js'
import { InputError } from '../types.js'
import { writeFileSafely } from '../write-file.js'
import { formatIgnoreLine } from './ignore.js'

export interface CommandIo {
  stdout: (t: string) => void
  stderr: (t: string) => void
  cwd: string
  /** The clock for the header's date (tests fix it). */
  now?: () => Date
}

const DEFAULT_OUT = '.plumbline-ignore'
type DriftClass = 'changed' | 'missing' | 'unmanaged'
const CLASSES: readonly DriftClass[] = ['changed', 'missing', 'unmanaged']

export function ignoreUsage(): string {
  return [
    'Usage: plumbline ignore --from RESULTS [options]',
    '',
    'Writes an ignore file that accepts the drift of a run as it is: one line per missing or unmanaged resource',
    '(TYPE ID) and one per changed property (TYPE ID PATH). Values are never written.',
    '',
    'Options:',
    '  --from FILE            plumbline-results.json of the run (required)',
    `  --out FILE             where to write (${DEFAULT_OUT}); - writes to standard output`,
    '  --force                overwrite the file when it exists',
    '  --exclude-changed      leave changed resources out',
    '  --exclude-missing      leave missing resources out',
    '  --exclude-unmanaged    leave unmanaged resources out',
    '  --help                 show this help',
    '',
    'Exit codes: 0 written, 2 usage or input error.'
  ].join('\n') + '\n'
}

/** Whether these arguments print the ignore file on standard output (`--out -`): then stdout is data. */
export function ignoreWritesToStdout(args: string[]): boolean {
  try {
    return parseArgs({ args, options: { out: { type: 'string' } }, strict: false, allowPositionals: true }).values.out === '-'
  } catch {
    return false
  }
}

/** Returns the exit code: 0 written, 2 usage/input error (InputError thrown is also fine: the CLI turns it into exit 2). */
export async function runIgnoreCommand(args: string[], io: CommandIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  const options = {
    from: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'exclude-changed': { type: 'boolean' },
    'exclude-missing': { type: 'boolean' },
    'exclude-unmanaged': { type: 'boolean' },
    help: { type: 'boolean' }
  } as const
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (err) {
    throw new InputError(argsErrorLine(err, Object.keys(options), 'plumbline ignore --help'))
  }
  if (values.help) {
    io.stdout(ignoreUsage())
    return 0
  }
  const from = values.from
  if (typeof from !== 'string' || from === '') throw new InputError('ignore needs --from RESULTS (a plumbline-results.json); see plumbline ignore --help')
  const include = new Set(CLASSES.filter((c) => !values[`exclude-${c}`]))
  if (include.size === 0) throw new InputError('--exclude-changed, --exclude-missing and --exclude-unmanaged together leave nothing to write; drop one')

  const entries = await readDrift(resolve(io.cwd, from), from)
  const { lines, counts, skipped } = ignoreLines(entries, include)
  for (const note of skipped) io.stderr(`plumbline ignore: ${printable(note)}\n`)

  const now = (io.now ?? (() => new Date()))()
  const header = [
    `# Drift accepted from ${printable(from)} on ${now.toISOString()}: plumbline ignore wrote this file.`,
    `# ${counts.changed} changed resource(s) (${counts.changedPaths} propert${counts.changedPaths === 1 ? 'y' : 'ies'}), ` +
      `${counts.missing} missing, ${counts.unmanaged} unmanaged` +
      (include.size < CLASSES.length ? ` (left out: ${CLASSES.filter((c) => !include.has(c)).join(', ')})` : '') +
      '.',
    '# One rule a line: <CloudFormation type> <id glob> [property path]; ! negates; the last matching rule wins.'
  ]
  const text = [...header, ...(lines.length === 0 ? ['# No drift to accept in this run.'] : ['', ...lines])].join('\n') + '\n'

  const out = typeof values.out === 'string' && values.out !== '' ? values.out : DEFAULT_OUT
  if (out === '-') {
    io.stdout(text)
    return 0
  }
  await writeNew(resolve(io.cwd, out), out, text, values.force === true)
  io.stdout(`plumbline ignore: wrote ${lines.length} rule(s) to ${printable(out)}\n`)
  return 0
}

interface DriftRow {
  class: DriftClass
  type: string
  id: string | null
  address?: string
  paths: string[]
}

async function readDrift(path: string, shown: string): Promise<DriftRow[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`--from ${shown}: no such file; give the plumbline-results.json of a run`)
    throw new InputError(`--from ${shown}: cannot be read (${code ?? (err as Error).message})`)
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new InputError(`--from ${shown}: not valid JSON at ${jsonErrorPlace(text)}; give the plumbline-results.json of a run`)
  }
  if (!isObject(doc) || !('schemaVersion' in doc)) throw new InputError(`--from ${shown}: not a Plumbline results file (no schemaVersion); give the plumbline-results.json of a run`)
  if (doc.schemaVersion !== 1) throw new InputError(`--from ${shown}: schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported (this version reads 1)`)
  if (!Array.isArray(doc.drift)) throw new InputError(`--from ${shown}: has no drift list; it comes from a run without drift detection`)
  return doc.drift.map((entry, i) => driftRow(entry, `--from ${shown}: drift[${i}]`))
}

function driftRow(entry: unknown, where: string): DriftRow {
  if (!isObject(entry)) throw new InputError(`${where} is not an object`)
  const cls = entry.class
  if (cls !== 'changed' && cls !== 'missing' && cls !== 'unmanaged') throw new InputError(`${where}: class ${JSON.stringify(cls)} is not changed, missing or unmanaged`)
  const resource = entry.resource
  if (!isObject(resource) || typeof resource.type !== 'string' || resource.type === '') throw new InputError(`${where}: resource has no type`)
  if (resource.id !== null && typeof resource.id !== 'string') throw new InputError(`${where}: resource id must be a string or null`)
  const changes = entry.changes ?? []
  if (!Array.isArray(changes)) throw new InputError(`${where}: changes must be a list`)
  const paths = changes.map((change, j) => {
    if (!isObject(change) || typeof change.path !== 'string') throw new InputError(`${where}.changes[${j}] has no path`)
    return change.path
  })
  const address = typeof entry.address === 'string' ? entry.address : typeof resource.address === 'string' ? resource.address : undefined
  return { class: cls, type: resource.type, id: resource.id as string | null, address, paths }
}

interface Lines {
  lines: string[]
  counts: Record<DriftClass, number> & { changedPaths: number }
  skipped: string[]
}

function ignoreLines(rows: DriftRow[], include: ReadonlySet<DriftClass>): Lines {
  const lines = new Set<string>()
  const counts = { changed: 0, missing: 0, unmanaged: 0, changedPaths: 0 }
  const skipped: string[] = []
  for (const row of rows) {
    if (!include.has(row.class)) continue
    const name = `${row.type} ${row.id ?? row.address ?? '(no id)'}`
    // A rule for an id-less resource would need `*`, which accepts every resource of the type: never written.
    if (row.id === null || row.id === '') {
      skipped.push(`${row.class} ${oneLine(name)} has no identifier; left out (only "${row.type} *" would match it)`)
      continue
    }
    const subject = formatIgnoreLine(row.type, row.id)
    if (subject === null) {
      skipped.push(`${row.class} ${oneLine(name)} cannot be written as an ignore line; left out`)
      continue
    }
    if (row.class !== 'changed') {
      lines.add(subject)
      counts[row.class]++
      continue
    }
    const pathLines: string[] = []
    for (const path of row.paths) {
      const line = path === '' ? null : formatIgnoreLine(row.type, row.id, path)
      if (line === null) skipped.push(`changed ${oneLine(name)}: property path "${oneLine(path)}" cannot be written as an ignore line; left out`)
      else pathLines.push(line)
    }
    if (pathLines.length === 0) {
      // Ignoring the whole resource instead would also hide its deletion later: leave it out.
      if (row.paths.length === 0) skipped.push(`changed ${oneLine(name)} lists no changed property; left out`)
      continue
    }
    counts.changed++
    for (const line of pathLines) {
      if (lines.has(line)) continue
      lines.add(line)
      counts.changedPaths++
    }
  }
  return { lines: [...lines].sort(compareText), counts, skipped }
}

/** Byte order, not locale order: the file reads the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

async function writeNew(path: string, shown: string, text: string, force: boolean): Promise<void> {
  try {
    // Without --force an existing file fails: an ignore file someone curated by hand is never replaced by accident.
    await writeFileSafely(path, text, { shownPath: shown, noOverwrite: !force })
  } catch (err) {
    if (err instanceof InputError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new InputError(`${shown} exists; pass --force to overwrite it, or --out another file`)
    if (code === 'ENOENT') throw new InputError(`--out ${shown}: its folder does not exist`)
    throw new InputError(`--out ${shown}: cannot be written (${code ?? (err as Error).message})`)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}
