// Property paths: 'SecurityGroupIngress[1].CidrIp'. One notation for unknown, sensitive and judged paths,
// in Terraform attribute names (readers) and CloudFormation property names (everything after mapping).

export type PathStep = string | number

// Paths repeat across thousands of resources (the same attribute names over and over), so parsing is
// cached. The cached arrays are frozen: callers copy (slice, spread) before changing them.
const parsedPaths = new Map<string, readonly PathStep[]>()
const MAX_CACHED_PATHS = 200_000

export function parsePath(path: string): readonly PathStep[] {
  let steps = parsedPaths.get(path)
  if (steps === undefined) {
    steps = Object.freeze(parsePathUncached(path))
    if (parsedPaths.size >= MAX_CACHED_PATHS) parsedPaths.clear()
    parsedPaths.set(path, steps)
  }
  return steps
}

function parsePathUncached(path: string): PathStep[] {
  const steps: PathStep[] = []
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g
  let m: RegExpExecArray | null
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) steps.push(m[1])
    else if (m[2] !== undefined) steps.push(Number(m[2]))
    else steps.push(m[3].replace(/\\(.)/g, '$1'))
  }
  return steps
}

export function formatPath(steps: readonly PathStep[]): string {
  let out = ''
  for (const step of steps) out = appendStep(out, step)
  return out
}

/** `path` (formatted) and one more step: what formatPath([...steps, step]) gives when `path` is formatPath(steps). */
export function appendStep(path: string, step: PathStep): string {
  if (typeof step === 'number') return `${path}[${step}]`
  if (isPlainStep(step)) return path === '' ? step : `${path}.${step}`
  return `${path}[${JSON.stringify(step)}]`
}

/** A key written bare in a path: what /^[A-Za-z0-9_:-]+$/ accepts, without a regular expression (paths are formatted by the hundred thousand). */
function isPlainStep(step: string): boolean {
  if (step.length === 0) return false
  for (let i = 0; i < step.length; i++) {
    const c = step.charCodeAt(i)
    const plain =
      (c >= 0x61 && c <= 0x7a) /* a-z */ || (c >= 0x41 && c <= 0x5a) /* A-Z */ || (c >= 0x30 && c <= 0x3a) /* 0-9 and : */ || c === 0x5f /* _ */ || c === 0x2d /* - */
    if (!plain) return false
  }
  return true
}

export function joinPath(base: string, step: PathStep): string {
  return formatPath([...parsePath(base), step])
}

export function getPath(value: unknown, path: string | readonly PathStep[]): unknown {
  const steps = typeof path === 'string' ? parsePath(path) : path
  let current: unknown = value
  for (const step of steps) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[step as never]
  }
  return current
}

/** True when one path is the other or an ancestor of it ('a.b' covers 'a.b[0].c' and 'a'). */
export function pathsOverlap(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return true
  return a.length < b.length ? isUnder(b, a) : isUnder(a, b)
}

/**
 * True when `path` is `ancestor` or below it. Asked for every property a rule reads against every unknown and
 * sensitive path of the resource (hundreds of thousands of times on a large plan), so it compares the text first:
 * a formatted path is its ancestor's text followed by '.' or '[' exactly when its steps start with the ancestor's,
 * and without quoted keys the text is the only way to write the steps; only paths with quoted keys (which can be
 * written bare too) are compared step by step.
 */
export function isUnder(path: string, ancestor: string): boolean {
  if (path === ancestor || ancestor === '') return true
  if (path.length > ancestor.length && path.startsWith(ancestor)) {
    const next = path.charCodeAt(ancestor.length)
    if (next === DOT || next === OPEN_BRACKET) return true
  }
  if (path.indexOf('"') < 0 && ancestor.indexOf('"') < 0) return false
  const p = parsePath(path)
  const a = parsePath(ancestor)
  if (a.length > p.length) return false
  for (let i = 0; i < a.length; i++) if (p[i] !== a[i]) return false
  return true
}

const DOT = 46
const OPEN_BRACKET = 91

/**
 * Whether the property at `path` was read: always, unless the resource records a partial read
 * (Resource.readProperties, the top-level properties the read returned), which leaves every other property
 * unknown — not read is never the same as absent. The root path '' counts as read only for a whole read.
 */
export function isPropertyRead(resource: { readonly readProperties?: readonly string[] }, path: string): boolean {
  const read = resource.readProperties
  if (read === undefined) return true
  const first = parsePath(path)[0]
  return typeof first === 'string' && read.includes(first)
}

/** The marker every written file holds in place of a secret value. */
export const REDACTED = Object.freeze({ redacted: true as const })

/**
 * Every string below `root` for which `redact` holds replaced by the redaction marker, in place; returns the paths
 * replaced (for the resource's `sensitive` list).
 */
export function redactStringsWhere(root: unknown, redact: (value: string) => boolean): string[] {
  const replaced: string[] = []
  const steps: PathStep[] = []
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (!redact(node)) return node
      replaced.push(formatPath(steps))
      return { ...REDACTED }
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        steps.push(i)
        node[i] = walk(node[i])
        steps.pop()
      }
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>
      for (const key of Object.keys(record)) {
        steps.push(key)
        record[key] = walk(record[key])
        steps.pop()
      }
    }
    return node
  }
  walk(root)
  return replaced
}

export function isRedacted(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as Record<string, unknown>).redacted === true &&
    Object.keys(value).length === 1
  )
}

/**
 * Flatten Terraform's sensitive/unknown marker trees (after_unknown, after_sensitive, sensitive_values)
 * into paths: `true` at a leaf marks that path, `true` at the top marks everything ('').
 */
export function markerPaths(marker: unknown, prefix: PathStep[] = []): string[] {
  const out: string[] = []
  appendMarkerPaths(marker, formatPath(prefix), out)
  return out
}

/** markerPaths below `path`, added to `out`. */
export function appendMarkerPaths(marker: unknown, path: string, out: string[]): void {
  if (marker === true) out.push(path)
  else if (marker !== null && typeof marker === 'object') collectMarkerPaths(marker, path, out)
}

// The path is carried down as text, one step appended per level entered: plans carry several marker trees per
// resource (a 20,000-resource plan: some 300,000 marker nodes and 100,000 marked paths), and formatting every path
// from its steps again at each marked leaf was most of the cost of reading them. Most containers in a marker tree
// mark nothing (`tags: {}`, `vpc_config: []`, some 70,000 of them in that plan), so a container's path is built
// only when it holds something, and keys are read with for...in, which walks V8's cached key list where
// Object.keys would allocate a copy of it per container. Leaves that mark nothing (false, null) cost nothing.
function collectMarkerPaths(marker: object, path: string, out: string[]): void {
  if (Array.isArray(marker)) {
    for (let i = 0; i < marker.length; i++) {
      const item: unknown = marker[i]
      if (item === true) out.push(appendStep(path, i))
      else if (item !== null && typeof item === 'object' && !isEmptyContainer(item)) collectMarkerPaths(item, appendStep(path, i), out)
    }
    return
  }
  // JSON.parse makes plain objects with Object.prototype, which has no enumerable keys: for...in lists exactly
  // the own keys, in Object.keys order.
  for (const key in marker) {
    const item = (marker as Record<string, unknown>)[key]
    if (item === true) out.push(appendStep(path, key))
    else if (item !== null && typeof item === 'object' && !isEmptyContainer(item)) collectMarkerPaths(item, appendStep(path, key), out)
  }
}

function isEmptyContainer(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : !hasKeys(value)
}

/** Whether a plain object has any key, without making the array of them Object.keys would. */
export function hasKeys(object: object): boolean {
  for (const _ in object) return true
  return false
}

/** Every string found at or below the given paths of `values` ('' is the whole object): the values to keep secret. */
export function stringsAtPaths(values: unknown, paths: readonly string[]): Set<string> {
  const found = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') found.add(value)
    else if (Array.isArray(value)) value.forEach(collect)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const path of paths) collect(path === '' ? values : getPath(values, path))
  return found
}

// Patterns split once: they come from fixed tables and are expanded for every resource of their type.
const patternCache = new Map<string, readonly string[]>()

function patternSteps(pattern: string): readonly string[] {
  let steps = patternCache.get(pattern)
  if (steps === undefined) {
    // 'A[*].B.*' → ['A', '[*]', 'B', '*']
    steps = pattern.split(/\.|(?=\[\*\])/).filter((s) => s !== '')
    patternCache.set(pattern, steps)
  }
  return steps
}

/**
 * The concrete paths in `value` that a path pattern names, only where a value is present: `[*]` stands for every
 * item of a list ('A[*].B' → 'A[0].B', 'A[2].B'), `.*` for every key of an object (a map whose keys are data, such
 * as a Lambda function's environment variables: 'Environment.Variables.*').
 */
export function expandPathPattern(value: unknown, pattern: string): string[] {
  const steps = patternSteps(pattern)
  // Most patterns (a type's write-only properties, its payloads) name a property the resource does not have: told
  // by one lookup, before the walk is set up. Asked for every pattern of every resource.
  const first = steps[0]
  if (first !== undefined && first !== '*' && first !== '[*]') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return []
    const at = (value as Record<string, unknown>)[first]
    if (at === undefined || at === null) return []
  }
  const out: string[] = []
  const at: PathStep[] = []
  const walk = (node: unknown, i: number): void => {
    if (node === undefined || node === null) return
    if (i === steps.length) {
      out.push(formatPath(at))
      return
    }
    const step = steps[i]
    if (step === '[*]') {
      if (!Array.isArray(node)) return
      node.forEach((item, n) => {
        at.push(n)
        walk(item, i + 1)
        at.pop()
      })
      return
    }
    if (typeof node !== 'object' || Array.isArray(node)) return
    const keys = step === '*' ? Object.keys(node) : [step]
    for (const key of keys) {
      at.push(key)
      walk((node as Record<string, unknown>)[key], i + 1)
      at.pop()
    }
  }
  walk(value, 0)
  return out
}
