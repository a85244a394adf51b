// S3's quirk: Cloud Control lists every region's buckets from any region but reads a bucket only in its own, so
// buckets are listed once per account and S3's ListBuckets says where each lives. A bucket policy is identified
// by its bucket and read in the bucket's region.
import { ListBucketsCommand } from '@aws-sdk/client-s3'
import type { HookContext, Locator, ServiceHooks } from './hooks.js'

// One ListBuckets per account scan: the bucket listing and the per-bucket facts (Plumbline::S3::BucketVersioning,
// read in every scanned region) share it. Keyed by the scan's hook context, which lives as long as the account scan.
const located = new WeakMap<HookContext, Promise<Map<string, string>>>()

/** Every bucket of the account, by name, with its region (ListBuckets answers for all regions from any), once per scan. */
export function bucketRegions(ctx: HookContext): Promise<Map<string, string>> {
  let pending = located.get(ctx)
  if (!pending) {
    pending = listBucketRegions(ctx)
    located.set(ctx, pending)
  }
  return pending
}

async function listBucketRegions(ctx: HookContext): Promise<Map<string, string>> {
  const home = ctx.homeRegion
  const s3 = ctx.caller.client('s3', ctx.account, home, ctx.credentials)
  const out = new Map<string, string>()
  let token: string | undefined
  do {
    const page = await ctx.caller.call(ctx.account, home, () => s3.send(new ListBucketsCommand({ ContinuationToken: token, MaxBuckets: 10000 })))
    for (const b of page.Buckets ?? []) if (b.Name) out.set(b.Name, b.BucketRegion ?? 'us-east-1')
    token = page.ContinuationToken
  } while (token)
  return out
}

const BUCKETS: Locator = {
  what: 'bucket regions',
  regionsOf: bucketRegions,
  notScanned: (account, regions) =>
    `account ${account}: S3 buckets in regions not scanned (${regions.join(', ')}) were not read; add those regions to \`regions\` to check them`
}

export const s3Hooks: ServiceHooks = {
  service: 'S3',
  types: {
    // Buckets are listed account-wide from any region.
    'AWS::S3::Bucket': { accountListing: { listRegions: (home) => [home], locator: BUCKETS } },
    // Whether bucket policies are listed account-wide too is not documented, so they are listed in every scanned
    // region and the identifiers merged.
    'AWS::S3::BucketPolicy': { accountListing: { listRegions: (home, regions) => [...new Set([home, ...regions])], locator: BUCKETS } }
  }
}
