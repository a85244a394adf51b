// Value conversions shared by the aws_* mappers, and the table-driven copy of attributes into properties.
import type { TfResource } from '../types.js'
import { attr, isPlainName, type ResourceBuilder } from './builder.js'

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
export { toNumber } from '../model/values.js'

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
  const tags = Object.entries(map as Record<string, unknown>)
    .filter(([key]) => !key.startsWith('aws:'))
    .map(([Key, Value]) => ({ Key, Value: String(Value ?? '') }))
    .sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0))
  return tags.length > 0 ? tags : undefined
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
  copyFieldsOf(b, fields, outBase, srcBase, from, srcBase === '' ? from.values : attr(from, srcBase))
}

// `container` is the value at `srcBase` (the resource's values, a block, a repeated block's item): each field's
// value is read from it directly instead of walking the whole attribute path again from the resource's values.
function copyFieldsOf(b: ResourceBuilder, fields: readonly Field[], outBase: string, srcBase: string, from: TfResource, container: unknown): void {
  for (const [name, attrName, how] of fields) {
    const out = outBase === '' ? name : `${outBase}.${name}`
    const src = srcBase === '' ? attrName : `${srcBase}.${attrName}`
    const value = !isPlainName(attrName)
      ? attr(from, src)
      : container !== null && typeof container === 'object'
        ? (container as Record<string, unknown>)[attrName]
        : undefined
    if (how === undefined || typeof how === 'function') {
      b.copyValue(out, src, value, how, from)
      continue
    }
    b.record(out, src, false, from)
    if ('one' in how) {
      const inner = block(value)
      if (inner) copyFieldsOf(b, how.one, out, Array.isArray(value) ? `${src}[0]` : src, from, inner)
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        if (item && typeof item === 'object') copyFieldsOf(b, how.many, `${out}[${i}]`, `${src}[${i}]`, from, item)
      }
    }
  }
}
