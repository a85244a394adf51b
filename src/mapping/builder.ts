// Builds one CloudFormation-shaped Resource from one Terraform resource and the companions folded into it.
// Every property a mapper writes is recorded with the Terraform attribute paths it came from, so that the
// Terraform resource's unknown and sensitive paths translate into property paths without each mapper doing it.
import { formatPath, hasKeys, parsePath, type PathStep } from '../paths.js'
import { payloadAndSecretPaths } from '../secrets.js'
import type { Resource, ResourceCause, TfResource } from '../types.js'
import { expandSchemaPath, writeOnlyPatterns } from '../model/schemas.js'

/**
 * A recorded property that matters when the resource is finished: its source is unknown or sensitive, or it is
 * a top-level attribute of the resource itself whose expression refers to other resources. Whether it matters is
 * decided when it is recorded (the Terraform resource's unknown, sensitive and reference lists are fixed by then),
 * so the many properties that do not are never kept: fewer objects live through the mapping of a large plan.
 */
interface SourceRecord {
  out: string
  src: string
  unknown: boolean
  sensitive: boolean
  referenced: boolean
}

/** `path` is `ancestor` or below it; '' is the root. String form of paths.isUnder, for the hot loop. */
export function isAtOrUnder(path: string, ancestor: string): boolean {
  if (ancestor === '' || path === ancestor) return true
  return path.startsWith(ancestor) && (path[ancestor.length] === '.' || path[ancestor.length] === '[')
}

function matches(paths: readonly string[], src: string, deep: boolean): boolean {
  if (paths.length === 0) return false
  if (paths.length <= SCAN_AT_MOST || src === '') return matchesAny(paths, src, deep)
  // Only a path with the same first name (or the root) can be at, above or below `src`.
  const index = pathsByFirstName(paths)
  return matchesAny(index.get(firstName(src)) ?? [], src, deep) || matchesAny(index.get('') ?? [], src, deep)
}

// The hot loops of the mapping are index loops: a single run maps each type a few hundred times, mostly before
// V8 optimises the code, and an unoptimised for…of makes an iterator result per step (and destructuring one more
// per element), which the garbage collector then has to deal with.
function matchesAny(paths: readonly string[], src: string, deep: boolean): boolean {
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i]
    if (isAtOrUnder(src, p)) return true
    if (deep && isAtOrUnder(p, src)) return true
  }
  return false
}

/**
 * Below this many paths a scan is cheaper than the index: most lists are short (a created resource's computed
 * attributes, 2 to 11 in the bench plan), and each index is a map and a list per first name kept for the run.
 */
const SCAN_AT_MOST = 12

/** 'ingress[0].cidr_blocks' → 'ingress'; '' for the root and for paths that begin with an index. */
function firstName(path: string): string {
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i)
    if (ch === 0x2e /* . */ || ch === 0x5b /* [ */) return path.slice(0, i)
  }
  return path
}

// A created resource lists a dozen or more unknown paths (every computed attribute), and every recorded
// property is checked against them: grouped by first name once per list, each check looks at one group.
const firstNameIndexes = new WeakMap<readonly string[], Map<string, string[]>>()

// The last list asked about and its index, in front of the WeakMap: a mapper asks about one resource's lists many
// times in a row, and a hit here costs no hash lookup.
let lastPaths: readonly string[] | undefined
let lastIndex: Map<string, string[]> | undefined

function pathsByFirstName(paths: readonly string[]): Map<string, string[]> {
  if (paths === lastPaths) return lastIndex!
  let index = firstNameIndexes.get(paths)
  if (index === undefined) {
    index = new Map()
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]
      const name = firstName(p)
      const group = index.get(name)
      if (group === undefined) index.set(name, [p])
      else group.push(p)
    }
    firstNameIndexes.set(paths, index)
  }
  lastPaths = paths
  lastIndex = index
  return index
}

/**
 * A plan states a value only where it knows it (an unknown attribute, and everything below an unknown one, is left
 * out and listed in after_unknown), and a scalar has no parts that could be unknown: a scalar the plan states is known,
 * which spares the unknown-path lookup for most attributes of a created resource. Code (`hcl`) may hold a stand-in
 * value at an unknown path, so only plans are taken at their word.
 */
function isKnownPlanScalar(tf: TfResource, value: unknown): boolean {
  return tf.origin === 'plan' && value !== undefined && value !== null && typeof value !== 'object'
}

/** True when Terraform only knows `path` (or an ancestor of it) after apply. */
export function isUnknownAttr(tf: TfResource, path: string): boolean {
  // The same question record() asks (at or under an unknown path), through the same first-name index: a created
  // resource lists a dozen or more unknown paths and the mappers ask this for every rule, source and block.
  return matches(tf.unknown, path, false)
}

/** A path of one plain name ('Tags', 'bucket'): the common case, read and written without parsing. */
export function isPlainName(path: string): boolean {
  if (path === '') return false
  // One scan instead of three indexOf calls: asked for every property copied and every attribute read.
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i)
    if (ch === 0x2e /* . */ || ch === 0x5b /* [ */ || ch === 0x5d /* ] */) return false
  }
  return true
}

export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (isPlainName(path)) {
    target[path] = value
    return
  }
  const steps = parsePath(path)
  containerOf(target, steps)[steps[steps.length - 1]] = value
}

/**
 * The object below `target` that holds the last of `steps`, with the containers on the way made where missing or
 * not objects (a list before an index step, else an object).
 */
export function containerOf(target: Record<string, unknown>, steps: readonly PathStep[]): Record<string | number, unknown> {
  let node: Record<string | number, unknown> = target
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]
    let next = node[step]
    if (next === undefined || next === null || typeof next !== 'object') {
      next = typeof steps[i + 1] === 'number' ? [] : {}
      node[step] = next
    }
    node = next as Record<string | number, unknown>
  }
  return node
}

function deleteKey(target: Record<string, unknown>, path: string): void {
  if (isPlainName(path)) {
    delete target[path]
    return
  }
  const steps = parsePath(path)
  const last = steps[steps.length - 1]
  if (typeof last !== 'string') return // list items are never removed: indices of their siblings must hold
  let node: unknown = target
  for (const step of steps.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return
    node = (node as Record<string | number, unknown>)[step]
  }
  if (node && typeof node === 'object') delete (node as Record<string, unknown>)[last]
}

/**
 * Drop paths that lie under another path of the set, then sort: the coarsest true statement, stable. Sorts `paths`
 * itself (finish() hands over lists of its own).
 */
function collapse(paths: string[]): string[] {
  // Most resources have no path or one: nothing to drop or order.
  if (paths.length === 0) return EMPTY
  if (paths.length === 1) return [paths[0]]
  // In code-unit order a path comes after every path it lies under (an ancestor is a prefix of it), so one pass
  // over the sorted paths keeps a path unless it repeats or lies under one kept before it; the result is sorted.
  sortStrings(paths)
  const kept: string[] = []
  for (let i = 0; i < paths.length; i++) if (!isUnderAny(paths[i], kept)) kept.push(paths[i])
  return kept
}

const EMPTY: string[] = []

/**
 * Sorts in code-unit order, as sort() does; short lists (nearly all) by insertion, which needs no scratch array.
 */
function sortStrings(list: string[]): void {
  if (list.length > 16) {
    list.sort()
    return
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]
    let j = i - 1
    while (j >= 0 && list[j] > item) {
      list[j + 1] = list[j]
      j--
    }
    list[j + 1] = item
  }
}

function pushAll(target: string[], items: readonly string[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i])
}

/** `path` is at or under one of `ancestors` (a loop, not some(): no closure per path). */
export function isUnderAny(path: string, ancestors: readonly string[]): boolean {
  for (let i = 0; i < ancestors.length; i++) if (isAtOrUnder(path, ancestors[i])) return true
  return false
}

/** `path` + one object key, in the path notation (keys that are not plain names are quoted). */
export function childPath(path: string, key: string): string {
  const step = formatPath([key])
  if (path === '') return step
  return step.startsWith('[') ? path + step : `${path}.${step}`
}

export class ResourceBuilder {
  readonly properties: Record<string, unknown> = {}
  id: string | null = null
  /** Resource.part, for one of several resources made from one Terraform resource. */
  part: string | undefined
  isDefault = false
  /** Set for global services (IAM): 'global' whatever the provider region. */
  region: string | undefined
  account: string | undefined
  private readonly records: SourceRecord[] = []
  private readonly unknownPaths: string[] = []
  private readonly sensitivePaths: string[] = []
  private readonly references: Record<string, string[]> = {}
  private readonly finishers: Array<() => void> = []
  /**
   * Properties written by folded companions, in the order written (a later write of the same path wins). Made on the
   * first such write: most resources have no companion, and a large plan maps tens of thousands of them.
   */
  private causes: Array<{ path: string; from: TfResource }> | undefined

  constructor(
    readonly type: string,
    readonly tf: TfResource
  ) {
    const ownRegion = tf.values.region
    this.region = typeof ownRegion === 'string' && ownRegion !== '' ? ownRegion : tf.region
    this.account = tf.account
  }

  /** Note that property `out` comes from attribute `src` of `from` (the resource itself or a folded companion). */
  // deep: the property is unknown/sensitive when anything at, above or below the source is (a leaf value).
  // Not deep: only when the source itself or an ancestor is (a container whose items are recorded on their own).
  record(out: string, src: string, deep = true, from: TfResource = this.tf): void {
    this.recordUnder('', out, src, deep, from)
  }

  /**
   * Whether recordUnder() could keep anything for `value`, read from `from` (`topLevel`: an attribute of the resource
   * itself, whose expression may refer to other resources): no when nothing is sensitive, nothing can be a
   * reference and the value cannot be unknown. Asked first so that the attribute's path need not be made.
   */
  mayRecord(from: TfResource, value: unknown, topLevel: boolean): boolean {
    if (from.sensitive.length > 0) return true
    if (topLevel && from === this.tf && this.tf.references !== undefined) return true
    return from.unknown.length > 0 && !isKnownPlanScalar(from, value)
  }

  /**
   * record() of property `name` below the property path `outBase` ('' for the top): the joined path is built only
   * when the record is kept, which few are (the table-driven copy asks for every field of every nested block).
   */
  recordUnder(outBase: string, name: string, src: string, deep: boolean, from: TfResource, value?: unknown): void {
    const unknown = !isKnownPlanScalar(from, value) && matches(from.unknown, src, deep)
    const sensitive = matches(from.sensitive, src, deep)
    const references = from === this.tf ? this.tf.references : undefined
    const referenced = references !== undefined && !!references[src] && /^[A-Za-z0-9_-]+$/.test(src)
    if (unknown || sensitive || referenced) {
      this.records.push({ out: outBase === '' ? name : `${outBase}.${name}`, src, unknown, sensitive, referenced })
    }
  }

  /** Set a property (unless the value is undefined/null) and record where it came from. */
  set(out: string, value: unknown, sources: readonly string[], from: TfResource = this.tf): void {
    for (let i = 0; i < sources.length; i++) this.record(out, sources[i], true, from)
    if (value !== undefined && value !== null) {
      setPath(this.properties, out, value)
      if (from !== this.tf) this.noteCause(out, from)
    }
  }

  /**
   * Property `path` was written by `from`, a companion folded into this resource: a finding decided by it belongs on
   * the companion's block (Resource.causes). Writes by the resource itself are not noted.
   */
  noteCause(path: string, from: TfResource): void {
    if (from !== this.tf) (this.causes ??= []).push({ path, from })
  }

  /** Copy attribute `src` of `from` to property `out`, converted. */
  copy(out: string, src: string, convert?: (value: unknown) => unknown, from: TfResource = this.tf): void {
    this.copyValue(out, src, attr(from, src), convert, from)
  }

  /** copy() when the caller already holds the attribute's value `raw` (read from its parent object). */
  copyValue(out: string, src: string, raw: unknown, convert?: (value: unknown) => unknown, from: TfResource = this.tf): void {
    const value = raw === undefined || raw === null ? undefined : convert ? convert(raw) : raw
    // What set(out, value, [src], from) does, without a list per copied property.
    this.recordUnder('', out, src, true, from, raw)
    if (value !== undefined && value !== null) {
      setPath(this.properties, out, value)
      if (from !== this.tf) this.noteCause(out, from)
    }
  }

  /**
   * Forget property `out` and everything recorded at or under it: a folded companion replaces what the parent's
   * own (deprecated, often computed) inline block said, including its unknown-ness.
   */
  clear(out: string): void {
    deleteKey(this.properties, out)
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (isAtOrUnder(this.records[i].out, out)) this.records.splice(i, 1)
    }
  }

  markUnknown(out: string): void {
    this.unknownPaths.push(out)
  }

  markSensitive(out: string): void {
    this.sensitivePaths.push(out)
  }

  /** Property `out` refers to these Terraform resources (resolved full addresses). */
  addReferences(out: string, addresses: readonly string[]): void {
    if (addresses.length === 0) return
    const list = (this.references[out] ??= [])
    for (let i = 0; i < addresses.length; i++) if (!list.includes(addresses[i])) list.push(addresses[i])
  }

  /**
   * For each property copied from a top-level attribute of this resource, note the resources that attribute's
   * expression refers to (`resolve` gives their addresses).
   */
  linkReferences(resolve: (attrName: string) => string[]): void {
    const references = this.tf.references
    if (references === undefined) return
    const resolved = new Map<string, string[]>()
    for (const rec of this.records) {
      if (!rec.referenced) continue
      let addresses = resolved.get(rec.src)
      if (addresses === undefined) resolved.set(rec.src, (addresses = resolve(rec.src)))
      this.addReferences(rec.out, addresses)
    }
  }

  /** Run just before the resource is finished (after every companion has folded in). */
  onFinish(step: () => void): void {
    this.finishers.push(step)
  }

  finish(): Resource {
    for (let i = 0; i < this.finishers.length; i++) this.finishers[i]()
    const unknown = this.unknownPaths.slice()
    const sensitive = this.sensitivePaths.slice()
    const records = this.records
    for (let i = 0; i < records.length; i++) {
      if (records[i].unknown) unknown.push(records[i].out)
      if (records[i].sensitive) sensitive.push(records[i].out)
    }
    const unknownCollapsed = collapse(unknown)
    // A value at an unknown path can only be a default the mapper filled in: never guess.
    for (let i = 0; i < unknownCollapsed.length; i++) deleteKey(this.properties, unknownCollapsed[i])

    const writeOnly = writeOnlyPatterns(this.type)
    for (let i = 0; i < writeOnly.length; i++) pushAll(sensitive, expandSchemaPath(this.properties, writeOnly[i]))
    pushAll(sensitive, payloadAndSecretPaths(this.type, this.properties))

    const tf = this.tf
    const resource: Resource = {
      type: this.type,
      id: this.id,
      origin: tf.origin,
      properties: this.properties,
      address: tf.address,
      tfType: tf.type
    }
    if (this.account !== undefined) resource.account = this.account
    if (this.region !== undefined) resource.region = this.region
    if (tf.location) resource.location = tf.location
    if (tf.action) resource.action = tf.action
    if (this.part !== undefined) resource.part = this.part
    if (unknownCollapsed.length > 0) resource.unknown = unknownCollapsed
    const sensitiveCollapsed = collapse(sensitive)
    if (sensitiveCollapsed.length > 0) resource.sensitive = sensitiveCollapsed
    if (this.isDefault) resource.isDefault = true
    if (hasKeys(this.references)) resource.references = this.references
    if (this.causes !== undefined) resource.causes = causesOf(this.causes)
    return resource
  }
}

/**
 * The noted companion writes as Resource.causes: one per path (the last write wins), in path order. Walked from the
 * last write back, keeping a path the first time it is met; a scan of what is kept finds repeats (a bucket has five
 * companions at most, a group rarely more than a few dozen rules), with a set only for long lists.
 */
function causesOf(noted: ReadonlyArray<{ path: string; from: TfResource }>): ResourceCause[] {
  const out: ResourceCause[] = []
  const seen = noted.length > 32 ? new Set<string>() : undefined
  for (let i = noted.length - 1; i >= 0; i--) {
    const { path, from } = noted[i]
    if (seen !== undefined ? seen.has(path) : keptAt(out, path)) continue
    seen?.add(path)
    out.push(from.location ? { path, address: from.address, location: from.location } : { path, address: from.address })
  }
  if (out.length > 1) out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return out
}

function keptAt(causes: readonly ResourceCause[], path: string): boolean {
  for (let i = 0; i < causes.length; i++) if (causes[i].path === path) return true
  return false
}

/** The value of a Terraform attribute path ('ingress[0].cidr_blocks'). */
export function attr(tf: TfResource, path: string): unknown {
  if (isPlainName(path)) return tf.values[path]
  let current: unknown = tf.values
  for (const step of parsePath(path)) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[step as never]
  }
  return current
}
