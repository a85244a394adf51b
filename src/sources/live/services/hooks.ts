// What a service may tell the live scan about its types. The engine (../scan.ts) lists every selected type in every
// scanned region through Cloud Control and reads each resource with GetResource; a service whose types need
// anything else — listing once per account, a parent to list under, another API to complete or check what was
// read, AWS-created defaults to flag — says so here, in its own module, registered in ./index.ts. Adding a type
// with a quirk therefore touches its service's module, never the engine.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { ReadMode, Resource } from '../../../types.js'
import type { Caller } from '../caller.js'

/** What a hook may use: the account being scanned and the scan's one way of calling AWS. */
export interface HookContext {
  account: string
  /** The account's partition (aws, aws-cn, aws-us-gov), from the scanning principal's ARN. */
  partition: string
  /** aws-region: where account-wide calls are made. */
  homeRegion: string
  caller: Caller
  credentials: AwsCredentialIdentityProvider
  /** Adds a line to the run's warnings (something was not read, and what that means for the findings). */
  warn: (line: string) => void
  /** The canonical-form normalizers, for resources a hook changed after they were read. */
  normalize: (resource: Resource) => void
}

/** A parent resource a child type is listed under: its identifier, and its properties when it was read. */
export interface ParentRef {
  id: string
  region: string
  /** Present when the parent type was read (selected too), absent when it was only listed for its identifiers. */
  properties?: Record<string, unknown>
}

/** A type whose list handler needs a parent (schema handlers.list.handlerSchema.required). */
export interface ListParent {
  parentType: string
  /** The ResourceModel naming one parent for ListResources. */
  model: (parent: ParentRef, ctx: HookContext) => Record<string, string>
}

/**
 * A type listed once per account rather than per region, whose resources are each read in their own region
 * (Cloud Control lists S3 buckets of every region from any region, but reads a bucket only in its own).
 */
export interface AccountListing {
  /** The regions to list in (identifiers are merged): `home` is aws-region, `regions` the scanned ones. */
  listRegions: (home: string, regions: readonly string[]) => string[]
  /** Says where each resource lives; types sharing one locator share one call per account. */
  locator: Locator
}

export interface Locator {
  /** What the locator finds, for the ledger error when it fails ("bucket regions"). */
  what: string
  /** Each identifier's region. */
  regionsOf: (ctx: HookContext) => Promise<Map<string, string>>
  /** The warning when resources live in regions that were not scanned (sorted region names). */
  notScanned: (account: string, regions: readonly string[]) => string
}

/** How a type read from its list only was completed by a hook, for its ledger entry. */
export interface ReadOutcome {
  read: ReadMode
  note: string
}

export interface TypeHooks {
  /** Listed once per account (absent: listed in every scanned region, or once for a global type). */
  accountListing?: AccountListing
  /** Its list needs a parent. */
  listParent?: ListParent
  /**
   * The type's read handler needs a permission the least-privilege policy denies, so only its list was read:
   * complete the resources with the service's own API. Must not throw: a failure is reported in the outcome.
   */
  completeListOnly?: (resources: readonly Resource[], region: string, ctx: HookContext) => Promise<ReadOutcome>
}

/** The resources of one account and region once every selected type there was read. */
export interface RegionScope {
  region: string
  /** Every resource read in this account and region, all types. */
  resources: readonly Resource[]
  /** The types selected for this region. */
  types: readonly string[]
}

export interface ServiceHooks {
  /** The service, as it appears in type names (AWS::<service>::...), for reading the table. */
  service: string
  /** Per type, where the engine's default does not do. */
  types?: Readonly<Record<string, TypeHooks>>
  /** After a region's types were read: extra calls that complete or flag what was read. Must not throw. */
  afterRegion?: (scope: RegionScope, ctx: HookContext) => Promise<void>
  /** A per-resource normalizer, run on every live resource read (e.g. flagging what AWS created itself). */
  normalize?: (resource: Resource) => void
  /** A whole-inventory fold into the canonical form, run once every account was read; returns what remains. */
  fold?: (resources: Resource[]) => Resource[]
}
