// Finding the parent a companion folds into: by `references` first (the expression names the parent's
// configuration address, resolved in the companion's module instance, same count/for_each key when the
// parent has several instances), else by value (bucket name, group id, role name equal to the parent's).
import { configAddress, moduleOf, splitAddress } from '../sources/address.js'
import type { TfResource } from '../types.js'
import { PARENT_KEY } from './registry.js'

function moduleInstance(tf: TfResource): string {
  return tf.module ?? moduleOf(tf.address)
}

/** 'aws_s3_bucket.logs.id' or 'aws_s3_bucket.logs[0]' → 'aws_s3_bucket.logs'; module outputs → undefined. */
function resourceOfReference(ref: string): string | undefined {
  const parts = splitAddress(configAddress(ref))
  if (parts.length < 2 || parts[0] === 'module' || parts[0] === 'data' || parts[0] === 'var' || parts[0] === 'local') return undefined
  return `${parts[0]}.${parts[1]}`
}

export class ParentIndex {
  private readonly byConfig = new Map<string, TfResource[]>()
  /** The first instance per configuration key and count/for_each key: a module's 500 buckets, each found at once. */
  private readonly byInstance = new Map<string, TfResource>()
  private readonly byValue = new Map<string, TfResource[]>()
  // The same reference strings ('aws_s3_bucket.data[count.index].id') recur on every instance of a module or
  // count: each is parsed once per index.
  private readonly referenceTargets = new Map<string, { address: string; type: string } | null>()

  constructor(parents: readonly TfResource[]) {
    for (const tf of parents) {
      const key = `${moduleInstance(tf)}|${tf.type}.${tf.name}`
      const list = this.byConfig.get(key) ?? []
      list.push(tf)
      this.byConfig.set(key, list)
      if (tf.index !== undefined) {
        const instanceKey = `${key}\u0000${String(tf.index)}`
        if (!this.byInstance.has(instanceKey)) this.byInstance.set(instanceKey, tf)
      }
      const value = PARENT_KEY[tf.type]?.(tf.values)
      if (typeof value === 'string' && value !== '') {
        const vkey = `${tf.type}|${value}`
        const vlist = this.byValue.get(vkey) ?? []
        vlist.push(tf)
        this.byValue.set(vkey, vlist)
      }
    }
  }

  private referenceTarget(ref: string): { address: string; type: string } | null {
    let target = this.referenceTargets.get(ref)
    if (target === undefined) {
      const address = resourceOfReference(ref)
      target = address === undefined ? null : { address, type: address.split('.')[0] }
      this.referenceTargets.set(ref, target)
    }
    return target
  }

  /** Resources named by the references of `from.attr`, among `parentTypes` (any type when not given). */
  byReference(from: TfResource, attrName: string, parentTypes?: readonly string[]): TfResource[] {
    const refs = from.references?.[attrName]
    if (refs === undefined || refs.length === 0) return []
    const found: TfResource[] = []
    for (const ref of refs) {
      const target = this.referenceTarget(ref)
      if (!target || (parentTypes && !parentTypes.includes(target.type))) continue
      const key = `${moduleInstance(from)}|${target.address}`
      const candidates = this.byConfig.get(key) ?? []
      const chosen =
        candidates.length === 1
          ? candidates[0]
          : from.index !== undefined
            ? this.byInstance.get(`${key}\u0000${String(from.index)}`)
            : undefined
      if (chosen && !found.includes(chosen)) found.push(chosen)
    }
    return found
  }

  /** Parents whose name/id equals `value`; with several (same name in two regions), the companion's region wins. */
  byValueOf(from: TfResource, value: unknown, parentTypes: readonly string[]): TfResource[] {
    if (typeof value !== 'string' || value === '') return []
    const candidates = parentTypes.flatMap((t) => this.byValue.get(`${t}|${value}`) ?? [])
    if (candidates.length <= 1) return candidates
    const sameRegion = candidates.filter((c) => c.region === from.region && c.account === from.account)
    return sameRegion.length === 1 ? sameRegion : []
  }

  /** Addresses of the input resources the references of `from.attr` resolve to (any type). */
  referencedAddresses(from: TfResource, attrName: string): string[] {
    return this.byReference(from, attrName).map((tf) => tf.address)
  }
}
