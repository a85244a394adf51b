// Finding the parent a companion folds into: by `references` first (the expression names the parent's
// configuration address, resolved in the companion's module instance, same count/for_each key when the
// parent has several instances), else by value (bucket name, group id, role name equal to the parent's).
// The sources follow locals and module outputs (plan.ts, hcl/evaluate.ts), so a reference may also name a
// resource inside a child module: 'module.sg.aws_security_group.this', relative to the companion's module.
import { configAddress, moduleOf, splitAddress } from '../sources/address.js'
import type { TfResource } from '../types.js'
import { PARENT_KEY } from './registry.js'

function moduleInstance(tf: TfResource): string {
  return tf.module ?? moduleOf(tf.address)
}

interface ReferenceTarget {
  /** Child module calls on the way, in configuration form ('module.sg.module.rules'); '' for the same module. */
  modules: string
  /** TYPE.NAME of the resource. */
  address: string
  type: string
}

/**
 * 'aws_s3_bucket.logs.id' or 'aws_s3_bucket.logs[0]' → aws_s3_bucket.logs in the same module;
 * 'module.sg.aws_security_group.this' (a module output the source followed) → that resource in the child
 * module; a module output not followed, variables, locals and data sources → undefined.
 */
function resourceOfReference(ref: string): ReferenceTarget | undefined {
  const parts = splitAddress(configAddress(ref))
  const modules: string[] = []
  let i = 0
  while (parts[i] === 'module' && i + 1 < parts.length) {
    modules.push(`module.${parts[i + 1]}`)
    i += 2
  }
  const [type, name] = [parts[i], parts[i + 1]]
  if (type === undefined || name === undefined || type === 'module' || type === 'data' || type === 'var' || type === 'local') return undefined
  return { modules: modules.join('.'), address: `${type}.${name}`, type }
}

/** The instances of one configuration resource in one module instance. */
interface ConfigInstances {
  all: TfResource[]
  /** The first instance per count/for_each key: a module's 500 buckets, each found at once. */
  byIndex?: Map<string, TfResource>
}

export class ParentIndex {
  // Module instance → TYPE.NAME → instances. Nested rather than one joined key: the module instance and the
  // reference target are strings used over and over (their hashes kept), where a joined key would be a new string
  // to build and hash for every lookup, and lookups come by the tens of thousands in a large plan.
  private readonly byConfig = new Map<string, Map<string, ConfigInstances>>()
  private readonly byValue = new Map<string, TfResource[]>()
  /**
   * Module configuration address ('module.a.module.b') and TYPE.NAME → its instances in every module instance.
   * Built on first use: only a reference into a child module needs it, and most plans have none.
   */
  private byModuleConfig: Map<string, TfResource[]> | undefined
  // The same reference strings ('aws_s3_bucket.data[count.index].id') recur on every instance of a module or
  // count: each is parsed once per index.
  private readonly referenceTargets = new Map<string, ReferenceTarget | null>()

  constructor(private readonly parents: readonly TfResource[]) {
    for (let i = 0; i < parents.length; i++) {
      const tf = parents[i]
      const module = moduleInstance(tf)
      let inModule = this.byConfig.get(module)
      if (inModule === undefined) this.byConfig.set(module, (inModule = new Map()))
      const name = `${tf.type}.${tf.name}`
      let instances = inModule.get(name)
      if (instances === undefined) inModule.set(name, (instances = { all: [] }))
      instances.all.push(tf)
      if (tf.index !== undefined) {
        const index = String(tf.index)
        instances.byIndex ??= new Map()
        if (!instances.byIndex.has(index)) instances.byIndex.set(index, tf)
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

  private referenceTarget(ref: string): ReferenceTarget | null {
    let target = this.referenceTargets.get(ref)
    if (target === undefined) {
      target = resourceOfReference(ref) ?? null
      this.referenceTargets.set(ref, target)
    }
    return target
  }

  /**
   * A resource inside a child module of `from`'s module instance: the instances of that configuration address
   * below `from`'s module instance. A child module called with count or for_each has one per module instance;
   * which one an output of `module.x` names is not known here, so only a single instance is taken.
   */
  private inChildModule(from: TfResource, target: ReferenceTarget): TfResource | undefined {
    const own = moduleInstance(from)
    const ownConfig = configAddress(own)
    const moduleConfig = ownConfig === '' ? target.modules : `${ownConfig}.${target.modules}`
    if (this.byModuleConfig === undefined) {
      this.byModuleConfig = new Map()
      for (const tf of this.parents) {
        const moduleKey = `${configAddress(moduleInstance(tf))}|${tf.type}.${tf.name}`
        const inModule = this.byModuleConfig.get(moduleKey)
        if (inModule) inModule.push(tf)
        else this.byModuleConfig.set(moduleKey, [tf])
      }
    }
    const candidates = (this.byModuleConfig.get(`${moduleConfig}|${target.address}`) ?? []).filter(
      (tf) => own === '' || moduleInstance(tf).startsWith(`${own}.`)
    )
    return candidates.length === 1 ? candidates[0] : undefined
  }

  /** Resources named by the references of `from.attr`, among `parentTypes` (any type when not given). */
  byReference(from: TfResource, attrName: string, parentTypes?: readonly string[]): TfResource[] {
    const refs = from.references?.[attrName]
    if (refs === undefined || refs.length === 0) return []
    const found: TfResource[] = []
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]
      const target = this.referenceTarget(ref)
      if (!target || (parentTypes && !parentTypes.includes(target.type))) continue
      if (target.modules !== '') {
        const child = this.inChildModule(from, target)
        if (child && !found.includes(child)) found.push(child)
        continue
      }
      const instances = this.byConfig.get(moduleInstance(from))?.get(target.address)
      const chosen =
        instances === undefined
          ? undefined
          : instances.all.length === 1
            ? instances.all[0]
            : from.index !== undefined
              ? instances.byIndex?.get(String(from.index))
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
