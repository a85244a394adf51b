// Plan-less evaluation: the module tree's resource blocks become TfResource instances (origin 'hcl') with the
// values that are certain without Terraform and the paths of everything else marked unknown.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, type TfResource } from '../../types.js'
import { configAddress } from '../address.js'
import { collectReferences, evaluateTree, settle, UNKNOWN, type Collected, type Evaluated, type Scope } from './expressions.js'
import type { ModuleNode } from './modules.js'
import { evaluatePolicyDocument } from './policy-document.js'
import { hasDeclaredType } from './variable-types.js'

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
        if (!MODULE_META.has(key)) childInputs.set(key, evaluateWhole(value, instanceScope))
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
  const documents = new Map<string, { value: unknown; sensitive: boolean }>()
  const inProgress = new Set<string>()
  const empty: Scope = { variable: () => unknownValue, local: () => unknownValue }
  const scope: Scope = {
    variable(name) {
      let value = variables.get(name)
      if (!value) {
        const declaration = declared[name] === undefined ? undefined : firstBody(declared[name])
        const sensitive = declaration?.sensitive === true
        if (!declaration) value = unknownValue
        else if (inputs.has(name)) value = inputs.get(name)!
        else if ('default' in declaration) value = evaluateWhole(declaration.default, empty)
        else value = unknownValue
        // a value Terraform would convert to the declared type is unknown rather than used unconverted
        const converted = declaration && 'type' in declaration && value.value !== UNKNOWN && !hasDeclaredType(value.value, declaration.type)
        value = { value: converted ? UNKNOWN : value.value, sensitive: value.sensitive || sensitive }
        variables.set(name, value)
      }
      return value
    },
    local(name) {
      let value = locals.get(name)
      if (!value) {
        if (!(name in localsRaw) || inProgress.has(name)) return unknownValue
        inProgress.add(name)
        value = evaluateWhole(localsRaw[name], scope)
        inProgress.delete(name)
        locals.set(name, value)
      }
      return value
    },
    data(type, name, attribute) {
      // only policy documents are computed here; every other data source is read by Terraform from AWS
      const raw = (dataSources[type] as Body | undefined)?.[name]
      if (type !== 'aws_iam_policy_document' || raw === undefined) return unknownValue
      const key = `data.${type}.${name}`
      let document = documents.get(key)
      if (!document) {
        if (inProgress.has(key)) return unknownValue
        inProgress.add(key)
        document = evaluatePolicyDocument(firstBody(raw), (value) => evaluateWhole(value, scope))
        inProgress.delete(key)
        documents.set(key, document)
      }
      const attributes = document.value
      if (attributes === UNKNOWN || !attributes || typeof attributes !== 'object') return { value: UNKNOWN, sensitive: document.sensitive }
      const found = (attributes as Record<string, unknown>)[attribute]
      return { value: found === undefined ? UNKNOWN : found, sensitive: document.sensitive }
    }
  }
  return scope
}

const unknownValue: Evaluated = { value: UNKNOWN, sensitive: false }

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
    const forEach = evaluateWhole(body.for_each, scope).value
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
  const dynamicBlocks = body.dynamic && typeof body.dynamic === 'object' ? (body.dynamic as Body) : {}

  for (const [key, raw] of Object.entries(body)) {
    if (RESOURCE_META.has(key)) continue
    noteReferences(references, key, referencesOf(raw))
    if (key in dynamicBlocks) continue // static and dynamic blocks of one type: the list as a whole is unknown
    const value = evaluateTree(raw, scope, [key], collected)
    if (value !== UNKNOWN) values[key] = value
  }
  for (const [key, raw] of Object.entries(dynamicBlocks)) {
    noteReferences(references, key, referencesOf(raw))
    settle(unknownValue, [key], collected) // which blocks a dynamic block makes is known only to Terraform
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
