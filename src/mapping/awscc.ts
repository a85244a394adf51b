// awscc_* resources are the CloudFormation model in snake_case (terraform-provider-awscc names every
// attribute after a CloudFormation property). The naming is not reversible on its own (KMSKeyId and KmsKeyId
// both give kms_key_id), so names are inverted against the schema's property names, level by level.
import { formatPath, parsePath, type PathStep } from '../paths.js'
import type { TfResource } from '../types.js'
import { ResourceBuilder } from './builder.js'
import { parsePolicy, tagList } from './convert.js'
import { isTree, schemaFacts, type PropertyNode, type PropertyTree } from '../model/schemas.js'

/** awscc's snake_case of a CloudFormation name (terraform-provider-awscc internal/naming). */
export function awsccAttributeName(name: string): string {
  for (const [from, to] of [['CloudFormation', 'Cloudformation'], ['CloudFront', 'Cloudfront'], ['CloudWatch', 'Cloudwatch'], ['CNAMEs', 'Cnames'], ['FSx', 'Fsx']]) {
    name = name.split(from).join(to)
  }
  const cap = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z'
  const low = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z'
  const dig = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
  let out = ''
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]
    const next = name[i + 1]
    if ((cap(ch) && low(next)) || (low(ch) && (cap(next) || dig(next))) || (dig(ch) && (cap(next) || low(next)))) {
      if (cap(ch) && low(next) && i > 0 && cap(name[i - 1])) out += '_'
      out += ch.toLowerCase()
      if (low(ch) || dig(ch)) out += '_'
      continue
    }
    out += cap(ch) || low(ch) || dig(ch) ? ch.toLowerCase() : '_'
  }
  return out
}

const loose = (name: string): string => name.replace(/_/g, '').toLowerCase()
const LOOKUPS = new WeakMap<PropertyTree, Map<string, string>>()

/**
 * snake_case attribute → property name among `tree`'s properties: exact awscc naming first, then ignoring
 * underscores and case (awscc's naming rules changed over time: cidr_ipv_6 vs cidr_ipv6).
 */
export function invertName(tree: PropertyTree, attribute: string): string | undefined {
  let lookup = LOOKUPS.get(tree)
  if (!lookup) {
    lookup = new Map()
    for (const name of Object.keys(tree)) {
      const looseKey = `~${loose(name)}`
      if (!lookup.has(looseKey)) lookup.set(looseKey, name)
      lookup.set(awsccAttributeName(name), name)
    }
    LOOKUPS.set(tree, lookup)
  }
  return lookup.get(attribute) ?? lookup.get(`~${loose(attribute)}`)
}


/**
 * A value named in snake_case or camelCase turned into the CloudFormation shape at `node`: object keys inverted against
 * the schema's names level by level, maps kept as they are, JSON documents parsed; keys the schema does not know and
 * nulls are left out. Also used for the provider's JSON documents of API objects (an ECS container definition).
 */
export function convertThroughSchema(value: unknown, node: PropertyNode | undefined): unknown {
  return node === undefined ? value : convert(value, node)
}

function convert(value: unknown, node: PropertyNode): unknown {
  if (value === null || value === undefined) return undefined
  if (node === 'json') return parsePolicy(value)
  if (!isTree(node)) return value
  if (Array.isArray(value)) return value.map((item) => convert(item, node)).filter((item) => item !== undefined)
  if (typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = invertName(node, key)
    if (name === undefined) continue
    const converted = convert(child, node[name])
    if (converted !== undefined) out[name] = converted
  }
  return out
}

/** A Terraform attribute path → property path through the schema; undefined when a name is not in it. */
function translatePath(tree: PropertyTree, path: string, topLevel: (key: string) => string | undefined): string | undefined {
  const out: PathStep[] = []
  let node: PropertyNode | undefined = tree
  for (const step of parsePath(path)) {
    if (typeof step === 'number') {
      out.push(step)
      continue
    }
    if (node === 'map') {
      out.push(step)
      node = 0
      continue
    }
    if (!isTree(node)) return out.length > 0 ? formatPath(out) : undefined // below a plain value: the value itself
    const name: string | undefined = out.length === 0 ? topLevel(step) : invertName(node, step)
    if (name === undefined) return undefined
    out.push(name)
    node = node[name]
  }
  return formatPath(out)
}

/** Map one awscc resource; `cfnType` comes from the extracted schema list. */
export function mapAwscc(tf: TfResource, cfnType: string): ResourceBuilder {
  const facts = schemaFacts(cfnType)
  const tree = facts?.properties ?? {}
  const b = new ResourceBuilder(cfnType, tf)
  if (cfnType.startsWith('AWS::IAM::')) b.region = 'global'
  b.id = typeof tf.values.id === 'string' && tf.values.id !== '' ? tf.values.id : null

  // awscc's own `id` is the Cloud Control identifier; a CloudFormation property named Id appears as `id` or as
  // `<resource>_id` (newer provider versions).
  const resourcePart = awsccAttributeName(cfnType.split('::')[2] ?? '')
  const topLevel = (key: string): string | undefined => {
    const name = key === 'id' ? undefined : invertName(tree, key)
    if (name !== undefined) return name
    if ('Id' in tree && (key === 'id' || key === `${resourcePart}_id`)) return 'Id'
    return undefined
  }
  for (const [key, value] of Object.entries(tf.values)) {
    const name = topLevel(key)
    if (name === undefined) continue
    if (name === 'Id' && key === 'id' && tf.values[`${resourcePart}_id`] !== undefined) continue
    const converted = convert(value, tree[name])
    if (converted !== undefined) b.properties[name] = converted
  }
  const tags = b.properties.Tags
  if (Array.isArray(tags) && !tf.unknown.some((u) => u === 'tags' || u.startsWith('tags['))) {
    // Canonical tags: sorted by Key, without aws: keys.
    const canonical = tagList(Object.fromEntries(tags.map((t: Record<string, unknown>) => [t.Key, t.Value])))
    if (canonical) b.properties.Tags = canonical
    else delete b.properties.Tags
  }
  for (const u of tf.unknown) {
    const path = u === '' ? '' : translatePath(tree, u, topLevel)
    if (path !== undefined) b.markUnknown(path)
  }
  for (const s of tf.sensitive) {
    const path = s === '' ? '' : translatePath(tree, s, topLevel)
    if (path !== undefined) b.markSensitive(path)
  }
  return b
}
