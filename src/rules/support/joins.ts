// Joins through the inventory view: the resources that belong to an owner (a VPC's flow logs, a group's
// standalone rules) and the resources a property names (a bucket policy's bucket).
import type { InventoryView, Resource } from '../../types.js'
import { terraformTypeOf } from '../../sources/address.js'
import { and, read, UNKNOWN, type Verdict } from './read.js'

export interface Joined {
  /** Candidates known to belong to the owner. */
  matches: Resource[]
  /** Candidates whose join key (or filter) is unknown: they might belong to the owner. */
  undecided: Resource[]
}

/**
 * The resources of `type` whose `keyPath` names the owner: equal to the owner's key (`ownKey(owner,
 * ownKeyPath)`), or, for IaC, an expression referring to the owner's Terraform address (Resource.references),
 * which decides even when the id is known only after apply. A candidate whose key is unknown and whose
 * references say nothing is undecided. When the owner's key is unknown (a resource the plan creates), a
 * candidate with a known key is not its: an id known today cannot belong to a resource that does not exist yet.
 */
export function joinOn(
  view: InventoryView,
  type: string,
  keyPath: string,
  owner: Resource,
  ownKeyPath: string,
  filter: (candidate: Resource) => Verdict = () => true
): Joined {
  const candidates = view.ofType(type)
  // Nothing of the type in the inventory (a plan without standalone ingress rules): nothing can belong.
  if (candidates.length === 0) return { matches: [], undecided: [] }
  const key = ownKey(owner, ownKeyPath)
  const index = joinIndex(candidates, keyPath)
  const byReference = owner.address === undefined ? undefined : index.byReference.get(owner.address)
  const byKey = key === UNKNOWN ? undefined : index.byKey.get(key)
  const matches: Resource[] = []
  const undecided: Resource[] = []
  // Only these candidates can belong: every other one has a known key that differs (or refers elsewhere).
  for (const position of mergePositions(byReference, byKey, index.unknownKey)) {
    const candidate = index.candidates[position]
    const refs = candidate.references?.[keyPath] ?? []
    let keyMatches: Verdict
    if (owner.address !== undefined && refs.includes(owner.address)) {
      // `cond ? aws_vpc.a.id : aws_vpc.b.id` names one of the two, not each: undecided while the key is unknown.
      keyMatches = index.keys[position] === UNKNOWN && refersToAnotherOfItsType(refs, owner.address) ? UNKNOWN : true
    } else if (index.keys[position] === UNKNOWN) keyMatches = refs.length > 0 ? false : UNKNOWN
    else keyMatches = key === UNKNOWN ? false : index.keys[position] === key
    if (keyMatches === false) continue
    const belongs = and(filter(candidate), keyMatches)
    if (belongs === true) matches.push(candidate)
    else if (belongs === UNKNOWN) undecided.push(candidate)
  }
  return { matches, undecided }
}

/** Whether `refs` name, besides `address`, another resource of the same Terraform type. */
function refersToAnotherOfItsType(refs: readonly string[], address: string): boolean {
  const type = terraformTypeOf(address)
  for (let i = 0; i < refs.length; i++) if (refs[i] !== address && terraformTypeOf(refs[i]) === type) return true
  return false
}

/**
 * The candidates of one join (`view.ofType(type)` on `keyPath`), indexed once: every owner of the inventory
 * joins against the same list, and scanning it per owner is quadratic (20,000 VPCs × their flow logs). Lists
 * hold positions in `candidates`, ascending, so that results keep the inventory's order.
 */
interface JoinIndex {
  candidates: readonly Resource[]
  /** read(candidate, keyPath) by position. */
  keys: unknown[]
  /** Known key → positions of the candidates holding it. */
  byKey: Map<unknown, number[]>
  /** Terraform address → positions of the candidates whose keyPath expression refers to it. */
  byReference: Map<string, number[]>
  /** Positions of the candidates whose key is unknown and whose expression refers to nothing. */
  unknownKey: number[]
}

// Keyed by the candidate list itself: an inventory view hands out the same list for a type every time, and
// the index dies with the inventory. Views that build a new list per call (tests) simply index each time.
const joinIndexes = new WeakMap<readonly Resource[], Map<string, JoinIndex>>()

function joinIndex(candidates: readonly Resource[], keyPath: string): JoinIndex {
  let perPath = joinIndexes.get(candidates)
  if (perPath === undefined) joinIndexes.set(candidates, (perPath = new Map()))
  let index = perPath.get(keyPath)
  if (index !== undefined) return index
  index = { candidates, keys: [], byKey: new Map(), byReference: new Map(), unknownKey: [] }
  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position]
    const refs = candidate.references?.[keyPath] ?? []
    const candidateKey = read(candidate, keyPath)
    index.keys.push(candidateKey)
    for (const address of new Set(refs)) pushTo(index.byReference, address, position)
    if (candidateKey !== UNKNOWN) pushTo(index.byKey, candidateKey, position)
    else if (refs.length === 0) index.unknownKey.push(position)
  }
  perPath.set(keyPath, index)
  return index
}

function pushTo<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [position])
  else list.push(position)
}

/** The union of ascending position lists, ascending and without repeats. */
function mergePositions(...lists: Array<readonly number[] | undefined>): number[] {
  const present = lists.filter((l): l is readonly number[] => l !== undefined && l.length > 0)
  if (present.length === 0) return []
  if (present.length === 1) return present[0] as number[]
  return [...new Set(present.flat())].sort((a, b) => a - b)
}

/** Whether an account-level fact can apply to a resource: same account, or either account not stated. */
export function sameAccount(fact: Resource, resource: Resource): boolean {
  return fact.account === undefined || resource.account === undefined || fact.account === resource.account
}

/** A resource's own identifier for joins: the property if known, else its primary id, else UNKNOWN. */
export function ownKey(resource: Resource, path: string): unknown {
  const value = read(resource, path)
  if (value === UNKNOWN) return UNKNOWN
  if (typeof value === 'string' && value !== '') return value
  return resource.id ?? UNKNOWN
}

/**
 * The resources of `type` that `from.property` names: by Terraform reference to their address, or by a known
 * value equal to their `targetKeyPath` (the reverse direction of joinOn: a bucket policy finding its bucket).
 */
export function referencedBy(view: InventoryView, from: Resource, property: string, type: string, targetKeyPath: string): Resource[] {
  const refs = from.references?.[property] ?? []
  const value = read(from, property)
  const byValue = value !== UNKNOWN && value !== undefined && value !== null && value !== ''
  if (refs.length === 0 && !byValue) return []
  // Every trail, policy or key naming its target looks through the same candidates: indexed once per list (and key
  // path), each lookup is a map hit rather than a scan of every bucket for every trail.
  const index = referenceIndex(view.ofType(type), targetKeyPath)
  const positions = new Set<number>()
  for (let i = 0; i < refs.length; i++) {
    for (const at of index.byAddress.get(refs[i]) ?? []) positions.add(at)
  }
  if (byValue) for (const at of index.byKey.get(value) ?? []) positions.add(at)
  return [...positions].sort((a, b) => a - b).map((at) => index.candidates[at])
}

interface ReferenceIndex {
  candidates: readonly Resource[]
  /** Terraform address → positions (the parts of one Terraform resource share its address). */
  byAddress: Map<string, number[]>
  /** ownKey(candidate, keyPath) → positions, ascending (unknown keys are not indexed: they equal no value). */
  byKey: Map<unknown, number[]>
}

const referenceIndexes = new WeakMap<readonly Resource[], Map<string, ReferenceIndex>>()

function referenceIndex(candidates: readonly Resource[], keyPath: string): ReferenceIndex {
  let byPath = referenceIndexes.get(candidates)
  if (byPath === undefined) referenceIndexes.set(candidates, (byPath = new Map()))
  let index = byPath.get(keyPath)
  if (index === undefined) {
    index = { candidates, byAddress: new Map(), byKey: new Map() }
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]
      if (candidate.address !== undefined) {
        const same = index.byAddress.get(candidate.address)
        if (same === undefined) index.byAddress.set(candidate.address, [i])
        else same.push(i)
      }
      const key = ownKey(candidate, keyPath)
      if (key === UNKNOWN) continue
      const list = index.byKey.get(key)
      if (list === undefined) index.byKey.set(key, [i])
      else list.push(i)
    }
    byPath.set(keyPath, index)
  }
  return index
}
