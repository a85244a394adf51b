// Runs the rules over one inventory and turns their outcomes into evaluations: severity overrides, the .tf
// location of each resource, and suppressions (inline comments, Checkov skips, the config file).
import { ruleSuggestion, type ConfigFile, type ConfigSuppression, type RuleLookup } from './config-file.js'
import { globMatch } from './glob.js'
import { configAddress } from './sources/address.js'
import type { HclBlock, InlineSuppression } from './sources/hcl/index.js'
import { isUnder, stringsAtPaths } from './paths.js'
import { printable } from './printable.js'
import { resourceRef } from './model/resource-ref.js'
import type { Evaluation, InventoryView, Resource, ResourceCause, Rule, RuleOutcome, Severity, SourceLocation, Suppression } from './types.js'

export interface EvaluationContext {
  rules: readonly Rule[]
  configFile: ConfigFile
  /** .tf blocks by configuration address (module.x.aws_s3_bucket.y). */
  blocks: ReadonlyMap<string, HclBlock>
  lookup: RuleLookup
  /** Pull-request runs compared with their base: which suppressions the base already had. */
  baseline?: SuppressionBaseline
}

/** The base's suppressions, to tell the ones a change adds (src/added-suppressions.ts builds it). */
export interface SuppressionBaseline {
  /** Whether the base had an inline suppression of this rule in this block. */
  hadInline(block: HclBlock, ruleId: string): boolean
  /** The base's config-file suppressions. */
  config: readonly ConfigSuppression[]
  /** ignore-added-suppressions: a suppression the base would not have applied is not applied. */
  ignoreAdded: boolean
}

export function buildView(resources: readonly Resource[]): InventoryView {
  const byType = new Map<string, Resource[]>()
  for (const r of resources) {
    let list = byType.get(r.type)
    if (!list) byType.set(r.type, (list = []))
    list.push(r)
  }
  // Built on the first lookup by id: no rule looks resources up that way today, and keying every resource of a
  // 20,000-resource plan by type and id cost more than the whole type index.
  let byId: Map<string, Map<string, Resource>> | undefined
  const indexById = (): Map<string, Map<string, Resource>> => {
    const index = new Map<string, Map<string, Resource>>()
    for (const r of resources) {
      if (r.id === null) continue
      let ofType = index.get(r.type)
      if (!ofType) index.set(r.type, (ofType = new Map()))
      ofType.set(r.id, r)
    }
    return index
  }
  // One empty list for every absent type, not a new one per call: join indexes are cached by the list
  // (rules/support/joins.ts), and a fresh [] per call made every security group index the standalone ingress
  // rules the plan does not have, again, for each of its three rules.
  const none: readonly Resource[] = Object.freeze([])
  return {
    ofType: (type) => byType.get(type) ?? none,
    find: (type, id) => (byId ??= indexById()).get(type)?.get(id)
  }
}

export function evaluateInventory(resources: readonly Resource[], ctx: EvaluationContext): Evaluation[] {
  const view = buildView(resources)
  // Each rule with its severity (the config file's override, else its own), looked up once, not per evaluation.
  const rulesByType = new Map<string, Array<{ rule: Rule; severity: Severity; overridden: boolean }>>()
  for (const rule of ctx.rules) {
    if (ctx.configFile.skipRules.has(rule.id)) continue
    const override = ctx.configFile.severity.get(rule.id)
    const severity = override ?? rule.severity
    for (const type of rule.resourceTypes) {
      let list = rulesByType.get(type)
      if (!list) rulesByType.set(type, (list = []))
      list.push({ rule, severity, overridden: override !== undefined })
    }
  }

  const evaluations: Evaluation[] = []
  // Indexed loops: this one runs some 25,000 times on a large plan, mostly before it is optimized.
  for (let r = 0; r < resources.length; r++) {
    const resource = resources[r]
    const rules = rulesByType.get(resource.type)
    if (!rules) continue
    const block = resource.address && ctx.blocks.size > 0 ? ctx.blocks.get(configAddress(resource.address)) : undefined
    const location: SourceLocation | undefined = resource.location ?? (block ? { file: block.file, line: block.line } : undefined)
    const secrets = sensitiveStrings(resource)
    const ref = resourceRef(resource)
    if (ref.id !== null && secrets.length > 0 && redactText(ref.id, secrets) !== ref.id) ref.id = REDACTED_TEXT
    for (let i = 0; i < rules.length; i++) {
      const { rule, severity, overridden } = rules[i]
      const outcome = checkSafely(rule, resource, view)
      if (!outcome) continue
      const evaluation: Evaluation = {
        rule: rule.id,
        status: outcome.status,
        // The outcome's own severity (an administrator's unused permissions), unless the config file set the rule's.
        severity: (!overridden && outcome.status !== 'error' ? outcome.severity : undefined) ?? severity,
        title: rule.title,
        message: secrets.length > 0 ? redactText(outcome.message, secrets) : outcome.message,
        resource: ref,
        path: outcome.path,
        location,
        aliases: rule.aliases,
        frameworks: rule.frameworks
      }
      // A verdict decided by a companion folded into the resource (the rule resource opening SSH, the versioning
      // resource suspending versioning) is placed on the companion's block, and the companion's inline suppressions
      // apply to it (as well as the resource's own).
      const cause = resource.causes !== undefined && outcome.path !== undefined ? causeOf(resource.causes, outcome.path) : undefined
      let causeBlock: HclBlock | undefined
      if (cause) {
        causeBlock = ctx.blocks.size > 0 ? ctx.blocks.get(configAddress(cause.address)) : undefined
        const causeLocation = cause.location ?? (causeBlock ? { file: causeBlock.file, line: causeBlock.line } : undefined)
        evaluation.cause = causeLocation ? { address: cause.address, location: causeLocation } : { address: cause.address }
        if (causeLocation) evaluation.location = causeLocation
      }
      // A suppression only changes a failure: a pass stays a pass, an unknown stays unknown.
      if (outcome.status === 'fail') {
        const suppression =
          inlineSuppression(rule, causeBlock, ctx.lookup) ?? inlineSuppression(rule, block, ctx.lookup) ?? configSuppression(rule, resource, ctx.configFile.suppressions)
        const added =
          suppression !== undefined &&
          ctx.baseline !== undefined &&
          !baseSuppresses(ctx.baseline, rule, block, resource) &&
          !(causeBlock !== undefined && ctx.baseline.hadInline(causeBlock, rule.id))
        if (suppression && !(added && ctx.baseline?.ignoreAdded)) {
          evaluation.status = 'suppressed'
          evaluation.suppression = added ? { ...suppression, addedByChange: true } : suppression
        }
      }
      evaluations.push(evaluation)
    }
  }
  return evaluations
}

/**
 * A rule that throws on one resource (a bug, or data of a shape it did not expect) must not end the run: its
 * answer for that resource is an `error` evaluation with the rule's id and a one-line reason, counted apart from
 * failures, and every other rule and resource is still judged. The reason is the exception's first line, cut short
 * (the resource's own sensitive values are redacted from it like any message).
 */
export function checkSafely(rule: Rule, resource: Resource, view: InventoryView): RuleOutcome | { status: 'error'; message: string; path?: undefined } | null {
  try {
    return rule.check(resource, view)
  } catch (err) {
    return { status: 'error', message: `rule ${rule.id} could not judge this resource: ${errorReason(err)}` }
  }
}

const MAX_REASON_CHARS = 200

function errorReason(err: unknown): string {
  const text = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err)
  const line = printable(text.split(/\r?\n/)[0]).trim()
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}…` : line || 'no reason given'
}

/** What a message shows in place of a value that must not be written. */
const REDACTED_TEXT = '(sensitive)'

/**
 * The string values at the resource's sensitive paths (Terraform-sensitive, write-only, secret-looking). Rules
 * name resources by values such as their identifier in messages: when Terraform marks that value sensitive
 * (or the whole resource, after_sensitive `true`), the message must not carry it into reports and logs.
 */
export function sensitiveStrings(resource: Resource): string[] {
  if (!resource.sensitive || resource.sensitive.length === 0) return []
  const found = [...stringsAtPaths(resource.properties, resource.sensitive)].filter((value) => value.trim() !== '')
  // Longest first, so that a value containing another is replaced whole.
  return found.sort((a, b) => b.length - a.length)
}

/**
 * Every occurrence of a secret in the text, replaced. Secrets shorter than 4 characters are replaced only where
 * they stand as a whole word, so that a short value ("db1", "on") does not shred unrelated words.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (!out.includes(secret)) continue
    if (secret.length >= 4) out = out.split(secret).join(REDACTED_TEXT)
    else {
      const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      out = out.replace(new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, 'g'), REDACTED_TEXT)
    }
  }
  return out
}

/**
 * The companion that wrote the property a verdict names: the most specific one at or above the path
 * ('SecurityGroupIngress[2].CidrIp' → the rule resource that wrote 'SecurityGroupIngress[2]'), else the one that wrote
 * everything below it ('VersioningConfiguration' → the versioning resource that wrote its Status); none when the
 * resource's own block or several companions decided it.
 */
export function causeOf(causes: readonly ResourceCause[], path: string): ResourceCause | undefined {
  if (path === '') return undefined
  let best: ResourceCause | undefined
  for (let i = 0; i < causes.length; i++) {
    const c = causes[i]
    if (isUnder(path, c.path) && (best === undefined || c.path.length > best.path.length)) best = c
  }
  if (best) return best
  let below: ResourceCause | undefined
  for (let i = 0; i < causes.length; i++) {
    const c = causes[i]
    if (!isUnder(c.path, path)) continue
    if (below !== undefined && below.address !== c.address) return undefined
    below = c
  }
  return below
}

function inlineSuppression(rule: Rule, block: HclBlock | undefined, lookup: RuleLookup): Suppression | undefined {
  if (!block) return undefined
  for (const s of block.suppressions) {
    if (lookup(s.rule).some((r) => r.id === rule.id)) {
      return { source: s.kind === 'checkov' ? 'checkov-skip' : 'inline', reason: s.reason }
    }
  }
  return undefined
}

/** Whether the base's suppressions (inline in the same block, or its config file) would silence this finding too. */
function baseSuppresses(baseline: SuppressionBaseline, rule: Rule, block: HclBlock | undefined, resource: Resource): boolean {
  return (block !== undefined && baseline.hadInline(block, rule.id)) || configSuppression(rule, resource, baseline.config) !== undefined
}

function configSuppression(rule: Rule, resource: Resource, suppressions: readonly ConfigSuppression[]): Suppression | undefined {
  for (const s of suppressions) {
    if (s.expired || !s.rules.some((r) => r.id === rule.id)) continue
    if (s.resource !== undefined && !resourceMatches(s.resource, resource)) continue
    if (s.account !== undefined && s.account !== resource.account) continue
    if (s.region !== undefined && s.region !== resource.region) continue
    if (s.tags !== undefined && !tagsMatch(s.tags, resource)) continue
    const suppression: Suppression = { source: 'config', reason: s.reason }
    if (s.expires) suppression.expires = s.expires
    return suppression
  }
  return undefined
}

/** "TYPE ID-glob" (a space separates them) matches type and identifier; anything else globs the address. */
function resourceMatches(pattern: string, resource: Resource): boolean {
  const space = pattern.indexOf(' ')
  if (space > 0 && pattern.slice(0, space).includes('::')) {
    const type = pattern.slice(0, space)
    const idGlob = pattern.slice(space + 1).trim()
    return type === resource.type && resource.id !== null && globMatch(idGlob, resource.id)
  }
  return resource.address !== undefined && globMatch(pattern, resource.address)
}

function tagsMatch(wanted: Record<string, string>, resource: Resource): boolean {
  const tags = resource.properties.Tags
  if (!Array.isArray(tags)) return false
  const have = new Map<string, unknown>()
  for (const t of tags) if (t && typeof t === 'object') have.set(String((t as { Key: unknown }).Key), (t as { Value: unknown }).Value)
  return Object.entries(wanted).every(([k, v]) => have.get(k) === v)
}

/** Warnings for inline suppressions that name no known rule or give no reason (they are reported, once each). */
export function inlineSuppressionWarnings(blocks: Iterable<HclBlock>, lookup: RuleLookup): string[] {
  const warnings: string[] = []
  for (const block of blocks) {
    for (const s of block.suppressions) {
      const where = `${s.file}:${s.line}`
      const written = describeInline(s)
      if (lookup(s.rule).length === 0) {
        const suggestion = ruleSuggestion(lookup, s.rule)
        warnings.push(`${where}: ${written} names no known rule; it suppresses nothing (${suggestion ? suggestion.slice(2) : 'check the rule id'})`)
      }
      else if (s.reason.trim() === '') warnings.push(`${where}: ${written} has no reason; add one so reviewers know why the finding is accepted`)
    }
  }
  return warnings
}

/** Warnings for config-file suppressions that have expired. */
export function expiredSuppressionWarnings(configFile: ConfigFile): string[] {
  return configFile.suppressions
    .filter((s) => s.expired)
    .map((s) => `config suppression of ${s.ruleName}${s.resource ? ` for ${s.resource}` : ''} expired on ${s.expires}; it no longer applies (renew or remove it)`)
}

function describeInline(s: InlineSuppression): string {
  return s.kind === 'checkov' ? `#checkov:skip=${s.rule}` : `plumbline:ignore ${s.rule}`
}

