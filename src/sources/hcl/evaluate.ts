// Plan-less evaluation: the module tree's resource blocks become TfResource instances (origin 'hcl') with the
// values that are certain without Terraform and the paths of everything else marked unknown.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, type TfResource } from '../../types.js'
import { configAddress } from '../address.js'
import { collectReferences, evaluatePartial, evaluateString, evaluateTree, Resolved, UNKNOWN, type Collected, type Evaluated, type Scope } from './expressions.js'
import type { ModuleNode } from './modules.js'
import { evaluatePolicyDocument } from './policy-document.js'
import { convertToDeclaredType } from './variable-types.js'
import { isObject, sortedKeys } from './values.js'

/** hcl2json's output per file, keyed by absolute path. */
export type ParsedFiles = Map<string, Record<string, unknown>>

type Body = Record<string, unknown>
/** Provider configuration ('aws', 'aws.west') → its region when known. */
type ProviderRegions = Map<string, string | undefined>

/** Meta-arguments: they shape instances, they are not attributes of the resource. */
const RESOURCE_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', 'dynamic'])
const MODULE_META = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on'])

interface Instance {
  /** '[0]' or '["key"]' or '' */
  suffix: string
  index?: string | number
  each?: { key: string; value: unknown }
  countIndex?: number
}

export interface EvaluationResult {
  resources: TfResource[]
  providerRegion?: string
}

export function evaluateModules(
  root: ModuleNode,
  parsed: ParsedFiles,
  rootInputs: Map<string, Evaluated>,
  warnings: string[]
): EvaluationResult {
  const resources: TfResource[] = []
  const budget: InstanceBudget = { made: new Map(), warned: new Set() }
  const rootRegions = evaluateModule(root, '', rootInputs, new Map(), resources, parsed, warnings, new ReferenceFollower(parsed), budget)
  return { resources, providerRegion: rootRegions.get('aws') }
}

/**
 * The resources an expression names, directly or through the module's local values and its child modules'
 * outputs, so that a rule whose `security_group_id = local.this_sg_id` (a local holding
 * `concat(aws_security_group.this.*.id, ...)[0]`) or `module.sg.security_group_id` still finds its group.
 * Addresses are relative to the module: 'aws_security_group.this', 'module.sg.aws_security_group.this'.
 * Each local and output is followed once per module (configuration, not instance: references do not depend on
 * the instance); a cycle ends where it closes.
 */
class ReferenceFollower {
  private readonly followed = new Map<ModuleNode, Map<string, string[]>>()

  constructor(private readonly parsed: ParsedFiles) {}

  of(node: ModuleNode, raw: unknown): string[] {
    const found = new Set<string>()
    const values = new Set<string>()
    collectReferences(raw, found, values)
    for (const value of values) for (const address of this.follow(node, value)) found.add(address)
    return [...found]
  }

  /** 'local.NAME' or 'module.CALL.OUTPUT' → the resources behind it. */
  private follow(node: ModuleNode, value: string): string[] {
    let cache = this.followed.get(node)
    if (cache === undefined) this.followed.set(node, (cache = new Map()))
    const known = cache.get(value)
    if (known !== undefined) return known
    cache.set(value, [])
    const [kind, name, output] = value.split('.')
    let addresses: string[] = []
    if (kind === 'local') {
      const raw = localsOf(node, this.parsed)[name]
      if (raw !== undefined) addresses = this.of(node, raw)
    } else {
      const child = node.calls.find((c) => c.name === name)?.child
      const block = child ? sectionOf(child, this.parsed, 'output')[output] : undefined
      if (child && block !== undefined) addresses = this.of(child, firstBody(block)?.value).map((a) => `module.${name}.${a}`)
    }
    cache.set(value, addresses)
    return addresses
  }
}

/** Blocks of one kind across a module's files: `variable`, `resource`... merged by label. */
function sectionOf(node: ModuleNode, parsed: ParsedFiles, kind: string): Body {
  const merged: Body = {}
  for (const file of node.files) {
    const section = parsed.get(file.absolute)?.[kind]
    if (section && typeof section === 'object' && !Array.isArray(section)) Object.assign(merged, section)
  }
  return merged
}

function firstBody(value: unknown): Body {
  return (Array.isArray(value) ? value[0] : value) as Body
}

function evaluateModule(
  node: ModuleNode,
  moduleAddress: string,
  inputs: Map<string, Evaluated>,
  inheritedRegions: ProviderRegions,
  out: TfResource[],
  parsed: ParsedFiles,
  warnings: string[],
  references: ReferenceFollower,
  budget: InstanceBudget
): ProviderRegions {
  const scope = moduleScope(node, parsed, inputs)
  const regions = providerRegions(node, parsed, scope, inheritedRegions)
  const at = (local: string) => (moduleAddress ? `${moduleAddress}.${local}` : local)

  // In source order (the lexer's blocks), not hcl2json's alphabetical one.
  const resourceSection = sectionOf(node, parsed, 'resource')
  for (const block of node.blocks) {
    const raw = (resourceSection[block.type] as Body | undefined)?.[block.name]
    if (raw === undefined) continue
    const body = firstBody(raw)
    const blockAddress = at(`${block.type}.${block.name}`)
    for (const instance of expand(body, scope, { address: blockAddress, file: block.file, line: block.line }, budget, warnings)) {
      out.push(
        buildResource(block.type, block.name, body, { ...scope, each: instance.each, countIndex: instance.countIndex }, (raw) => references.of(node, raw), {
          address: `${blockAddress}${instance.suffix}`,
          index: instance.index,
          module: moduleAddress,
          region: regions.get(providerKey(body, block.type)),
          location: { file: block.file, line: block.line }
        })
      )
    }
  }

  const calls = sectionOf(node, parsed, 'module')
  for (const call of node.calls) {
    if (!call.child) continue
    const body = firstBody(calls[call.name])
    if (!body) continue
    const callAddress = at(`module.${call.name}`)
    for (const instance of expand(body, scope, { address: callAddress, file: call.file, line: call.line }, budget, warnings)) {
      const instanceScope: Scope = { ...scope, each: instance.each, countIndex: instance.countIndex }
      const childInputs = new Map<string, Evaluated>()
      for (const [key, value] of Object.entries(body)) {
        if (!MODULE_META.has(key)) childInputs.set(key, evaluatePartial(value, instanceScope))
      }
      evaluateModule(call.child, `${callAddress}${instance.suffix}`, childInputs, passedProviders(body, regions), out, parsed, warnings, references, budget)
    }
  }
  return regions
}

/** var.* and local.* of one module instance. */
/** The raw expressions of a module's local values, across its `locals` blocks. */
function localsOf(node: ModuleNode, parsed: ParsedFiles): Body {
  const localsRaw: Body = {}
  for (const file of node.files) {
    const locals = parsed.get(file.absolute)?.locals
    for (const block of Array.isArray(locals) ? locals : locals ? [locals] : []) Object.assign(localsRaw, block)
  }
  return localsRaw
}

function moduleScope(node: ModuleNode, parsed: ParsedFiles, inputs: Map<string, Evaluated>): Scope {
  const declared = sectionOf(node, parsed, 'variable')
  const localsRaw = localsOf(node, parsed)
  const dataSources = sectionOf(node, parsed, 'data')
  const variables = new Map<string, Evaluated>()
  const locals = new Map<string, Evaluated>()
  const documents = new Map<string, Evaluated>()
  const inProgress = new Set<string>()
  const empty: Scope = { variable: () => unknownValue, local: () => unknownValue }
  const scope: Scope = {
    variable(name) {
      let value = variables.get(name)
      if (!value) {
        const declaration = declared[name] === undefined ? undefined : firstBody(declared[name])
        const sensitive = declaration?.sensitive === true
        const fallback = () => ('default' in declaration! ? evaluateWhole(declaration!.default, empty) : unknownValue)
        if (!declaration) value = unknownValue
        else if (inputs.has(name)) value = inputs.get(name)!
        else value = fallback()
        // `nullable = false`: a null argument takes the default (Terraform refuses it when there is none)
        if (declaration?.nullable === false && value.value === null && inputs.has(name)) value = fallback()
        // converted to the declared type as Terraform converts it (optional attributes and their defaults added);
        // a conversion we cannot make exactly, or one Terraform refuses, is unknown
        if (declaration && 'type' in declaration && value.value !== UNKNOWN) {
          const converted = convertToDeclaredType(value.value, declaration.type)
          value = { value: typeof converted === 'symbol' ? UNKNOWN : converted, sensitive: value.sensitive }
        }
        value = { value: value.value, sensitive: value.sensitive || sensitive }
        variables.set(name, value)
      }
      return value
    },
    local(name) {
      let value = locals.get(name)
      if (!value) {
        if (!(name in localsRaw) || inProgress.has(name)) return unknownValue
        inProgress.add(name)
        value = evaluatePartial(localsRaw[name], scope)
        inProgress.delete(name)
        locals.set(name, value)
      }
      return value
    },
    data(type, name) {
      // only policy documents are computed here; every other data source is read by Terraform from AWS
      const raw = (dataSources[type] as Body | undefined)?.[name]
      if (type !== 'aws_iam_policy_document' || raw === undefined) return unknownValue
      const key = `data.${type}.${name}`
      let document = documents.get(key)
      if (!document) {
        if (inProgress.has(key)) return unknownValue
        inProgress.add(key)
        document = policyDocumentInstances(firstBody(raw), scope)
        inProgress.delete(key)
        documents.set(key, document)
      }
      return document
    }
  }
  return scope
}

const unknownValue: Evaluated = { value: UNKNOWN, sensitive: false }

/**
 * A policy document data source as `data.aws_iam_policy_document.NAME` reads: its attributes ({ json,
 * minified_json }), a list of them under `count`, a map under `for_each`. Unknown as a whole when any instance
 * is, or when count or for_each is (`count = var.create ? 1 : 0` with a known var.create is known).
 */
function policyDocumentInstances(body: Body, scope: Scope): Evaluated {
  const { count, for_each: forEach, ...rest } = body
  let sensitive = false
  const one = (instanceScope: Scope): unknown => {
    const document = evaluatePolicyDocument(expandDynamicBlocks(rest, instanceScope), (value) => evaluateWhole(value, instanceScope))
    sensitive ||= document.sensitive
    // `id` (a hash the provider computes) and the arguments read back are not computed here: unknown, not missing
    return document.value === UNKNOWN ? UNKNOWN : { ...document.value, id: UNKNOWN }
  }
  let value: unknown
  if ('count' in body) {
    const n = evaluateWhole(count, scope)
    sensitive ||= n.sensitive
    if (typeof n.value !== 'number' || !Number.isInteger(n.value) || n.value < 0 || n.value > MAX_INSTANCES_PER_BLOCK) return { value: UNKNOWN, sensitive }
    value = Array.from({ length: n.value }, (_, i) => one({ ...scope, countIndex: i }))
  } else if ('for_each' in body) {
    const each = evaluateWhole(forEach, scope)
    sensitive ||= each.sensitive
    const entries = forEachEntries(each.value)
    if (!entries || entries.length > MAX_INSTANCES_PER_BLOCK) return { value: UNKNOWN, sensitive }
    value = Object.fromEntries(entries.map(([key, item]) => [key, one({ ...scope, each: { key, value: item } })]))
  } else {
    return { value: one(scope), sensitive }
  }
  const instances = Array.isArray(value) ? value : Object.values(value as Body)
  return { value: instances.includes(UNKNOWN) ? UNKNOWN : value, sensitive }
}

/** A resource's or data source's for_each as [key, value] pairs: a map, or a set of strings (key = value). */
function forEachEntries(value: unknown): Array<[string, unknown]> | undefined {
  if (Array.isArray(value)) return value.every((k) => typeof k === 'string') ? [...new Set(value as string[])].map((key) => [key, key]) : undefined
  if (isObject(value)) return Object.entries(value)
  return undefined
}

/**
 * A body with its `dynamic` blocks expanded as Terraform expands them: one block per element of for_each, its
 * `content` evaluated with the iterator (the block's type, or its `iterator` argument) bound to { key, value },
 * nested dynamic blocks included. The generated blocks stand where static blocks of that type would, their
 * leaves already evaluated (Resolved). for_each over `[]`, `{}` or null makes no block at all.
 * The type's whole list is unknown when a for_each is unknown, when `labels` are given (resources and policy
 * documents have no labelled nested blocks we read), or when the order of the blocks cannot be known: hcl2json
 * keeps static and dynamic blocks apart, so static blocks beside generated ones, or two dynamic blocks of
 * one type that both generate, lose their source order.
 */
function expandDynamicBlocks(body: Body, scope: Scope): Body {
  const dynamic = body.dynamic
  if (!isObject(dynamic)) return body
  const { dynamic: _dynamic, ...out } = body
  const unknownList = (sensitive: boolean) => new Resolved({ value: UNKNOWN, sensitive })
  for (const [type, raw] of Object.entries(dynamic)) {
    const generated: unknown[][] = []
    let sensitive = false
    let unknown = false
    for (const block of Array.isArray(raw) ? raw : [raw]) {
      const blocks = dynamicBlockInstances(block, type, scope)
      if (blocks === UNKNOWN) unknown = true
      else {
        sensitive ||= blocks.sensitive
        if (blocks.value.length > 0) generated.push(blocks.value)
      }
    }
    const statics = out[type]
    const staticCount = Array.isArray(statics) ? statics.length : statics === undefined ? 0 : 1
    if (unknown || (generated.length > 0 && staticCount > 0) || generated.length > 1) out[type] = unknownList(sensitive)
    else if (generated.length === 1) out[type] = generated[0]
  }
  return out
}

/** The blocks one `dynamic` block generates (leaves evaluated), or UNKNOWN. */
function dynamicBlockInstances(raw: unknown, type: string, scope: Scope): { value: Body[]; sensitive: boolean } | typeof UNKNOWN {
  if (!isObject(raw) || 'labels' in raw || !('for_each' in raw)) return UNKNOWN
  const content = firstBody(raw.content)
  if (!isObject(content)) return UNKNOWN
  let iterator = type
  if ('iterator' in raw) {
    const m = typeof raw.iterator === 'string' ? /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(raw.iterator) : null
    if (!m) return UNKNOWN
    iterator = m[1]
  }
  const forEach = evaluatePartial(raw.for_each, scope)
  let pairs: Array<[unknown, unknown]>
  if (forEach.value === null) pairs = []
  else if (isObject(forEach.value)) {
    const map = forEach.value
    pairs = sortedKeys(map).map((key) => [key, map[key]])
  }
  // a list's key is the index and a set's is the element: both are arrays here, so the key is unknown
  else if (Array.isArray(forEach.value)) pairs = forEach.value.map((item) => [UNKNOWN, item])
  else return UNKNOWN
  if (pairs.length > MAX_INSTANCES_PER_BLOCK) return UNKNOWN
  const blocks = pairs.map(([key, value]) => {
    const symbols = new Map(scope.symbols)
    symbols.set(iterator, { key, value })
    return resolveLeaves(content, { ...scope, symbols }, forEach.sensitive) as Body
  })
  return { value: blocks, sensitive: forEach.sensitive }
}

/** A block's content with its nested dynamic blocks expanded and every template evaluated in `scope`. */
function resolveLeaves(raw: unknown, scope: Scope, sensitive: boolean): unknown {
  if (raw instanceof Resolved) return sensitive ? new Resolved({ ...raw.result, sensitive: true }) : raw
  if (typeof raw === 'string') {
    if (!raw.includes('{')) return sensitive ? new Resolved({ value: raw, sensitive }) : raw
    const result = evaluateString(raw, scope)
    return new Resolved({ value: result.value, sensitive: result.sensitive || sensitive })
  }
  if (Array.isArray(raw)) return raw.map((item) => resolveLeaves(item, scope, sensitive))
  if (isObject(raw)) {
    // a computed key is evaluated by evaluateTree as unknown; keep it for that, the iterator cannot reach it there
    if (Object.keys(raw).some((key) => key.includes('${'))) return new Resolved({ value: UNKNOWN, sensitive })
    const expanded = expandDynamicBlocks(raw, scope)
    return Object.fromEntries(Object.entries(expanded).map(([key, item]) => [key, resolveLeaves(item, scope, sensitive)]))
  }
  return sensitive ? new Resolved({ value: raw, sensitive }) : raw
}

/**
 * A value that must be whole to be used elsewhere (a local, a module argument, count, for_each): if any part
 * of it is unknown the whole is, since a partial object would silently lose the unknown marks.
 */
function evaluateWhole(raw: unknown, scope: Scope): Evaluated {
  const collected: Collected = { unknown: [], sensitive: [] }
  const value = evaluateTree(raw, scope, [], collected)
  const sensitive = collected.sensitive.length > 0
  return { value: collected.unknown.length > 0 ? UNKNOWN : value, sensitive }
}

/**
 * Instances Plumbline makes of one resource or module block, counted across every instance of the modules around
 * it. `count = 100000000` would otherwise exhaust memory (and a count of 2^32 or more is not even an array length),
 * and nested module calls multiply: with a cap per configuration block, the whole tree makes at most this many
 * instances per block written in the code.
 */
export const MAX_INSTANCES_PER_BLOCK = 10_000

/** Instances made so far per configuration address (instance keys stripped), and the blocks already warned about. */
interface InstanceBudget {
  made: Map<string, number>
  warned: Set<string>
}

interface BlockPlace {
  /** Address of this block in its module instance: module.a["x"].aws_s3_bucket.b */
  address: string
  file: string
  line: number
}

/**
 * Instances of a resource or module call. A count or for_each we cannot resolve gives one instance without a
 * key: its other attributes are still checked (each.* and count.index are unknown in it) rather than the
 * resource being dropped; the warning says so. A count that is not a whole number ≥ 0 (which Terraform refuses)
 * gives one instance too. Past MAX_INSTANCES_PER_BLOCK instances of a block, the rest are left out with a warning.
 */
function expand(body: Body, scope: Scope, place: BlockPlace, budget: InstanceBudget, warnings: string[]): Instance[] {
  const block = configAddress(place.address)
  const made = budget.made.get(block) ?? 0
  const room = MAX_INSTANCES_PER_BLOCK - made
  const checked = MAX_INSTANCES_PER_BLOCK.toLocaleString('en-US')
  /** How many of `wanted` instances fit; the first time a block overflows, a warning says what was asked. */
  const capped = (wanted: number, asked: string): number => {
    if (wanted <= room) return wanted
    if (!budget.warned.has(block)) {
      budget.warned.add(block)
      const across = made > 0 ? ' (with the instances its module already has)' : ''
      warnings.push(`${place.file}:${place.line}: ${block}: ${asked} is more than the ${checked} instances Plumbline checks per block${across}; the first ${checked} are checked`)
    }
    return Math.max(room, 0)
  }
  let instances: Instance[]
  if ('count' in body) {
    const count = evaluateWhole(body.count, scope).value
    const n = typeof count === 'number' ? count : typeof count === 'string' && /^\d+$/.test(count) ? Number(count) : NaN
    if (Number.isNaN(n)) {
      warnings.push(`${place.address}: count is not known without a plan; checked as one instance`)
      instances = [{ suffix: '' }]
    } else if (n < 0 || (!Number.isInteger(n) && n !== Infinity)) {
      warnings.push(`${place.file}:${place.line}: ${block}: count = ${n} is not a whole number ≥ 0, which Terraform refuses; checked as one instance`)
      instances = [{ suffix: '' }]
    } else {
      const take = capped(n, `count = ${Number.isFinite(n) ? n : 'a number too large to hold'}`)
      instances = Array.from({ length: take }, (_, i) => ({ suffix: `[${i}]`, index: i, countIndex: i }))
    }
  } else if ('for_each' in body) {
    // known keys are enough: an unknown part of a value is unknown only where each.value reads it
    const forEach = evaluatePartial(body.for_each, scope).value
    if (Array.isArray(forEach) && forEach.every((k) => typeof k === 'string')) {
      const keys = [...new Set(forEach as string[])]
      instances = keys.slice(0, capped(keys.length, `for_each with ${keys.length} keys`)).map((key) => ({ suffix: `[${JSON.stringify(key)}]`, index: key, each: { key, value: key } }))
    } else if (forEach && typeof forEach === 'object' && !Array.isArray(forEach)) {
      const entries = Object.entries(forEach as Body)
      instances = entries
        .slice(0, capped(entries.length, `for_each with ${entries.length} keys`))
        .map(([key, value]) => ({ suffix: `[${JSON.stringify(key)}]`, index: key, each: { key, value } }))
    } else {
      warnings.push(`${place.address}: for_each is not known without a plan; checked as one instance`)
      instances = [{ suffix: '' }]
    }
  } else {
    instances = [{ suffix: '' }]
  }
  // Unresolved and plain blocks make one instance each; they count too, so a module called 10,000 times does not
  // multiply them past the cap.
  if (instances.length === 1 && instances[0].suffix === '') instances = instances.slice(0, capped(1, 'one instance in each instance of its module'))
  budget.made.set(block, made + instances.length)
  return instances
}

function buildResource(
  type: string,
  name: string,
  body: Body,
  scope: Scope,
  referencesOf: (raw: unknown) => string[],
  where: Pick<TfResource, 'address' | 'index' | 'module' | 'region' | 'location'>
): TfResource {
  const collected: Collected = { unknown: [], sensitive: [] }
  const values: Record<string, unknown> = {}
  const references: Record<string, string[]> = {}
  const dynamicBlocks = isObject(body.dynamic) ? body.dynamic : {}
  for (const [key, raw] of Object.entries(dynamicBlocks)) noteReferences(references, key, referencesOf(raw))

  for (const [key, raw] of Object.entries(expandDynamicBlocks(body, scope))) {
    if (RESOURCE_META.has(key)) continue
    if (key in body) noteReferences(references, key, referencesOf(body[key]))
    const value = evaluateTree(raw, scope, [key], collected)
    if (value !== UNKNOWN) values[key] = value
  }
  return {
    address: where.address,
    type,
    name,
    ...(where.index !== undefined ? { index: where.index } : {}),
    module: where.module,
    values,
    unknown: unique(collected.unknown),
    sensitive: unique(collected.sensitive),
    origin: 'hcl',
    references,
    ...(where.region !== undefined ? { region: where.region } : {}),
    ...(where.location ? { location: where.location } : {})
  }
}

function noteReferences(references: Record<string, string[]>, key: string, addresses: readonly string[]): void {
  const found = new Set<string>([...(references[key] ?? []), ...addresses])
  if (found.size > 0) references[key] = [...found].sort()
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)]
}

/** The provider configuration a resource uses: its `provider` argument, else the default of its type's prefix. */
function providerKey(body: Body, type: string): string {
  if (typeof body.provider === 'string') return stripInterpolation(body.provider)
  return type.slice(0, type.indexOf('_'))
}

function stripInterpolation(text: string): string {
  const m = /^\$\{(.*)\}$/.exec(text.trim())
  return (m ? m[1] : text).trim()
}

/** Regions of this module's provider configurations: its own provider blocks over the inherited ones. */
function providerRegions(node: ModuleNode, parsed: ParsedFiles, scope: Scope, inherited: ProviderRegions): ProviderRegions {
  const regions = new Map(inherited)
  for (const [providerName, raw] of Object.entries(sectionOf(node, parsed, 'provider'))) {
    for (const config of Array.isArray(raw) ? (raw as Body[]) : [raw as Body]) {
      const key = typeof config.alias === 'string' ? `${providerName}.${config.alias}` : providerName
      const region = 'region' in config ? evaluateWhole(config.region, scope).value : undefined
      regions.set(key, typeof region === 'string' ? region : undefined)
    }
  }
  return regions
}

/** A module call's `providers = { aws = aws.west }` renames the caller's configurations for the child. */
function passedProviders(body: Body, callerRegions: ProviderRegions): ProviderRegions {
  const child = new Map(callerRegions)
  const mapping = body.providers
  if (mapping && typeof mapping === 'object' && !Array.isArray(mapping)) {
    for (const [childKey, callerKey] of Object.entries(mapping as Body)) {
      if (typeof callerKey === 'string') child.set(stripInterpolation(childKey), callerRegions.get(stripInterpolation(callerKey)))
    }
  }
  return child
}

/**
 * Values for the root module's variables, with Terraform's precedence (later wins): a TF_VAR_ environment
 * variable, terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars / *.auto.tfvars.json in lexical order.
 * A TF_VAR_ variable is never read (it may hold a secret): it only makes its variable unknown unless a file
 * sets it.
 */
export async function rootVariableInputs(
  rootDir: string,
  fileNames: string[],
  env: Record<string, string | undefined>,
  parseHclFile: (absolute: string, text: string) => Promise<Record<string, unknown>>,
  relativeName: (absolute: string) => string
): Promise<Map<string, Evaluated>> {
  const inputs = new Map<string, Evaluated>()
  for (const key of Object.keys(env)) {
    if (key.startsWith('TF_VAR_') && env[key] !== undefined) inputs.set(key.slice('TF_VAR_'.length), unknownValue)
  }
  const auto = fileNames.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort()
  const ordered = [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => fileNames.includes(n)), ...auto]
  const literalScope: Scope = { variable: () => unknownValue, local: () => unknownValue }
  for (const name of ordered) {
    const absolute = join(rootDir, name)
    const text = await readFile(absolute, 'utf8')
    const values = name.endsWith('.json') ? parseJsonVariables(relativeName(absolute), text) : await parseHclFile(absolute, text)
    for (const [key, raw] of Object.entries(values)) {
      // .tfvars.json strings are plain values, never templates
      inputs.set(key, name.endsWith('.json') ? { value: raw, sensitive: false } : evaluateWhole(raw, literalScope))
    }
  }
  return inputs
}

function parseJsonVariables(file: string, text: string): Record<string, unknown> {
  let values: unknown
  try {
    values = JSON.parse(text)
  } catch {
    // the parser's message quotes the text around the error, which may be a secret: say only where
    throw new InputError(`${file}: not valid JSON; fix the variables file`)
  }
  if (!values || typeof values !== 'object' || Array.isArray(values)) {
    throw new InputError(`${file}: a variables file must hold one JSON object; fix the variables file`)
  }
  return values as Record<string, unknown>
}
