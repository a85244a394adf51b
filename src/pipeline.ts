// The pipeline both entries run: sources → inventories → rules → evaluations → report model.
// It reads files but publishes nothing; the entries decide where the model goes.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { compareSuppressions, type HeadIgnoreFile, type SuppressionComparison } from './added-suppressions.js'
import { readConfigFile, EMPTY_CONFIG_FILE, type ConfigFile, type RuleLookup } from './config-file.js'
import type { Config } from './config.js'
import { evaluateInventory, expiredSuppressionWarnings, inlineSuppressionWarnings, type EvaluationContext } from './evaluate.js'
import { compareInventories, type DriftResult } from './drift/index.js'
import { labelPostureDelta } from './drift/delta.js'
import { mergeIgnores, readIgnoreFile } from './drift/ignore.js'
import { countEvaluations } from './model/counts.js'
import { decideGate } from './gate.js'
import { mapTerraform } from './mapping/index.js'
import { adoptRegionAccount, withRegionResources } from './mapping/region-resources.js'
import { scrubModel, scrubResource, scrubber } from './report/scrub.js'
import { runSecretValues } from './secrets.js'
import { configAddress } from './sources/address.js'
import { rulesInFrameworks } from './rules/catalogue.js'
import { ALL_RULES, RULE_REGISTRY, ruleLookup } from './rules/index.js'
import { withRuleSettings } from './rules/settings.js'
import { loadRuleFiles } from './rule-files.js'
import { loadTerraformDir, scanTerraformBlocks, type HclBlock } from './sources/hcl/index.js'
import { readPlan, type PlanData } from './sources/plan.js'
import { readState } from './sources/state.js'
import type { BaseSource } from './sources/base.js'
import type { InventoryFile } from './sources/inventory-file.js'
import type { LiveHost } from './sources/live/index.js'
import { liveRegionResources } from './sources/live/region-resources.js'
import { targetKey, type LastChangeTarget } from './sources/live/changes/targets.js'
import { GLOBAL_REGION, isGlobalType } from './sources/live/types.js'
import { scannable } from './live-types.js'
import { type DriftEntry, type Evaluation, type ReportModel, type Resource, type Rule, type RuleMetadata, type SourceLocation, type TfResource } from './types.js'
import { phaseDone } from './timings.js'
import { VERSION } from './version.js'

export interface PipelineResult {
  model: ReportModel
  /** The run-wide secret values (secrets.ts runSecretValues): the action masks them in the log; every output is already scrubbed of them. */
  secrets: string[]
  /** The live inventory to save (a fresh live scan), secret values already redacted. */
  inventory?: InventoryFile
  /** Whether this run has a live side (scanned or read from an inventory): its SARIF run is then uploaded. */
  hasLive: boolean
}

export interface RunInfo {
  repository?: string
  commit?: string
  event?: string
  runUrl?: string
  sourceUrlBase?: string
  /** Pull-request runs (CLI: --base): the base the suppressions the change adds are told by. */
  base?: BaseSource
}

/**
 * `command: shards` (CLI: plumbline shards): the matrix of a sharded scan, from the estate listed live and the
 * previous scan's inventories (config.inventoryFiles). Loads the live side as a scan does.
 */
export async function planShards(config: Config, liveHost: LiveHost = { mask: () => undefined, env: process.env }) {
  const { planShardRun } = await import('./sources/live/index.js')
  return planShardRun({ ...config, shards: config.shards ?? 1 }, { nameOf: (input) => input, ...liveHost }, (p) => relativeTo(config.repoRoot, p))
}

/** The plan in one line, for the log: shards, accounts, pairs and the balance. */
export function shardPlanLine(plan: { matrix: { include: Array<{ pairs: number; resources?: number }> }; imbalance: number; accounts: number; unreachable: number }): string {
  const { include } = plan.matrix
  const pairs = include.reduce((sum, entry) => sum + entry.pairs, 0)
  const resources = include.every((entry) => entry.resources !== undefined) ? `, ${include.reduce((sum, entry) => sum + (entry.resources ?? 0), 0)} resources in the previous scan` : ''
  const unreachable = plan.unreachable > 0 ? ` (${plan.unreachable} not reachable)` : ''
  return `Planned ${include.length} shard(s) over ${plan.accounts} account(s)${unreachable}, ${pairs} (account, region) pairs${resources}; heaviest shard ${plan.imbalance.toFixed(2)}× the mean`
}

export async function runPipeline(
  config: Config,
  info: RunInfo = {},
  now: () => Date = () => new Date(),
  liveHost: LiveHost = { mask: () => undefined, env: process.env }
): Promise<PipelineResult> {
  phaseDone('start-up')
  const startedAt = now()
  const warnings: string[] = []
  // The user's own rules (rules-dir) run beside ours, and suppressions and config entries name them alike.
  const customRules = config.rulesDirs.length > 0 ? (await loadRuleFiles(config.rulesDirs, config.repoRoot, RULE_REGISTRY)).rules : []
  const allRules: readonly Rule[] = customRules.length > 0 ? [...ALL_RULES, ...customRules] : ALL_RULES
  const rulesByName = ruleLookup(customRules)
  const lookup: RuleLookup = Object.assign((name: string) => rulesByName.find(name), { suggest: rulesByName.suggest })

  const configFile: ConfigFile = config.configFile ? await readConfigFile(config.configFile, lookup, startedAt) : EMPTY_CONFIG_FILE
  warnings.push(...expiredSuppressionWarnings(configFile))
  // Settings that change what a rule judges (unused-permission-days: the setting, else the config file's key).
  const judgedRules = withRuleSettings(allRules, { unusedPermissionDays: config.unusedPermissionDays ?? configFile.unusedPermissionDays })

  // Sources. With a plan, the .tf code only gives locations and suppressions (the lexer alone, fast);
  // without one, the code is evaluated and checked itself.
  const plan: PlanData | undefined = config.planFile ? await readPlan(config.planFile) : undefined
  if (plan?.errored) warnings.push('Terraform saved this plan after an error: it may be incomplete, so findings may be missing')
  if (plan) warnings.push(...plan.warnings)
  const states: TfResource[] = []
  for (const file of config.stateFiles) states.push(...(await readState(file, warnings)))
  if (plan && states.length > 0) {
    warnings.push('terraform-state is not checked for findings when a plan is given (the plan holds the planned values); it is what drift is measured against')
  }

  let blocks: HclBlock[] = []
  let hclResources: TfResource[] | undefined
  let hclRegion: string | undefined
  if (config.tfDir) {
    if (plan || states.length > 0) {
      const scanned = await scanTerraformBlocks(config.tfDir, { repoRoot: config.repoRoot })
      blocks = scanned.blocks
      warnings.push(...scanned.warnings)
    } else {
      const project = await loadTerraformDir(config.tfDir, { repoRoot: config.repoRoot })
      blocks = project.blocks
      hclResources = project.resources
      hclRegion = project.providerRegion
      warnings.push(...project.warnings)
    }
  }
  phaseDone('state+code')
  warnings.push(...inlineSuppressionWarnings(blocks, lookup))
  const blockMap = new Map(blocks.map((b) => [b.address, b]))
  if (plan) markDynamicBlocksConfigured(plan.resources, blockMap)

  // The checked ("after") side: the plan's planned values, else the .tf code, else the state.
  const defaultRegion = plan?.region ?? hclRegion ?? config.awsRegion
  const afterTf = plan ? plan.resources : hclResources ?? states
  const after = mapTerraform(afterTf)
  assignRegion(after.resources, defaultRegion)
  phaseDone('map')
  // The drift ignore files, read when first needed (the base comparison, drift) and then once.
  let ignoreFilesRead: Promise<HeadIgnoreFile[]> | undefined
  const ignoreFiles = (): Promise<HeadIgnoreFile[]> => (ignoreFilesRead ??= readIgnoreFiles(config))

  // Suppressions the change adds, compared with its base: listed, and with ignore-added-suppressions not applied.
  let added: SuppressionComparison | undefined
  if (info.base) {
    added = await compareSuppressions({
      base: info.base,
      blocks,
      configFile,
      configPath: config.configFile ? relativeTo(config.repoRoot, config.configFile) : undefined,
      ignoreFiles: await ignoreFiles(),
      lookup,
      now: startedAt,
      ignoreAdded: config.ignoreAddedSuppressions === true
    })
    warnings.push(...added.warnings)
  }
  // The frameworks setting: only the rules mapped to the frameworks named.
  const ctx: EvaluationContext = { rules: rulesInFrameworks(judgedRules, config.frameworks), configFile: added?.configFile ?? configFile, blocks: blockMap, lookup, baseline: added?.baseline }
  // Region controls judge one pseudo-resource per (account, region): added for the rules only, not counted as
  // resources. What the plan deletes (not forgets) counts there too: removing a region's only detector is judged.
  const deletedAddresses = new Set((plan?.deleted ?? []).map((d) => d.address).filter((a) => !plan!.forgotten.includes(a)))
  const deleted = deletedAddresses.size > 0 ? mapTerraform(plan!.prior.filter((r) => deletedAddresses.has(r.address))).resources : []
  assignRegion(deleted, defaultRegion)
  const afterEvaluations = evaluateInventory(withRegionResources(after.resources, deleted), ctx)
  phaseDone('rules')
  const hasBefore = plan !== undefined

  // The plan's prior state ("before" when nothing was scanned) and Terraform's state, what drift is measured
  // against: the state files when given, else the prior state, else (no plan) the state files are "after" too.
  let priorResources: Resource[] = []
  let priorEvaluations: Evaluation[] = []
  if (plan) {
    priorResources = mapTerraform(plan.prior).resources
    assignRegion(priorResources, defaultRegion)
    priorEvaluations = evaluateInventory(withRegionResources(priorResources), ctx)
  }
  phaseDone('prior')
  let stateResources: Resource[] = []
  let stateEvaluations: Evaluation[] = []
  if (plan && states.length > 0) {
    stateResources = mapTerraform(states).resources
    assignRegion(stateResources, defaultRegion)
    stateEvaluations = evaluateInventory(withRegionResources(stateResources), ctx)
  } else if (plan) {
    stateResources = priorResources
    stateEvaluations = priorEvaluations
  } else if (states.length > 0 && !hclResources) {
    stateResources = after.resources
    stateEvaluations = afterEvaluations
  }

  // The live side: scanned now or read from a saved inventory. The AWS SDK is loaded only when needed.
  let liveEvaluations: Evaluation[] = []
  let live: Awaited<ReturnType<typeof import('./sources/live/index.js').readLiveSide>>
  if (config.live || config.inventoryFiles.length > 0) {
    const { readLiveSide } = await import('./sources/live/index.js')
    const liveTypes =
      config.live && !config.liveTypesChosen
        ? withTypesOfTerraform(withTypesOfCustomRules(config.liveTypes, customRules, warnings), [...after.resources, ...priorResources, ...stateResources])
        : config.liveTypes
    live = await readLiveSide({ ...config, liveTypes }, { nameOf: (input) => input, ...liveHost, now }, VERSION, (p) => relativeTo(config.repoRoot, p))
  }
  if (live) {
    warnings.push(...live.warnings)
    placeLiveResources(live.resources, [...after.resources, ...priorResources, ...stateResources])
    liveEvaluations = evaluateInventory([...live.resources, ...liveRegionResources(live.coverage)], ctx)
    const incompleteEntries = live.coverage.filter((c) => c.state !== 'scanned')
    if (incompleteEntries.length > 0) {
      const shown = incompleteEntries.slice(0, 5).map((c) => `${c.account} ${c.region} ${c.type} ${c.state}${c.error ? ` (${c.error})` : ''}`)
      const more = incompleteEntries.length > shown.length ? `; ${incompleteEntries.length - shown.length} more in the coverage ledger` : ''
      warnings.push(`coverage is incomplete: ${incompleteEntries.length} of ${live.coverage.length} (account, region, type) entries were not fully read: ${shown.join('; ')}${more}`)
    }
  }

  if (live?.primaryAccount) adoptRegionAccount([...afterEvaluations, ...priorEvaluations, ...stateEvaluations], live.primaryAccount)
  phaseDone('live')
  // The posture delta. A forgotten resource leaves the state but not the account: its findings are not fixed
  // (deletedAddresses leaves it out).
  const fixedByDeletion = labelPostureDelta({
    after: plan ? afterEvaluations : [],
    prior: priorEvaluations,
    live: liveEvaluations,
    state: stateEvaluations,
    deletedAddresses,
    hasPlan: plan !== undefined
  })
  const evaluations: Evaluation[] = [...afterEvaluations, ...fixedByDeletion, ...liveEvaluations]
  phaseDone('delta')

  // Drift: Terraform's state against the live inventory.
  let drift: DriftResult | undefined
  if (live && stateResources.length > 0) {
    const driftIgnore = mergeIgnores(configFile.driftIgnore, ...(await ignoreFiles()).map((f) => f.ignore))
    if (added && config.ignoreAddedSuppressions) driftIgnore.baseline = added.driftBaseline
    drift = compareInventories({
      iac: stateResources,
      live: live.resources,
      coverage: live.coverage,
      defaultAccount: live.primaryAccount,
      ignore: driftIgnore,
      evidence: new Map((plan?.drift ?? []).map((d) => [d.address, { actions: d.actions, changedPaths: d.changedPaths }])),
      locate: (address) => {
        const block = blockMap.get(configAddress(address))
        return block ? { file: block.file, line: block.line } : undefined
      }
    })
  } else if (live) {
    warnings.push('drift was not compared: it needs Terraform\'s state (terraform-state, or a plan whose prior state holds the resources)')
  }

  if (live?.lastChanges) await nameWhoChanged(live, drift?.entries ?? [], liveEvaluations, warnings)
  phaseDone('drift')
  const noMapping = after.unmapped.filter((u) => u.reason === undefined)
  if (noMapping.length > 0) {
    const types = [...new Set(noMapping.map((u) => u.type))].sort()
    warnings.push(`${noMapping.length} Terraform resource(s) of ${types.length} type(s) have no mapping yet and were not checked: ${types.slice(0, 10).join(', ')}${types.length > 10 ? ', …' : ''}`)
  }
  const parentElsewhere = after.unmapped.filter((u) => u.reason === 'parent-elsewhere')
  if (parentElsewhere.length > 0) {
    const addresses = parentElsewhere.map((u) => u.address).sort()
    warnings.push(
      `${parentElsewhere.length} Terraform resource(s) configure a resource that is not in this configuration (parent not in this configuration) and were not checked; ` +
        `check them where their parent is managed: ${addresses.slice(0, 5).join(', ')}${addresses.length > 5 ? ', …' : ''}`
    )
  }

  warnings.push(...ruleErrorWarnings(evaluations))
  const judged = [...afterEvaluations, ...liveEvaluations]
  const driftCounts = drift?.counts ?? { inSync: 0, changed: 0, missing: 0, unmanaged: 0 }
  const counts = countEvaluations(evaluations, after.resources.length + (live?.resources.length ?? 0), after.unmapped.length)
  counts.drift = { ...driftCounts }
  const coverage = live?.coverage ?? []
  const gate = decideGate({
    evaluations: judged,
    failOn: config.failOn,
    scope: config.gateScope,
    hasBefore,
    driftCount: driftCounts.changed + driftCounts.missing + driftCounts.unmanaged,
    failOnDrift: config.failOnDrift,
    incomplete: coverage.some((c) => c.state !== 'scanned'),
    errors: counts.error,
    failOnIncomplete: config.failOnIncomplete,
    unmapped: after.unmapped.length,
    failOnUnmapped: config.failOnUnmapped
  })
  for (const e of gate.blocking) e.blocksGate = true

  const usedRules = new Set<string>()
  for (let i = 0; i < evaluations.length; i++) usedRules.add(evaluations[i].rule)
  const rules: RuleMetadata[] = allRules.filter((r) => usedRules.has(r.id)).map(metadataOf)
  const allResources = [...after.resources, ...(live?.resources ?? [])]
  const regions = distinctSorted(allResources, (r) => r.region, live?.regions)

  const model: ReportModel = {
    schemaVersion: 1,
    run: {
      tool: { name: 'Plumbline', version: VERSION },
      startedAt: startedAt.toISOString(),
      finishedAt: now().toISOString(),
      repository: info.repository,
      commit: info.commit,
      event: info.event ?? config.event,
      runUrl: info.runUrl,
      sourceUrlBase: info.sourceUrlBase,
      accounts: distinctSorted(allResources, (r) => r.account, live?.accounts),
      regions,
      inputs: publicInputs(config),
      counts,
      gate: { verdict: gate.verdict, reason: gate.reason },
      iacCoverage: drift?.iacCoverage ?? null,
      warnings,
      ...(live?.changes ? { changes: live.changes } : {})
    },
    evaluations,
    drift: drift?.entries ?? [],
    coverage,
    rules,
    unmapped: after.unmapped,
    ...(added ? { addedSuppressions: added.added } : {})
  }
  phaseDone('model')
  // The run-wide secret values: the action masks them in the log, and every output is scrubbed of them here, so
  // that a value marked sensitive on one resource and carried unmarked by another never reaches a file.
  const secrets = runSecretValues({
    terraform: [...afterTf, ...(plan?.prior ?? []), ...(plan && states.length > 0 ? states : [])],
    live: live?.resources ?? [],
    sensitiveValues: plan?.sensitiveValues
  })
  let inventory = live?.inventory
  if (secrets.length > 0) {
    const scrub = scrubber(secrets)
    scrubModel(model, scrub)
    if (inventory) inventory = { ...inventory, resources: inventory.resources.map((r) => scrubResource(r, scrub)) }
  }
  phaseDone('scrub')
  return { model, secrets, inventory, hasLive: live !== undefined }
}

/**
 * who-changed: the newest write CloudTrail holds on each drifted resource and each live finding labelled drift, set
 * on the entries and findings (null: none in its 90 days). Its ledger entries join the live side's.
 */
async function nameWhoChanged(live: NonNullable<LiveSideOf>, drift: DriftEntry[], liveEvaluations: readonly Evaluation[], warnings: string[]): Promise<void> {
  const lookUp = live.lastChanges
  if (!lookUp) return
  const properties = new Map<string, Record<string, unknown>>()
  for (const r of live.resources) if (r.id !== null) properties.set(targetKey({ type: r.type, id: r.id, account: r.account ?? '', region: r.region ?? '' }), r.properties)
  const targets = new Map<string, LastChangeTarget>()
  const refs = [...drift.map((d) => d.resource), ...liveEvaluations.filter((e) => e.delta === 'drift').map((e) => e.resource)]
  for (const ref of refs) {
    if (ref.id === null || ref.account === undefined || ref.region === undefined) continue
    const target = { type: ref.type, id: ref.id, account: ref.account, region: ref.region }
    const key = targetKey(target)
    if (!targets.has(key)) targets.set(key, { ...target, properties: properties.get(key) ?? {} })
  }
  if (targets.size === 0) return
  const result = await lookUp([...targets.values()])
  warnings.push(...result.warnings)
  // A new array: the live side's own is the inventory's ledger, which records what was read of the estate, not
  // this run's lookups (an inventory carrying them would say them again, stale, on every run that reads it).
  live.coverage = [...live.coverage, ...result.coverage]
  const changeOf = (ref: DriftEntry['resource']) => (ref.id === null ? undefined : result.found.get(targetKey({ type: ref.type, id: ref.id, account: ref.account ?? '', region: ref.region ?? '' })))
  for (const entry of drift) {
    const change = changeOf(entry.resource)
    if (change !== undefined) entry.lastChange = change
  }
  for (const evaluation of liveEvaluations) {
    if (evaluation.delta !== 'drift') continue
    const change = changeOf(evaluation.resource)
    if (change !== undefined) evaluation.lastChange = change
  }
}

type LiveSideOf = Awaited<ReturnType<typeof import('./sources/live/index.js').readLiveSide>>

/**
 * One warning per rule that threw: how many resources it could not judge and the first reason. The evaluations
 * themselves (status error) carry each resource's reason.
 */
export function ruleErrorWarnings(evaluations: readonly Evaluation[]): string[] {
  const byRule = new Map<string, Evaluation[]>()
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i]
    if (e.status !== 'error') continue
    const list = byRule.get(e.rule)
    if (list) list.push(e)
    else byRule.set(e.rule, [e])
  }
  return [...byRule].map(([rule, errors]) => {
    const first = errors[0]
    const what = first.resource.address ?? `${first.resource.type} ${first.resource.id ?? ''}`.trim()
    const more = errors.length > 1 ? ` and ${errors.length - 1} more resource${errors.length === 2 ? '' : 's'}` : ''
    const reason = first.message.slice(first.message.indexOf(': ') + 2)
    return `rule ${rule} could not judge ${what}${more}: ${reason}; counted as ${errors.length === 1 ? 'an error' : 'errors'}, not findings (a bug in the rule: please report this line)`
  })
}

/**
 * Live findings are placed at the .tf block of the resource when the Terraform inputs declare it, matched on
 * (type, identifier): the live resource takes the Terraform address (so inline suppressions in that block apply
 * to it too) and the block's location.
 */
export function placeLiveResources(liveResources: Resource[], iacResources: readonly Resource[]): void {
  const declared = new Map<string, { address: string; location?: SourceLocation; tfType?: string }>()
  for (const r of iacResources) {
    if (r.id === null || !r.address) continue
    const key = `${r.type}\u0000${r.id}`
    if (!declared.has(key)) declared.set(key, { address: r.address, location: r.location, tfType: r.tfType })
  }
  if (declared.size === 0) return
  for (const r of liveResources) {
    if (r.id === null) continue
    const match = declared.get(`${r.type}\u0000${r.id}`)
    if (!match) continue
    r.address = match.address
    if (match.location) r.location = match.location
    if (match.tfType) r.tfType = match.tfType
  }
}

/**
 * The drift ignore files that exist: `.plumbline-ignore` at the repository root and in terraform-dir. With the
 * config file's `drift-ignore` list before them, they are the drift ignore rules.
 */
async function readIgnoreFiles(config: Config): Promise<HeadIgnoreFile[]> {
  const candidates = [join(config.repoRoot, IGNORE_FILE), ...(config.tfDir ? [join(config.tfDir, IGNORE_FILE)] : [])]
  const files: HeadIgnoreFile[] = []
  for (const path of [...new Set(candidates)]) {
    const file = relativeTo(config.repoRoot, path)
    if (existsSync(path)) files.push({ file, ignore: await readIgnoreFile(path, file) })
  }
  return files
}

const IGNORE_FILE = '.plumbline-ignore'

/**
 * Terraform's JSON plan leaves `dynamic` blocks out of its configuration section, so an attribute written as
 * a dynamic block would look unset and get the provider's default. The .tf code says otherwise: add those
 * block names to what the configuration sets, so an unknown value stays unknown.
 */
export function markDynamicBlocksConfigured(resources: TfResource[], blocks: ReadonlyMap<string, HclBlock>): void {
  if (blocks.size === 0) return // no .tf code given: nothing to look up for each resource
  for (const r of resources) {
    if (!r.configured) continue
    const dynamic = blocks.get(configAddress(r.address))?.dynamicBlocks
    if (dynamic && dynamic.length > 0) r.configured = [...new Set([...r.configured, ...dynamic])]
  }
}

/** Terraform rarely states a resource's region: take the provider's, and 'global' for global types (IAM). */
function assignRegion(resources: Resource[], region: string): void {
  // Index loops over resources and evaluations here: this code runs once per run, unoptimised, where for…of makes
  // an iterator result per item.
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i]
    if (isGlobalType(r.type)) r.region = GLOBAL_REGION
    else r.region ??= region
  }
}

/** The distinct values `pick` gives for the resources, with `more`, sorted (regions, accounts). */
function distinctSorted(resources: readonly Resource[], pick: (r: Resource) => string | undefined, more: readonly string[] = []): string[] {
  const found = new Set<string>(more)
  for (let i = 0; i < resources.length; i++) {
    const value = pick(resources[i])
    if (value !== undefined) found.add(value)
  }
  return [...found].sort()
}

/**
 * The default live types plus those the user's rules judge, so that a rule on AWS::SQS::Queue is not left with nothing
 * to judge in a live scan. A type whose schema facts this version does not ship cannot be read: said in a warning
 * (the rule still judges Terraform and saved inventories).
 */
function withTypesOfCustomRules(types: readonly string[], rules: readonly Rule[], warnings: string[]): string[] {
  const out = [...types]
  const unreadable = new Map<string, string>()
  for (const rule of rules) {
    for (const type of rule.resourceTypes) {
      if (out.includes(type)) continue
      if (scannable(type)) out.push(type)
      else if (!unreadable.has(type)) unreadable.set(type, rule.id)
    }
  }
  for (const [type, rule] of unreadable) {
    warnings.push(`rule ${rule} judges ${type}, which this version's live scan cannot read (no schema facts shipped for it, or Cloud Control cannot list it); it is judged on Terraform and saved inventories only`)
  }
  return out
}

/**
 * The default live types plus every type the Terraform side of this run maps its resources to, so that drift compares
 * them: a subnet or a queue in the code is looked for in the account too. Types the scan cannot list (no list
 * handler, read inside their parent) are left to the Terraform side.
 */
function withTypesOfTerraform(types: readonly string[], resources: readonly Resource[]): string[] {
  const out = new Set(types)
  for (let i = 0; i < resources.length; i++) {
    const type = resources[i].type
    if (!out.has(type) && type.startsWith('AWS::') && scannable(type)) out.add(type)
  }
  return [...out]
}

function metadataOf(rule: RuleMetadata): RuleMetadata {
  const { id, title, severity, description, risk, remediation, categories, resourceTypes, frameworks, aliases, notes, source } = rule
  return { id, title, severity, description, risk, remediation, categories, resourceTypes, frameworks, aliases, notes, ...(source ? { source } : {}) }
}

/** The settings as the user gave them, minus anything secret (the external id is left out: it is a shared secret of sorts). */
function publicInputs(config: Config): Record<string, unknown> {
  const rel = (p?: string) => (p === undefined ? undefined : relativeTo(config.repoRoot, p))
  return {
    terraformPlan: rel(config.planFile),
    terraformState: config.stateFiles.map((f) => rel(f)),
    terraformDir: rel(config.tfDir),
    config: rel(config.configFile),
    awsRegion: config.awsRegion,
    failOnSeverity: config.failOn,
    gateScope: config.gateScope,
    failOnDrift: config.failOnDrift,
    failOnIncomplete: config.failOnIncomplete,
    failOnUnmapped: config.failOnUnmapped,
    ignoreAddedSuppressions: config.ignoreAddedSuppressions === true,
    ...(config.unusedPermissionDays !== undefined ? { unusedPermissionDays: config.unusedPermissionDays } : {}),
    sarifCategory: config.sarifCategory,
    sarifLiveCategories: config.sarifLiveCategories,
    live: config.live,
    // One path as before; several (a merge) as a list.
    inventory: config.inventoryFiles.length > 1 ? config.inventoryFiles.map((f) => rel(f)) : rel(config.inventoryFiles[0]),
    ...(config.since !== undefined ? { since: rel(config.since), whoChanged: config.whoChanged } : config.live ? { whoChanged: config.whoChanged } : {}),
    // The scan's settings only when it scanned: from an inventory file they would describe nothing that ran.
    ...(config.live
      ? {
          roleToAssume: config.auth.roleToAssume,
          additionalRoleArns: config.auth.additionalRoleArns,
          ...(config.auth.accounts !== undefined
            ? {
                accounts: config.auth.accounts,
                organizationRoleArn: config.auth.organizationRoleArn,
                organizationalUnits: config.auth.organizationalUnits,
                excludeAccounts: config.auth.excludeAccounts,
                memberRoleName: config.auth.memberRoleName
              }
            : {}),
          allowedAccountIds: config.auth.allowedAccountIds,
          regions: config.regions,
          resourceTypes: config.liveTypes,
          rateLimit: config.rateLimit,
          concurrency: config.concurrency,
          ...(config.shard ? { shard: `${config.shard.index}/${config.shard.count}` } : {})
        }
      : {})
  }
}

function relativeTo(root: string, path: string): string {
  return path.startsWith(root + '/') ? path.slice(root.length + 1) : path === root ? '.' : path
}
