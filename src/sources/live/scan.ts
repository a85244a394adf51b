// The live scan: for every account session, region and selected type, Cloud Control ListResources (every page)
// then GetResource for each identifier (list results are often partial), plus the account facts. Every
// (account, region, type) ends in the coverage ledger as scanned, denied, unsupported or failed; one failing
// type never stops the others.
import { GetResourceCommand, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol'
import { DescribeInstancesCommand, DescribeRegionsCommand, DescribeVpcsCommand } from '@aws-sdk/client-ec2'
import { ListBucketsCommand } from '@aws-sdk/client-s3'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { InputError, type CoverageEntry, type Resource } from '../../types.js'
import { FACT_TYPES, readFact } from './account-facts.js'
import { Caller } from './caller.js'
import { classifyError, realSleep, type RetryOptions, type Sleep } from './limits.js'
import { FUNCTION_CONFIGURATION_PROPERTIES, readFunctionConfigurations } from './lambda-functions.js'
import { foldPolicyAttachments, foldSecurityGroupRules, markDefaultVpcResources, normalizeLiveResource } from './normalize.js'
import { policyActionsFor, typesNeedingDeniedActions } from './permissions.js'
import { GLOBAL_REGION, LIST_ONLY_NOTE, isGlobalType, type RegionSelection } from './types.js'

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
}

export interface LiveScanResult {
  resources: Resource[]
  coverage: CoverageEntry[]
  warnings: string[]
  accounts: string[]
  regions: string[]
  /** AWS requests sent, retries included. */
  calls: number
}

/**
 * Types whose list handler needs a parent (schema handlers.list.handlerSchema.required): the parent type, and
 * the ResourceModel naming one parent for ListResources.
 */
const LIST_PARENTS: Readonly<Record<string, { parentType: string; model: (parent: ParentRef) => Record<string, string> }>> = {
  'AWS::Lambda::Permission': { parentType: 'AWS::Lambda::Function', model: (fn) => ({ FunctionName: fn.id }) },
  'AWS::Lambda::Url': { parentType: 'AWS::Lambda::Function', model: (fn) => ({ TargetFunctionArn: fn.arn }) }
}

interface ParentRef {
  id: string
  arn: string
}

const S3_TYPES = new Set(['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'])
const VPC_MEMBER_TYPES = new Set(['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::NetworkAcl', 'AWS::EC2::InternetGateway'])

export async function scanLive(options: LiveScanOptions): Promise<LiveScanResult> {
  const caller = new Caller({ rateLimit: options.rateLimit, concurrency: options.concurrency, retry: { ...options.retry, ...(options.sleep ? { sleep: options.sleep } : {}) } })
  const resources: Resource[] = []
  const coverage: CoverageEntry[] = []
  const warnings: string[] = []
  const regions = new Set<string>()
  try {
    await Promise.all(
      options.sessions.map(async (session) => {
        const scan = new AccountScan(session, options, caller)
        const result = await scan.run()
        resources.push(...result.resources)
        coverage.push(...result.coverage)
        warnings.push(...result.warnings)
        for (const r of result.regions) regions.add(r)
      })
    )
  } finally {
    caller.destroy()
  }
  foldPolicyAttachments(resources)
  const folded = foldSecurityGroupRules(resources)
  coverage.sort((a, b) => compare(a.account, b.account) || compare(a.region, b.region) || compare(a.type, b.type))
  return {
    resources: folded,
    coverage,
    warnings,
    accounts: [...new Set(options.sessions.map((s) => s.accountId))].sort(),
    regions: [...regions].sort(),
    calls: caller.calls
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** One account's scan: its regions, types and facts. */
class AccountScan {
  private readonly account: string
  private readonly credentials: AwsCredentialIdentityProvider
  private readonly partition: string
  private readonly resources: Resource[] = []
  private readonly coverage: CoverageEntry[] = []
  private readonly warnings: string[] = []
  private readonly sleep: Sleep
  private readonly listOnly: ReadonlySet<string>

  constructor(
    session: ScanSession,
    private readonly options: LiveScanOptions,
    private readonly caller: Caller
  ) {
    this.account = session.accountId
    this.credentials = session.credentials
    this.partition = /^arn:([^:]+):/.exec(session.principalArn ?? '')?.[1] ?? 'aws'
    this.sleep = options.sleep ?? realSleep
    this.listOnly = new Set(typesNeedingDeniedActions(options.types.filter((t) => !FACT_TYPES.includes(t))))
  }

  async run(): Promise<{ resources: Resource[]; coverage: CoverageEntry[]; warnings: string[]; regions: string[] }> {
    const { types, homeRegion } = this.options
    const regions = await this.regions()
    const cloudControlTypes = types.filter((t) => !FACT_TYPES.includes(t))
    const tasks: Array<Promise<unknown>> = []

    if (this.options.regions.global) {
      for (const type of cloudControlTypes.filter(isGlobalType)) tasks.push(this.scanType(type, homeRegion, GLOBAL_REGION))
    }
    for (const type of types.filter((t) => FACT_TYPES.includes(t))) {
      if (isGlobalType(type)) {
        if (this.options.regions.global) tasks.push(this.readFact(type, homeRegion, GLOBAL_REGION))
      } else for (const region of regions) tasks.push(this.readFact(type, region, region))
    }
    const s3 = cloudControlTypes.filter((t) => S3_TYPES.has(t))
    if (s3.length > 0) tasks.push(this.scanS3(s3, regions))
    const regional = cloudControlTypes.filter((t) => !isGlobalType(t) && !S3_TYPES.has(t))
    for (const region of regions) tasks.push(this.scanRegion(regional, region))
    await Promise.all(tasks)
    const incomplete = this.coverage.filter((c) => c.state !== 'scanned').length
    this.options.progress?.(
      `account ${this.account}: ${this.resources.length} resource(s) read in ${regions.length} region(s)${this.options.regions.global ? ' and global' : ''}` +
        (incomplete > 0 ? `; ${incomplete} of ${this.coverage.length} ledger entries incomplete` : '')
    )
    return { resources: this.resources, coverage: this.coverage, warnings: this.warnings, regions }
  }

  /**
   * The regions to read, checked against EC2's DescribeRegions (with AllRegions, once per account): `all` is every
   * enabled region; a named region AWS does not know is an input error; one the account has not opted in to gets
   * an `unsupported` ledger entry per type instead of calls that could only fail. When EC2 will not answer, the
   * named regions are read unchecked (and `all` falls back to aws-region), with a warning.
   */
  private async regions(): Promise<string[]> {
    const { named, all } = this.options.regions
    const home = this.options.homeRegion
    let status: Map<string, string>
    try {
      const ec2 = this.caller.client('ec2', this.account, home, this.credentials)
      const out = await this.caller.call(this.account, home, () => ec2.send(new DescribeRegionsCommand({ AllRegions: true })))
      status = new Map((out.Regions ?? []).filter((r) => r.RegionName).map((r) => [r.RegionName as string, r.OptInStatus ?? 'opt-in-not-required']))
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
        this.coverage.push({ account: this.account, region, type, state: 'unsupported', count: 0, error: `region ${region} is not enabled in account ${this.account} (opt-in region)` })
      }
    }
    return named.filter(enabled)
  }

  private async scanRegion(types: readonly string[], region: string): Promise<void> {
    const parents = new Map<string, Promise<ParentRef[] | undefined>>()
    const listParents = (parentType: string): Promise<ParentRef[] | undefined> => {
      let pending = parents.get(parentType)
      if (!pending) {
        pending = types.includes(parentType) ? this.scanType(parentType, region, region).then((rs) => rs?.map((r) => this.parentRef(r, region))) : this.listIdentifiers(parentType, region)
        parents.set(parentType, pending)
      }
      return pending
    }
    const scanned: Array<Promise<Resource[] | undefined>> = []
    for (const type of types) {
      const parent = LIST_PARENTS[type]
      if (parent) scanned.push(listParents(parent.parentType).then((refs) => this.scanChildType(type, region, parent.parentType, refs)))
      else if (!Object.values(LIST_PARENTS).some((p) => p.parentType === type)) scanned.push(this.scanType(type, region, region))
    }
    for (const [parentType] of Object.values(LIST_PARENTS).map((p) => [p.parentType])) {
      if (types.includes(parentType) && !parents.has(parentType)) scanned.push(listParents(parentType).then(() => undefined))
    }
    await Promise.all(scanned)
    const here = this.resources.filter((r) => r.region === region)
    await Promise.all([this.readInstanceMetadata(here, region), this.markDefaultVpc(here, types, region)])
  }

  private parentRef(resource: Resource, region: string): ParentRef {
    const id = resource.id ?? ''
    const arn = typeof resource.properties.Arn === 'string' ? resource.properties.Arn : `arn:${this.partition}:lambda:${region}:${this.account}:function:${id}`
    return { id, arn }
  }

  /** Identifiers only (a parent type the user did not select): no coverage entry of its own. */
  private async listIdentifiers(type: string, region: string): Promise<ParentRef[] | undefined> {
    try {
      const ids = await this.list(type, region)
      return ids.map((id) => ({ id, arn: `arn:${this.partition}:lambda:${region}:${this.account}:function:${id}` }))
    } catch (err) {
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
    const note: { text?: string } = { text: this.listOnlyNote(type) }
    return this.ledger(type, recordRegion, async () => {
      const reads: Array<Promise<Resource | undefined>> = []
      await this.list(type, region, undefined, (listed) => this.readListed(type, listed, region, recordRegion, reads))
      const resources = await this.settle(reads)
      if (type === 'AWS::Lambda::Function' && this.listOnly.has(type)) note.text = await this.addFunctionConfigurations(resources, region)
      return resources
    }, note)
  }

  /**
   * Lambda functions are listed through Cloud Control; their configuration comes from lambda:ListFunctions, the
   * list handler's own permission (GetFunction, the read handler's, also hands out the code and is denied).
   */
  private async addFunctionConfigurations(resources: Resource[], region: string): Promise<string> {
    try {
      const configurations = await readFunctionConfigurations(this.caller, this.account, region, this.credentials)
      for (const r of resources) {
        const configuration = r.id ? configurations.get(r.id) : undefined
        if (!configuration) continue // created after the call: it stays read from its list properties
        r.properties = { ...r.properties, ...configuration }
        // Every property ListFunctions answers for was read, present or not: no Environment there is no variables.
        r.readProperties = [...new Set([...(r.readProperties ?? []), ...FUNCTION_CONFIGURATION_PROPERTIES])].sort()
        normalizeLiveResource(r)
      }
      return 'read from Cloud Control\'s list and lambda:ListFunctions (configuration, never code): its read handler needs lambda:GetFunction, which also returns a code download URL and is not granted'
    } catch (err) {
      return `${LIST_ONLY_NOTE}: lambda:ListFunctions failed (${errorLine(err)}), and the read handler needs lambda:GetFunction, which is not granted; rules needing other properties answer unknown`
    }
  }

  private listOnlyNote(type: string): string | undefined {
    if (!this.listOnly.has(type)) return undefined
    const actions = [...new Set(policyActionsFor([type]).excluded.map((e) => e.action))].join(', ')
    return `${LIST_ONLY_NOTE}: its read handler needs ${actions}, a data-plane read the least-privilege policy does not grant, so rules needing other properties answer unknown`
  }

  private async scanChildType(type: string, region: string, parentType: string, parents: ParentRef[] | undefined): Promise<Resource[] | undefined> {
    if (!parents) {
      this.coverage.push({ account: this.account, region, type, state: 'failed', error: `its parents (${parentType}) could not be listed` })
      return undefined
    }
    const model = LIST_PARENTS[type].model
    return this.ledger(type, region, async () => {
      const reads: Array<Promise<Resource | undefined>> = []
      await Promise.all(
        parents.map((parent) =>
          this.list(type, region, model(parent), (listed) => this.readListed(type, listed, region, region, reads))
        )
      )
      return this.settle(reads)
    }, this.listOnlyNote(type))
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

  /** Runs one (type, region) and records its outcome in the ledger. */
  /** `note` may be an object whose text the work sets once it knows how the type was read. */
  private async ledger(type: string, region: string, work: () => Promise<Resource[]>, note?: string | { text?: string }): Promise<Resource[] | undefined> {
    const entry: CoverageEntry = { account: this.account, region, type, state: 'scanned', count: 0 }
    const noteText = () => (typeof note === 'string' ? note : note?.text)
    if (noteText()) entry.note = noteText()
    this.coverage.push(entry)
    try {
      const read = await work()
      if (noteText()) entry.note = noteText()
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
    const entry: CoverageEntry = { account: this.account, region: recordRegion, type, state: 'scanned', count: 0 }
    this.coverage.push(entry)
    try {
      const fact = await readFact(type, { caller: this.caller, account: this.account, credentials: this.credentials, homeRegion: this.options.homeRegion, sleep: this.sleep }, callRegion)
      normalizeLiveResource(fact)
      this.resources.push(fact)
      entry.count = 1
    } catch (err) {
      entry.state = ledgerState(err)
      entry.error = errorLine(err)
    }
  }

  /**
   * S3 buckets: Cloud Control lists every region's buckets from any region but reads a bucket only in its own,
   * so the list is made once per account and S3's ListBuckets says where each bucket lives. A bucket policy is
   * identified by its bucket and read in the bucket's region. Buckets of regions not scanned are not read.
   */
  private async scanS3(types: readonly string[], regions: readonly string[]): Promise<void> {
    const home = this.options.homeRegion
    let bucketRegions: Map<string, string>
    try {
      bucketRegions = await this.bucketRegions()
    } catch (err) {
      for (const type of types) for (const region of regions) this.coverage.push({ account: this.account, region, type, state: ledgerState(err), count: 0, error: `bucket regions unknown: ${errorLine(err)}` })
      return
    }
    const elsewhere = new Set<string>()
    await Promise.all(
      types.map(async (type) => {
        const descriptions: Listed[] = []
        try {
          // Buckets are listed account-wide from any region. Whether bucket policies are too is not documented,
          // so they are listed in every scanned region and the identifiers merged.
          const listRegions = type === 'AWS::S3::Bucket' ? [home] : [...new Set([home, ...regions])]
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
          const region = bucketRegions.get(d.Identifier)
          const list = region ? byRegion.get(region) : undefined
          if (list) list.push(d)
          else elsewhere.add(region ?? 'an unknown region')
        }
        await Promise.all(
          [...byRegion].map(([region, regionIds]) =>
            this.ledger(type, region, () => {
              const reads: Array<Promise<Resource | undefined>> = []
              this.readListed(type, regionIds, region, region, reads)
              return this.settle(reads)
            }, this.listOnlyNote(type))
          )
        )
      })
    )
    if (elsewhere.size > 0) {
      this.warnings.push(`account ${this.account}: S3 buckets in regions not scanned (${[...elsewhere].sort().join(', ')}) were not read; add those regions to \`regions\` to check them`)
    }
  }

  private async bucketRegions(): Promise<Map<string, string>> {
    const home = this.options.homeRegion
    const s3 = this.caller.client('s3', this.account, home, this.credentials)
    const out = new Map<string, string>()
    let token: string | undefined
    do {
      const page = await this.caller.call(this.account, home, () => s3.send(new ListBucketsCommand({ ContinuationToken: token, MaxBuckets: 10000 })))
      for (const b of page.Buckets ?? []) if (b.Name) out.set(b.Name, b.BucketRegion ?? 'us-east-1')
      token = page.ContinuationToken
    } while (token)
    return out
  }

  /**
   * EC2 instances' IMDS settings: Cloud Control's read may not return MetadataOptions, so they come from
   * DescribeInstances. When that fails the property is marked unknown (never guessed) and a warning says why.
   */
  private async readInstanceMetadata(resources: readonly Resource[], region: string): Promise<void> {
    const missing = resources.filter((r) => r.type === 'AWS::EC2::Instance' && r.properties.MetadataOptions === undefined && r.id)
    if (missing.length === 0) return
    const byId = new Map(missing.map((r) => [r.id as string, r]))
    const ec2 = this.caller.client('ec2', this.account, region, this.credentials)
    const ids = [...byId.keys()]
    try {
      for (let i = 0; i < ids.length; i += 100) {
        let token: string | undefined
        do {
          const page = await this.caller.call(this.account, region, () =>
            ec2.send(new DescribeInstancesCommand({ InstanceIds: ids.slice(i, i + 100), NextToken: token }))
          )
          for (const reservation of page.Reservations ?? []) {
            for (const instance of reservation.Instances ?? []) {
              const resource = instance.InstanceId ? byId.get(instance.InstanceId) : undefined
              const m = instance.MetadataOptions
              if (!resource || !m) continue
              resource.properties.MetadataOptions = dropUndefined({
                HttpTokens: m.HttpTokens,
                HttpEndpoint: m.HttpEndpoint,
                HttpPutResponseHopLimit: m.HttpPutResponseHopLimit,
                HttpProtocolIpv6: m.HttpProtocolIpv6,
                InstanceMetadataTags: m.InstanceMetadataTags
              })
            }
          }
          token = page.NextToken
        } while (token)
      }
    } catch (err) {
      this.warnings.push(`account ${this.account} ${region}: instance metadata options could not be read (${errorLine(err)}); IMDS findings are unknown`)
    }
    for (const r of missing) if (r.properties.MetadataOptions === undefined) r.unknown = [...(r.unknown ?? []), 'MetadataOptions']
  }

  /** The default VPC and what AWS created with it are flagged isDefault (EC2 says which VPC is the default). */
  private async markDefaultVpc(resources: readonly Resource[], types: readonly string[], region: string): Promise<void> {
    if (!types.some((t) => VPC_MEMBER_TYPES.has(t))) return
    const ec2 = this.caller.client('ec2', this.account, region, this.credentials)
    try {
      const out = await this.caller.call(this.account, region, () => ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'isDefault', Values: ['true'] }] })))
      const ids = new Set((out.Vpcs ?? []).map((v) => v.VpcId).filter((id): id is string => typeof id === 'string'))
      markDefaultVpcResources(resources, ids)
    } catch (err) {
      this.warnings.push(`account ${this.account} ${region}: the default VPC could not be identified (${errorLine(err)}); its resources are not flagged as AWS defaults`)
    }
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

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

function ledgerState(err: unknown): CoverageEntry['state'] {
  const kind = classifyError(err)
  return kind === 'denied' ? 'denied' : kind === 'unsupported' ? 'unsupported' : 'failed'
}

/** An AWS error as one line: its name and message (AWS messages name actions and ARNs, never credentials). */
export function errorLine(err: unknown): string {
  const e = err as { name?: string; message?: string }
  const message = (e?.message ?? String(err)).split('\n')[0].trim()
  const name = e?.name && e.name !== 'Error' && !message.startsWith(e.name) ? `${e.name}: ` : ''
  // Retryable errors reach the ledger only once the retries ran out: say so, it is what the user can act on.
  const kind = classifyError(err)
  const prefix = kind === 'throttled' ? 'still throttled after every retry: ' : kind === 'transient' ? 'still failing after every retry: ' : ''
  return `${prefix}${name}${message}`.slice(0, 500)
}

