// AWS CloudTrail, awsJson1_1 (Content-Type application/x-amz-json-1.1): LookupEvents, the event history. The API
// reference documents the target as `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents`; the AWS
// SDK for JavaScript v3 sends the short `CloudTrail_20131101.LookupEvents` (its serviceTarget); both are routed here.
//
// As the API reference describes LookupEvents:
// - management events (and, with EventCategory `insight`, Insights events) of one account in one Region (the
//   signing credentials' account, the SigV4 scope's Region), newest first, from the last 90 days only;
// - at most one LookupAttribute (EventId, EventName, ReadOnly, Username, ResourceType, ResourceName, EventSource,
//   AccessKeyId), matched exactly; StartTime/EndTime inclusive, epoch seconds on the wire;
// - MaxResults 1 to 50, default 50; NextToken only with the parameters that produced it;
// - errors InvalidLookupAttributesException, InvalidTimeRangeException, InvalidMaxResultsException,
//   InvalidNextTokenException, InvalidEventCategoryException (all HTTP 400);
// - "limited to two per second, per account, per Region": beyond it ThrottlingException (HTTP 400, which the SDK
//   retries). Here the limit is a sliding one-second window per (account, Region) holding at most `perSecond`
//   accepted calls; throttled calls do not use up the budget. The server sets it (startAwsServer's
//   lookupEventsPerSecond, setLookupEventsRate), null turns it off.
//
// Events are seeded as CloudTrail records (recordTrailEvent; trailRecord builds one in the documented shape) and
// the server derives each LookupEvents Event from its record, as CloudTrail does.
import { randomBytes, randomUUID } from 'node:crypto'
import { ServiceError, reply } from './protocol.mjs'

const CONTENT_TYPE = 'application/x-amz-json-1.1'
/** The documented rate: two LookupEvents per second, per account, per Region. */
export const LOOKUP_EVENTS_PER_SECOND = 2
const MAX_RESULTS = 50
const HISTORY_MS = 90 * 24 * 60 * 60 * 1000
const ATTRIBUTE_KEYS = new Set(['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'])
const ACCOUNT_ID = /^\d{12}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/

const json11 = (value, requestId) => reply(200, CONTENT_TYPE, JSON.stringify(value), { 'x-amzn-requestid': requestId })
const invalid = (code, message) => new ServiceError(code, 400, message)

/** The user name the event history shows for a record's userIdentity. */
function usernameOf(identity) {
  if (!identity || typeof identity !== 'object') return undefined
  switch (identity.type) {
    case 'AssumedRole':
      // The role session name: the last part of arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION.
      return /:assumed-role\/[^/]+\/(.+)$/.exec(identity.arn ?? '')?.[1] ?? identity.principalId?.split(':')[1]
    case 'IAMUser':
      return identity.userName
    case 'Root':
      // The root user's events are listed under "root" (userIdentity carries userName only when an alias is set).
      return 'root'
    case 'FederatedUser':
      return /:federated-user\/(.+)$/.exec(identity.arn ?? '')?.[1] ?? identity.userName
    default:
      return identity.userName
  }
}

// The resources CloudTrail lists for an event: every entry of the record's own `resources` list (its `type` and
// `ARN`), plus those this server derives from the call's parameters for a small set of known resource types (real
// CloudTrail knows many more):
//   AWS::EC2::SecurityGroup  ec2.amazonaws.com: requestParameters.groupId, responseElements.groupId (CreateSecurityGroup)
//   AWS::S3::Bucket          s3.amazonaws.com:  requestParameters.bucketName
//   AWS::IAM::Role           iam.amazonaws.com: requestParameters.roleName
//   AWS::IAM::User           iam.amazonaws.com: requestParameters.userName
const DERIVED_RESOURCES = {
  'ec2.amazonaws.com': [
    ['AWS::EC2::SecurityGroup', (r) => r.requestParameters?.groupId],
    ['AWS::EC2::SecurityGroup', (r) => r.responseElements?.groupId]
  ],
  's3.amazonaws.com': [['AWS::S3::Bucket', (r) => r.requestParameters?.bucketName]],
  'iam.amazonaws.com': [
    ['AWS::IAM::Role', (r) => r.requestParameters?.roleName],
    ['AWS::IAM::User', (r) => r.requestParameters?.userName]
  ]
}

function resourcesOf(record) {
  const resources = []
  const add = (type, name) => {
    if (typeof type !== 'string' || typeof name !== 'string' || name === '') return
    if (!resources.some((r) => r.ResourceType === type && r.ResourceName === name)) resources.push({ ResourceType: type, ResourceName: name })
  }
  for (const [type, pick] of DERIVED_RESOURCES[record.eventSource] ?? []) add(type, pick(record))
  for (const resource of Array.isArray(record.resources) ? record.resources : []) add(resource?.type, resource?.ARN)
  return resources
}

/** The LookupEvents Event CloudTrail shows for `record`. */
export function lookupEventOf(record, timeMs) {
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: typeof record.readOnly === 'boolean' ? String(record.readOnly) : undefined,
    AccessKeyId: record.userIdentity?.accessKeyId || undefined,
    EventTime: timeMs / 1000,
    EventSource: record.eventSource,
    Username: usernameOf(record.userIdentity),
    Resources: resourcesOf(record),
    CloudTrailEvent: JSON.stringify(record)
  }
}

class TrailEntry {
  constructor(seq, timeMs, record) {
    this.seq = seq
    this.time = timeMs
    this.record = record
    this.event = lookupEventOf(record, timeMs)
    // Event history holds management events; Insights events only answer EventCategory `insight`.
    this.category = record.eventCategory === 'Insight' || record.eventType === 'AwsCloudTrailInsight' ? 'insight' : record.managementEvent === false ? 'data' : 'management'
  }

  /** Whether this entry comes after a cursor (time, seq) in newest-first order. */
  isAfter(time, seq) {
    return this.time < time || (this.time === time && this.seq < seq)
  }
}

/** The recorded events, per account and Region, newest first (equal times: the later-recorded first). */
export class TrailStore {
  constructor() {
    /** @type {Map<string, TrailEntry[]>} */
    this.byAccountRegion = new Map()
    this.seq = 0
  }

  add(account, region, record) {
    const time = Date.parse(record.eventTime)
    const entry = new TrailEntry(++this.seq, time, structuredClone(record))
    const key = `${account}|${region}`
    let list = this.byAccountRegion.get(key)
    if (!list) {
      list = []
      this.byAccountRegion.set(key, list)
    }
    // Binary search for the first entry that comes after the new one.
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (list[mid].isAfter(entry.time, entry.seq)) hi = mid
      else lo = mid + 1
    }
    list.splice(lo, 0, entry)
  }

  eventsIn(account, region) {
    return this.byAccountRegion.get(`${account}|${region}`) ?? []
  }

  clear() {
    this.byAccountRegion.clear()
  }
}

/**
 * Records a CloudTrail record in the event history of `account` and `region` (default: the record's
 * recipientAccountId and awsRegion, which must agree when both are given).
 */
export function recordTrailEvent(store, { account, region, record }) {
  if (!record || typeof record !== 'object') throw new Error('recordTrailEvent: record must be a CloudTrail record object')
  const where = account ?? record.recipientAccountId
  const inRegion = region ?? record.awsRegion
  if (!ACCOUNT_ID.test(where ?? '')) throw new Error(`recordTrailEvent: account must be 12 digits, got '${where}'`)
  if (!REGION.test(inRegion ?? '')) throw new Error(`recordTrailEvent: not a Region: '${inRegion}'`)
  if (record.recipientAccountId !== undefined && record.recipientAccountId !== where) {
    throw new Error(`recordTrailEvent: record.recipientAccountId ${record.recipientAccountId} is not account ${where}`)
  }
  if (record.awsRegion !== undefined && record.awsRegion !== inRegion) throw new Error(`recordTrailEvent: record.awsRegion ${record.awsRegion} is not region ${inRegion}`)
  for (const field of ['eventID', 'eventName', 'eventSource', 'eventTime']) {
    if (typeof record[field] !== 'string' || record[field] === '') throw new Error(`recordTrailEvent: record.${field} is required`)
  }
  if (Number.isNaN(Date.parse(record.eventTime))) throw new Error(`recordTrailEvent: record.eventTime is not a time: '${record.eventTime}'`)
  store.add(where, inRegion, record)
}

/** Sliding-window limit of LookupEvents per (account, Region): at most `perSecond` accepted calls in any second. */
export class LookupRateLimiter {
  /** @param {number | null} perSecond */
  constructor(perSecond) {
    this.setRate(perSecond)
  }

  /** @param {number | null} perSecond null (or undefined) turns the limit off */
  setRate(perSecond) {
    if (perSecond !== null && perSecond !== undefined && !(Number.isInteger(perSecond) && perSecond >= 1)) {
      throw new Error(`LookupEvents rate must be a whole number of calls per second (>= 1) or null, got ${perSecond}`)
    }
    this.perSecond = perSecond ?? null
    /** @type {Map<string, number[]>} accepted calls' times per account and Region */
    this.accepted = new Map()
  }

  /** Whether a call now is within the budget (and, when it is, counts it). */
  admit(account, region, now = Date.now()) {
    if (this.perSecond === null) return true
    const key = `${account}|${region}`
    const recent = (this.accepted.get(key) ?? []).filter((t) => now - t < 1000)
    const admitted = recent.length < this.perSecond
    if (admitted) recent.push(now)
    this.accepted.set(key, recent)
    return admitted
  }
}

function epochMs(value, name) {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ServiceError('SerializationException', 400, `${name} must be a timestamp (epoch seconds)`)
  return Math.round(value * 1000)
}

function lookupAttributeOf(body) {
  const list = body.LookupAttributes
  if (list === undefined || list === null) return undefined
  if (!Array.isArray(list)) throw new ServiceError('SerializationException', 400, 'LookupAttributes must be a list')
  if (list.length === 0) return undefined
  if (list.length > 1) throw invalid('InvalidLookupAttributesException', 'You can specify only one lookup attribute.')
  const [{ AttributeKey: key, AttributeValue: value } = {}] = list
  if (typeof key !== 'string' || !ATTRIBUTE_KEYS.has(key)) {
    throw invalid('InvalidLookupAttributesException', `Invalid attribute key: ${key}. Valid keys: ${[...ATTRIBUTE_KEYS].join(', ')}.`)
  }
  if (typeof value !== 'string' || value.length < 1 || value.length > 2000) {
    throw invalid('InvalidLookupAttributesException', `The value of attribute ${key} must be 1 to 2000 characters long.`)
  }
  return { key, value }
}

/** Whether an event matches the lookup attribute (exact, case-sensitive; a ReadOnly value other than "true"/"false" matches nothing). */
function matches(event, attribute) {
  switch (attribute.key) {
    case 'ResourceType':
      return event.Resources.some((r) => r.ResourceType === attribute.value)
    case 'ResourceName':
      return event.Resources.some((r) => r.ResourceName === attribute.value)
    default:
      return event[attribute.key] === attribute.value
  }
}

/** The token's scope: everything a NextToken must be passed with again (MaxResults, a page size, may change). */
const scopeOf = (account, region, attribute, startMs, endMs, category) => JSON.stringify([account, region, attribute?.key ?? null, attribute?.value ?? null, startMs ?? null, endMs ?? null, category])

function encodeToken(scope, entry) {
  return Buffer.from(JSON.stringify({ s: scope, t: entry.time, q: entry.seq })).toString('base64url')
}

function decodeToken(token, scope) {
  try {
    const { s, t, q } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    return s === scope && Number.isFinite(t) && Number.isInteger(q) ? { time: t, seq: q } : undefined
  } catch {
    return undefined
  }
}

/**
 * LookupEvents. ctx: { account (AccountState), region, body, requestId, trail (TrailStore), lookupRate (LookupRateLimiter) }.
 */
export function lookupEvents(ctx) {
  const account = ctx.account.id
  const { region, body } = ctx
  if (!ctx.lookupRate.admit(account, region)) throw new ServiceError('ThrottlingException', 400, 'Rate exceeded')

  const requested = body.EventCategory
  if (requested !== undefined && requested !== null && requested !== 'insight') {
    throw invalid('InvalidEventCategoryException', `Invalid EventCategory: ${requested}. The only valid value is insight.`)
  }
  const category = requested === 'insight' ? 'insight' : 'management'
  const attribute = lookupAttributeOf(body)
  const startMs = epochMs(body.StartTime, 'StartTime')
  const endMs = epochMs(body.EndTime, 'EndTime')
  if (startMs !== undefined && endMs !== undefined && startMs > endMs) {
    throw invalid('InvalidTimeRangeException', 'Start time must be before or equal to end time.')
  }
  const max = body.MaxResults ?? MAX_RESULTS
  if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS) {
    throw invalid('InvalidMaxResultsException', `MaxResults must be between 1 and ${MAX_RESULTS}, got ${body.MaxResults}.`)
  }
  const scope = scopeOf(account, region, attribute, startMs, endMs, category)
  let cursor
  if (body.NextToken !== undefined && body.NextToken !== null) {
    cursor = typeof body.NextToken === 'string' ? decodeToken(body.NextToken, scope) : undefined
    if (!cursor) throw invalid('InvalidNextTokenException', 'Invalid NextToken: pass it with the same parameters as the call that returned it.')
  }

  // Only the last 90 days are kept, whatever StartTime asks for.
  const from = Math.max(startMs ?? -Infinity, Date.now() - HISTORY_MS)
  const events = []
  let last
  let more = false
  for (const entry of ctx.trail.eventsIn(account, region)) {
    if (cursor && !entry.isAfter(cursor.time, cursor.seq)) continue
    if (endMs !== undefined && entry.time > endMs) continue
    if (entry.time < from) break
    if (entry.category !== category) continue
    if (attribute && !matches(entry.event, attribute)) continue
    if (events.length === max) {
      more = true
      break
    }
    events.push(entry.event)
    last = entry
  }
  return json11({ Events: events, ...(more ? { NextToken: encodeToken(scope, last) } : {}) }, ctx.requestId)
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const randomId = (prefix, length = 16) => prefix + Array.from(randomBytes(length), (b) => KEY_ALPHABET[b % 32]).join('')
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

function timeOf(time) {
  const ms = time === undefined ? Date.now() : time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time)
  if (!Number.isFinite(ms)) throw new Error(`trailRecord: not a time: ${time}`)
  return ms
}

function userIdentityOf(identity, account, timeMs) {
  if (identity.root) {
    return { type: 'Root', principalId: account, arn: `arn:aws:iam::${account}:root`, accountId: account, accessKeyId: identity.accessKeyId ?? randomId('ASIA') }
  }
  if (identity.role !== undefined) {
    const roleId = identity.roleId ?? randomId('AROA', 17)
    const session = identity.session ?? 'session'
    return {
      type: 'AssumedRole',
      principalId: `${roleId}:${session}`,
      arn: `arn:aws:sts::${account}:assumed-role/${identity.role}/${session}`,
      accountId: account,
      accessKeyId: identity.accessKeyId ?? randomId('ASIA'),
      sessionContext: {
        sessionIssuer: { type: 'Role', principalId: roleId, arn: `arn:aws:iam::${account}:role/${identity.role}`, accountId: account, userName: identity.role },
        attributes: { creationDate: isoSeconds(timeMs - 60_000), mfaAuthenticated: 'false' }
      }
    }
  }
  const user = identity.user ?? 'test-user'
  return { type: 'IAMUser', principalId: identity.principalId ?? randomId('AIDA', 17), arn: `arn:aws:iam::${account}:user/${user}`, accountId: account, accessKeyId: identity.accessKeyId ?? randomId('AKIA'), userName: user }
}

/**
 * A CloudTrail record of a management API call in the documented shape (CloudTrail record contents, userIdentity
 * element), from the facts a test cares about. See index.d.mts TrailRecordFields.
 */
export function trailRecord(fields) {
  const { account, region, eventName } = fields
  if (!ACCOUNT_ID.test(account ?? '')) throw new Error(`trailRecord: account must be 12 digits, got '${account}'`)
  if (!REGION.test(region ?? '')) throw new Error(`trailRecord: not a Region: '${region}'`)
  if (typeof eventName !== 'string' || eventName === '') throw new Error('trailRecord: eventName is required')
  if (typeof fields.eventSource !== 'string' || fields.eventSource === '') throw new Error('trailRecord: eventSource is required (ec2, or ec2.amazonaws.com)')
  const eventSource = fields.eventSource.includes('.') ? fields.eventSource : `${fields.eventSource}.amazonaws.com`
  const timeMs = timeOf(fields.time)
  const readOnly = fields.readOnly ?? /^(Describe|Get|List|Head|Lookup)/.test(eventName)
  const record = {
    eventVersion: '1.11',
    userIdentity: userIdentityOf(fields.identity ?? {}, account, timeMs),
    eventTime: isoSeconds(timeMs),
    eventSource,
    eventName,
    awsRegion: region,
    sourceIPAddress: fields.sourceIPAddress ?? '203.0.113.10',
    userAgent: fields.userAgent ?? 'aws-cli/2.15.0 md/Botocore#1.34.0 ua/2.0 os/linux#6.5 md/arch#x86_64 lang/python#3.11.6',
    ...(fields.errorCode !== undefined ? { errorCode: fields.errorCode, errorMessage: fields.errorMessage ?? '' } : {}),
    requestParameters: fields.requestParameters ?? null,
    responseElements: fields.responseElements ?? null,
    requestID: fields.requestID ?? randomUUID(),
    eventID: fields.eventID ?? randomUUID(),
    readOnly,
    ...(fields.resources !== undefined ? { resources: fields.resources } : {}),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: 'Management'
  }
  return record
}
