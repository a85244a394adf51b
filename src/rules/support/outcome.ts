// What a rule file exports, and the outcomes its check returns: pass, fail, or unknown with the standard wording.
import { pathsOverlap } from '../../paths.js'
import type { InventoryView, Resource, RuleMetadata, RuleOutcome } from '../../types.js'

/** What a rule file exports: its metadata and check. The registry adds `frameworks` from the framework maps. */
export type RuleDefinition = Omit<RuleMetadata, 'frameworks'> & {
  check: (resource: Resource, view: InventoryView) => RuleOutcome | null
}

/** How a message names a resource: its id, else its Terraform address. */
export function nameOf(resource: Resource): string {
  return resource.id ?? resource.address ?? `new ${resource.type}`
}

export function pass(message: string, path?: string): RuleOutcome {
  return path === undefined ? { status: 'pass', message } : { status: 'pass', message, path }
}

export function fail(message: string, path?: string): RuleOutcome {
  return path === undefined ? { status: 'fail', message } : { status: 'fail', message, path }
}

/** The standard answer when the value a rule needs is known only after apply (or hidden). */
export function unknownAt(
  resource: Resource,
  path: string,
  what = path,
  why = 'is known only after apply (or is hidden)'
): RuleOutcome {
  return { status: 'unknown', message: `${nameOf(resource)}: ${what} ${why}, so this cannot be judged yet`, path }
}

/** Why a setting left out of the code cannot be judged from state or .tf alone. */
export const NOT_IN_CODE = 'is not set in the code and depends on the existing resource'

/**
 * True when the judged setting falls back to an AWS default that the resource will get: it is being created
 * by this plan. Live resources report their effective setting, so for them an absent value is really unset;
 * for state and HCL without a plan we cannot tell whether the resource predates the default.
 */
export function isNewInPlan(resource: Resource): boolean {
  return resource.origin === 'plan' && (resource.action === 'create' || resource.action === 'replace')
}

/**
 * A property's value as a message may show it: scalars as written, absent as "not set", anything else as JSON; never
 * a value at, above or below a path the resource marks sensitive (a secret, a write-only property, a free-form
 * payload such as UserData or environment values), which the message-level redaction could miss once JSON-escaped.
 */
export function valueForMessage(resource: Resource, path: string, value: unknown): string {
  if (isSensitiveAt(resource, path)) return 'a sensitive value'
  if (value === undefined || value === null) return 'not set'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** Whether a path of the resource is, holds or lies in a value marked sensitive: one no message may show. */
export function isSensitiveAt(resource: Resource, path: string): boolean {
  return (resource.sensitive ?? []).some((p) => pathsOverlap(p, path))
}
