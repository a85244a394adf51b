// The module tree of a Terraform root folder: its .tf files (one folder = one module, not recursive, as in
// Terraform), each scanned by our lexer, and the modules it calls with a local source, followed recursively.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { InputError } from '../../types.js'
import { HclScanError, scanHcl, type CapitalisedBoolean, type HclComment, type ScannedFile } from './lexer.js'

export interface InlineSuppression {
  kind: 'plumbline' | 'checkov'
  rule: string
  /** '' when the comment gives none (the engine warns about it). */
  reason: string
  file: string
  line: number
}

export interface HclBlock {
  /** Configuration address: module.net.aws_security_group.web (no instance keys). */
  address: string
  type: string
  name: string
  /** Relative to the repository root, '/' separators. */
  file: string
  line: number
  endLine: number
  suppressions: InlineSuppression[]
  /** Block types written as `dynamic "<type>"`: set by the configuration, although a JSON plan does not show them. */
  dynamicBlocks: string[]
}

export interface ModuleFile {
  /** Relative to the repository root, '/' separators. */
  file: string
  absolute: string
  text: string
  scanned: ScannedFile
}

export interface ModuleCall {
  name: string
  source: string
  /** Where the `module` block is: relative to the repository root, '/' separators. */
  file: string
  line: number
  /** The called module's tree when its source is a local folder we could read. */
  child?: ModuleNode
}

export interface ModuleNode {
  dir: string
  /** Configuration address prefix: '' for the root, 'module.net.' below it. */
  prefix: string
  files: ModuleFile[]
  calls: ModuleCall[]
  blocks: HclBlock[]
}

export interface TreeOptions {
  repoRoot: string
  /** Runs on every file before the lexer, so a real parser can report syntax errors first. */
  validate?: (file: string, text: string, absolute: string) => Promise<void>
}

/** Where the repository-relative name of a file is needed ('/' separators on every platform). */
export function repoRelative(repoRoot: string, absolute: string): string {
  return relative(repoRoot, absolute).split(sep).join('/')
}

/**
 * A remote module source as it may be shown. Terraform's forms — registry addresses (`ns/name/provider`,
 * `host/ns/name/provider`), `github.com/org/repo`, scp-like `git@github.com:org/repo.git`, `git::https://...`,
 * `git::ssh://user@host/...`, `hg::`, `s3::https://...`, `gcs::https://...`, plain `https://...zip`, each with an
 * optional `//subdir` and `?query` — hold credentials in two places, both left out:
 * - the user information, up to the LAST '@' (`https://user:token@host`). Passwords with '/', '@' or ':' are
 *   read differently by each URL parser, so no parser decides where it ends: everything before the last '@' goes.
 * - the query or fragment (`?sshkey=<base64 private key>`, `?aws_access_key_secret=...`, `?token=...`).
 * An '@' after a '?' or '#' leaves no way to tell the password from the query: then nothing after the scheme is
 * shown. Over-redacting a harmless '@' (`git@` of the scp form, an '@' in a path) is the price of never leaking.
 */
export function displaySource(source: string): string {
  const getter = /^[A-Za-z0-9]+::/.exec(source)?.[0] ?? ''
  let rest = source.slice(getter.length)
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(rest)?.[0] ?? ''
  rest = rest.slice(scheme.length)
  const at = rest.lastIndexOf('@')
  if (at >= 0) {
    if (/[?#]/.test(rest.slice(0, at))) return `${getter}${scheme}…`
    rest = `***@${rest.slice(at + 1)}`
  }
  const query = rest.search(/[?#]/)
  if (query >= 0) rest = `${rest.slice(0, query + 1)}…`
  return `${getter}${scheme}${rest}`
}

/** True for module sources Terraform reads from the local filesystem. */
export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../')
}

export async function loadModuleTree(dir: string, opts: TreeOptions, warnings: string[]): Promise<ModuleNode> {
  const root = resolve(dir)
  if (!(await isDirectory(root))) {
    throw new InputError(`terraform-dir: ${dir} is not a folder; give the folder that holds the .tf files`)
  }
  const cache = new Map<string, Promise<ModuleFile[]>>()
  return visit(root, '', [])

  async function visit(moduleDir: string, prefix: string, callers: string[]): Promise<ModuleNode> {
    let files = cache.get(moduleDir)
    if (!files) {
      files = readModuleFiles(moduleDir, opts, warnings)
      cache.set(moduleDir, files)
    }
    const node: ModuleNode = { dir: moduleDir, prefix, files: await files, calls: [], blocks: [] }
    for (const file of node.files) {
      for (const block of file.scanned.blocks) {
        if (block.kind === 'resource' && block.labels.length === 2) {
          const [type, name] = block.labels
          node.blocks.push({
            address: `${prefix}${type}.${name}`,
            type,
            name,
            file: file.file,
            line: block.line,
            endLine: block.endLine,
            suppressions: suppressionsIn(file.scanned.comments, block.line, block.endLine, file.file),
            dynamicBlocks: block.dynamicBlocks
          })
        } else if (block.kind === 'module' && block.labels.length === 1) {
          const call = await followCall(block.labels[0], block.literalAttributes.source, moduleDir, prefix, callers)
          node.calls.push({ ...call, file: file.file, line: block.line })
        }
      }
    }
    return node
  }

  async function followCall(
    name: string,
    source: string | undefined,
    moduleDir: string,
    prefix: string,
    callers: string[]
  ): Promise<Omit<ModuleCall, 'file' | 'line'>> {
    const address = `${prefix}module.${name}`
    if (source === undefined) {
      warnings.push(`${address}: its source is not a literal string; its resources are not read`)
      return { name, source: '' }
    }
    if (!isLocalSource(source)) {
      warnings.push(`${address}: source "${displaySource(source)}" is not a local folder; its resources are not read from .tf code (a plan still covers them)`)
      return { name, source }
    }
    const childDir = resolve(moduleDir, source)
    if (callers.includes(childDir) || childDir === moduleDir) {
      warnings.push(`${address}: source "${source}" calls a module that is already being read (a cycle); not followed`)
      return { name, source }
    }
    if (!(await isDirectory(childDir))) {
      warnings.push(`${address}: source "${source}" is not a folder (${repoRelative(opts.repoRoot, childDir)}); its resources are not read`)
      return { name, source }
    }
    return { name, source, child: await visit(childDir, `${address}.`, [...callers, moduleDir]) }
  }
}

async function readModuleFiles(moduleDir: string, opts: TreeOptions, warnings: string[]): Promise<ModuleFile[]> {
  const names = (await readdir(moduleDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
  const files: ModuleFile[] = []
  for (const name of names) {
    const absolute = join(moduleDir, name)
    const file = repoRelative(opts.repoRoot, absolute)
    if (name.endsWith('.tf.json')) {
      warnings.push(`${file}: .tf.json files are not read; its resources have no location and no plan-less checks`)
      continue
    }
    if (!name.endsWith('.tf')) continue
    if (name === 'override.tf' || name.endsWith('_override.tf')) {
      warnings.push(`${file}: override files are not merged; its contents are not read`)
      continue
    }
    const text = await readFile(absolute, 'utf8')
    await opts.validate?.(file, text, absolute)
    let scanned: ScannedFile
    try {
      scanned = scanHcl(text)
    } catch (error) {
      if (error instanceof HclScanError) throw new InputError(`${file}:${error.line}:${error.column}: ${error.reason}`)
      throw error
    }
    for (const found of scanned.capitalisedBooleans) warnings.push(capitalisedBooleanWarning(file, found))
    files.push({ file, absolute, text, scanned })
  }
  return files
}

/**
 * `file:line: True is not an HCL boolean; write true`. Plan-less, the value stays unknown; with a plan it means
 * the plan was not made from this code (Terraform refuses the reference), so locations and suppressions may not
 * match it: either way the user has something to fix.
 */
function capitalisedBooleanWarning(file: string, found: CapitalisedBoolean): string {
  return `${file}:${found.line}: ${found.word} is not an HCL boolean; write ${found.word.toLowerCase()}`
}

// [\s\S]: the reason of a /* block comment */ may run over several lines.
const PLUMBLINE_IGNORE = /^\s*plumbline:ignore\s+(\S+)(?:\s+([\s\S]*))?$/
const CHECKOV_SKIP = /^\s*checkov:skip=([^:\s]+)\s*(?::([\s\S]*))?$/

/** Suppression comments between a block's first and last line. */
export function suppressionsIn(comments: HclComment[], line: number, endLine: number, file: string): InlineSuppression[] {
  const out: InlineSuppression[] = []
  for (const comment of comments) {
    if (comment.line < line || comment.line > endLine) continue
    const text = comment.text.trim()
    const ours = PLUMBLINE_IGNORE.exec(text)
    if (ours) {
      out.push({ kind: 'plumbline', rule: ours[1], reason: oneLine(ours[2]), file, line: comment.line })
      continue
    }
    const checkov = CHECKOV_SKIP.exec(text)
    if (checkov) out.push({ kind: 'checkov', rule: checkov[1], reason: oneLine(checkov[2]), file, line: comment.line })
  }
  return out
}

/** A reason as one line: reports and annotations show it in a single cell. */
function oneLine(reason: string | undefined): string {
  return (reason ?? '').replace(/\s+/g, ' ').trim()
}

/** Every resource block of the tree, root first. */
export function allBlocks(node: ModuleNode): HclBlock[] {
  return [...node.blocks, ...node.calls.flatMap((call) => (call.child ? allBlocks(call.child) : []))]
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
