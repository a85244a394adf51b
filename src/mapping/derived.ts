// Terraform → CloudFormation mapping as data (src/mapping/data/*.ts). Most aws_* attributes are the snake_case of a
// CloudFormation property, and the nesting of their blocks is the nesting of its objects, so a type's property
// table is derived from the shipped schema facts (the property tree and its value kinds: booleans, numbers, lists)
// and a spec writes down only the differences: properties named otherwise or left out, hand-written fields for the
// irregular rest, the AWS provider's defaults. The derived table is an ordinary `Field` table (convert.ts), built
// once per type when its first resource is mapped, so derived and hand-written mappers copy values the same way.
import type { TfResource } from '../types.js'
import { ResourceBuilder, setPath } from './builder.js'
import { copyFields, copyTags, nonEmpty, optionalBoolean, optionalDocument, toNumber, type Convert, type Field } from './convert.js'
import type { CompanionMapper, ResourceMapper } from './registry.js'
import { isTree, schemaFacts, type PropertyNode, type PropertyTree, type TypeSchemaFacts } from '../model/schemas.js'

export interface MappingSpec {
  /** The Terraform type (aws_subnet). */
  tf: string
  /** The CloudFormation type it becomes (AWS::EC2::Subnet); its schema facts must be shipped (scripts/extract-schemas.mjs). */
  cfn: string
  /**
   * Property path (lists transparent: 'VpcConfig.SubnetIds') → the Terraform attribute, relative to its block, where
   * it is not the property's snake_case; null leaves the property out (a Terraform attribute of that name that means
   * something else, or a value Terraform does not have).
   */
  names?: Readonly<Record<string, string | null>>
  /** Fields derivation cannot say (a conversion, a value from another block); they replace derived fields of the same property. */
  fields?: readonly Field[]
  /**
   * The AWS provider's defaults: property path → value where the code leaves the attribute out (AWS applies the
   * same): 'MetadataOptions.HttpTokens' is filled in only when MetadataOptions exists or is made by the default.
   */
  defaults?: Readonly<Record<string, unknown>>
  /**
   * Object properties whose children the provider puts at the resource's top level (aws_launch_template's attributes
   * are LaunchTemplateData's): derived from the resource's own attributes, beside the top-level properties.
   */
  flatten?: readonly string[]
  /** A global service's type (IAM, CloudFront, Route 53): region 'global' whatever the provider's region. */
  global?: boolean
  /** An aws_default_* type: a resource AWS made that Terraform adopts. */
  adopted?: boolean
  /** What needs code, run after the table (reads and writes the builder). */
  finish?: (b: ResourceBuilder) => void
}

/**
 * The aws provider's snake_case of a CloudFormation name: a word starts at an upper-case letter after a lower-case
 * letter or a digit, and at the last capital of an acronym followed by lower case (KMSMasterKeyID → kms_master_key_id);
 * digits stay with the word before them (Ipv6CidrBlock → ipv6_cidr_block, EnableDns64 → enable_dns64).
 */
export function terraformName(name: string): string {
  let out = ''
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]
    const prev = name[i - 1]
    const next = name[i + 1]
    const upper = ch >= 'A' && ch <= 'Z'
    if (upper && i > 0) {
      const afterLowerOrDigit = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9')
      const acronymEnd = prev >= 'A' && prev <= 'Z' && next !== undefined && next >= 'a' && next <= 'z'
      if (afterLowerOrDigit || acronymEnd) out += '_'
    }
    out += ch.toLowerCase()
  }
  return out
}

/** A string property: Terraform's empty string is "not set"; a number or boolean given for a string is its text. */
const asString: Convert = (v) => (v === '' ? undefined : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)

/** A number property: Terraform's empty string is "not set" (optional numbers the provider types as strings). */
const asNumber: Convert = (v) => (v === '' ? undefined : toNumber(v))

const SCALAR: Readonly<Record<string, Convert>> = { b: optionalBoolean, i: asNumber, n: asNumber, s: asString }

/** A list property: each item converted; one value where a list belongs (Terraform's string-or-list) becomes a list of one. */
function listOf(item: Convert): Convert {
  return (v) => {
    const items = Array.isArray(v) ? v : [v]
    const out: unknown[] = []
    for (let i = 0; i < items.length; i++) {
      const converted = items[i] === null || items[i] === undefined ? undefined : item(items[i])
      if (converted !== undefined) out.push(converted)
    }
    return out
  }
}


/** The value conversion (or nested table) of one property, from its node and kind. */
function howOf(spec: MappingSpec, facts: TypeSchemaFacts, node: PropertyNode, path: string): Field[2] {
  const kind = facts.kinds[path] ?? 's'
  const list = kind.startsWith('[')
  if (isTree(node)) {
    const inner = deriveFields(spec, facts, node, path)
    return list ? { many: inner } : { one: inner }
  }
  if (node === 'json') return list ? listOf(optionalDocument) : optionalDocument
  if (node === 'map') return undefined
  if (list) return listOf(SCALAR[kind.slice(1)] ?? nonEmpty)
  return SCALAR[kind]
}

/** The fields of the properties of `tree` (at property path `prefix`), named by the spec or by snake_case. */
function deriveFields(spec: MappingSpec, facts: TypeSchemaFacts, tree: PropertyTree, prefix: string): Field[] {
  // A hand-written field replaces the derived one of its top-level property ('Options.DnsSupport' replaces Options).
  const handWritten = new Set(prefix === '' ? (spec.fields ?? []).map((f) => f[0].split('.')[0]) : [])
  const fields: Field[] = []
  for (const name of Object.keys(tree)) {
    const path = prefix === '' ? name : `${prefix}.${name}`
    if (handWritten.has(name) || (path === 'Tags' && isTagList(facts))) continue
    const named = spec.names?.[path]
    if (named === null) continue
    // The primary identifier is Terraform's id unless the spec says otherwise (SubnetId, VolumeId, LoadBalancerArn).
    const attribute = named ?? (prefix === '' && facts.primaryIdentifier.length === 1 && facts.primaryIdentifier[0] === name ? 'id' : terraformName(name))
    const how = howOf(spec, facts, tree[name], path)
    fields.push(how === undefined ? [name, attribute] : [name, attribute, how] as Field)
  }
  return fields
}

/** CloudFormation's usual tags, a list of {Key, Value}: copied from tags_all/tags by copyTags. */
function isTagList(facts: TypeSchemaFacts): boolean {
  const tags = facts.properties.Tags
  return isTree(tags) && 'Key' in tags && (facts.kinds.Tags ?? '').startsWith('[')
}

interface Compiled {
  facts: TypeSchemaFacts
  fields: readonly Field[]
  /** Per flattened property, its table read from the resource's top-level attributes. */
  flattened: ReadonlyArray<readonly [string, readonly Field[]]>
  defaults: ReadonlyArray<readonly [string, unknown]>
}

/** The mapper of one spec: its table is derived from the schema facts on first use and kept. */
export function derivedMapper(spec: MappingSpec): ResourceMapper {
  let compiled: Compiled | undefined
  const compile = (): Compiled => {
    const facts = schemaFacts(spec.cfn)
    if (!facts) throw new Error(`mapping data: ${spec.tf} names ${spec.cfn}, whose schema facts are not shipped (run scripts/extract-schemas.mjs)`)
    const flatten = spec.flatten ?? []
    const top: PropertyTree = {}
    for (const name of Object.keys(facts.properties)) if (!flatten.includes(name)) top[name] = facts.properties[name]
    const flattened = flatten.map((name) => {
      const node = facts.properties[name]
      if (!isTree(node)) throw new Error(`mapping data: ${spec.tf} flattens ${name}, which is not an object property of ${spec.cfn}`)
      return [name, deriveFields(spec, facts, node, name)] as const
    })
    return { facts, fields: [...deriveFields(spec, facts, top, ''), ...(spec.fields ?? [])], flattened, defaults: Object.entries(spec.defaults ?? {}) }
  }
  return {
    tfType: spec.tf,
    map(tf: TfResource): ResourceBuilder {
      compiled ??= compile()
      const b = new ResourceBuilder(spec.cfn, tf)
      if (spec.global) b.region = 'global'
      if (spec.adopted) b.isDefault = true
      copyFields(b, compiled.fields)
      for (let i = 0; i < compiled.flattened.length; i++) copyFields(b, compiled.flattened[i][1], compiled.flattened[i][0])
      const tags = compiled.facts.properties.Tags
      if (tags !== undefined) {
        if (isTagList(compiled.facts)) copyTags(b)
        // A map of tags: tags_all when known; when it is only known after apply, so are the tags (as copyTags says).
        else if (tf.values.tags_all && typeof tf.values.tags_all === 'object') b.copy('Tags', 'tags_all')
        else if (tf.unknown.some((u) => u === 'tags_all' || u === '')) b.record('Tags', 'tags_all')
        else b.copy('Tags', 'tags')
      }
      // A default fills only what the code left out; finish() drops it again where Terraform says the value is unknown.
      for (let i = 0; i < compiled.defaults.length; i++) {
        const [property, value] = compiled.defaults[i]
        if (propertyAt(b.properties, property) === undefined) setPath(b.properties, property, value)
      }
      spec.finish?.(b)
      b.id = identifierOf(compiled.facts, b.properties)
      return b
    }
  }
}

/**
 * The Cloud Control identifier from the mapped properties, as Cloud Control forms it: the primary identifier's
 * values, joined by '|' when it has several; null while any of them is not known.
 */
function identifierOf(facts: TypeSchemaFacts, properties: Record<string, unknown>): string | null {
  const parts: string[] = []
  for (let i = 0; i < facts.primaryIdentifier.length; i++) {
    const value = properties[facts.primaryIdentifier[i]]
    if (typeof value !== 'string' || value === '') return null
    parts.push(value)
  }
  return parts.length > 0 ? parts.join('|') : null
}

/** The value at a property path of the mapped properties (plain names and dots: defaults name no list items). */
function propertyAt(properties: Record<string, unknown>, path: string): unknown {
  let node: unknown = properties
  for (const step of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[step]
  }
  return node
}

/**
 * A Terraform resource that configures another (a key policy, a repository policy, a rule's target): it names its
 * parent and what it folds in, written over what the parent's own (often deprecated, computed) inline attribute said.
 */
export interface CompanionSpec {
  tf: string
  /** The attribute naming the parent, and the Terraform types the parent can be (each named by registry.ts PARENT_KEY). */
  parent: { attr: string; types: readonly string[] }
  /** What it sets on the parent: fields read from the companion, written into the parent's properties. */
  fields: readonly Field[]
  /**
   * The parent's list property the companion adds one item to (an event rule's Targets, a target group's Targets),
   * its fields written into that item; several companions of one parent each add theirs. Without it, the companion's
   * fields replace what the parent said.
   */
  appendTo?: string
  /**
   * Its CloudFormation form when it cannot be tied to exactly one parent of the configuration (the parent is managed
   * elsewhere): judged on its own. Without one, such a companion is reported as "parent not in this configuration".
   */
  standalone?: MappingSpec
}

export function companionMapper(spec: CompanionSpec): CompanionMapper {
  const standalone = spec.standalone && derivedMapper(spec.standalone)
  return {
    tfType: spec.tf,
    targets: [{ attr: spec.parent.attr, parentTypes: spec.parent.types }],
    fold(parent, tf) {
      if (spec.appendTo !== undefined) {
        const list = parent.properties[spec.appendTo]
        copyFields(parent, spec.fields, `${spec.appendTo}[${Array.isArray(list) ? list.length : 0}]`, '', tf)
        return
      }
      for (let i = 0; i < spec.fields.length; i++) parent.clear(spec.fields[i][0])
      copyFields(parent, spec.fields, '', '', tf)
    },
    standalone: standalone && ((tf) => [standalone.map(tf)])
  }
}
