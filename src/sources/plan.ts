// The plan source: `terraform show -json <planfile>` (or `tofu show -json`), format 0.1, 0.2 or 1.x. The file
// is parsed once and walked once (a large one a few changes at a time, from its bytes: plan-stream.ts): resource_changes
// are indexed by address, the configuration by configuration address, so a 20,000-resource plan costs less than its
// JSON.parse.

import { setFlagsFromString } from 'node:v8'
import { formatPath, stringsAtPaths, type PathStep } from '../paths.js'
import { configAddress } from './address.js'
import { phaseDone } from '../timings.js'
import { takePrefetched } from '../prefetch.js'
import { InputError, type PlanAction, type TfResource } from '../types.js'
import {
  checkFormatVersion,
  forEachManagedResource,
  isLegacyFormat,
  isObject,
  looksLikeState,
  markerPathsOrNone,
  parseTerraformJson,
  readTerraformBytes,
  terraformText,
  unionPaths,
  unmarkedSensitivityWarning,
  valuesResource,
  wrongKindError
} from './terraform-json.js'
import { bytesSource, StreamAbandoned, streamedPlan, textSource, type PlanSource, type StreamedPlan } from './plan-stream.js'

/** One entry of resource_drift: what changed outside Terraform, as paths only (values are never kept). */
export interface PlanDriftEntry {
  address: string
  type: string
  actions: string[]
  changedPaths: string[]
}

export interface PlanData {
  formatVersion: string
  terraformVersion?: string
  /** From the providers' registry host: registry.opentofu.org → opentofu, registry.terraform.io → terraform. */
  tool: 'terraform' | 'opentofu' | 'unknown'
  /** Planned values of managed resources that exist after apply, origin 'plan', with the plan's action. */
  resources: TfResource[]
  /** Resources the plan deletes (or forgets): not checked, but a deletion fixes their findings. */
  deleted: Array<{ address: string; type: string }>
  /** Of those, the ones the plan only forgets (`removed` with destroy = false): they stay in AWS, so nothing is fixed. */
  forgotten: string[]
  /** prior_state as a state inventory (origin 'state'). */
  prior: TfResource[]
  /** resource_drift, kept as evidence. */
  drift: PlanDriftEntry[]
  /** The default aws provider's region, when the configuration states it. */
  region?: string
  /** Terraform saved the plan after an error: it may be incomplete. */
  errored: boolean
  /**
   * Values of the root module's variables whose declaration says `sensitive = true` (the configuration records
   * it since Terraform 0.15): their strings, for the run's set of secret values. Never written anywhere.
   */
  sensitiveValues?: string[]
  /** What the reader could not do with this plan (a format that marks nothing sensitive), for the run's warnings. */
  warnings: string[]
}

interface Change {
  actions?: unknown
  before?: unknown
  after?: unknown
  after_unknown?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
}

interface ResourceChange {
  address?: unknown
  module_address?: unknown
  mode?: unknown
  type?: unknown
  name?: unknown
  index?: unknown
  deposed?: unknown
  change?: Change
}

interface ConfigFacts {
  references?: Record<string, string[]>
  region?: string
  configured: string[]
}

export async function readPlan(file: string): Promise<PlanData> {
  // Read while the product loaded, when an entry started it (prefetch.ts).
  const bytes = (await takePrefetched(file)) ?? (await readTerraformBytes(file, 'plan'))
  phaseDone('read')
  boundHeapGrowth(bytes.length)
  return parsePlanBytes(bytes, file)
}

/** Plans from this size on (about 35,000 resources) get the heap growth bound below. */
const LARGE_PLAN_CHARS = 64 * 1024 * 1024
/** V8's heap may grow to 1.5 times what was live at its last full collection (its default lets it grow about fourfold). */
const LARGE_PLAN_HEAP_GROWING_PERCENT = 50

/**
 * Most of what parsing a plan allocates is garbage as soon as the reader is done: the text itself and the
 * resource_changes' before and after copies of every resource. V8 sizes the next full collection from what was live
 * at the last one, which falls in the middle of the parse, and lets the heap grow about fourfold before it: with a
 * 100,000-resource plan (184 MB) that garbage was never collected and the process peaked at 1.3 GB. Bounding the
 * growth for large plans costs a few more (incremental, mostly concurrent) collections and keeps the peak near what
 * is live; smaller plans keep V8's defaults, where the extra collections would cost more time than the memory is
 * worth. The flag is read each time V8 sets its next limit, so setting it before the parse is in time.
 */
function boundHeapGrowth(planChars: number): void {
  if (planChars >= LARGE_PLAN_CHARS) setFlagsFromString(`--heap-growing-percent=${LARGE_PLAN_HEAP_GROWING_PERCENT}`)
}

/**
 * Below this size (about 500 resources) a plan is parsed whole: reading it a few changes at a time would save little.
 * Tests set 0 to read every fixture both ways, or Infinity to read it whole.
 */
const STREAM_FROM = 1024 * 1024

/** A plan file's bytes: a large one read a few changes at a time from the bytes themselves (plan-stream.ts). */
export function parsePlanBytes(bytes: Buffer, file: string, streamFrom = STREAM_FROM): PlanData {
  return parsePlanFrom(bytes.length >= streamFrom ? bytesSource(bytes) : undefined, () => terraformText(bytes), file)
}

/** A plan's text: a large one read a few changes at a time (plan-stream.ts). */
export function parsePlan(text: string, file: string, streamFrom = STREAM_FROM): PlanData {
  return parsePlanFrom(text.length >= streamFrom ? textSource(text) : undefined, () => text, file)
}

/**
 * A format 1.x plan (Terraform 1.1 and later, every OpenTofu), whose resource_changes list every managed resource,
 * no-op ones included, and mark sensitivity, is read without planned_values and a few changes at a time when it is laid
 * out as Terraform writes it. Anything else is parsed whole, as is a plan whose stream is abandoned half-way (the
 * resources read so far are dropped), which also says where a broken file breaks.
 */
function parsePlanFrom(source: PlanSource | undefined, wholeText: () => string, file: string): PlanData {
  const streamed = source ? streamedPlan(source) : undefined
  if (streamed) {
    try {
      return walkPlan(file, streamed)
    } catch (err) {
      if (!(err instanceof StreamAbandoned)) throw err
    }
  }
  const doc = parseTerraformJson(wholeText(), file, 'plan')
  phaseDone('parse')
  return walkPlan(file, { doc })
}

/**
 * The plan's resources from its document or, streamed, from its changes a piece at a time and then the rest of the
 * document (which has neither planned_values nor resource_changes: the planned resources are read from the changes).
 */
function walkPlan(file: string, input: { doc: Record<string, unknown> } | StreamedPlan): PlanData {
  const resources: TfResource[] = []
  // The paths of before_sensitive trees walked here, by address: prior state needs them again for the same
  // resources (every one the plan keeps), and walking a tree costs more than looking its paths up.
  const beforeSensitiveByAddress = new Map<string, string[]>()
  const addPlanned = (resource: TfResource, change: Change | undefined): void => {
    const action = change ? actionOf(change.actions) : undefined
    if (action === 'delete') return
    if (action) resource.action = action
    if (change) {
      resource.unknown = markerPathsOrNone(change.after_unknown)
      // resource.sensitive already holds the paths of r.sensitive_values (valuesResource): not walked twice.
      const after = markerPathsOrNone(change.after_sensitive)
      const before = markerPathsOrNone(change.before_sensitive)
      if (isObject(change.before_sensitive)) beforeSensitiveByAddress.set(resource.address, before)
      if (after.length > 0 || before.length > 0) resource.sensitive = unionPaths(resource.sensitive, after, before)
    }
    resources.push(resource)
  }

  let doc: Record<string, unknown>
  let formatVersion: string
  let changes = new Map<string, ResourceChange>()
  if ('changes' in input) {
    // Each change is walked as it is parsed; what the later steps need of it (its actions and type for the
    // deletions, its before_sensitive for prior state when the walk did not keep its paths) is all that is kept.
    for (const item of input.changes) {
      if (!isManagedChange(item)) continue
      // A repeated address would be read differently from the whole document's index (the last one, in the
      // first one's place): not a plan Terraform writes, so it is read whole rather than guessed at.
      if (changes.has(item.address)) throw new StreamAbandoned()
      const change = item.change
      if (typeof item.type === 'string' && typeof item.name === 'string') {
        const module = typeof item.module_address === 'string' ? item.module_address : ''
        const r = { address: item.address, mode: 'managed', type: item.type, name: item.name, index: item.index, values: change?.after }
        addPlanned(valuesResource(r, module, 'plan'), change)
      }
      const kept: Change | undefined = change && { actions: change.actions }
      if (kept && change!.before_sensitive !== undefined && !beforeSensitiveByAddress.has(item.address)) kept.before_sensitive = change!.before_sensitive
      changes.set(item.address, { address: item.address, type: item.type, change: kept })
    }
    doc = input.document()
    phaseDone('parse')
    formatVersion = checkFormatVersion(doc, file, 'plan')
  } else {
    doc = input.doc
    if (looksLikeState(doc)) throw wrongKindError(file, 'plan')
    formatVersion = checkFormatVersion(doc, file, 'plan')
    if (!('planned_values' in doc) && !('resource_changes' in doc)) {
      throw new InputError(
        `${file}: no planned_values or resource_changes, so not a plan; give the JSON printed by "terraform show -json <planfile>"`
      )
    }
    changes = indexChanges(doc.resource_changes)
    forEachManagedResource(isObject(doc.planned_values) ? doc.planned_values.root_module : undefined, (r, module) => {
      const resource = valuesResource(r, module, 'plan')
      addPlanned(resource, changes.get(resource.address)?.change)
    })
  }

  const configuration = isObject(doc.configuration) ? doc.configuration : {}
  const providerRegions = readProviderRegions(configuration, doc.variables)
  const addFacts = configFacts(indexConfiguration(configuration, providerRegions))
  for (let i = 0; i < resources.length; i++) addFacts(resources[i], true)

  const deleted: PlanData['deleted'] = []
  const forgotten: string[] = []
  changes.forEach((rc) => {
    if (actionOf(rc.change?.actions) !== 'delete') return
    deleted.push({ address: rc.address as string, type: String(rc.type) })
    if (Array.isArray(rc.change?.actions) && rc.change.actions.includes('forget')) forgotten.push(rc.address as string)
  })

  const prior: TfResource[] = []
  const priorState = isObject(doc.prior_state) && isObject(doc.prior_state.values) ? doc.prior_state.values : undefined
  forEachManagedResource(priorState?.root_module, (r, module) => {
    const resource = valuesResource(r, module, 'state')
    // Prior state carries sensitive_values only since Terraform 1.0.1 (format 0.2); Terraform 0.15 to 1.0.0
    // already marked the same object as the change's before_sensitive.
    let beforePaths = beforeSensitiveByAddress.get(resource.address)
    if (beforePaths === undefined) {
      const before = changes.get(resource.address)?.change?.before_sensitive
      if (before !== undefined) beforePaths = markerPathsOrNone(before)
    }
    if (beforePaths !== undefined && beforePaths.length > 0) {
      // A list of the planned resource's own (possibly its sensitive list itself) is copied, never shared.
      resource.sensitive = resource.sensitive.length > 0 ? unionPaths(resource.sensitive, beforePaths) : beforePaths.slice()
    }
    addFacts(resource, false)
    prior.push(resource)
  })

  const warnings: string[] = []
  // Terraform 0.12 to 0.14 wrote format 0.1 without any sensitivity marker; 0.15 added before_sensitive and
  // after_sensitive to every change (still format 0.1), so their presence tells the two apart.
  if (isLegacyFormat(formatVersion) && (resources.length > 0 || prior.length > 0) && !marksSensitivity(changes)) {
    warnings.push(unmarkedSensitivityWarning(file, 'plan', doc.terraform_version))
  }

  const data: PlanData = {
    formatVersion,
    // OpenTofu has only ever written format 1.x; Terraform 0.12 named providers without their registry host.
    tool: isLegacyFormat(formatVersion) ? 'terraform' : toolOf(configuration, doc),
    resources,
    deleted,
    forgotten,
    prior,
    drift: readDrift(doc.resource_drift),
    errored: doc.errored === true,
    warnings
  }
  if (typeof doc.terraform_version === 'string') data.terraformVersion = doc.terraform_version
  const region = providerRegions.get('aws')
  if (region) data.region = region
  const sensitiveValues = sensitiveVariableValues(configuration, doc.variables)
  if (sensitiveValues.length > 0) data.sensitiveValues = sensitiveValues
  phaseDone('walk')
  return data
}

/** Whether any change carries Terraform's sensitivity markers (absent before Terraform 0.15). */
function marksSensitivity(changes: Map<string, ResourceChange>): boolean {
  for (const rc of changes.values()) {
    if (isObject(rc.change) && ('after_sensitive' in rc.change || 'before_sensitive' in rc.change)) return true
  }
  return false
}

/** The strings in the values of root variables declared `sensitive = true`, each once. */
function sensitiveVariableValues(configuration: Record<string, unknown>, variables: unknown): string[] {
  const declared = isObject(configuration.root_module) ? configuration.root_module.variables : undefined
  if (!isObject(declared) || !isObject(variables)) return []
  const found = new Set<string>()
  for (const [name, declaration] of Object.entries(declared)) {
    if (!isObject(declaration) || declaration.sensitive !== true) continue
    const variable = variables[name]
    if (!isObject(variable)) continue
    for (const value of stringsAtPaths(variable.value, [''])) found.add(value)
  }
  return [...found]
}

/** A change of a managed resource; deposed objects are old halves of a replace, not resources. */
function isManagedChange(rc: unknown): rc is ResourceChange & { address: string } {
  return isObject(rc) && rc.mode === 'managed' && typeof rc.address === 'string' && rc.deposed === undefined
}

/** resource_changes of managed resources by address. */
function indexChanges(list: unknown): Map<string, ResourceChange> {
  const byAddress = new Map<string, ResourceChange>()
  if (!Array.isArray(list)) return byAddress
  for (let i = 0; i < list.length; i++) {
    const rc: unknown = list[i]
    if (isManagedChange(rc)) byAddress.set(rc.address, rc)
  }
  return byAddress
}

/** Terraform's action lists to one word; [delete] and [forget] both mean the object leaves the estate. */
export function actionOf(actions: unknown): PlanAction | undefined {
  if (!Array.isArray(actions)) return undefined
  // Every resource change is asked (20,000 in a large plan), and Terraform writes one or two actions: those are
  // compared as they are, which answers what joining them would (a single action has no comma, so a one-item
  // list joins to its item and a two-item one is a replace only as one of the three pairs below).
  if (actions.length === 1 && typeof actions[0] === 'string') return actionOfJoined(actions[0])
  if (actions.length === 2 && typeof actions[0] === 'string' && typeof actions[1] === 'string') {
    const [first, second] = actions as string[]
    if (first === 'delete' && second === 'create') return 'replace'
    if (first === 'create' && (second === 'delete' || second === 'forget')) return 'replace'
    return undefined
  }
  return actionOfJoined(actions.join(','))
}

function actionOfJoined(set: string): PlanAction | undefined {
  switch (set) {
    case 'create':
      return 'create'
    case 'update':
      return 'update'
    case 'no-op':
      return 'no-op'
    case 'read':
      return 'read'
    case 'delete':
    case 'forget':
      return 'delete'
    case 'delete,create':
    case 'create,delete':
    case 'create,forget':
      return 'replace'
    default:
      return undefined
  }
}

/** Looks resources up by configuration address; module instance → module configuration address is cached. */
function configFacts(config: Map<string, ConfigFacts>): (resource: TfResource, planned: boolean) => void {
  const moduleConfig = new Map<string, string>()
  // The values representation lists a resource's instances one after the other (aws_s3_bucket.b[0], b[1], ...),
  // all with the same configuration: the last one looked up is kept, so that a run of instances builds and
  // hashes its configuration address once instead of once per instance.
  let lastModule: string | undefined
  let lastType: string | undefined
  let lastName: string | undefined
  let lastFacts: ConfigFacts | undefined
  return (resource, planned) => {
    const module = resource.module ?? ''
    if (module !== lastModule || resource.type !== lastType || resource.name !== lastName) {
      let prefix = moduleConfig.get(module)
      if (prefix === undefined) {
        prefix = module ? `${configAddress(module)}.` : ''
        moduleConfig.set(module, prefix)
      }
      lastModule = module
      lastType = resource.type
      lastName = resource.name
      lastFacts = config.get(`${prefix}${resource.type}.${resource.name}`)
    }
    addConfigFacts(resource, lastFacts, planned)
  }
}

/** `configured` only on planned resources: it describes the configuration being applied, not prior state. */
function addConfigFacts(resource: TfResource, facts: ConfigFacts | undefined, planned: boolean): void {
  if (!facts) return
  if (facts.references) resource.references = facts.references
  if (facts.region) resource.region = facts.region
  if (planned) resource.configured = facts.configured
}

// ---- configuration ----

/**
 * Region of every provider configuration that states one: a literal, or (root module only) a variable whose
 * value the plan records. Keys are provider_config keys ('aws', 'aws.west', 'module.app:aws').
 */
function readProviderRegions(configuration: Record<string, unknown>, variables: unknown): Map<string, string> {
  const regions = new Map<string, string>()
  if (!isObject(configuration.provider_config)) return regions
  for (const [key, provider] of Object.entries(configuration.provider_config)) {
    if (!isObject(provider) || !isObject(provider.expressions)) continue
    const expression = provider.expressions.region
    if (!isObject(expression)) continue
    if (typeof expression.constant_value === 'string') {
      regions.set(key, expression.constant_value)
      continue
    }
    const inRoot = provider.module_address === undefined || provider.module_address === ''
    const refs = expression.references
    if (inRoot && Array.isArray(refs) && typeof refs[0] === 'string' && refs[0].startsWith('var.')) {
      const variable = isObject(variables) ? variables[refs[0].slice(4)] : undefined
      if (isObject(variable) && typeof variable.value === 'string') regions.set(key, variable.value)
    }
  }
  return regions
}

/** Configuration resources by configuration address (module.app.aws_x.y), with references and region. */
function indexConfiguration(
  configuration: Record<string, unknown>,
  providerRegions: Map<string, string>
): Map<string, ConfigFacts> {
  const byAddress = new Map<string, ConfigFacts>()
  const stack: Array<{ module: unknown; prefix: string }> = [{ module: configuration.root_module, prefix: '' }]
  while (stack.length > 0) {
    const { module, prefix } = stack.pop() as { module: unknown; prefix: string }
    if (!isObject(module)) continue
    if (Array.isArray(module.resources)) {
      for (const r of module.resources as unknown[]) {
        if (!isObject(r) || r.mode !== 'managed' || typeof r.address !== 'string') continue
        const facts: ConfigFacts = { configured: configuredNames(r.expressions) }
        const references = expressionReferences(r.expressions, module)
        if (references) facts.references = references
        const region = typeof r.provider_config_key === 'string' ? providerRegions.get(r.provider_config_key) : undefined
        if (region) facts.region = region
        byAddress.set(prefix + r.address, facts)
      }
    }
    if (isObject(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (isObject(call)) stack.push({ module: call.module, prefix: `${prefix}module.${name}.` })
      }
    }
  }
  return byAddress
}

/**
 * Attribute name → the resources its expression refers to: configuration addresses in the same module, and
 * 'module.NAME.TYPE.NAME' for a resource a child module's output names (module outputs are followed through the
 * child's `outputs` expressions; Terraform writes a local value only as 'local.NAME', so locals are not).
 */
function expressionReferences(expressions: unknown, module?: Record<string, unknown>): Record<string, string[]> | undefined {
  if (!isObject(expressions)) return undefined
  let result: Record<string, string[]> | undefined
  for (const [attribute, expression] of Object.entries(expressions)) {
    const found = new Set<string>()
    collectReferences(expression, found, module)
    if (found.size > 0) (result ??= {})[attribute] = [...found]
  }
  return result
}

/** Resources named by output `name` of the module configuration `module`, relative to that module; cached. */
const outputTargets = new WeakMap<Record<string, unknown>, Map<string, string[]>>()

function resourcesOfOutput(module: Record<string, unknown>, name: string): string[] {
  let cache = outputTargets.get(module)
  if (cache === undefined) outputTargets.set(module, (cache = new Map()))
  let targets = cache.get(name)
  if (targets === undefined) {
    cache.set(name, []) // an output naming itself through other outputs ends here
    const output = isObject(module.outputs) ? module.outputs[name] : undefined
    const found = new Set<string>()
    if (isObject(output)) collectReferences(output.expression, found, module)
    targets = [...found]
    cache.set(name, targets)
  }
  return targets
}

/** 'module.sg.security_group_id' or 'module.sg["a"].security_group_id' → the call and the output. */
const MODULE_OUTPUT_REFERENCE = /^module\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?\.([A-Za-z_][A-Za-z0-9_-]*)/

/**
 * The names an `expressions` object sets: its keys, and 'block.attribute' below each nested block (items of
 * a list/set block are merged). ConfigModeAttr blocks (aws_security_group ingress) arrive as one expression,
 * so only their name is listed. Shared by every instance of the resource, never mutated.
 */
export function configuredNames(expressions: unknown, prefix = '', out: string[] = []): string[] {
  if (!isObject(expressions)) return out
  for (const [name, value] of Object.entries(expressions)) {
    const path = prefix + name
    if (!out.includes(path)) out.push(path)
    for (const body of Array.isArray(value) ? value : [value]) {
      if (isObject(body) && !isExpression(body)) configuredNames(body, `${path}.`, out)
    }
  }
  return out
}

/** {constant_value}, {references}, both, or {} (an expression Terraform could not describe statically). */
function isExpression(value: Record<string, unknown>): boolean {
  return Object.keys(value).every((k) => k === 'constant_value' || k === 'references')
}

/**
 * An expression is {constant_value} or {references}; a nested block is an object (or list) of expressions.
 * With the module configuration the expression belongs to, references to a child module's outputs are followed.
 */
function collectReferences(expression: unknown, found: Set<string>, module?: Record<string, unknown>): void {
  if (Array.isArray(expression)) {
    for (const item of expression) collectReferences(item, found, module)
    return
  }
  if (!isObject(expression)) return
  if (Array.isArray(expression.references)) {
    for (const ref of expression.references) {
      if (typeof ref !== 'string') continue
      const address = resourceOfReference(ref) ?? dataSourceOfReference(ref)
      if (address) found.add(address)
      const output = module && ref.startsWith('module.') ? MODULE_OUTPUT_REFERENCE.exec(ref) : null
      const call = output && isObject(module!.module_calls) ? module!.module_calls[output[1]] : undefined
      if (output && isObject(call) && isObject(call.module)) {
        for (const target of resourcesOfOutput(call.module, output[2])) found.add(`module.${output[1]}.${target}`)
      }
    }
    return
  }
  if ('constant_value' in expression) return
  for (const nested of Object.values(expression)) collectReferences(nested, found, module)
}

const NOT_A_RESOURCE = new Set(['var', 'local', 'data', 'module', 'each', 'count', 'path', 'self', 'terraform', 'ephemeral'])

/** 'aws_s3_bucket.logs[0].id' → 'aws_s3_bucket.logs'; variables, locals, data sources and module outputs → none. */
export function resourceOfReference(ref: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(ref)
  if (!m) return undefined
  const [, first, second] = m
  if (first === 'resource') return resourceOfReference(ref.slice('resource.'.length))
  if (NOT_A_RESOURCE.has(first)) return undefined
  return `${first}.${second}`
}

/**
 * 'data.aws_ssm_parameter.name.value' → 'data.aws_ssm_parameter.name': kept so that the mapping knows a value not
 * known yet was read when Terraform applies (it may then name anything), as the .tf source records it too.
 */
function dataSourceOfReference(ref: string): string | undefined {
  const m = /^data\.([A-Za-z][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(ref)
  return m ? `data.${m[1]}.${m[2]}` : undefined
}

// ---- tool ----

function toolOf(configuration: Record<string, unknown>, doc: Record<string, unknown>): PlanData['tool'] {
  // `tofu show -json` also writes "terraform_version" (with OpenTofu's own version, e.g. 1.8.0, a number
  // Terraform used too), so the version cannot tell them apart; the default registry host of the providers can.
  const names: unknown[] = []
  if (isObject(configuration.provider_config)) {
    for (const p of Object.values(configuration.provider_config)) if (isObject(p)) names.push(p.full_name)
  }
  if (Array.isArray(doc.resource_changes) && isObject(doc.resource_changes[0])) {
    names.push(doc.resource_changes[0].provider_name)
  }
  for (const name of names) {
    if (typeof name !== 'string') continue
    if (name.startsWith('registry.opentofu.org/')) return 'opentofu'
    if (name.startsWith('registry.terraform.io/')) return 'terraform'
  }
  return 'unknown'
}

// ---- resource_drift ----

function readDrift(list: unknown): PlanDriftEntry[] {
  const drift: PlanDriftEntry[] = []
  if (!Array.isArray(list)) return drift
  for (const rc of list as ResourceChange[]) {
    if (!isObject(rc) || rc.mode !== 'managed' || typeof rc.address !== 'string') continue
    const change = isObject(rc.change) ? (rc.change as Change) : {}
    const actions = Array.isArray(change.actions) ? change.actions.filter((a): a is string => typeof a === 'string') : []
    const changedPaths: string[] = []
    // A vanished object has no "after" to compare: the action says it all.
    if (change.before !== null && change.after !== null && change.before !== undefined && change.after !== undefined) {
      diffPaths(change.before, change.after, [], changedPaths)
    }
    drift.push({ address: rc.address, type: String(rc.type), actions, changedPaths })
  }
  return drift
}

/** Paths where two values differ, down to the leaves; a list that changed length is one path. */
export function diffPaths(a: unknown, b: unknown, prefix: PathStep[], out: string[]): void {
  if (a === b) return
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(formatPath(prefix))
      return
    }
    for (let i = 0; i < a.length; i++) diffPaths(a[i], b[i], [...prefix, i], out)
    return
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) diffPaths(a[key], b[key], [...prefix, key], out)
    for (const key of Object.keys(b)) if (!(key in a)) diffPaths(undefined, b[key], [...prefix, key], out)
    return
  }
  // null and absent mean the same in Terraform's JSON.
  if ((a === null || a === undefined) && (b === null || b === undefined)) return
  out.push(formatPath(prefix))
}
