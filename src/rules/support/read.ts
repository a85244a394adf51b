// The unknown-aware property accessors of the posture rules, and the three-valued logic they answer in.
//
// Three-valued logic: a property the plan only knows after apply (listed in `resource.unknown`), a value
// replaced by the {"redacted": true} marker, or a property a partial live read did not return (not in
// `resource.readProperties`) is UNKNOWN. Rules combine facts with `and`/`or` (Kleene logic), so
// an unknown value decides nothing unless the known values leave the answer open — then the rule answers
// `unknown` instead of guessing.

import type { Resource } from '../../types.js'
import { formatPath, isPropertyRead, isRedacted, isUnder, parsePath, pathsOverlap, type PathStep } from '../../paths.js'

export { joinPath } from '../../paths.js'

export const UNKNOWN: unique symbol = Symbol('unknown')
export type Unknown = typeof UNKNOWN
/** A fact that may be known only after apply. */
export type Verdict = boolean | Unknown

// The walks below index their loops (no for…of): they run for every property every rule reads, mostly before
// the optimizing compiler has seen them, and an unoptimized for…of steps an iterator object call by call.
function containsRedacted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (isRedacted(value)) return true
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (containsRedacted(value[i])) return true
  } else {
    const keys = Object.keys(value)
    for (let i = 0; i < keys.length; i++) if (containsRedacted((value as Record<string, unknown>)[keys[i]])) return true
  }
  return false
}

/** Whether any of the resource's unknown paths overlaps `path` (is it, an ancestor or a descendant). */
function unknownOverlaps(resource: Resource, path: string): boolean {
  const unknown = resource.unknown
  if (unknown === undefined) return false
  for (let i = 0; i < unknown.length; i++) if (pathsOverlap(unknown[i], path)) return true
  return false
}

/**
 * The node at `path`, walked once from the root, or UNKNOWN when the root or a node on the way (the node
 * itself included) holds the redacted marker. `undefined` when the path leads nowhere.
 */
function walkUnredacted(resource: Resource, path: string): unknown {
  let current: unknown = resource.properties
  if (isRedacted(current)) return UNKNOWN
  const steps = parsePath(path)
  for (let i = 0; i < steps.length; i++) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[steps[i] as never]
    if (isRedacted(current)) return UNKNOWN
  }
  return current
}

/**
 * The value at `path`, or UNKNOWN when the value is not fully known: the path, an ancestor of it or anything
 * inside it is listed as unknown, holds the redacted marker, or was not read. `undefined` means absent (known
 * to be unset).
 */
export function read(resource: Resource, path: string): unknown {
  if (!isPropertyRead(resource, path) || unknownOverlaps(resource, path)) return UNKNOWN
  const value = walkUnredacted(resource, path)
  return value !== UNKNOWN && containsRedacted(value) ? UNKNOWN : value
}

/**
 * Like `read`, but only the node itself must be known: unknown or redacted values *inside* it are left for
 * the caller to read entry by entry (a security group with one unknown rule still has other rules to judge).
 */
export function readNode(resource: Resource, path: string): unknown {
  if (!isPropertyRead(resource, path) || (resource.unknown ?? []).some((u) => isUnder(path, u))) return UNKNOWN
  return walkUnredacted(resource, path)
}

/**
 * A reader of the values below `node`, which must be what `readNode(resource, path)` returned: `below(...steps)`
 * answers what `read(resource, <path followed by steps>)` answers. Rules that read many values under one node (a
 * group's ingress entries, a function's environment variables) would otherwise build, parse and check a path per
 * value. When no unknown path of the resource lies below `path`, an answer depends only on the values on the way
 * (the redacted marker makes it UNKNOWN), so the reader walks from the node; otherwise it reads the long way.
 */
export function readerBelow(resource: Resource, path: string, node: unknown): (...steps: PathStep[]) => unknown {
  const unknown = resource.unknown ?? []
  // readNode's answer means: the property was read, no unknown path is the node or above it, nothing redacted on the way.
  const direct = node !== UNKNOWN && readNode(resource, path) === node && !unknown.some((u) => isUnder(u, path))
  if (!direct) {
    const base = parsePath(path)
    return (...steps) => read(resource, formatPath([...base, ...steps]))
  }
  return (...steps) => {
    let current = node
    for (const step of steps) {
      if (current === null || typeof current !== 'object') return undefined
      current = (current as Record<string | number, unknown>)[step as never]
      if (isRedacted(current)) return UNKNOWN
    }
    return containsRedacted(current) ? UNKNOWN : current
  }
}

/**
 * `read(resource, \`${listPath}[i].${field}\`)` for every entry i of `list` (what `readList(resource, listPath)`
 * returned) and every field.
 */
export function readEntryFields<Field extends string>(
  resource: Resource,
  listPath: string,
  list: readonly unknown[],
  fields: readonly Field[]
): Array<Record<Field, unknown>> {
  const below = readerBelow(resource, listPath, list)
  // A loop, not map(): map skips the holes of a sparse list, and every entry must be read (a hole reads as absent).
  const entries: Array<Record<Field, unknown>> = []
  for (let i = 0; i < list.length; i++) {
    const out = {} as Record<Field, unknown>
    for (const field of fields) out[field] = below(i, field)
    entries.push(out)
  }
  return entries
}

/**
 * The entries of a list property, UNKNOWN when the list itself is unknown; absent or not a list → []. An entry whose
 * value is known only after apply is not in the mapped list (the sources leave unknown values out and list their
 * paths), so an unknown path naming an index past the end — `ManagedPolicyArns[1]` beside one known ARN, or
 * `ManagedPolicyArns[0]` with no list at all — adds an UNKNOWN entry there: a rule looping over the entries reads
 * it as undecided instead of never seeing it.
 */
export function readList(resource: Resource, path: string): unknown[] | Unknown {
  const node = readNode(resource, path)
  if (node === UNKNOWN) return UNKNOWN
  const list = Array.isArray(node) ? node : []
  const length = entriesNamedByUnknownPaths(resource, path)
  if (length <= list.length) return list
  const padded: unknown[] = new Array<unknown>(length)
  for (let i = 0; i < length; i++) padded[i] = i < list.length ? list[i] : UNKNOWN
  return padded
}

/** One past the highest list index an unknown path names right below `path` (0 when none does). */
function entriesNamedByUnknownPaths(resource: Resource, path: string): number {
  const unknown = resource.unknown
  if (unknown === undefined) return 0
  let length = 0
  for (let i = 0; i < unknown.length; i++) {
    const u = unknown[i]
    if (u.length <= path.length + 2 || u.charCodeAt(path.length) !== 0x5b /* [ */ || !u.startsWith(path)) continue
    const index = parseInt(u.slice(path.length + 1), 10)
    if (Number.isInteger(index) && index + 1 > length) length = index + 1
  }
  return length
}

/**
 * The keys of an object property (`node`, what readNode returned): its own, and those an unknown path names right
 * below it — a map entry whose value is known only after apply is left out of the mapped object, but its key (an
 * environment variable's name) is known and may decide on its own.
 */
export function readKeys(resource: Resource, path: string, node: object): string[] {
  const keys = Object.keys(node)
  const unknown = resource.unknown
  if (unknown === undefined) return keys
  const prefix = `${path}.`
  for (let i = 0; i < unknown.length; i++) {
    const u = unknown[i]
    if (!u.startsWith(prefix)) continue
    const first = parsePath(u.slice(prefix.length))[0]
    if (typeof first === 'string' && !keys.includes(first)) keys.push(first)
  }
  return keys
}

export function isUnknown(value: unknown): value is Unknown {
  return value === UNKNOWN
}

// AND and OR run several times per judged entry: one pass with a loop, no callbacks.

/** Kleene AND: false wins, then unknown. */
export function and(...facts: Verdict[]): Verdict {
  let unknown = false
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === false) return false
    if (facts[i] === UNKNOWN) unknown = true
  }
  return unknown ? UNKNOWN : true
}

/** Kleene OR: true wins, then unknown. */
export function or(...facts: Verdict[]): Verdict {
  let unknown = false
  for (let i = 0; i < facts.length; i++) {
    if (facts[i] === true) return true
    if (facts[i] === UNKNOWN) unknown = true
  }
  return unknown ? UNKNOWN : false
}

/** Compare a possibly unknown value with a predicate. */
export function holds(value: unknown, predicate: (known: unknown) => boolean): Verdict {
  return value === UNKNOWN ? UNKNOWN : predicate(value)
}

/** A CloudFormation boolean: true, or the string "true" as some sources write it. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}
