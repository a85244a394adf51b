// Shared pieces of the Terraform/OpenTofu JSON readers (plan.ts, state.ts): decoding and parsing a file with
// errors users can act on, the format_version check, the "values" representation walker, and Terraform's
// instance addresses. The walkers keep values as they are (no clones): rules may need them, and the sensitive
// paths say what must never be written.

import { readFile } from 'node:fs/promises'
import { jsonErrorPlace } from '../json-location.js'
import { appendMarkerPaths } from '../paths.js'
import { InputError, type TfResource } from '../types.js'

export type TerraformDocumentKind = 'plan' | 'state'

const HOW_TO_MAKE: Record<TerraformDocumentKind, string> = {
  plan: 'give the JSON printed by "terraform show -json <planfile>"',
  state: 'give a .tfstate file or the JSON printed by "terraform show -json"'
}

const FLAG: Record<TerraformDocumentKind, string> = {
  plan: '--plan (action input terraform-plan)',
  state: '--state (action input terraform-state)'
}

function unreadableError(file: string, kind: TerraformDocumentKind, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')
  return new InputError(`${file}: cannot read the ${kind} file (${why}); check the path given to ${FLAG[kind]}`)
}

/** Read a file as text: UTF-8, with a BOM stripped, or UTF-16 (what Windows PowerShell's `>` writes). */
export async function readTerraformFile(file: string, kind: TerraformDocumentKind): Promise<string> {
  // Read as text by Node itself: JSON.parse of that string took about 100 ms less for a 36 MB plan than of
  // readFile()'s buffer turned into a string afterwards (measured on Node 20, bench/out/plan-20000.json).
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw unreadableError(file, kind, err)
  }
  // A UTF-16 byte-order mark (PowerShell's `>` writes one) is not UTF-8 and decodes to U+FFFD: read the bytes.
  if (text.charCodeAt(0) !== 0xfffd) return text
  return terraformText(await readTerraformBytes(file, kind))
}

/** Read a file's bytes, with the same errors as readTerraformFile. */
export async function readTerraformBytes(file: string, kind: TerraformDocumentKind): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (err) {
    throw unreadableError(file, kind, err)
  }
}

/** A file's bytes as text: UTF-16 after its byte-order mark (either order), else UTF-8. */
export function terraformText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le')
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2))
    swapped.swap16()
    return swapped.toString('utf16le')
  }
  return bytes.toString('utf8')
}

/** Parse the text once; on failure say where (line, column) without quoting the text, which may hold secrets. */
export function parseTerraformJson(text: string, file: string, kind: TerraformDocumentKind): Record<string, unknown> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.startsWith('PK\u0003\u0004')) {
    throw new InputError(
      `${file}: this is a binary plan file, not JSON; convert it with "terraform show -json ${file} > plan.json" and give plan.json to ${FLAG.plan}`
    )
  }
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; ${HOW_TO_MAKE[kind]}`)
  // hashicorp/setup-terraform's wrapper (on by default) prints its own "[command]..." line into what the step
  // writes, so `terraform show -json > plan.json` in a workflow yields a file that is not JSON.
  if (text.startsWith('[command]')) {
    throw new InputError(
      `${file}: starts with "[command]", a line hashicorp/setup-terraform's wrapper adds to terraform's output; set \`terraform_wrapper: false\` on the setup-terraform step`
    )
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new InputError(`${file}: not valid JSON at ${jsonErrorPlace(text)}; ${HOW_TO_MAKE[kind]}`)
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError(`${file}: not a Terraform ${kind} (the JSON is not an object); ${HOW_TO_MAKE[kind]}`)
  }
  return doc as Record<string, unknown>
}

/**
 * The JSON formats Terraform and OpenTofu write (jsonplan/jsonstate FormatVersion): 0.1 (Terraform 0.12 to 1.0.0),
 * 0.2 (Terraform 1.0.1 to 1.0.11) and 1.x (Terraform 1.1 and later, every OpenTofu). 1.0 only renamed 0.2; the
 * fields each version added are optional, so one reader serves all three (legacyFormatWarning says what the
 * oldest ones lack).
 */
const READABLE_FORMATS = '0.1, 0.2 and 1.x, which Terraform 0.12 and later and OpenTofu write'

/** Plans and `show -json` states carry format_version: accept 0.1, 0.2 and any 1.x, reject anything else. */
export function checkFormatVersion(doc: Record<string, unknown>, file: string, kind: TerraformDocumentKind): string {
  const version = doc.format_version
  if (typeof version !== 'string' || version === '') {
    throw new InputError(`${file}: no format_version, so not the output of "terraform show -json"; ${HOW_TO_MAKE[kind]}`)
  }
  if (!isReadableFormat(version)) {
    throw new InputError(
      `${file}: ${kind} format_version ${version} is not supported; Plumbline reads JSON formats ${READABLE_FORMATS} — ${HOW_TO_MAKE[kind]} with one of those`
    )
  }
  return version
}

function isReadableFormat(version: string): boolean {
  const [major, minor] = version.split('.')
  return major === '1' || (major === '0' && (minor === '1' || minor === '2'))
}

/** Format 0.x: written by Terraform 0.12 to 1.0.x, never by OpenTofu (its first release wrote 1.2). */
export function isLegacyFormat(version: string): boolean {
  return version.split('.')[0] === '0'
}

/**
 * A warning for a document in which Terraform marked nothing sensitive because that Terraform version could
 * not: plans before Terraform 0.15 and `show -json` states before 1.0.1. Its secrets are then recognised only
 * by what the rest of Plumbline knows (names, shapes, the schemas' write-only properties).
 */
export function unmarkedSensitivityWarning(file: string, kind: TerraformDocumentKind, terraformVersion: unknown): string {
  const writer = typeof terraformVersion === 'string' ? `Terraform ${terraformVersion}` : 'an old Terraform'
  const marksSince = kind === 'plan' ? 'Terraform 0.15 and later mark them in plans' : 'Terraform 1.0.1 and later mark them in "terraform show -json" states'
  return `${file}: this ${kind} was written by ${writer}, which marks no value sensitive: its secrets are protected only by their names, their shapes and the schemas' write-only properties (${marksSince})`
}

/** A state handed over as a plan, or the reverse: say which flag takes it. */
export function wrongKindError(file: string, given: TerraformDocumentKind): InputError {
  const actual: TerraformDocumentKind = given === 'plan' ? 'state' : 'plan'
  return new InputError(`${file}: this is a Terraform ${actual}, not a ${given}; give it with ${FLAG[actual]}`)
}

export function looksLikePlan(doc: Record<string, unknown>): boolean {
  return 'planned_values' in doc || 'resource_changes' in doc
}

/** Raw .tfstate (`version` number) or `show -json` state (`values` without plan sections). */
export function looksLikeState(doc: Record<string, unknown>): boolean {
  return (typeof doc.version === 'number' && 'resources' in doc) || ('values' in doc && !looksLikePlan(doc))
}

// ---- addresses ----

/** Terraform's instance key notation: [0] for count, ["key"] for for_each. */
export function indexSuffix(index: unknown): string {
  if (typeof index === 'number') return `[${index}]`
  if (typeof index === 'string') return `[${JSON.stringify(index)}]`
  return ''
}

export function instanceAddress(module: string, mode: string, type: string, name: string, index: unknown): string {
  const local = `${mode === 'data' ? 'data.' : ''}${type}.${name}${indexSuffix(index)}`
  return module ? `${module}.${local}` : local
}

// ---- the values representation (planned_values, prior_state, `show -json` state) ----

interface ValuesResource {
  address?: unknown
  mode?: unknown
  type?: unknown
  name?: unknown
  index?: unknown
  /** Set on a deposed object (the old half of an unfinished create_before_destroy replace). */
  deposed_key?: unknown
  values?: unknown
  sensitive_values?: unknown
}

interface ValuesModule {
  address?: unknown
  resources?: unknown
  child_modules?: unknown
}

/** Every managed resource of a values module tree, with its module instance address ('' for the root). */
export function forEachManagedResource(
  root: unknown,
  visit: (resource: ValuesResource & { type: string; name: string }, module: string) => void
): void {
  if (!isObject(root)) return
  const stack: ValuesModule[] = [root as ValuesModule]
  while (stack.length > 0) {
    const mod = stack.pop() as ValuesModule
    const moduleAddress = typeof mod.address === 'string' ? mod.address : ''
    if (Array.isArray(mod.resources)) {
      // An index loop: this runs once per plan, mostly before V8 optimises it, and for...of then allocates an
      // iterator result per resource.
      const resources = mod.resources as ValuesResource[]
      for (let i = 0; i < resources.length; i++) {
        const r = resources[i]
        if (!isObject(r) || r.mode !== 'managed' || typeof r.type !== 'string' || typeof r.name !== 'string') continue
        // `show -json` lists deposed objects as extra entries with the same address: not the resource itself.
        if (r.deposed_key !== undefined) continue
        visit(r as unknown as ValuesResource & { type: string; name: string }, moduleAddress)
      }
    }
    if (Array.isArray(mod.child_modules)) {
      // Reversed so that modules come out in the order the file lists them.
      for (let i = mod.child_modules.length - 1; i >= 0; i--) {
        const child = mod.child_modules[i] as unknown
        if (isObject(child)) stack.push(child as ValuesModule)
      }
    }
  }
}

/** A resource of the values representation as a TfResource; `values` is the parsed object itself. */
export function valuesResource(
  r: ValuesResource & { type: string; name: string },
  module: string,
  origin: TfResource['origin']
): TfResource {
  const address = typeof r.address === 'string' ? r.address : instanceAddress(module, 'managed', r.type, r.name, r.index)
  const values = isObject(r.values) ? (r.values as Record<string, unknown>) : {}
  const resource = new PlainResource(address, r.type, r.name, module, values, markerPathsOrNone(r.sensitive_values), origin)
  if (typeof r.index === 'number' || typeof r.index === 'string') resource.index = r.index
  return resource
}

/**
 * A TfResource as a plain object (prototype Object.prototype, so its constructor is Object and its keys are what
 * an object literal would have, in the same order), made by a constructor rather than a literal: V8 gives objects
 * made by a constructor room inside them for the properties set after it (index, action, references, configured),
 * where a literal's object moves them to a separate store it grows as they come. A plan's resources live for the
 * whole run: one object each instead of three is that many fewer for the garbage collector to copy.
 */
function plainResource(
  this: TfResource,
  address: string,
  type: string,
  name: string,
  module: string,
  values: Record<string, unknown>,
  sensitive: string[],
  origin: TfResource['origin']
): void {
  this.address = address
  this.type = type
  this.name = name
  this.module = module
  this.values = values
  this.unknown = NO_PATHS
  this.sensitive = sensitive
  this.origin = origin
}
plainResource.prototype = Object.prototype
const PlainResource = plainResource as unknown as new (...args: Parameters<typeof plainResource>) => TfResource

/**
 * The path list of a resource that has no unknown or sensitive paths, shared: most resources of a plan have
 * none of one or the other, and an array per resource kept for the whole run is that many more objects for the
 * garbage collector to copy out of the young generation. Frozen, so that a caller adding to a resource's list
 * in place fails at once instead of adding to every resource's.
 */
export const NO_PATHS: string[] = Object.freeze([]) as unknown as string[]

/**
 * Where markerPathsOrNone collects before copying out: a list grown by push keeps room for 17 paths where most
 * resources have a few, and emptying it (length = 0) would make V8 drop its storage, so it only grows, and is
 * emptied once it holds many.
 */
const collected: string[] = []
const COLLECTED_KEPT = 4096

/**
 * markerPaths, skipping the common empty/false markers without allocating; NO_PATHS when nothing is marked,
 * else a list of exactly the paths found (a plan's resources keep theirs for the whole run).
 */
export function markerPathsOrNone(marker: unknown): string[] {
  if (marker === true) return ['']
  if (marker === null || typeof marker !== 'object') return NO_PATHS
  if (collected.length > COLLECTED_KEPT) collected.length = 0
  const start = collected.length
  appendMarkerPaths(marker, '', collected)
  return collected.length === start ? NO_PATHS : collected.slice(start)
}

/**
 * Union of path lists, each path once, in first-seen order: the first non-empty list itself, extended in place with
 * what the others add (so it must be the caller's own, never NO_PATHS), or NO_PATHS when all are empty.
 */
export function unionPaths(...lists: string[][]): string[] {
  let result: string[] = NO_PATHS
  let seen: Set<string> | undefined
  for (const paths of lists) {
    if (paths.length === 0) continue
    if (result.length === 0) {
      result = paths
      continue
    }
    seen ??= new Set(result)
    for (const p of paths) {
      if (!seen.has(p)) {
        seen.add(p)
        result.push(p)
      }
    }
  }
  return result
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
