// CloudTrail's event history (LookupEvents), read two ways: every write management event of an account and region
// in a time window (the changes mode), and the newest write event on one resource (who changed it). LookupEvents
// is limited to 2 requests per second per account and region, whatever the scan's rate-limit says: its calls go
// through the Caller on a lane of their own at that rate, so they neither starve the Cloud Control calls nor
// draw ThrottlingException. Event history keeps the last 90 days.
import { LookupEventsCommand, type LookupEventsCommandInput } from '@aws-sdk/client-cloudtrail'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { Caller } from '../caller.js'
import type { TrailRecord } from './events.js'

/** CloudTrail's published quota for LookupEvents: 2 requests per second per account per region. */
export const LOOKUP_EVENTS_PER_SECOND = 2
const LOOKUP_LANE = { name: 'cloudtrail:LookupEvents', perSecond: LOOKUP_EVENTS_PER_SECOND }
/** LookupEvents returns at most 50 events a page. */
const PAGE_SIZE = 50
/** How far back CloudTrail's event history reaches. */
export const EVENT_HISTORY_DAYS = 90

/**
 * Global services (IAM, STS, CloudFront, Organizations) record their events in US East (N. Virginia), so that is
 * where their event history is looked up (the commercial partition; the China and GovCloud partitions have their
 * own, named here).
 */
export function globalEventsRegion(partition: string): string {
  return partition === 'aws-cn' ? 'cn-north-1' : partition === 'aws-us-gov' ? 'us-gov-west-1' : 'us-east-1'
}

export interface TrailContext {
  caller: Caller
  account: string
  credentials: AwsCredentialIdentityProvider
}

export interface EventWindow {
  /** The records of the window, oldest first (so a later event on a resource wins). */
  records: TrailRecord[]
  /** Events whose CloudTrailEvent text could not be read as a record (counted, never fatal). */
  unreadable: number
}

/** Every write management event of one account and region with start ≤ time < end. */
export async function writeEventsBetween(ctx: TrailContext, region: string, start: Date, end: Date): Promise<EventWindow> {
  const records: TrailRecord[] = []
  let unreadable = 0
  let token: string | undefined
  do {
    const page = await lookup(ctx, region, { LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }], StartTime: start, EndTime: end, MaxResults: PAGE_SIZE, NextToken: token })
    for (const event of page.Events ?? []) {
      const record = parseRecord(event.CloudTrailEvent)
      // EndTime is inclusive in LookupEvents: an event exactly at `end` belongs to the next window.
      if (record && Date.parse(record.eventTime) < end.getTime()) records.push(record)
      else if (!record) unreadable++
    }
    token = page.NextToken
  } while (token)
  // LookupEvents answers newest first.
  records.reverse()
  return { records, unreadable }
}

/**
 * The newest write event CloudTrail holds on a resource (LookupEvents by ResourceName, newest first), within its 90
 * days; null when there is none. Reads at most `maxPages` pages: a resource's page also holds read-only calls that
 * name it, and a lookup that finds no write in them says "not found" rather than walk the whole history.
 */
export async function lastWriteOn(ctx: TrailContext, region: string, resourceName: string, now: Date, maxPages = 2): Promise<TrailRecord | null> {
  const start = new Date(now.getTime() - EVENT_HISTORY_DAYS * 86_400_000)
  let token: string | undefined
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await lookup(ctx, region, { LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: resourceName }], StartTime: start, EndTime: now, MaxResults: PAGE_SIZE, NextToken: token })
    for (const event of page.Events ?? []) {
      if (event.ReadOnly === 'true') continue
      const record = parseRecord(event.CloudTrailEvent)
      if (record && !record.errorCode && record.readOnly !== true) return record
    }
    token = page.NextToken
    if (!token) break
  }
  return null
}

async function lookup(ctx: TrailContext, region: string, input: LookupEventsCommandInput) {
  const client = ctx.caller.client('cloudtrail', ctx.account, region, ctx.credentials)
  return ctx.caller.call(ctx.account, region, () => client.send(new LookupEventsCommand(input)), LOOKUP_LANE)
}

/** The CloudTrailEvent text as a record: the fields the table reads must be there. */
export function parseRecord(text: string | undefined): TrailRecord | undefined {
  if (!text) return undefined
  try {
    const parsed = JSON.parse(text) as Partial<TrailRecord>
    if (typeof parsed.eventSource !== 'string' || typeof parsed.eventName !== 'string' || typeof parsed.eventTime !== 'string') return undefined
    return parsed as TrailRecord
  } catch {
    return undefined
  }
}
