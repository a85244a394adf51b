// The live scan: for every account session, region and selected type, Cloud Control ListResources (every page)
// then GetResource for each identifier (list results are often partial), plus the account facts. Every
// (account, region, type) ends in the coverage ledger as scanned, denied, unsupported or failed, with how it was
// read; one failing type never stops the others. This engine names no service and no type: what a service's
// types need beyond list-and-read (listing once per account, a parent, extra calls, defaults) is in its hooks
// (services/, one table in services/index.ts).
import { GetResourceCommand, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { InputError, type CoverageEntry, type ReadMode, type Resource } from '../../types.js'
import { FACT_TYPES, PartialFactError, readFact } from './account-facts.js'
import { compareText } from '../../model/values.js'
import { inLiveOrder, type ShardRecord } from '../inventory-file.js'
import { Caller } from './caller.js'
import { classifyError, errorLine, realSleep, type RetryOptions, type Sleep } from './limits.js'
import { normalizeLiveResource } from './normalize.js'
import { policyActionsFor, typesNeedingDeniedActions } from './permissions.js'
import { accountRegions, afterRegion, foldByService, parentTypesOf, typeHooks, type HookContext, type ListParent, type Locator, type ParentRef } from './services/index.js'
import { GLOBAL_REGION, LIST_ONLY_NOTE, isGlobalType, type RegionSelection } from './types.js'
import { NOTHING, shareOf, type AccountShare, type Shard } from './shard.js'

export { errorLine } from './limits.js'

/** What the scan needs of an authenticated account (src/auth's AccountSession satisfies it). */
export interface ScanSession {
  accountId: string
  principalArn?: string
  credentials: AwsCredentialIdentityProvider
}

export interface LiveScanOptions {
  sessions: readonly ScanSession[]
  regions: RegionSelection
  /** CloudFormation and Plumbline:: types to read. */
  types: readonly string[]
  /** aws-region: where global types and account-level calls are read. */
  homeRegion: string
  rateLimit: number
  concurrency: number
  retry?: Partial<RetryOptions>
  sleep?: Sleep
  progress?: (line: string) => void
  /** How the user names the regions setting, for the one-line error about an unknown region. */
  regionsInputName?: string
  /** Scan only this shard's share of the (account, region) pairs (shard.ts). */
  shard?: Shard
  /** Accounts of the estate that could not be reached (src/auth organization.ts): their pairs go to the ledger as denied or failed. */
  unreachable?: ReadonlyArray<{ account: string; roleArn: string; state: 'denied' | 'failed'; reason: string }>
}

export interface LiveScanResult {
  resources: Resource[]
  coverage: CoverageEntry[]
  warnings: string[]
  accounts: string[]
  regions: string[]
  /** AWS requests sent, retries included. */
  calls: number
  /** With a shard: which, and the estate all the shards cut. */
  shard?: ShardRecord
}

/** How a type is read, for its ledger entry: set before the work starts, changed by a hook that completes it. */
interface ReadHow {
  read: ReadMode
  note?: string
}

export async function scanLive(options: LiveScanOptions): Promise<LiveScanResult> {
  const caller = new Caller({ rateLimit: options.rateLimit, concurrency: options.concurrency, retry: { ...options.retry, ...(options.sleep ? { sleep: options.sleep } : {}) } })
  const resources: Resource[] = []
  const coverage: CoverageEntry[] = []
  const warnings: string[] = []
  const regions = new Set<string>()
  let shard: ShardRecord | undefined
  try {
    const scans = options.sessions.map((session) => new AccountScan(session, options, caller))
    // Every account's regions first (one call each), so that a shard job sees the whole list of (account, region)
    // pairs, the same in every job, and picks its share of it alone.
    const regionLists = await Promise.all(scans.map((scan) => scan.listRegions()))
    // An account that could not be reached has no region list: it is its account-level pair alone.
    const unreachable = options.unreachable ?? []
    const accounts = [...scans.map((scan, i) => ({ account: scan.account, regions: regionLists[i] })), ...unreachable.map(({ account }) => ({ account, regions: [] }))]
    if (options.shard) {
      const estate = accounts.map(({ account, regions }) => ({ account, regions: [...regions].sort() })).sort((a, b) => compareText(a.account, b.account))
      shard = { ...options.shard, estate, global: options.regions.global }
    }
    const shares = options.shard ? shareOf(options.shard, accounts) : undefined
    const unreachableRegions = options.regions.all ? [...new Set(regionLists.flat())].sort() : [...options.regions.named]
    for (const account of unreachable) {
      if (shares && !shares.get(account.account)?.accountLevel) continue
      const entries = unreachableEntries(account, options.types, unreachableRegions.length > 0 ? unreachableRegions : [options.homeRegion], options.regions.global)
      coverage.push(...entries)
      warnings.push(`account ${account.account}: ${account.reason}; its ${entries.length} ledger entries are marked ${account.state}`)
    }
    await Promise.all(
      scans.map(async (scan, i) => {
        const result = await scan.run(regionLists[i], shares ? (shares.get(scan.account) ?? NOTHING) : undefined)
        resources.push(...result.resources)
        coverage.push(...result.coverage)
        warnings.push(...result.warnings)
        for (const r of result.regions) regions.add(r)
      })
    )
  } finally {
    caller.destroy()
  }
  const folded = inLiveOrder(foldByService(resources))
  coverage.sort((a, b) => compareText(a.account, b.account) || compareText(a.region, b.region) || compareText(a.type, b.type))
  return {
    resources: folded,
    coverage,
    warnings,
    accounts: [...new Set(options.sessions.map((s) => s.accountId))].sort(),
    regions: [...regions].sort(),
    calls: caller.calls,
    ...(shard ? { shard } : {})
  }
}


/**
 * The estate a sharded scan cuts, as every shard job sees it: each account's regions (one listing per account), and
 * the unreachable accounts with none. `plumbline shards` plans on it.
 */
export async function listEstate(options: LiveScanOptions): Promise<{ accounts: Array<{ account: string; regions: string[] }>; warnings: string[]; calls: number }> {
  const caller = new Caller({ rateLimit: options.rateLimit, concurrency: options.concurrency, retry: { ...options.retry, ...(options.sleep ? { sleep: options.sleep } : {}) } })
  try {
    const scans = options.sessions.map((session) => new AccountScan(session, options, caller))
    const regionLists = await Promise.all(scans.map((scan) => scan.listRegions()))
    const accounts = [...scans.map((scan, i) => ({ account: scan.account, regions: [...regionLists[i]].sort() })), ...(options.unreachable ?? []).map(({ account }) => ({ account, regions: [] }))]
    return { accounts: accounts.sort((a, b) => compareText(a.account, b.account)), warnings: scans.flatMap((scan) => scan.warnings), calls: caller.calls }
  } finally {
    caller.destroy()
  }
}

/**
 * The ledger of an account that could not be reached: every type in the regions the scan read elsewhere (its own
 * region list could not be read), global types once. Never `scanned`: the account stays visibly unread.
 */
function unreachableEntries(
  account: { account: string; state: 'denied' | 'failed'; reason: string },
  types: readonly string[],
  regions: readonly string[],
  global: boolean
): CoverageEntry[] {
  const entry = (region: string, type: string): CoverageEntry => ({ account: account.account, region, type, state: account.state, count: 0, error: account.reason })
  return types.flatMap((type) => (isGlobalType(type) ? (global ? [entry(GLOBAL_REGION, type)] : []) : regions.map((region) => entry(region, type))))
}

/** What the changes mode's reads of one region found (AccountScan.refresh). */
export interface RefreshResult {
  /** The changed resources read again. */
  read: Resource[]
  /** Changed resources Cloud Control no longer finds: deleted since the inventory. */
  gone: Array<{ type: string; id: string }>
  /** Changed resources whose read failed: the inventory keeps them as they were, and the ledger says so. */
  failed: Array<{ type: string; id: string; error: string }>
  /** The types listed afresh: every resource of theirs in the region, and their new ledger entries. */
  relisted: { types: string[]; resources: Resource[]; coverage: CoverageEntry[] }
  warnings: string[]
}

/**
 * The changes mode's reads of one account (changes/index.ts): one refresh per region, on the scan's own account
 * reader, so a resource re-read is read and normalized exactly as a full scan reads it.
 */
export function accountRefresher(session: ScanSession, options: LiveScanOptions, caller: Caller): { refresh: AccountScan['refresh'] } {
  const scan = new AccountScan(session, options, caller)
  return { refresh: (region, changed, relist) => scan.refresh(region, changed, relist) }
}

/** One account's scan: its regions, types and facts. */
class AccountScan {
  readonly account: string
  private readonly credentials: AwsCredentialIdentityProvider
  private readonly hooks: HookContext
  private readonly resources: Resource[] = []
  private readonly coverage: CoverageEntry[] = []
  readonly warnings: string[] = []
  private readonly sleep: Sleep
  private readonly listOnly: ReadonlySet<string>
  /** Why a parent type not selected itself could not be listed, by `type region`: its children's entries say it. */
  private readonly parentFailures = new Map<string, { state: 'denied' | 'unsupported' | 'failed'; error: string }>()
  /** Ledger entries of named regions the account has not opted in to: account-level, added by run(). */
  private readonly optInEntries: CoverageEntry[] = []

  constructor(
    session: ScanSession,
    private readonly options: LiveScanOptions,
    private readonly caller: Caller
  ) {
    this.account = session.accountId
    this.credentials = session.credentials
    this.sleep = options.sleep ?? realSleep
    this.hooks = {
      account: this.account,
      partition: /^arn:([^:]+):/.exec(session.principalArn ?? '')?.[1] ?? 'aws',
      homeRegion: options.homeRegion,
      caller,
      credentials: this.credentials,
      warn: (line) => this.warnings.push(line),
      normalize: normalizeLiveResource
    }
    this.listOnly = new Set(typesNeedingDeniedActions(options.types.filter((t) => !FACT_TYPES.includes(t))))
  }

  /**
   * Reads the account: `regions` from listRegions; `share`, with a shard, the part that is this job's (the
   * account-level work: global types, account facts, types listed once per account, opt-in region entries; and
   * some of the regions). Without one, everything.
   */
  async run(regions: readonly string[], share?: AccountShare): Promise<{ resources: Resource[]; coverage: CoverageEntry[]; warnings: string[]; regions: string[] }> {
    const { types, homeRegion } = this.options
    const accountLevel = share === undefined || share.accountLevel
    const own = share === undefined ? [...regions] : regions.filter((region) => share.regions.has(region))
    const global = this.options.regions.global && accountLevel
    if (accountLevel) this.coverage.push(...this.optInEntries)
    const cloudControlTypes = types.filter((t) => !FACT_TYPES.includes(t))
    const tasks: Array<Promise<unknown>> = []

    if (global) {
      for (const type of cloudControlTypes.filter(isGlobalType)) tasks.push(this.scanType(type, homeRegion, GLOBAL_REGION))
    }
    for (const type of types.filter((t) => FACT_TYPES.includes(t))) {
      if (isGlobalType(type)) {
        if (global) tasks.push(this.readFact(type, homeRegion, GLOBAL_REGION))
      } else for (const region of own) tasks.push(this.readFact(type, region, region))
    }
    // Types listed once per account, grouped by the locator that says where each resource lives: account-level
    // work, for every region of the account.
    const byLocator = new Map<Locator, string[]>()
    for (const type of accountLevel ? cloudControlTypes : []) {
      const locator = typeHooks(type)?.accountListing?.locator
      if (locator) byLocator.set(locator, [...(byLocator.get(locator) ?? []), type])
    }
    for (const [locator, accountTypes] of byLocator) tasks.push(this.scanAccountWide(locator, accountTypes, regions))
    const regional = cloudControlTypes.filter((t) => !isGlobalType(t) && !typeHooks(t)?.accountListing)
    for (const region of own) tasks.push(this.scanRegion(regional, region))
    await Promise.all(tasks)
    const incomplete = this.coverage.filter((c) => c.state !== 'scanned').length
    this.options.progress?.(
      `account ${this.account}: ${this.resources.length} resource(s) read in ${own.length} region(s)${global ? ' and global' : ''}` +
        (share !== undefined ? ` (shard ${this.options.shard?.index}/${this.options.shard?.count})` : '') +
        (incomplete > 0 ? `; ${incomplete} of ${this.coverage.length} ledger entries incomplete` : '')
    )
    // A shard that read only account-level work still names the account's regions its listings covered.
    return { resources: this.resources, coverage: this.coverage, warnings: this.warnings, regions: byLocator.size > 0 ? [...new Set([...own, ...regions])] : own }
  }

  /**
   * The regions to read, checked against the account's region list (services/index.ts accountRegions, once per
   * account): `all` is every enabled region; a named region AWS does not know is an input error; one the account
   * has not opted in to gets an `unsupported` ledger entry per type instead of calls that could only fail. When
   * the list cannot be read, the named regions are read unchecked (and `all` falls back to aws-region), with a
   * warning.
   */
  async listRegions(): Promise<string[]> {
    const { named, all } = this.options.regions
    const home = this.options.homeRegion
    let status: Map<string, string>
    try {
      status = await accountRegions(this.hooks)
    } catch (err) {
      this.warnings.push(`account ${this.account}: the enabled regions could not be listed (${errorLine(err)}); ${all ? `only ${home} was scanned` : 'the named regions were read unchecked'}`)
      return all ? [home] : [...named]
    }
    const enabled = (name: string) => status.get(name) !== 'not-opted-in'
    if (all) return [...status.keys()].filter(enabled).sort()
    const unknown = named.filter((name) => !status.has(name))
    if (unknown.length > 0) {
      throw new InputError(
        `${this.options.regionsInputName ?? 'regions'}: ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'is not a region' : 'are not regions'} AWS lists for account ${this.account}; use names like ${[...status.keys()].sort().slice(0, 3).join(', ')}, or all`
      )
    }
    for (const region of named.filter((name) => !enabled(name))) {
      for (const type of this.options.types.filter((t) => !isGlobalType(t))) {
        this.optInEntries.push({ account: this.account, region, type, state: 'unsupported', count: 0, error: `region ${region} is not enabled in account ${this.account} (opt-in region)` })
      }
    }
    return named.filter(enabled)
  }

  /**
   * The changes mode's reads in one region (GLOBAL_REGION for the global types): GetResource of each changed
   * resource, and a fresh listing of each type an event named without an identifier, read as a full scan reads it
   * (a parent listed first, a type listed once per account located, a fact read whole). A list-only type, whose
   * read the policy denies, is re-listed rather than read; so is a fact (a bucket's versioning, the password
   * policy): Cloud Control does not know its type, its service's own API reads it whole for the region. The
   * region's after-region hooks run on what was read.
   */
  async refresh(region: string, changed: ReadonlyArray<{ type: string; id: string }>, relist: readonly string[]): Promise<RefreshResult> {
    const callRegion = region === GLOBAL_REGION ? this.options.homeRegion : region
    const relisted = new Set(relist)
    for (const { type } of changed) if (this.listOnly.has(type) || FACT_TYPES.includes(type)) relisted.add(type)
    const read: Resource[] = []
    const gone: Array<{ type: string; id: string }> = []
    const failed: Array<{ type: string; id: string; error: string }> = []
    await Promise.all(
      changed
        .filter(({ type }) => !relisted.has(type))
        .map(async ({ type, id }) => {
          try {
            const resource = await this.read(type, id, callRegion, region)
            if (resource) read.push(resource)
            else gone.push({ type, id })
          } catch (err) {
            failed.push({ type, id, error: errorLine(err) })
          }
        })
    )
    const types = [...relisted]
    const tasks: Array<Promise<unknown>> = []
    const regular: string[] = []
    const byLocator = new Map<Locator, string[]>()
    for (const type of types) {
      const locator = typeHooks(type)?.accountListing?.locator
      if (FACT_TYPES.includes(type)) tasks.push(this.readFact(type, callRegion, region))
      else if (region === GLOBAL_REGION) tasks.push(this.scanType(type, callRegion, GLOBAL_REGION))
      else if (locator) byLocator.set(locator, [...(byLocator.get(locator) ?? []), type])
      else regular.push(type)
    }
    for (const [locator, located] of byLocator) tasks.push(this.scanAccountWide(locator, located, [region]))
    if (regular.length > 0) tasks.push(this.scanRegion(regular, region))
    await Promise.all(tasks)
    // The hooks see the types read again, not every scanned type: a changed bucket needs no DescribeVpcs.
    if (region !== GLOBAL_REGION && read.length > 0) await afterRegion({ region, resources: read, types: [...new Set(read.map((r) => r.type))] }, this.hooks)
    return { read, gone, failed, relisted: { types, resources: this.resources.filter((r) => r.region === region), coverage: this.coverage.filter((c) => c.region === region) }, warnings: this.warnings }
  }

  private async scanRegion(types: readonly string[], region: string): Promise<void> {
    // A parent type some selected type is listed under is read once (when selected itself) or listed once for its
    // identifiers, and its children wait for it.
    const parents = new Map<string, Promise<ParentRef[] | undefined>>()
    const listParents = (parentType: string): Promise<ParentRef[] | undefined> => {
      let pending = parents.get(parentType)
      if (!pending) {
        pending = types.includes(parentType)
          ? this.scanType(parentType, region, region).then((rs) => rs?.map((r) => ({ id: r.id ?? '', region, properties: r.properties })))
          : this.listIdentifiers(parentType, region)
        parents.set(parentType, pending)
      }
      return pending
    }
    const parentTypes = parentTypesOf(types)
    const scanned: Array<Promise<unknown>> = []
    for (const type of types) {
      const parent = typeHooks(type)?.listParent
      if (parent) scanned.push(listParents(parent.parentType).then((refs) => this.scanChildType(type, region, parent, refs)))
      else if (!parentTypes.includes(type)) scanned.push(this.scanType(type, region, region))
    }
    for (const parentType of parentTypes) if (types.includes(parentType)) scanned.push(listParents(parentType))
    await Promise.all(scanned)
    await afterRegion({ region, resources: this.resources.filter((r) => r.region === region), types }, this.hooks)
  }

  /** Identifiers only (a parent type the user did not select): no coverage entry of its own. */
  private async listIdentifiers(type: string, region: string): Promise<ParentRef[] | undefined> {
    try {
      const ids = await this.list(type, region)
      return ids.map((id) => ({ id, region }))
    } catch (err) {
      const kind = classifyError(err)
      this.parentFailures.set(`${type} ${region}`, { state: kind === 'denied' || kind === 'unsupported' ? kind : 'failed', error: errorLine(err) })
      this.warnings.push(`account ${this.account} ${region}: ${type} could not be listed to find its children (${errorLine(err)})`)
      return undefined
    }
  }

  /** Every identifier of a type, following NextToken to the end. */
  private async list(type: string, region: string, model?: Record<string, string>, onPage?: (descriptions: Listed[]) => void): Promise<string[]> {
    const cc = this.caller.client('cloudcontrol', this.account, region, this.credentials)
    const ids: string[] = []
    let token: string | undefined
    do {
      const page = await this.caller.call(this.account, region, () =>
        cc.send(new ListResourcesCommand({ TypeName: type, NextToken: token, ResourceModel: model ? JSON.stringify(model) : undefined }))
      )
      const listed = (page.ResourceDescriptions ?? []).filter((d): d is Listed => typeof d.Identifier === 'string')
      ids.push(...listed.map((d) => d.Identifier))
      onPage?.(listed)
      token = page.NextToken
    } while (token)
    return ids
  }

  /**
   * A resource as the list returned it: for types whose read handler needs a data-plane permission the
   * least-privilege policy denies (src/sources/live/permissions.ts), no GetResource is made.
   */
  private fromList(type: string, listed: Listed, recordRegion: string): Resource {
    const properties = parseProperties(listed.Properties)
    // What the list returned is all that was read: every other property is unknown to the rules, not absent.
    const resource: Resource = { type, id: listed.Identifier, account: this.account, region: recordRegion, origin: 'live', properties, readProperties: Object.keys(properties) }
    normalizeLiveResource(resource)
    return resource
  }

  /** Read each listed resource: GetResource, or the list's own properties for list-only types. */
  private readListed(type: string, listed: Listed[], region: string, recordRegion: string, reads: Array<Promise<Resource | undefined>>): void {
    for (const d of listed) {
      reads.push(this.listOnly.has(type) ? Promise.resolve(this.fromList(type, d, recordRegion)) : this.read(type, d.Identifier, region, recordRegion))
    }
  }

  /** GetResource for one identifier; undefined when it vanished between list and read. */
  private async read(type: string, id: string, region: string, recordRegion: string): Promise<Resource | undefined> {
    const cc = this.caller.client('cloudcontrol', this.account, region, this.credentials)
    try {
      const out = await this.caller.call(this.account, region, () => cc.send(new GetResourceCommand({ TypeName: type, Identifier: id })))
      const properties = parseProperties(out.ResourceDescription?.Properties)
      const resource: Resource = { type, id: out.ResourceDescription?.Identifier ?? id, account: this.account, region: recordRegion, origin: 'live', properties }
      normalizeLiveResource(resource)
      return resource
    } catch (err) {
      if (classifyError(err) === 'not-found') return undefined
      throw err
    }
  }

  /** List then read every resource of a type; reads start as soon as each page arrives. */
  private async scanType(type: string, region: string, recordRegion: string): Promise<Resource[] | undefined> {
    const how = this.readHow(type)
    return this.ledger(type, recordRegion, async () => {
      const reads: Array<Promise<Resource | undefined>> = []
      await this.list(type, region, undefined, (listed) => this.readListed(type, listed, region, recordRegion, reads))
      const resources = await this.settle(reads)
      await this.completeListOnly(type, resources, region, how)
      return resources
    }, how)
  }

  /** A list-only type whose service can read more of it through its own API: the hook does, and says how it went. */
  private async completeListOnly(type: string, resources: readonly Resource[], region: string, how: ReadHow): Promise<void> {
    const complete = typeHooks(type)?.completeListOnly
    if (!complete || !this.listOnly.has(type)) return
    const outcome = await complete(resources, region, this.hooks)
    how.read = outcome.read
    how.note = outcome.note
  }

  /** How a type is read before any hook completes it: whole with GetResource, or from its list properties. */
  private readHow(type: string): ReadHow {
    if (!this.listOnly.has(type)) return { read: 'full' }
    const actions = [...new Set(policyActionsFor([type]).excluded.map((e) => e.action))].join(', ')
    return {
      read: 'list-only',
      note: `${LIST_ONLY_NOTE}: its read handler needs ${actions}, a data-plane read the least-privilege policy does not grant, so rules needing other properties answer unknown`
    }
  }

  /** A type whose list needs a parent: listed under each parent (ListResources with the parent's model). */
  private async scanChildType(type: string, region: string, listParent: ListParent, parents: ParentRef[] | undefined): Promise<Resource[] | undefined> {
    if (!parents) {
      // As the parent fared: a parent denied (an SCP on the region, say) leaves its children denied, not failed.
      const parent =
        this.parentFailures.get(`${listParent.parentType} ${region}`) ??
        this.coverage.find((c) => c.type === listParent.parentType && c.region === region && c.state !== 'scanned')
      const state = parent?.state === 'denied' || parent?.state === 'unsupported' ? parent.state : 'failed'
      this.coverage.push({ account: this.account, region, type, state, error: `its parents (${listParent.parentType}) could not be listed${parent?.error ? `: ${parent.error}` : ''}` })
      return undefined
    }
    const model = listParent.model
    const how = this.readHow(type)
    return this.ledger(type, region, async () => {
      const reads: Array<Promise<Resource | undefined>> = []
      await Promise.all(
        parents.map((parent) =>
          this.list(type, region, model(parent, this.hooks), (listed) => this.readListed(type, listed, region, region, reads))
        )
      )
      const resources = await this.settle(reads)
      await this.completeListOnly(type, resources, region, how)
      return resources
    }, how)
  }

  /**
   * Waits for every read; keeps what was read even when some failed, and throws the first failure (with how
   * many failed) so that the ledger says the type was not fully seen.
   */
  private async settle(reads: Array<Promise<Resource | undefined>>): Promise<Resource[]> {
    const results = await Promise.allSettled(reads)
    const read = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []))
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    this.resources.push(...read)
    if (failed.length > 0) throw new PartialReadError(read.length, failed.length, failed[0].reason)
    return read
  }

  /**
   * Runs one (type, region) and records its outcome in the ledger, with how the type is read (`how`, which the
   * work may change once it knows: a hook that completed a list-only type).
   */
  private async ledger(type: string, region: string, work: () => Promise<Resource[]>, how: ReadHow): Promise<Resource[] | undefined> {
    const entry: CoverageEntry = { account: this.account, region, type, state: 'scanned', count: 0 }
    const describe = () => {
      entry.read = how.read
      if (how.note) entry.note = how.note
    }
    describe()
    this.coverage.push(entry)
    try {
      const read = await work()
      describe()
      entry.count = read.length
      return read
    } catch (err) {
      const partial = err instanceof PartialReadError ? err : undefined
      const cause = partial ? partial.cause : err
      entry.state = ledgerState(cause)
      entry.count = partial?.read ?? 0
      entry.error = partial ? `${partial.failed} resource(s) could not be read: ${errorLine(cause)}` : errorLine(cause)
      return undefined
    }
  }

  private async readFact(type: string, callRegion: string, recordRegion: string): Promise<void> {
    // A fact is read whole by its service's own API.
    const entry: CoverageEntry = { account: this.account, region: recordRegion, type, state: 'scanned', count: 0, read: 'full' }
    this.coverage.push(entry)
    try {
      const read = await readFact(type, { caller: this.caller, account: this.account, credentials: this.credentials, homeRegion: this.options.homeRegion, sleep: this.sleep, hooks: this.hooks }, callRegion)
      // One fact, or the resources of a per-region read (Config's recorders and their statuses: none, one or more).
      const facts = Array.isArray(read) ? read : [read]
      for (const fact of facts) {
        normalizeLiveResource(fact)
        this.resources.push(fact)
      }
      entry.count = facts.length
    } catch (err) {
      // A per-resource fact keeps what was read; the entry says which resources' facts are missing and why.
      const partial = err instanceof PartialFactError ? err : undefined
      for (const fact of partial?.read ?? []) {
        normalizeLiveResource(fact)
        this.resources.push(fact)
      }
      entry.state = ledgerState(partial ? partial.cause : err)
      entry.count = partial?.read.length ?? 0
      entry.error = partial ? partial.message : errorLine(err)
    }
  }

  /**
   * Types listed once per account (their hooks' accountListing), each resource read in its own region: the
   * locator says where each lives, once for all the types that share it. Resources of regions not scanned are
   * not read, and a warning says so.
   */
  private async scanAccountWide(locator: Locator, types: readonly string[], regions: readonly string[]): Promise<void> {
    const home = this.options.homeRegion
    let located: Map<string, string>
    try {
      located = await locator.regionsOf(this.hooks)
    } catch (err) {
      for (const type of types) for (const region of regions) this.coverage.push({ account: this.account, region, type, state: ledgerState(err), count: 0, error: `${locator.what} unknown: ${errorLine(err)}` })
      return
    }
    const elsewhere = new Set<string>()
    await Promise.all(
      types.map(async (type) => {
        const descriptions: Listed[] = []
        try {
          const listRegions = typeHooks(type)?.accountListing?.listRegions(home, regions) ?? [home]
          const seen = new Set<string>()
          await Promise.all(
            listRegions.map((region) =>
              this.list(type, region, undefined, (listed) => {
                for (const d of listed) {
                  if (seen.has(d.Identifier)) continue
                  seen.add(d.Identifier)
                  descriptions.push(d)
                }
              })
            )
          )
        } catch (err) {
          for (const region of regions) this.coverage.push({ account: this.account, region, type, state: ledgerState(err), count: 0, error: errorLine(err) })
          return
        }
        const byRegion = new Map<string, Listed[]>(regions.map((r) => [r, []]))
        for (const d of descriptions) {
          const region = located.get(d.Identifier)
          const list = region ? byRegion.get(region) : undefined
          if (list) list.push(d)
          else elsewhere.add(region ?? 'an unknown region')
        }
        await Promise.all(
          [...byRegion].map(([region, regionIds]) => {
            const how = this.readHow(type)
            return this.ledger(type, region, async () => {
              const reads: Array<Promise<Resource | undefined>> = []
              this.readListed(type, regionIds, region, region, reads)
              const resources = await this.settle(reads)
              await this.completeListOnly(type, resources, region, how)
              return resources
            }, how)
          })
        )
      })
    )
    if (elsewhere.size > 0) this.warnings.push(locator.notScanned(this.account, [...elsewhere].sort()))
  }
}

interface Listed {
  Identifier: string
  Properties?: string
}

class PartialReadError extends Error {
  constructor(
    readonly read: number,
    readonly failed: number,
    override readonly cause: unknown
  ) {
    super(`${failed} read(s) failed`)
  }
}

function parseProperties(text: string | undefined): Record<string, unknown> {
  if (!text) return {}
  const parsed: unknown = JSON.parse(text)
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
}

function ledgerState(err: unknown): CoverageEntry['state'] {
  const kind = classifyError(err)
  return kind === 'denied' ? 'denied' : kind === 'unsupported' ? 'unsupported' : 'failed'
}
