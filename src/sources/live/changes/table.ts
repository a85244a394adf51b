// The shape of the event table (events.ts reads it, services/*.ts fill it) and the small readers every service uses
// on CloudTrail's records. Pure: no I/O. The generic code here knows nothing of any one service; a service's
// quirks are named in its own module.

/** A CloudTrail record (the parsed CloudTrailEvent string of LookupEvents), as CloudTrail documents it: the fields read. */
export interface TrailRecord {
  eventID: string
  eventTime: string
  eventSource: string
  eventName: string
  awsRegion: string
  recipientAccountId?: string
  /** https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html */
  userIdentity?: UserIdentity
  requestParameters?: Record<string, unknown> | null
  responseElements?: Record<string, unknown> | null
  resources?: Array<{ ARN?: string; accountId?: string; type?: string }>
  errorCode?: string
  errorMessage?: string
  readOnly?: boolean
  /** AwsApiCall, AwsServiceEvent, AwsConsoleAction, AwsConsoleSignIn, ... */
  eventType?: string
}

export interface UserIdentity {
  /** Root, IAMUser, AssumedRole, Role, FederatedUser, Directory, AWSAccount, AWSService, IdentityCenterUser, Unknown, SAMLUser, WebIdentityUser */
  type?: string
  principalId?: string
  arn?: string
  accountId?: string
  accessKeyId?: string
  userName?: string
  invokedBy?: string
  credentialId?: string
  identityProvider?: string
  sessionContext?: {
    sessionIssuer?: { type?: string; principalId?: string; arn?: string; accountId?: string; userName?: string }
    attributes?: { creationDate?: string; mfaAuthenticated?: string }
    sourceIdentity?: string
  }
  /** IdentityCenterUser, and trusted identity propagation on AssumedRole. */
  onBehalfOf?: { userId?: string; identityStoreArn?: string }
}

/** A resource to re-read by its Cloud Control identifier, or a type to list again in the record's region. */
export type Touch = { type: string; id: string } | { type: string; relist: true }

/** What a table entry reads of one record. */
export interface EventContext {
  record: TrailRecord
  /** requestParameters, {} when null. */
  req: Record<string, unknown>
  /** responseElements, {} when null. */
  res: Record<string, unknown>
  region: string
  /** The account the event happened in (recipientAccountId, else the caller's account), when the record says. */
  account?: string
  partition: string
}

export interface EventEntry {
  /** The event names (after the service's own name normalization), or a pattern over them. */
  names: readonly string[] | RegExp
  touches: (ctx: EventContext) => Touch[]
}

export interface ServiceTable {
  /** For messages ("EC2"). */
  service: string
  /** CloudTrail's eventSource, e.g. 'ec2.amazonaws.com'. */
  eventSource: string
  /** Named entries first; the first entry whose names match wins. */
  entries: readonly EventEntry[]
  /** A service whose event names carry more than the operation (Lambda's API-version suffixes) says how to strip it. */
  eventName?: (name: string) => string
  /** Events the service records as writes that change nothing the scan reads: known, nothing to re-read. */
  noChange?: readonly string[] | RegExp
  /** What LookupEvents' ResourceName finds events on a resource of each of its types by (see events.ts). */
  trailResourceNames?: Readonly<Record<string, (id: string, properties: Record<string, unknown>) => string | undefined>>
}

// ---------------------------------------------------------------------------------------------------------------
// Readers

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** A value or a list of them, as a list. */
export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/**
 * EC2's CloudTrail records write lists as `{ items: [...] }` (the Query API's XML sets), e.g.
 * requestParameters.instancesSet.items[].instanceId (CloudTrail log file examples, StartInstances).
 */
export function ec2Items(value: unknown): Record<string, unknown>[] {
  return list(obj(value).items).map(obj)
}

/** The re-read of one resource, or a re-list of its type when the record does not name it. */
export function touch(type: string, id: unknown): Touch {
  const name = str(id)
  return name ? { type, id: name } : { type, relist: true }
}

/** One touch per identifier found, or a re-list when none was. */
export function touchEach(type: string, ids: readonly unknown[]): Touch[] {
  const names = ids.map(str).filter((id): id is string => id !== undefined)
  return names.length > 0 ? names.map((id) => ({ type, id })) : [{ type, relist: true }]
}

export function relist(type: string): Touch {
  return { type, relist: true }
}

/** Every string anywhere in `value` that `pattern` matches whole (for identifiers of a known shape, e.g. `fl-…`). */
export function findIds(value: unknown, pattern: RegExp): string[] {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (pattern.test(v)) out.push(v)
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk)
  }
  walk(value)
  return [...new Set(out)]
}

/** arn:partition:service:region:account:resource → its parts (resource keeps any further colons). */
export function parseArn(value: unknown): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  const text = str(value)
  if (!text?.startsWith('arn:')) return undefined
  const parts = text.split(':')
  if (parts.length < 6) return undefined
  return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') }
}

/** The partition a region belongs to (aws-cn, aws-us-gov, aws). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/** An account-level fact (its id is the account id, src/model/facts.ts): by id when the record names the account. */
export function accountFact(type: string, ctx: EventContext): Touch {
  return touch(type, ctx.account)
}

/** The ARNs of the record's `resources` whose type is `type` (CloudTrail fills it for some services, e.g. KMS). */
export function resourceArns(record: TrailRecord, type: string): string[] {
  return (record.resources ?? []).filter((r) => r.type === type && typeof r.ARN === 'string').map((r) => r.ARN as string)
}
