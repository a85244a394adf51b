// Who changed it: for each drifted resource (and each live finding labelled drift), the newest write event
// CloudTrail holds on it within its 90 days — principal, call, time. One LookupEvents by ResourceName per resource
// (at most two pages), cached, at CloudTrail's 2 requests per second per account and region, and at most
// MAX_LOOKUPS per run: past that the rest keep no name, with a warning. A denied lookup is a ledger entry and the
// drift stays, without the name.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { CoverageEntry, LastChange } from '../../../types.js'
import { Caller } from '../caller.js'
import { classifyError, errorLine, type RetryOptions, type Sleep } from '../limits.js'
import { GLOBAL_REGION } from '../types.js'
import { principalOf, trailResourceName } from './events.js'
import { globalEventsRegion, lastWriteOn } from './lookup.js'
import { targetKey, type LastChangeTarget } from './targets.js'
export type { LastChangeTarget } from './targets.js'

/** The ledger type of each (account, region) whose event history who-changed read. */
export const LAST_CHANGE_TYPE = 'Plumbline::CloudTrail::LastChanges'
/** At most this many resources are looked up per run (500 lookups at 2 per second are 4 minutes in one region). */
export const MAX_LOOKUPS = 500

export interface LastChangeOptions {
  sessions: ReadonlyArray<{ accountId: string; principalArn?: string; credentials: AwsCredentialIdentityProvider }>
  concurrency: number
  now: Date
  retry?: Partial<RetryOptions>
  sleep?: Sleep
}

export interface LastChanges {
  /** By targetKey: the last write, or null when CloudTrail has none; absent when not looked up. */
  found: Map<string, LastChange | null>
  coverage: CoverageEntry[]
  warnings: string[]
  calls: number
}

export async function lookUpLastChanges(targets: readonly LastChangeTarget[], options: LastChangeOptions): Promise<LastChanges> {
  const found = new Map<string, LastChange | null>()
  const warnings: string[] = []
  const entries = new Map<string, CoverageEntry>()
  const caller = new Caller({ rateLimit: 0, concurrency: options.concurrency, retry: { ...options.retry, ...(options.sleep ? { sleep: options.sleep } : {}) } })
  const sessions = new Map(options.sessions.map((s) => [s.accountId, s]))
  // One lookup per (account, lookup region, resource name): two drift entries of one resource share it.
  const lookups = new Map<string, { account: string; region: string; name: string; keys: string[] }>()
  let unnamed = 0
  for (const target of targets) {
    const session = sessions.get(target.account)
    const name = trailResourceName(target.type, target.id, target.properties)
    if (!session || name === undefined) {
      if (session) unnamed++
      continue
    }
    const partition = /^arn:([^:]+):/.exec(session.principalArn ?? '')?.[1] ?? 'aws'
    const region = target.region === GLOBAL_REGION ? globalEventsRegion(partition) : target.region
    const key = `${target.account}\u0000${region}\u0000${name}`
    const lookup = lookups.get(key) ?? { account: target.account, region, name, keys: [] as string[] }
    lookup.keys.push(targetKey(target))
    lookups.set(key, lookup)
  }
  const planned = [...lookups.values()]
  if (planned.length > MAX_LOOKUPS) warnings.push(`who-changed looked up the first ${MAX_LOOKUPS} of ${planned.length} changed resources (CloudTrail answers 2 lookups per second per region); the others are shown without who changed them`)
  if (unnamed > 0) warnings.push(`who-changed: ${unnamed} changed resource(s) are of types CloudTrail's event history does not index by name; they are shown without who changed them`)
  // Per (account, region), one lookup after the other: CloudTrail answers 2 a second there anyway (the lane paces
  // them), and a denial is known before the next is sent, so the pair's other lookups are not sent at all.
  const byPair = new Map<string, Array<(typeof planned)[number]>>()
  for (const lookup of planned.slice(0, MAX_LOOKUPS)) {
    const pair = `${lookup.account}\u0000${lookup.region}`
    byPair.set(pair, [...(byPair.get(pair) ?? []), lookup])
  }
  try {
    await Promise.all(
      [...byPair.values()].map(async (pairLookups) => {
        const { account, region } = pairLookups[0]
        const entry: CoverageEntry = { account, region, type: LAST_CHANGE_TYPE, state: 'scanned', count: 0, read: 'full' }
        entries.set(`${account}\u0000${region}`, entry)
        const session = sessions.get(account)
        if (!session) return
        for (const lookup of pairLookups) {
          try {
            const record = await lastWriteOn({ caller, account, credentials: session.credentials }, region, lookup.name, options.now)
            const change: LastChange | null = record ? { ...principalOf(record), eventName: record.eventName, time: record.eventTime } : null
            for (const key of lookup.keys) found.set(key, change)
            entry.count = (entry.count ?? 0) + 1
          } catch (err) {
            const kind = classifyError(err)
            if (entry.state === 'scanned') {
              entry.state = kind === 'denied' ? 'denied' : 'failed'
              entry.error = errorLine(err)
              warnings.push(`who-changed: CloudTrail's event history of account ${account} ${region} could not be read (${entry.error}); its drift is shown without who changed it`)
            }
            // One denial says it for the whole (account, region).
            if (kind === 'denied') break
          }
        }
      })
    )
  } finally {
    caller.destroy()
  }
  return { found, coverage: [...entries.values()], warnings, calls: caller.calls }
}
