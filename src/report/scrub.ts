// The last line of defence for what Plumbline writes: every string of the report model (messages, identifiers,
// addresses, drift values, warnings, ledger errors) and of the saved inventory is scrubbed of the run-wide secret
// values (secrets.ts runSecretValues), the same values the action masks in its log. It catches what redaction at
// the source cannot see: a value Terraform marks sensitive on one resource and carries unmarked on another (a
// provider-computed id, a companion's `bucket`), or a live resource named after a sensitive variable.
import { REDACTED, formatPath, type PathStep } from '../paths.js'
import type { Resource } from '../types.js'

/** What a scrubbed value reads as in text. */
export const SCRUBBED_TEXT = '(sensitive)'

export interface Scrubber {
  /** The text with every secret value replaced; the same string when it holds none. */
  text(value: string): string
  /** Whether the text holds a secret value. */
  holdsSecret(value: string): boolean
}

/** One matcher for all the run's secret values, longest first so that a value containing another goes whole. */
export function scrubber(secrets: readonly string[]): Scrubber {
  const values = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length)
  if (values.length === 0) return { text: (value) => value, holdsSecret: () => false }
  const any = new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  return {
    text: (value) => (value.length === 0 ? value : value.replace(any, SCRUBBED_TEXT)),
    holdsSecret: (value) => {
      any.lastIndex = 0
      const found = any.test(value)
      any.lastIndex = 0
      return found
    }
  }
}

/** Every string (and object key) of a JSON-shaped value scrubbed, in place. */
export function scrubInPlace<T>(value: T, scrub: Scrubber): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return scrub.text(node)
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i])
      return node
    }
    if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const scrubbedKey = scrub.text(key)
        const item = visit(record[key])
        if (scrubbedKey !== key) {
          delete record[key]
          // defineProperty: a key such as `__proto__` stays an own data property.
          Object.defineProperty(record, scrubbedKey, { value: item, enumerable: true, writable: true, configurable: true })
        } else record[key] = item
      }
      return node
    }
    return node
  }
  return visit(value) as T
}

/**
 * A saved live resource scrubbed for its file: a property value holding a secret value becomes the redaction
 * marker (its path joins `sensitive`, so rules answer unknown on it, as for any redacted value); identifiers and
 * addresses have the value replaced in their text.
 */
export function scrubResource(resource: Resource, scrub: Scrubber): Resource {
  const sensitive = new Set(resource.sensitive ?? [])
  const steps: PathStep[] = []
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (!scrub.holdsSecret(node)) return node
      sensitive.add(formatPath(steps))
      return { ...REDACTED }
    }
    if (Array.isArray(node)) {
      return node.map((item, i) => {
        steps.push(i)
        const out = walk(item)
        steps.pop()
        return out
      })
    }
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(node)) {
        steps.push(key)
        Object.defineProperty(out, scrub.text(key), { value: walk(value), enumerable: true, writable: true, configurable: true })
        steps.pop()
      }
      return out
    }
    return node
  }
  const properties = walk(resource.properties) as Record<string, unknown>
  const out: Resource = { ...resource, properties, id: resource.id === null ? null : scrub.text(resource.id) }
  if (resource.address !== undefined) out.address = scrub.text(resource.address)
  if (sensitive.size > 0) out.sensitive = [...sensitive].sort()
  return out
}
