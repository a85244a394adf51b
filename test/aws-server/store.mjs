// The seeded accounts and their resources, indexed by account, type and region so that a 10,000-resource
// estate answers every page and read in constant time.
import { SCHEMA_FACTS, deletePath } from './schema-facts.mjs'

export const DEFAULT_ENABLED_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1']
export const GLOBAL = 'global'
const ACCOUNT_ID = /^\d{12}$/

// CloudFormation has no IsDefault property on AWS::EC2::VPC; seeds carry it only so that EC2's DescribeVpcs
// can report the default VPC, and Cloud Control must not return it.
const SEED_ONLY_PROPERTIES = { 'AWS::EC2::VPC': ['IsDefault'] }

class ResourceEntry {
  constructor(seed, identifier) {
    this.type = seed.type
    this.region = seed.region
    this.identifier = identifier
    this.properties = seed.properties
    this.metadataOptions = seed.metadataOptions
    this.listJsonCache = undefined
    this.readJsonCache = undefined
  }

  /** ListResources' Properties: only the primary-identifier properties (list results are partial). */
  get listJson() {
    if (this.listJsonCache === undefined) {
      const facts = SCHEMA_FACTS.get(this.type)
      const partial = {}
      for (const name of facts.primaryIdentifier) if (this.properties[name] !== undefined) partial[name] = this.properties[name]
      this.listJsonCache = JSON.stringify(partial)
    }
    return this.listJsonCache
  }

  /** GetResource's Properties: the full model minus the schema's write-only properties. */
  get readJson() {
    if (this.readJsonCache === undefined) {
      const model = structuredClone(this.properties)
      for (const pattern of SCHEMA_FACTS.get(this.type).writeOnly) deletePath(model, pattern)
      for (const name of SEED_ONLY_PROPERTIES[this.type] ?? []) delete model[name]
      this.readJsonCache = JSON.stringify(model)
    }
    return this.readJsonCache
  }
}

export class AccountState {
  constructor(seed) {
    if (!ACCOUNT_ID.test(seed.id ?? '')) throw new Error(`addAccount: id must be 12 digits, got '${seed.id}'`)
    this.id = seed.id
    this.enabledRegions = seed.enabledRegions ?? DEFAULT_ENABLED_REGIONS
    this.facts = seed.facts ?? {}
    /** @type {Map<string, Map<string, ResourceEntry[]>>} type → region → entries in seed order */
    this.byTypeRegion = new Map()
    /** @type {Map<string, Map<string, ResourceEntry>>} type → identifier → entry */
    this.byIdentifier = new Map()
    /** @type {Map<string, ResourceEntry[]>} cache of per-type lists across regions and of per-parent children */
    this.derivedLists = new Map()
    this.credentialReportGeneratedAt = undefined
    for (const resource of seed.resources ?? []) this.addResource(resource)
  }

  addResource(seed) {
    const facts = SCHEMA_FACTS.get(seed.type)
    if (!facts) throw new Error(`addAccount ${this.id}: no schema facts for ${seed.type} (src/model/schema-data.ts)`)
    if (!seed.region) throw new Error(`addAccount ${this.id}: ${seed.type} seed without a region`)
    let identifier = seed.identifier
    if (identifier === undefined) {
      const parts = facts.primaryIdentifier.map((name) => seed.properties[name])
      if (parts.some((p) => p === undefined || p === null)) {
        throw new Error(`addAccount ${this.id}: ${seed.type} seed lacks primary identifier ${facts.primaryIdentifier.join(', ')}`)
      }
      identifier = parts.map(String).join('|')
    }
    const entry = new ResourceEntry(seed, identifier)
    const identifiers = mapOf(this.byIdentifier, seed.type, () => new Map())
    if (identifiers.has(identifier)) throw new Error(`addAccount ${this.id}: duplicate ${seed.type} identifier '${identifier}'`)
    identifiers.set(identifier, entry)
    mapOf(mapOf(this.byTypeRegion, seed.type, () => new Map()), seed.region, () => []).push(entry)
  }

  /**
   * A change made outside the scan (by hand, by another tool): the resource's model replaced, or the resource
   * added when it is new. The list and read caches follow.
   */
  putResource(seed) {
    const facts = SCHEMA_FACTS.get(seed.type)
    const identifier = seed.identifier ?? facts?.primaryIdentifier.map((name) => String(seed.properties[name])).join('|')
    if (identifier !== undefined) this.removeResource(seed.type, identifier)
    this.addResource(seed)
    this.derivedLists.clear()
  }

  /** A resource deleted outside the scan; false when there was none. */
  removeResource(type, identifier) {
    const entry = this.find(type, identifier)
    if (!entry) return false
    this.byIdentifier.get(type).delete(identifier)
    const list = this.byTypeRegion.get(type).get(entry.region)
    list.splice(list.indexOf(entry), 1)
    this.derivedLists.clear()
    return true
  }

  isRegionEnabled(region) {
    return this.enabledRegions.includes(region)
  }

  /** What a region's list of `type` holds: its own resources, or the global ones (IAM) in every region. */
  resourcesIn(type, region) {
    const regions = this.byTypeRegion.get(type)
    if (!regions) return []
    const own = regions.get(region) ?? []
    if (region === GLOBAL) return own
    const global = regions.get(GLOBAL) ?? []
    return global.length === 0 ? own : own.length === 0 ? global : [...global, ...own]
  }

  /** Every resource of `type` in every region (S3 buckets are listed from any region). */
  resourcesOfEveryRegion(type) {
    return this.derived(`every|${type}`, () => [...(this.byTypeRegion.get(type)?.values() ?? [])].flat())
  }

  /** The children of one parent, for types whose list handler requires it (listRequires). */
  childrenOf(type, region, parentValues) {
    const facts = SCHEMA_FACTS.get(type)
    const key = `children|${type}|${region}|${JSON.stringify(parentValues)}`
    return this.derived(key, () =>
      this.resourcesIn(type, region).filter((entry) => facts.listRequires.every((name, i) => entry.properties[name] === parentValues[i]))
    )
  }

  find(type, identifier) {
    return this.byIdentifier.get(type)?.get(identifier)
  }

  derived(key, compute) {
    let list = this.derivedLists.get(key)
    if (!list) {
      list = compute()
      this.derivedLists.set(key, list)
    }
    return list
  }
}

function mapOf(map, key, create) {
  let value = map.get(key)
  if (value === undefined) {
    value = create()
    map.set(key, value)
  }
  return value
}

/** An opaque page token: the offset into a stable list, bound to what was listed. */
export function encodePageToken(scope, offset) {
  return Buffer.from(JSON.stringify({ s: scope, o: offset })).toString('base64url')
}

/** The offset a token names, or undefined when the token is not one this list issued. */
export function decodePageToken(token, scope) {
  try {
    const { s, o } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    return s === scope && Number.isInteger(o) && o >= 0 ? o : undefined
  } catch {
    return undefined
  }
}
