// Value conversions shared by the aws_* mappers, and the table-driven copy of attributes into properties.
import type { TfResource } from '../types.js'
import { hasKeys, parsePath } from '../paths.js'
import { attr, containerOf, isPlainName, setPath, type ResourceBuilder } from './builder.js'

export type Convert = (value: unknown) => unknown

/** A Terraform nested block as an object: blocks arrive as a list of one (plan/state) or an object (HCL). */
export function block(value: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first && typeof first === 'object' && !Array.isArray(first) ? (first as Record<string, unknown>) : undefined
}

/** The attribute path of a block's first item: 'metadata_options' → 'metadata_options[0]' when it is a list. */
export function blockPath(tf: TfResource, path: string): string {
  return Array.isArray(attr(tf, path)) ? `${path}[0]` : path
}

// Defined with the canonical security-group rule entry, whose ports it converts too.
import { toNumber } from '../model/values.js'
export { toNumber }

export const toBoolean: Convert = (v) => (v === 'true' ? true : v === 'false' ? false : v)

export const toStringValue: Convert = (v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)

/** Policy documents are parsed objects; a string that is not JSON stays a string (never a guess). */
export const parsePolicy: Convert = (v) => {
  if (typeof v !== 'string') return v
  try {
    const parsed: unknown = JSON.parse(v)
    return parsed !== null && typeof parsed === 'object' ? parsed : v
  } catch {
    return v
  }
}

/** An optional boolean: Terraform's empty string is "not set" (an optional boolean inside a block), else toBoolean. */
export const optionalBoolean: Convert = (v) => (v === '' ? undefined : toBoolean(v))

/** A free-form document (a policy, a pattern): Terraform's empty string is "no document", JSON text is parsed. */
export const optionalDocument: Convert = (v) => (v === '' ? undefined : parsePolicy(v))

/** An empty list is "not set": CloudFormation leaves such lists out. */
export const nonEmptyList: Convert = (v) => (Array.isArray(v) && v.length === 0 ? undefined : v)

/** A number where the provider writes 0 (or -1, or "") for "not set": counts, ports and sizes AWS omits when not given. */
export const positiveNumber: Convert = (v) => {
  const n = toNumber(v)
  return typeof n === 'number' && n <= 0 ? undefined : n === '' ? undefined : n
}

/** positiveNumber as text, for CloudFormation's string-typed numbers (a scaling policy's Cooldown, an object size). */
export const positiveNumberText: Convert = (v) => {
  const n = positiveNumber(v)
  return n === undefined ? undefined : String(n)
}

/** A list of scalars, sorted: Terraform sets and CloudFormation lists compare without order noise. */
export const sortedList: Convert = (v) => (Array.isArray(v) ? [...v].sort() : v)

/** Terraform's empty string means "not set" for many optional attributes; CloudFormation omits those. */
export const nonEmpty: Convert = (v) => (v === '' ? undefined : v)

export interface Tag {
  Key: string
  Value: string
}

/** Terraform tags map → CloudFormation `[{Key, Value}]`, sorted by Key, without `aws:` keys. */
export function tagList(map: unknown): Tag[] | undefined {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined
  // One loop, no entry pairs: every resource of a large plan has tags.
  const tags: Tag[] = []
  const keys = Object.keys(map)
  for (let i = 0; i < keys.length; i++) {
    const Key = keys[i]
    if (Key.startsWith('aws:')) continue
    const Value = (map as Record<string, unknown>)[Key]
    tags.push({ Key, Value: String(Value ?? '') })
  }
  if (tags.length === 0) return undefined
  if (tags.length > 1) tags.sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0))
  return tags
}

/**
 * Tags: `tags_all` (with the provider's default_tags) when Terraform knows it, else `tags`. When `tags_all` is
 * only known after apply, so is Tags: the default tags are not guessed.
 */
export function copyTags(b: ResourceBuilder, out = 'Tags'): void {
  const tf = b.tf
  const all = tf.values.tags_all
  if (all && typeof all === 'object') b.set(out, tagList(all), ['tags_all'])
  else if (tf.unknown.some((u) => u === 'tags_all' || u === '')) b.record(out, 'tags_all')
  else b.copy(out, 'tags', tagList)
}

/**
 * A property table: [property, attribute] copies a value, [property, attribute, convert] converts it,
 * [property, attribute, { one: table }] turns a single nested block into an object, and
 * [property, attribute, { many: table }] turns repeated blocks into a list of objects (same order).
 */
export type Field =
  | readonly [string, string]
  | readonly [string, string, Convert]
  | readonly [string, string, { one: readonly Field[] }]
  | readonly [string, string, { many: readonly Field[] }]

export function copyFields(b: ResourceBuilder, fields: readonly Field[], outBase = '', srcBase = '', from: TfResource = b.tf): void {
  const container = srcBase === '' ? from.values : attr(from, srcBase)
  if (outBase === '') {
    copyFieldsOf(b, fields, '', srcBase, from, container, b.properties)
    return
  }
  const holder: Record<string, unknown> = {}
  copyFieldsOf(b, fields, outBase, srcBase, from, container, holder)
  if (!hasKeys(holder)) return
  if (from !== b.tf) b.noteCause(outBase, from)
  if (isPlainName(outBase)) {
    mergeAt(b.properties, outBase, holder)
    return
  }
  // 'BlockDeviceMappings[2].Ebs': the containers on the way made as setPath makes them.
  const steps = parsePath(outBase)
  mergeAt(containerOf(b.properties, steps), steps[steps.length - 1], holder)
}

// `container` is the value at `srcBase` (the resource's values, a block, a repeated block's item): each field's
// value is read from it directly instead of walking the whole attribute path again from the resource's values.
// `target` is the object at `outBase` the fields are written into: a nested block fills an object of its own,
// attached only when something was set in it, so no property path is built and parsed again per value.
function copyFieldsOf(
  b: ResourceBuilder,
  fields: readonly Field[],
  outBase: string,
  srcBase: string,
  from: TfResource,
  container: unknown,
  target: Record<string, unknown>
): void {
  // An index loop, no destructuring: see matchesAny in builder.ts.
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]
    const name = field[0]
    const attrName = field[1]
    const how = field[2]
    const plain = isPlainName(attrName)
    const value = !plain
      ? attr(from, srcBase === '' ? attrName : `${srcBase}.${attrName}`)
      : container !== null && typeof container === 'object'
        ? (container as Record<string, unknown>)[attrName]
        : undefined
    if (how === undefined || typeof how === 'function') {
      // The attribute's path is made only when a record may be kept: most values of most resources are plainly known.
      if (b.mayRecord(from, value, srcBase === '')) b.recordUnder(outBase, name, srcBase === '' ? attrName : `${srcBase}.${attrName}`, true, from, value)
      const converted = value === undefined || value === null ? undefined : how ? how(value) : value
      if (converted !== undefined && converted !== null) {
        setPath(target, name, converted)
        // A companion's write is noted once per property it sets at the top (copyFields notes a block it fills).
        if (from !== b.tf && outBase === '') b.noteCause(name, from)
      }
      continue
    }
    const src = srcBase === '' ? attrName : `${srcBase}.${attrName}`
    b.recordUnder(outBase, name, src, false, from)
    const out = outBase === '' ? name : `${outBase}.${name}`
    if ('one' in how) {
      const inner = block(value)
      if (!inner) continue
      const holder: Record<string, unknown> = {}
      copyFieldsOf(b, how.one, out, Array.isArray(value) ? `${src}[0]` : src, from, inner, holder)
      // A dotted name ('Options.Logging') is a path: the object is made where the path leads, as setPath would.
      if (isPlainName(name)) mergeAt(target, name, holder)
      else if (hasKeys(holder)) {
        const steps = parsePath(name)
        mergeAt(containerOf(target, steps), steps[steps.length - 1], holder)
      }
      if (from !== b.tf && outBase === '' && hasKeys(holder)) b.noteCause(name, from)
    } else if (Array.isArray(value)) {
      let filled = false
      // A dotted name ('LifecycleConfiguration.Rules') is a path, as for a single block: the list is made where it leads.
      const steps = isPlainName(name) ? undefined : parsePath(name)
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        if (!item || typeof item !== 'object') continue
        const holder: Record<string, unknown> = {}
        copyFieldsOf(b, how.many, `${out}[${i}]`, `${src}[${i}]`, from, item, holder)
        if (hasKeys(holder)) {
          const list = steps === undefined ? listAt(target, name) : listAt(containerOf(target, steps), steps[steps.length - 1] as string)
          mergeAt(list, i, holder)
          filled = true
        }
      }
      if (from !== b.tf && outBase === '' && filled) b.noteCause(name, from)
    }
  }
}

/**
 * Attach what a nested block set (`holder`) at `key` of `target`, as setPath would have written each value: nothing
 * when nothing was set; merged into an object already there; replacing a value that is not one.
 */
function mergeAt(target: Record<string | number, unknown>, key: string | number, holder: Record<string, unknown>): void {
  if (!hasKeys(holder)) return
  const existing = target[key]
  if (existing !== null && typeof existing === 'object') Object.assign(existing, holder)
  else target[key] = holder
}

/** The list at `key` of `target` for repeated blocks' items, made as setPath makes it (a value that is not an object is replaced). */
function listAt(target: Record<string, unknown>, key: string): Record<number, unknown> {
  const existing = target[key]
  if (existing !== null && typeof existing === 'object') return existing as Record<number, unknown>
  const list: unknown[] = []
  target[key] = list
  return list as unknown as Record<number, unknown>
}
