// SARIF 2.1.0 for GitHub code scanning. One run per category: the plan side (plan/state/hcl findings) and the live
// side (live findings and drift) each have their own, because GitHub closes every open alert of a category that a
// new upload for that category no longer contains: a plan-only pull-request run must never close live alerts. At
// organization scale the live side is split once more, one category per account (sarif-live-categories), since
// GitHub takes at most 25,000 results per run and 10 MB gzipped per upload: each category is its own run and its
// own upload, so an estate is cut only where one account's category alone is over a cap.
// Findings only (failing, not fixed by the change). Pure: the caller writes the file.
import crypto, { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip, gzipSync } from 'node:zlib'
import type * as Sarif from 'sarif'
import type { SarifLiveCategories } from '../config.js'
import type { DriftEntry, Evaluation, LastChange, ReportModel, ResourceRef, RuleMetadata, Severity, SourceLocation } from '../types.js'
import { SECURITY_SEVERITY, compareSeverity } from '../model/severity.js'
import { FRAMEWORK_LABELS } from '../rules/frameworks/catalogues.js'
import { compareEvaluations, isFinding, lastChangeText, resourceLabel, resourcePlace } from './view.js'
import { compareText } from '../model/values.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Shown by code scanning as the tool's home page. */
export const PLUMBLINE_INFORMATION_URI = 'https://github.com/plumbline/plumbline'
/** GitHub rejects a run with more results than this. */
export const MAX_RESULTS_PER_RUN = 25_000
/** GitHub rejects a SARIF file larger than this once gzipped. */
export const MAX_GZIP_BYTES = 10 * 1000 * 1000
const MAX_DESCRIPTION_CHARS = 1024
const MAX_TAGS = 20
const MAX_DRIFT_PATHS_LISTED = 10
const SRCROOT = '%SRCROOT%'

export type SarifSide = 'plan' | 'live'

export interface SarifOptions {
  /** Prefix of the categories: runs are `<category>/plan/` and `<category>/live/` (and `<category>/live/<account>/`). */
  category: string
  /**
   * How the live side is split into categories: `one` category (`<category>/live`), one per `account`
   * (`<category>/live/<account>`, with `<category>/live` kept for results that name no account), or `auto`: per
   * account when the live side spans more than one account. Default auto.
   */
  liveCategories?: SarifLiveCategories
  /** Repository-relative file where results without a .tf block are placed (line 1). */
  fallbackLocation: string
  /**
   * Which sides were evaluated in this run. A side that is present is uploaded even when it has no results
   * (that is how fixed alerts close); a side that is absent is left out so its alerts stay as they are.
   * Default: plan when any plan/state/hcl evaluation exists; live when any live evaluation, drift entry or
   * successfully scanned coverage entry exists.
   */
  sides?: Partial<Record<SarifSide, boolean>>
  /** Caps, overridable for tests; defaults are GitHub's limits. */
  maxResultsPerRun?: number
  maxGzipBytes?: number
}

/** One run of the file: one category, one upload. */
export interface SarifCategory {
  /** `<category>/plan`, `<category>/live` or `<category>/live/<account>`: what GitHub calls the category. */
  category: string
  side: SarifSide
  /** The account of a per-account live category, as the model names it (masked with redact-identifiers). */
  account?: string
  /** Results in the run. */
  results: number
  /** Results the caps left out of this category. */
  cut: number
  /** Where the run's text sits in SarifBuild.text: [start, end). */
  span: readonly [number, number]
}

export interface SarifBuild {
  /** The log as objects, parsed from `text` when asked for (the tests read it; the files are written from the text). */
  readonly log: Sarif.Log
  /** serializeSarif(log), made while checking the size caps: write the file with it. */
  text: string
  /** The runs' categories, in the file's order. */
  categories: SarifCategory[]
  /** Results left out by the caps, per side. */
  cut: { plan: number; live: number }
}

/**
 * The one serialization the size cap is measured on: write the file with exactly this. Compact, as the upload
 * sends it: indentation made a large plan's file 60% larger (16 MB against 10 MB for 12,700 results) and every
 * step after it (the gzip of the size check, the write, the upload) slower; SARIF viewers lay it out themselves.
 */
export function serializeSarif(log: Sarif.Log): string {
  return JSON.stringify(log)
}

/** Drift has no rule of its own in the registry: these are its SARIF rules, one per class. */
export const DRIFT_RULES: Readonly<Record<DriftEntry['class'], RuleMetadata>> = {
  changed: driftRule(
    'plumbline-drift-changed',
    'Live resource differs from its Terraform code',
    'medium',
    'A resource managed by Terraform has live properties that differ from its code.',
    'Changes made outside Terraform (console, scripts, incident fixes) are undone by the next apply or silently ' +
      'weaken posture the code promises; the code no longer describes the estate.',
    'Bring the change into the Terraform code and apply it, or apply the code to revert the live change. ' +
      'Run `terraform plan -refresh-only` to review what changed.'
  ),
  missing: driftRule(
    'plumbline-drift-missing',
    'Resource in Terraform code not found live',
    'low',
    'A resource the Terraform state or plan says exists was not found in the live account.',
    'A resource deleted outside Terraform is recreated by the next apply, possibly with data loss or an outage ' +
      'in between; controls that depended on it (logging, encryption keys) may be gone.',
    'Find out who deleted it and why; then restore it with `terraform apply` or remove it from the code and state.'
  ),
  unmanaged: driftRule(
    'plumbline-drift-unmanaged',
    'Live resource not managed by Terraform',
    'medium',
    'A live resource of a type Plumbline maps has no counterpart in the Terraform code.',
    'Unmanaged resources escape review and the posture checks of the pull-request gate; they are a common ' +
      'home for forgotten public buckets and open security groups.',
    'Import it into Terraform (`terraform import` or an `import` block) or delete it if nobody needs it.'
  )
}

function driftRule(
  id: string,
  title: string,
  severity: Severity,
  description: string,
  risk: string,
  remediation: string
): RuleMetadata {
  return {
    id,
    title,
    severity,
    description,
    risk,
    remediation: { text: remediation, terraform: '' },
    categories: ['drift'],
    resourceTypes: [],
    frameworks: {},
    aliases: { checkov: [], prowler: [] }
  }
}

/** One result before it is placed in a run: the rule it reports and the key its fingerprint is built from. */
interface PendingResult {
  rule: RuleMetadata
  severity: Severity
  /**
   * What the result reports, and where a result without a .tf block is placed: its JSON (resultTextOf) is made only
   * for a result a run keeps. At organization scale a side has more results than GitHub takes per run, and the rest
   * are only counted.
   */
  source: { evaluation: Evaluation; drift?: undefined } | { drift: DriftEntry; evaluation?: undefined }
  fallback: string
  /** The result's JSON without its fingerprints and rule index (which depend on the run), once made. */
  text?: string
  fingerprintKey: string
  /** Tie-breaker for results that share a fingerprint key, so their `:n` suffixes are stable. */
  order: string
  /** The account of a live result: which per-account category it goes to. */
  account?: string
}

/** A run to be: its category's side and account, and its results most severe first. */
interface PendingRun {
  side: SarifSide
  account?: string
  /**
   * Split per account: the run holds only its account's results (`account`), or, without one, only those that name
   * no account; its rule errors are chosen the same way. Absent: the whole side.
   */
  split?: true
  pending: PendingResult[]
}

/** The log's text up to its runs: a one-run upload is this, the run's text and `]}` (see logText). */
const LOG_HEAD = serializeSarif({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [] }).slice(0, -2)

export function buildSarif(model: ReportModel, opts: SarifOptions): SarifBuild {
  const fallback = toRepoUri(opts.fallbackLocation)
  const rulesById = new Map(model.rules.map((rule) => [rule.id, rule]))
  const maxResults = opts.maxResultsPerRun ?? MAX_RESULTS_PER_RUN
  const maxGzip = opts.maxGzipBytes ?? MAX_GZIP_BYTES

  const failing = model.evaluations.filter(isFinding)
  const plan = dedupeIacFindings(failing.filter((evaluation) => evaluation.resource.origin !== 'live')).map(
    ([evaluation, key]) => evaluationResult(evaluation, rulesById, fallback, key)
  )
  const live = [
    ...failing
      .filter((evaluation) => evaluation.resource.origin === 'live')
      .sort(compareEvaluations)
      .map((evaluation) => evaluationResult(evaluation, rulesById, fallback)),
    ...model.drift.map((entry) => driftResult(entry, fallback))
  ]

  const sides = evaluatedSides(model, opts.sides)
  const runs: PendingRun[] = [
    ...(sides.plan ? [{ side: 'plan' as const, pending: sortPending(plan) }] : []),
    ...(sides.live ? liveRuns(model, live, opts.liveCategories ?? 'auto') : [])
  ]
  // Each category is its own upload, so GitHub's caps hold per run: a run is cut only when it alone is over one.
  const fitted = runs.map((each) => fitRun(model, opts.category, each, maxResults, maxGzip))

  const categories: SarifCategory[] = []
  let at = LOG_HEAD.length
  fitted.forEach(({ text: runText, kept }, i) => {
    const { side, account, pending } = runs[i]
    categories.push({
      category: categoryName(opts.category, side, account),
      side,
      ...(account !== undefined ? { account } : {}),
      results: kept,
      cut: pending.length - kept,
      span: [at, at + runText.length]
    })
    at += runText.length + 1
  })
  const cut = { plan: 0, live: 0 }
  for (const each of categories) cut[each.side] += each.cut
  return {
    get log(): Sarif.Log {
      return JSON.parse(this.text) as Sarif.Log
    },
    // Made from the runs' texts the caps were measured on.
    text: `${LOG_HEAD}${fitted.map((each) => each.text).join(',')}]}`,
    categories,
    cut
  }
}

/** What GitHub will call the run's category: `<category>/<side>`, or `<category>/live/<account>`. */
function categoryName(category: string, side: SarifSide, account: string | undefined): string {
  return [trimSlashes(category), side, ...(account !== undefined ? [account] : [])].join('/')
}

/** The text of a one-run upload of `category` (what code scanning receives and GitHub's size cap applies to). */
export function uploadText(build: SarifBuild, category: SarifCategory): string {
  return logText(build.text.slice(category.span[0], category.span[1]))
}

/**
 * The UTF-8 size of uploadText(build, category), counted without making that text (a copy of the run's megabytes):
 * with gzipBound, most runs are then known to fit without being compressed or copied.
 */
export function uploadBytes(build: SarifBuild, category: SarifCategory): number {
  return Buffer.byteLength(LOG_HEAD) + Buffer.byteLength(build.text.slice(category.span[0], category.span[1])) + 2
}

function logText(runText: string): string {
  return `${LOG_HEAD}${runText}]}`
}

/**
 * The live side's runs. Split per account (the mode `account`, or `auto` when the live side spans more than one
 * account), each account's results go to `<category>/live/<account>`; `<category>/live` stays, with the results that
 * name no account (normally none), so that the alerts it held before the split close rather than linger beside
 * their per-account copies. The accounts come from the ledger and the evaluations, not from the findings: the
 * categories do not change because tonight an account happens to be clean. An account the ledger lists with
 * nothing read (every entry denied or failed) and no result gets no run: its alerts stay as they are rather than
 * being closed as fixed by a scan that could not look.
 */
function liveRuns(model: ReportModel, live: PendingResult[], mode: SarifLiveCategories): PendingRun[] {
  const accounts = liveAccounts(model)
  if (mode === 'one' || (mode === 'auto' && accounts.size <= 1)) return [{ side: 'live', pending: sortPending(live) }]
  const byAccount = new Map<string, PendingResult[]>()
  for (const [account, read] of accounts) if (read) byAccount.set(account, [])
  const unplaced: PendingResult[] = []
  for (const item of live) {
    if (item.account === undefined) {
      unplaced.push(item)
      continue
    }
    const list = byAccount.get(item.account)
    if (list) list.push(item)
    else byAccount.set(item.account, [item])
  }
  const perAccount = [...byAccount].sort(([a], [b]) => compareText(a, b))
  return [
    { side: 'live', split: true, pending: sortPending(unplaced) },
    ...perAccount.map(([account, pending]): PendingRun => ({ side: 'live', account, split: true, pending: sortPending(pending) }))
  ]
}

/** The live side's accounts, each with whether anything of it was read (a ledger entry scanned, or no ledger for it). */
function liveAccounts(model: ReportModel): Map<string, boolean> {
  const accounts = new Map<string, boolean>()
  for (const entry of model.coverage) accounts.set(entry.account, accounts.get(entry.account) === true || entry.state === 'scanned')
  const mention = (account: string | undefined) => {
    if (account !== undefined && !accounts.has(account)) accounts.set(account, true)
  }
  for (const evaluation of model.evaluations) if (evaluation.resource.origin === 'live') mention(evaluation.resource.account)
  for (const entry of model.drift) mention(entry.resource.account)
  return accounts
}

/**
 * One run within GitHub's caps: the most severe results up to the per-run cap, then, when the one-run upload is
 * still too big once gzipped, as many of those as fit (binary search on how many to keep; each probe costs one gzip).
 */
function fitRun(
  model: ReportModel,
  category: string,
  each: PendingRun,
  maxResults: number,
  maxGzip: number
): { text: string; kept: number } {
  const make = (count: number) => ({ text: runText(model, categoryName(category, each.side, each.account), each, each.pending.slice(0, count)), kept: count })
  const whole = make(Math.min(each.pending.length, maxResults))
  if (fitsGzipped(logText(whole.text), maxGzip)) return whole
  let low = 0
  let high = whole.kept
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fitsGzipped(logText(make(mid).text), maxGzip)) low = mid
    else high = mid - 1
  }
  return make(low)
}

function evaluatedSides(model: ReportModel, given: SarifOptions['sides']): Record<SarifSide, boolean> {
  const plan = model.evaluations.some((evaluation) => evaluation.resource.origin !== 'live')
  const live =
    model.evaluations.some((evaluation) => evaluation.resource.origin === 'live') ||
    model.drift.length > 0 ||
    model.coverage.some((entry) => entry.state === 'scanned')
  return { plan: given?.plan ?? plan, live: given?.live ?? live }
}

/**
 * With a plan, the state (the "before") may be evaluated too: the same rule on the same resource would then be
 * reported twice in the plan run. Keep one per rule, resource and path, preferring what the change will produce.
 */
function dedupeIacFindings(evaluations: Evaluation[]): Array<[Evaluation, string]> {
  const preference = { plan: 0, hcl: 1, state: 2, live: 3 } as const
  // Each kept evaluation with its fingerprint key, made once here for the result too.
  const best = new Map<string, [Evaluation, string]>()
  for (const evaluation of evaluations) {
    const resourceKey = fingerprintKey(evaluation.rule, evaluation.resource)
    // The fingerprint key is JSON, which never holds a raw NUL: the path after one keeps the pair distinct.
    const key = `${resourceKey}\u0000${evaluation.path ?? ''}`
    const current = best.get(key)
    if (!current || preference[evaluation.resource.origin] < preference[current[0].resource.origin]) {
      best.set(key, [evaluation, resourceKey])
    }
  }
  return [...best.values()].sort((a, b) => compareEvaluations(a[0], b[0]))
}

function sortPending(results: PendingResult[]): PendingResult[] {
  // Stable sort: within a severity the callers' order (rule, resource, path) is kept.
  return results.sort((a, b) => compareSeverity(a.severity, b.severity))
}

/**
 * Whether the text stays within the cap once gzipped. zlib's deflateBound bounds the compressed size of any input
 * (gzipBound): a file under the cap by that bound is not compressed just to learn it fits.
 */
function fitsGzipped(text: string, maxGzip: number): boolean {
  return withinDeflateBound(text, maxGzip) || gzipSync(text).length <= maxGzip
}

function withinDeflateBound(text: string, maxGzip: number): boolean {
  // No cap (the caller checks it in the background): not even the byte length is needed.
  return maxGzip === Number.POSITIVE_INFINITY || gzipBound(Buffer.byteLength(text)) <= maxGzip
}

/**
 * zlib's deflateBound for gzip with the default window and memory level, which every gzip here and the upload's
 * (publish/code-scanning.ts) use: no input of this many bytes compresses to more. That is the input plus about
 * 0.03 % (stored blocks' headers when nothing compresses), 7 bytes and gzip's 18-byte wrapper; the conservative
 * bound (an eighth more) is only for other parameters, and it made a 9.8 MB SARIF, which cannot exceed GitHub's
 * 10 MB, be compressed on every run just to learn that.
 */
export function gzipBound(bytes: number): number {
  return bytes + Math.floor(bytes / 4096) + Math.floor(bytes / 16384) + Math.floor(bytes / 33554432) + 7 + 18
}

/**
 * fitsGzipped, with the compression on libuv's threads, so that a caller can render something else meanwhile
 * (publish/files.ts renders the report while the SARIF's size is checked).
 */
export async function fitsGzippedInBackground(text: string, maxGzip: number = MAX_GZIP_BYTES): Promise<boolean> {
  if (gzipBound(Buffer.byteLength(text)) <= maxGzip) return true
  return (await gzippedLength(Buffer.from(text))) <= maxGzip
}

/** Whether the category's upload stays within the cap once gzipped: by its size alone when it can, else compressed in the background. */
export async function uploadFits(build: SarifBuild, category: SarifCategory, maxGzip: number = MAX_GZIP_BYTES): Promise<boolean> {
  if (gzipBound(uploadBytes(build, category)) <= maxGzip) return true
  return fitsGzippedInBackground(uploadText(build, category), maxGzip)
}

const gzipAsync = promisify(gzip)

/** gzipSync(text).length, compressed in one job on libuv's threads. */
export async function gzippedSize(text: string): Promise<number> {
  return gzippedLength(Buffer.from(text))
}

async function gzippedLength(input: Buffer): Promise<number> {
  // An output chunk as large as the bound: zlib then never comes back to the main thread for more room (a stream
  // does, every 16 KB, and so waits for the main thread to be idle), and the whole compression overlaps the work
  // the caller does meanwhile.
  return (await gzipAsync(input, { chunkSize: Math.max(gzipBound(input.length), 64) })).length
}

/**
 * A run's compact JSON, as JSON.stringify would write the run object (tool, automationDetails, originalUriBaseIds,
 * invocations, results, versionControlProvenance, in that order), with each result's text (PendingResult.resultText)
 * completed by its fingerprints and rule index rather than made again as an object. `category`: the run's whole
 * category (categoryName); `pending`: the results it keeps of `scope`'s.
 */
function runText(model: ReportModel, category: string, scope: PendingRun, pending: PendingResult[]): string {
  // Rules of this run only, in id order, so ruleIndex points into this run's driver.rules. A rule's level and
  // security-severity follow the severity its results carry (a config override changes it for every resource),
  // since GitHub reads security-severity from the rule, not from the result.
  const effective = new Map<string, RuleMetadata>()
  for (const item of pending) {
    const seen = effective.get(item.rule.id)
    if (!seen || compareSeverity(item.severity, seen.severity) < 0) {
      effective.set(item.rule.id, { ...item.rule, severity: item.severity })
    }
  }
  const rules = [...effective.values()].sort((a, b) => compareText(a.id, b.id))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const hashes = fingerprints(pending)
  const results = new Array<string>(pending.length)
  for (let i = 0; i < pending.length; i++) {
    const text = resultTextOf(pending[i])
    // A fingerprint is hex and a count: nothing in it needs escaping.
    results[i] = `${text.slice(0, -1)},"partialFingerprints":{"primaryLocationLineHash":"${hashes[i]}","plumbline/v1":"${hashes[i]}"},"ruleIndex":${ruleIndex.get(pending[i].rule.id)}}`
  }

  const version = model.run.tool.version
  const driver: Sarif.ToolComponent = {
    name: 'Plumbline',
    version,
    informationUri: PLUMBLINE_INFORMATION_URI,
    rules: rules.map(ruleDescriptor)
  }
  if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version)) driver.semanticVersion = version

  const head: Omit<Sarif.Run, 'results'> = {
    tool: { driver },
    // GitHub takes everything before the last '/' as the category; the trailing '/' leaves the run id empty,
    // so the category is exactly the one named and stays the same from one run to the next.
    automationDetails: { id: `${category}/` },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The repository root: every result location is relative to it.' } }
    },
    invocations: [invocation(model, scope)]
  }
  const provenance = versionControl(model)
  const tail = provenance ? `,"versionControlProvenance":${JSON.stringify([provenance])}` : ''
  return `${JSON.stringify(head).slice(0, -1)},"results":[${results.join(',')}]${tail}}`
}

/** At most this many rule errors are listed per run (the results JSON has them all). */
const MAX_NOTIFICATIONS = 100

function invocation(model: ReportModel, { side, account, split }: PendingRun): Sarif.Invocation {
  const out: Sarif.Invocation = { executionSuccessful: true }
  if (isIsoTime(model.run.startedAt)) out.startTimeUtc = new Date(model.run.startedAt).toISOString()
  if (isIsoTime(model.run.finishedAt)) out.endTimeUtc = new Date(model.run.finishedAt).toISOString()
  // A rule that threw on a resource is not a result (nothing was found) but the analysis was incomplete there:
  // SARIF's tool execution notifications say so, which code scanning shows on the tool status page.
  // Split per account, each account's run lists its own rule errors, not every account's.
  const errors = model.evaluations.filter(
    (e) => e.status === 'error' && (e.resource.origin === 'live') === (side === 'live') && (!split || e.resource.account === account)
  )
  if (errors.length > 0) {
    out.toolExecutionNotifications = [...errors]
      .sort(compareEvaluations)
      .slice(0, MAX_NOTIFICATIONS)
      .map((e) => ({
        level: 'error',
        message: { text: `${resourceLabel(e.resource)}: ${e.message}` },
        associatedRule: { id: e.rule }
      }))
  }
  return out
}

function isIsoTime(value: string): boolean {
  return Boolean(value) && !Number.isNaN(Date.parse(value))
}

/** `https://github.com/OWNER/REPO/blob/SHA` tells which repository and commit %SRCROOT% stands for. */
function versionControl(model: ReportModel): Sarif.VersionControlDetails | undefined {
  const match = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/blob\/([^/]+)$/.exec(model.run.sourceUrlBase ?? '')
  if (!match) return undefined
  return { repositoryUri: match[1], revisionId: match[2], mappedTo: { uriBaseId: SRCROOT } }
}

/**
 * GitHub only reads `primaryLocationLineHash`. We fill it ourselves with a hash of the rule and the resource
 * (type, address or id, account, region), not of the line: an alert then follows its resource when the .tf
 * file is edited or the block moves, and results placed at the fallback location (all at line 1 of the same
 * file) do not collapse into one alert, which a hash of the line text would do. upload-sarif keeps a value
 * that is already there. Results that share a key (the same rule failing on two paths of one resource) get
 * `:1`, `:2`... in path order, as codeql-action numbers equal line hashes.
 */
function fingerprints(pending: readonly PendingResult[]): string[] {
  const groups = new Map<string, number[]>()
  pending.forEach((item, i) => {
    const group = groups.get(item.fingerprintKey)
    if (group) group.push(i)
    else groups.set(item.fingerprintKey, [i])
  })
  const hashes = new Array<string>(pending.length)
  for (const [key, group] of groups) {
    const hash = sha256Hex(key).slice(0, 32)
    // Most keys have one result: no sort for them.
    if (group.length > 1) group.sort((a, b) => compareText(pending[a].order, pending[b].order))
    group.forEach((i, index) => (hashes[i] = `${hash}:${index + 1}`))
  }
  return hashes
}

/**
 * crypto.hash (Node 20.12 and later) is the same SHA-256 without a Hash object per call: thousands of results
 * are fingerprinted per run. createHash where it is missing.
 */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash
function sha256Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex')
}

function fingerprintKey(ruleId: string, resource: ResourceRef): string {
  const key = [ruleId, resource.type, resource.address ?? resource.id ?? '', resource.account ?? '', resource.region ?? '']
  // The part (one of several resources made from one Terraform resource) only when there is one, so that
  // every other resource keeps the fingerprint its alerts already have.
  if (resource.part !== undefined) key.push(resource.part)
  return JSON.stringify(key)
}

/** `key`: the evaluation's fingerprint key when the caller has made it already. */
function evaluationResult(
  evaluation: Evaluation,
  rulesById: ReadonlyMap<string, RuleMetadata>,
  fallback: string,
  key?: string
): PendingResult {
  const rule = rulesById.get(evaluation.rule) ?? ruleFromEvaluation(evaluation)
  return {
    rule,
    severity: evaluation.severity,
    fingerprintKey: key ?? fingerprintKey(rule.id, evaluation.resource),
    order: evaluation.path ?? '',
    account: evaluation.resource.account,
    source: { evaluation },
    fallback
  }
}

function driftResult(entry: DriftEntry, fallback: string): PendingResult {
  const rule = DRIFT_RULES[entry.class]
  return {
    rule,
    severity: rule.severity,
    fingerprintKey: fingerprintKey(rule.id, driftResource(entry)),
    order: '',
    account: entry.resource.account,
    source: { drift: entry },
    fallback
  }
}

/** The result's JSON without its fingerprints and rule index, made once. */
function resultTextOf(item: PendingResult): string {
  if (item.text === undefined) {
    const { evaluation, drift } = item.source
    item.text = evaluation ? evaluationText(evaluation, item.rule, item.fallback) : driftText(drift!, item.fallback)
  }
  return item.text
}

function evaluationText(evaluation: Evaluation, rule: RuleMetadata, fallback: string): string {
  const place = evaluation.resource.origin === 'live' ? resourcePlace(evaluation.resource) : ''
  const subject = resourceLabel(evaluation.resource) + (place ? ` in ${place}` : '')
  const judged = evaluation.path ? ` (${evaluation.path})` : ''
  // Decided by a companion folded into the resource: the result sits on the companion's block and says so; the
  // logical location names the companion too, so a Checkov user finds the address Checkov reports.
  const cause = evaluation.cause ? `, set by ${evaluation.cause.address}` : ''
  const placed = location(evaluation.location, fallback, evaluation.resource)
  if (evaluation.cause) {
    const name = evaluation.cause.address
    placed.logicalLocations = [{ name, fullyQualifiedName: name, kind: 'resource' }, ...(placed.logicalLocations ?? [])]
  }
  return JSON.stringify({
    ruleId: rule.id,
    level: sarifLevel(evaluation.severity),
    message: { text: messageText(`${subject}${judged}${cause}: ${evaluation.message}${withLastChange(evaluation.lastChange)}`) },
    locations: [placed]
  } satisfies Sarif.Result)
}

/** The drift entry's resource, named by the entry's address when the resource itself carries none. */
function driftResource(entry: DriftEntry): ResourceRef {
  return entry.address && !entry.resource.address ? { ...entry.resource, address: entry.address } : entry.resource
}

function driftText(entry: DriftEntry, fallback: string): string {
  const rule = DRIFT_RULES[entry.class]
  const resource = driftResource(entry)
  const identifier = resource.id ? `${resource.type} ${resource.id}` : resource.type
  const place = resourcePlace(resource)
  const names = [resource.address, resource.arn].filter((n): n is string => Boolean(n))
  const subject = identifier + (names.length ? ` (${names.join(', ')})` : '') + (place ? ` in ${place}` : '')
  return JSON.stringify({
    ruleId: rule.id,
    level: sarifLevel(rule.severity),
    message: { text: messageText(driftMessage(entry.class, subject, entry) + withLastChange(entry.lastChange)) },
    locations: [location(entry.location, fallback, resource)]
  } satisfies Sarif.Result)
}

/** who-changed as a sentence after a message ("" when it was not looked up). */
function withLastChange(change: LastChange | null | undefined): string {
  const text = lastChangeText(change)
  return text ? ` ${text.charAt(0).toUpperCase()}${text.slice(1)}.` : ''
}

/** Drift messages name the resource and the property paths that differ, never the values on either side. */
function driftMessage(kind: DriftEntry['class'], subject: string, entry: DriftEntry): string {
  if (kind === 'missing') return `${subject} is in the Terraform code but was not found in the live account.`
  if (kind === 'unmanaged') return `${subject} exists in the live account but is not managed by Terraform.`
  const paths = [...new Set(entry.changes.map((change) => change.path))].sort(compareText)
  const listed = paths.slice(0, MAX_DRIFT_PATHS_LISTED).join(', ')
  const more = paths.length > MAX_DRIFT_PATHS_LISTED ? ` and ${paths.length - MAX_DRIFT_PATHS_LISTED} more` : ''
  const count = `${paths.length} ${paths.length === 1 ? 'property' : 'properties'}`
  return `${subject} differs from its Terraform code in ${count}: ${listed}${more}.`
}

function location(at: SourceLocation | undefined, fallback: string, resource: ResourceRef): Sarif.Location {
  const file = at ? toRepoUri(at.file) : fallback
  const line = at && Number.isInteger(at.line) && at.line >= 1 ? at.line : 1
  const name = resource.address ?? `${resource.type}/${resource.id ?? '(not created yet)'}`
  return {
    physicalLocation: { artifactLocation: { uri: file, uriBaseId: SRCROOT }, region: { startLine: line } },
    logicalLocations: [{ name, fullyQualifiedName: name, kind: 'resource' }]
  }
}

/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading './' or '/', each segment
 * percent-encoded (file names may hold spaces, '#', '%').
 */
export function toRepoUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '')
}

function sarifLevel(severity: Severity): Sarif.Result.level {
  if (severity === 'critical' || severity === 'high') return 'error'
  if (severity === 'medium') return 'warning'
  return 'note'
}

/**
 * SARIF reads `[text](target)` in a message as an embedded link; a resource name could contain one. In that
 * case escape the brackets (SARIF's escape is a backslash); ordinary addresses such as `x["k"]` stay as they are.
 * Messages end with a period (SARIF2001).
 */
function messageText(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim()
  const safe = /\]\s*\(/.test(flat) ? flat.replace(/([[\]])/g, '\\$1') : flat
  return /[.!?]$/.test(safe) ? safe : `${safe}.`
}

/** A failing evaluation whose rule metadata did not reach the model still gets a valid rule entry. */
function ruleFromEvaluation(evaluation: Evaluation): RuleMetadata {
  return {
    id: evaluation.rule,
    title: evaluation.title,
    severity: evaluation.severity,
    description: evaluation.title,
    risk: '',
    remediation: { text: 'See the rule documentation.', terraform: '' },
    categories: [],
    resourceTypes: [],
    frameworks: evaluation.frameworks,
    aliases: evaluation.aliases
  }
}

/** 'CIS AWS Foundations Benchmark v5.0', from the framework catalogues. */
const FRAMEWORK_NAMES: Readonly<Record<string, string>> = FRAMEWORK_LABELS

function ruleDescriptor(rule: RuleMetadata): Sarif.ReportingDescriptor {
  const frameworks = Object.entries(rule.frameworks)
    .filter(([, controls]) => controls && controls.length > 0)
    .sort(([a], [b]) => compareText(a, b)) as Array<[string, string[]]>
  const frameworkLines = frameworks.map(([id, controls]) => `${FRAMEWORK_NAMES[id] ?? id}: ${controls.join(', ')}`)
  const aliasLines = [
    rule.aliases.checkov.length ? `Checkov: ${rule.aliases.checkov.join(', ')}` : '',
    rule.aliases.prowler.length ? `Prowler: ${rule.aliases.prowler.join(', ')}` : ''
  ].filter(Boolean)

  const text = [
    rule.risk ? `Risk: ${rule.risk}` : '',
    `Remediation: ${rule.remediation.text}`,
    rule.remediation.terraform ? `Terraform:\n${rule.remediation.terraform}` : '',
    frameworkLines.length ? `Frameworks:\n${frameworkLines.join('\n')}` : '',
    aliasLines.length ? `Also known as:\n${aliasLines.join('\n')}` : ''
  ].filter(Boolean)

  const markdown = [
    rule.risk ? `**Risk.** ${rule.risk}` : '',
    `**Remediation.** ${rule.remediation.text}`,
    rule.remediation.terraform ? codeFence(rule.remediation.terraform, 'hcl') : '',
    frameworkLines.length ? `**Frameworks.**\n\n${frameworkLines.map((line) => `- ${line}`).join('\n')}` : '',
    aliasLines.length ? `**Also known as.** ${aliasLines.join('; ')}` : ''
  ].filter(Boolean)

  // 'custom' lets code scanning filter the user's own rules (rules-dir) from Plumbline's.
  const tags = [...new Set(['security', ...(rule.source === 'custom' ? ['custom'] : []), ...rule.categories, ...frameworks.map(([id]) => id)])].slice(0, MAX_TAGS)
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: limit(sentence(rule.title), MAX_DESCRIPTION_CHARS) },
    fullDescription: {
      text: limit(sentence([rule.description, rule.risk].filter(Boolean).join(' ')), MAX_DESCRIPTION_CHARS)
    },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags,
      'security-severity': SECURITY_SEVERITY[rule.severity],
      // Configuration checks judge declared values, not heuristics: false positives come from the rule's
      // intent (a bucket meant to be public), which suppressions handle.
      precision: 'high'
    }
  }
}

/** A fence longer than any backtick run in the snippet, so a snippet can never close it early. */
function codeFence(code: string, language: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${code.replace(/\n+$/, '')}\n${fence}`
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

function limit(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
