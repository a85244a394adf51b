// region-has: the region (the Plumbline::Account::Region pseudo-resource, src/model/facts.ts) holds a resource of
// `type` meeting `where` — the shape of every "must exist and be on in every region" control (GuardDuty, Security
// Hub, IAM Access Analyzer, AWS Config).
//
// Live, every scanned region is judged: none there fails, a type whose listing did not succeed in that region is
// unknown, never "absent", and a type the scan was not asked to read (services, resource-types) gives no verdict. On the Terraform side (plan, state, .tf
// code) a region is judged only where the Terraform manages a resource of that type in that account and region: a
// configuration that does not touch GuardDuty says nothing about GuardDuty (its detector may be managed elsewhere),
// so the predicate gives no verdict there; one that manages a disabled detector fails.
import { REGION_TYPE } from '../../model/facts.js'
import type { InventoryView, Resource, RuleOutcome } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { fail, isSensitiveAt, nameOf, pass } from '../support/outcome.js'
import { read, UNKNOWN, type Verdict } from '../support/read.js'

/** A value `where` may require: a scalar, or a list of the scalars allowed. */
type Wanted = string | number | boolean

const TYPE_NAME = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/
const PROPERTY_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/
const isScalar = (v: unknown): v is Wanted => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

function checkWhere(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must map property paths to the value required (Enable: true) or a list of the values allowed'
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return 'must name at least one property'
  for (const [path, wanted] of entries) {
    if (!PROPERTY_PATH.test(path)) return `has "${path}", which is not a property path (Name or Parent.Child)`
    const ok = isScalar(wanted) || (Array.isArray(wanted) && wanted.length > 0 && wanted.every(isScalar))
    if (!ok) return `gives ${path} ${JSON.stringify(wanted)}; give a string, number or boolean, or a non-empty list of them`
  }
  return undefined
}

/** Whether one candidate meets every `where` entry, in three-valued logic, and the first property that decided. */
function meets(candidate: Resource, where: Readonly<Record<string, Wanted | readonly Wanted[]>>): { verdict: Verdict; path?: string } {
  let undecided: string | undefined
  for (const [path, wanted] of Object.entries(where)) {
    const value = read(candidate, path)
    if (value === UNKNOWN) {
      undecided ??= path
      continue
    }
    const allowed = Array.isArray(wanted) ? wanted : [wanted]
    if (!allowed.includes(value as Wanted)) return { verdict: false, path }
  }
  return undecided === undefined ? { verdict: true } : { verdict: UNKNOWN, path: undecided }
}

function requirement(where: Readonly<Record<string, Wanted | readonly Wanted[]>>): string {
  return Object.entries(where)
    .map(([path, wanted]) => (Array.isArray(wanted) ? `${path} one of ${wanted.join(', ')}` : `${path} ${String(wanted)}`))
    .join(' and ')
}

/**
 * How the live scan read `type` in a region: `read` (its listing succeeded, or the pseudo-resource does not say:
 * one made by hand), `unread` (meant to be read, denied or failed: unknown) or `not-scanned` (the scan was not asked
 * for it: no verdict, as for any type not scanned).
 */
export function liveReadOf(region: Resource, type: string): 'read' | 'unread' | 'not-scanned' {
  const scanned = region.properties.ScannedTypes
  if (!Array.isArray(scanned) || scanned.includes(type)) return 'read'
  const unread = region.properties.UnreadTypes
  return Array.isArray(unread) && unread.includes(type) ? 'unread' : 'not-scanned'
}

/** The resources of `type` in the pseudo-resource's account and region. */
export function inRegion(view: InventoryView, type: string, region: Resource): Resource[] {
  const all = view.ofType(type)
  const found: Resource[] = []
  for (let i = 0; i < all.length; i++) {
    const r = all[i]
    if (r.region === region.region && r.account === region.account) found.push(r)
  }
  return found
}

export function judgeRegionHas(region: Resource, view: InventoryView, type: string, where: Readonly<Record<string, Wanted | readonly Wanted[]>> | undefined, what: string): RuleOutcome | null {
  if (region.type !== REGION_TYPE) return null
  const scope = region.id ?? region.region ?? 'this region'
  const candidates = inRegion(view, type, region)
  if (region.origin !== 'live') {
    // Terraform: judged only where this configuration manages one, or the plan deletes one.
    const deleted = region.properties.DeletedTypes
    if (candidates.length === 0 && !(Array.isArray(deleted) && deleted.includes(type))) return null
    if (candidates.length === 0) return fail(`${scope} does not have ${what}: the plan deletes its ${type}`)
  } else {
    const read = liveReadOf(region, type)
    if (read === 'not-scanned') return null
    if (read === 'unread') return { status: 'unknown', message: `${scope}: ${type} could not be read there (see the coverage ledger), so whether it has ${what} cannot be judged` }
  }
  if (candidates.length === 0) return fail(`${scope} does not have ${what}: no ${type} there`)
  const failures: string[] = []
  let undecided: { resource: Resource; path: string } | undefined
  for (const candidate of candidates) {
    const result = where ? meets(candidate, where) : { verdict: true as Verdict }
    if (result.verdict === true) return pass(`${scope} has ${what} (${nameOf(candidate)})`)
    if (result.verdict === UNKNOWN) undecided ??= { resource: candidate, path: result.path! }
    else failures.push(`${nameOf(candidate)} has ${result.path} ${isSensitiveAt(candidate, result.path!) ? 'a sensitive value' : (JSON.stringify(read(candidate, result.path!)) ?? 'unset')}`)
  }
  if (undecided) {
    return { status: 'unknown', message: `${scope}: ${nameOf(undecided.resource)}'s ${undecided.path} is known only after apply (or is hidden), so whether the region has ${what} cannot be judged yet` }
  }
  return fail(`${scope} does not have ${what}${where ? ` (${requirement(where)})` : ''}: ${failures.join('; ')}`)
}

export const regionHas: PredicateDefinition = {
  name: 'region-has',
  description:
    'For the region pseudo-resource (Plumbline::Account::Region): the account and region hold a resource of `type` whose properties meet `where`. Live, every scanned region is judged; on a plan, state or .tf code, only regions where the Terraform manages a resource of `type`.',
  parameters: {
    type: {
      description: 'the CloudFormation (or Plumbline::) type that must be there: AWS::GuardDuty::Detector',
      required: true,
      check: (value) => (typeof value === 'string' && TYPE_NAME.test(value) ? undefined : `must be a type name such as AWS::GuardDuty::Detector, not ${JSON.stringify(value)}`)
    },
    where: {
      description: 'property path → the value required, or a list of the values allowed ({Enable: true}); every entry must hold on one resource',
      check: checkWhere
    },
    what: {
      description: 'how messages name what must be there ("an enabled GuardDuty detector")',
      check: (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a short text such as "an enabled GuardDuty detector"')
    }
  },
  judge(resource, view, args) {
    const type = args.type as string
    return judgeRegionHas(resource, view, type, args.where as Record<string, Wanted | readonly Wanted[]> | undefined, (args.what as string | undefined) ?? `a ${type}`)
  }
}
