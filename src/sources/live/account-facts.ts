// The account-level facts Cloud Control cannot return, read with the services' own APIs and shaped as the
// Plumbline:: types of src/model/facts.ts, so the rules that judge Terraform's account resources run
// on them unchanged. Each fact is one coverage entry.
import { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service'
import { DescribeImagesCommand, DescribeSnapshotsCommand, GetEbsEncryptionByDefaultCommand, type DescribeSnapshotsCommandInput } from '@aws-sdk/client-ec2'
import {
  GenerateCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  ListRolesCommand,
  ListUsersCommand,
  type IAMClient,
  ListServerCertificatesCommand, ListVirtualMFADevicesCommand, GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam'
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  type DBClusterSnapshotAttribute,
  type DBSnapshotAttribute
} from '@aws-sdk/client-rds'
import { GetBucketVersioningCommand } from '@aws-sdk/client-s3'
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control'
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  ACCOUNT_SUMMARY_TYPE,
  AMI_TYPE,
  BUCKET_VERSIONING_TYPE,
  CONFIG_RECORDER_STATUS_TYPE,
  CONFIG_RECORDER_TYPE,
  CREDENTIAL_REPORT_TYPE,
  DB_CLUSTER_SNAPSHOT_TYPE,
  DB_SNAPSHOT_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE,
  EBS_SNAPSHOT_TYPE,
  PASSWORD_POLICY_TYPE,
  SERVER_CERTIFICATES_TYPE,
  SERVICE_LAST_ACCESSED_TYPE,
  VIRTUAL_MFA_DEVICES_TYPE
} from '../../model/facts.js'
import type { Resource } from '../../types.js'
import type { Caller } from './caller.js'
import { errorLine, type Sleep } from './limits.js'
import { bucketRegions } from './services/s3.js'
import type { HookContext } from './services/hooks.js'
import { GLOBAL_REGION } from './types.js'
export { FACT_TYPES } from './types.js'
import type { AwsCredentialIdentityProvider } from '@smithy/types'

export interface FactContext {
  caller: Caller
  account: string
  credentials: AwsCredentialIdentityProvider
  /** Where account-level (global) calls are made: aws-region. */
  homeRegion: string
  sleep: Sleep
  /** The account scan's hook context: what per-resource facts share with the scan (the account's bucket regions). */
  hooks: HookContext
}

/**
 * A per-resource fact of which some resources could not be read: what was read is kept (the fact of each resource
 * that failed is simply absent, and its rules answer unknown), and the ledger entry says how many failed and why.
 */
export class PartialFactError extends Error {
  constructor(
    readonly read: Resource[],
    readonly failed: string[],
    override readonly cause: unknown
  ) {
    const shown = failed.slice(0, 5).join(', ') + (failed.length > 5 ? `, and ${failed.length - 5} more` : '')
    super(`${failed.length} of ${read.length + failed.length} could not be read (${shown}): ${errorLine(cause)}`)
  }
}

/**
 * Reads one fact, or the resources of a per-region read (Config's recorders and their statuses: a region may hold
 * none, one or several); `region` is where a regional fact (EBS default encryption) is read.
 */
export async function readFact(type: string, ctx: FactContext, region: string): Promise<Resource | Resource[]> {
  switch (type) {
    case CONFIG_RECORDER_STATUS_TYPE:
      return configRecorderStatuses(ctx, region)
    case CONFIG_RECORDER_TYPE:
      return configRecorders(ctx, region)
    case ACCOUNT_SUMMARY_TYPE:
      return accountSummary(ctx)
    case PASSWORD_POLICY_TYPE:
      return passwordPolicy(ctx)
    case CREDENTIAL_REPORT_TYPE:
      return credentialReport(ctx)
    case SERVER_CERTIFICATES_TYPE:
      return serverCertificates(ctx)
    case VIRTUAL_MFA_DEVICES_TYPE:
      return virtualMfaDevices(ctx)
    case ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE:
      return accountPublicAccessBlock(ctx)
    case EBS_ENCRYPTION_BY_DEFAULT_TYPE:
      return ebsEncryptionByDefault(ctx, region)
    case BUCKET_VERSIONING_TYPE:
      return bucketVersionings(ctx, region)
    case EBS_SNAPSHOT_TYPE:
      return ebsSnapshots(ctx, region)
    case AMI_TYPE:
      return images(ctx, region)
    case DB_SNAPSHOT_TYPE:
      return dbSnapshots(ctx, region)
    case DB_CLUSTER_SNAPSHOT_TYPE:
      return dbClusterSnapshots(ctx, region)
    case SERVICE_LAST_ACCESSED_TYPE:
      return serviceLastAccessed(ctx)
    default:
      throw new Error(`no account-fact reader for ${type}`)
  }
}

function fact(type: string, ctx: FactContext, region: string, properties: Record<string, unknown>): Resource {
  return { type, id: ctx.account, account: ctx.account, region, origin: 'live', properties }
}

async function accountSummary(ctx: FactContext): Promise<Resource> {
  const iam = ctx.caller.client('iam', ctx.account, ctx.homeRegion, ctx.credentials)
  const out = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new GetAccountSummaryCommand({})))
  return fact(ACCOUNT_SUMMARY_TYPE, ctx, GLOBAL_REGION, { ...(out.SummaryMap ?? {}) })
}

/** No policy (NoSuchEntity) is a fact too: empty properties, which the password rules judge as IAM's defaults. */
async function passwordPolicy(ctx: FactContext): Promise<Resource> {
  const iam = ctx.caller.client('iam', ctx.account, ctx.homeRegion, ctx.credentials)
  try {
    const out = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new GetAccountPasswordPolicyCommand({})))
    return fact(PASSWORD_POLICY_TYPE, ctx, GLOBAL_REGION, { ...(out.PasswordPolicy ?? {}) })
  } catch (err) {
    if ((err as Error).name === 'NoSuchEntityException' || (err as Error).name === 'NoSuchEntity') return fact(PASSWORD_POLICY_TYPE, ctx, GLOBAL_REGION, {})
    throw err
  }
}

const REPORT_WAIT_MS = 2000
const REPORT_MAX_WAITS = 30

/** Generate the credential report (IAM reuses one younger than 4 hours), wait until it is ready, parse the CSV. */
async function credentialReport(ctx: FactContext): Promise<Resource> {
  const iam = ctx.caller.client('iam', ctx.account, ctx.homeRegion, ctx.credentials)
  for (let wait = 0; ; wait++) {
    const generated = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new GenerateCredentialReportCommand({})))
    if (generated.State === 'COMPLETE') break
    if (wait >= REPORT_MAX_WAITS) throw new Error(`the credential report was still ${generated.State ?? 'in progress'} after ${(REPORT_WAIT_MS * REPORT_MAX_WAITS) / 1000} s`)
    await ctx.sleep(REPORT_WAIT_MS)
  }
  const out = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new GetCredentialReportCommand({})))
  const csv = out.Content ? Buffer.from(out.Content).toString('utf8') : ''
  return fact(CREDENTIAL_REPORT_TYPE, ctx, GLOBAL_REGION, {
    GeneratedTime: out.GeneratedTime ? out.GeneratedTime.toISOString() : undefined,
    Users: parseCsv(csv)
  })
}

/** IAM's credential report CSV: a header row, then one row per user; fields may be double-quoted. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '').map(splitCsvLine)
  const [header, ...body] = rows
  if (!header) return []
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

/** No account-level block (NoSuchPublicAccessBlockConfiguration) means all four settings are off. */
async function accountPublicAccessBlock(ctx: FactContext): Promise<Resource> {
  const s3control = ctx.caller.client('s3control', ctx.account, ctx.homeRegion, ctx.credentials)
  try {
    const out = await ctx.caller.call(ctx.account, ctx.homeRegion, () => s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account })))
    const c = out.PublicAccessBlockConfiguration ?? {}
    return fact(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, ctx, GLOBAL_REGION, {
      BlockPublicAcls: c.BlockPublicAcls ?? false,
      IgnorePublicAcls: c.IgnorePublicAcls ?? false,
      BlockPublicPolicy: c.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: c.RestrictPublicBuckets ?? false
    })
  } catch (err) {
    if ((err as Error).name !== 'NoSuchPublicAccessBlockConfiguration') throw err
    return fact(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, ctx, GLOBAL_REGION, { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false })
  }
}

async function ebsEncryptionByDefault(ctx: FactContext, region: string): Promise<Resource> {
  const ec2 = ctx.caller.client('ec2', ctx.account, region, ctx.credentials)
  const out = await ctx.caller.call(ctx.account, region, () => ec2.send(new GetEbsEncryptionByDefaultCommand({})))
  return fact(EBS_ENCRYPTION_BY_DEFAULT_TYPE, ctx, region, { EbsEncryptionByDefault: out.EbsEncryptionByDefault ?? false })
}

/**
 * The status of each configuration recorder of the region (config:DescribeConfigurationRecorderStatus), named by
 * the recorder: { Name, Recording, LastStatus }. No recorder: no status, an empty list.
 */
async function configRecorderStatuses(ctx: FactContext, region: string): Promise<Resource[]> {
  const config = ctx.caller.client('config', ctx.account, region, ctx.credentials)
  const out = await ctx.caller.call(ctx.account, region, () => config.send(new DescribeConfigurationRecorderStatusCommand({})))
  return (out.ConfigurationRecordersStatus ?? [])
    .filter((s) => typeof s.name === 'string')
    .map((s) => {
      const properties: Record<string, unknown> = { Name: s.name, Recording: s.recording ?? false }
      if (s.lastStatus !== undefined) properties.LastStatus = s.lastStatus
      return { type: CONFIG_RECORDER_STATUS_TYPE, id: s.name!, account: ctx.account, region, origin: 'live' as const, properties }
    })
}

/**
 * The region's configuration recorders (config:DescribeConfigurationRecorders) in AWS::Config::ConfigurationRecorder's
 * shape, identified by name as CloudFormation does: Name, RoleARN, RecordingGroup, RecordingMode.
 */
async function configRecorders(ctx: FactContext, region: string): Promise<Resource[]> {
  const config = ctx.caller.client('config', ctx.account, region, ctx.credentials)
  const out = await ctx.caller.call(ctx.account, region, () => config.send(new DescribeConfigurationRecordersCommand({})))
  return (out.ConfigurationRecorders ?? [])
    .filter((r) => typeof r.name === 'string')
    .map((r) => {
      const properties: Record<string, unknown> = { Name: r.name }
      if (r.roleARN !== undefined) properties.RoleARN = r.roleARN
      const g = r.recordingGroup
      if (g) {
        const group: Record<string, unknown> = {}
        if (g.allSupported !== undefined) group.AllSupported = g.allSupported
        if (g.includeGlobalResourceTypes !== undefined) group.IncludeGlobalResourceTypes = g.includeGlobalResourceTypes
        if (g.resourceTypes && g.resourceTypes.length > 0) group.ResourceTypes = [...g.resourceTypes]
        if (g.exclusionByResourceTypes?.resourceTypes?.length) group.ExclusionByResourceTypes = { ResourceTypes: [...g.exclusionByResourceTypes.resourceTypes] }
        if (g.recordingStrategy?.useOnly !== undefined) group.RecordingStrategy = { UseOnly: g.recordingStrategy.useOnly }
        properties.RecordingGroup = group
      }
      if (r.recordingMode?.recordingFrequency !== undefined) properties.RecordingMode = { RecordingFrequency: r.recordingMode.recordingFrequency }
      return { type: CONFIG_RECORDER_TYPE, id: r.name!, account: ctx.account, region, origin: 'live' as const, properties }
    })
}

/** The account's IAM server certificates with their expiry, every page of ListServerCertificates. */
async function serverCertificates(ctx: FactContext): Promise<Resource> {
  const iam = ctx.caller.client('iam', ctx.account, ctx.homeRegion, ctx.credentials)
  const listedAt = new Date().toISOString()
  const certificates: Array<Record<string, unknown>> = []
  let marker: string | undefined
  do {
    const out = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new ListServerCertificatesCommand({ Marker: marker })))
    for (const c of out.ServerCertificateMetadataList ?? []) {
      certificates.push({
        ServerCertificateName: c.ServerCertificateName,
        ServerCertificateId: c.ServerCertificateId,
        Arn: c.Arn,
        Path: c.Path,
        UploadDate: c.UploadDate?.toISOString(),
        Expiration: c.Expiration?.toISOString()
      })
    }
    marker = out.IsTruncated ? out.Marker : undefined
  } while (marker)
  return fact(SERVER_CERTIFICATES_TYPE, ctx, GLOBAL_REGION, { ListedAt: listedAt, Certificates: certificates })
}

/** The virtual MFA devices assigned to a user (the root user's tells a virtual root MFA from a hardware one). */
async function virtualMfaDevices(ctx: FactContext): Promise<Resource> {
  const iam = ctx.caller.client('iam', ctx.account, ctx.homeRegion, ctx.credentials)
  const devices: Array<Record<string, unknown>> = []
  let marker: string | undefined
  do {
    const out = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: marker })))
    for (const d of out.VirtualMFADevices ?? []) devices.push({ SerialNumber: d.SerialNumber, UserArn: d.User?.Arn })
    marker = out.IsTruncated ? out.Marker : undefined
  } while (marker)
  return fact(VIRTUAL_MFA_DEVICES_TYPE, ctx, GLOBAL_REGION, { Devices: devices })
}

/**
 * The versioning state of every bucket in `region` (S3 GetBucketVersioning, called in the bucket's own region: S3
 * answers a bucket only there), one fact per bucket named by the bucket. The buckets are those ListBuckets places
 * in the region, the same list the scan reads the buckets from. A bucket whose call fails (a bucket policy that
 * denies it, a bucket deleted meanwhile) loses only its own fact: PartialFactError carries the others.
 */
async function bucketVersionings(ctx: FactContext, region: string): Promise<Resource[]> {
  const located = await bucketRegions(ctx.hooks)
  const buckets = [...located].filter(([, where]) => where === region).map(([name]) => name).sort()
  const results = await Promise.allSettled(buckets.map((bucket) => bucketVersioning(ctx, region, bucket)))
  const read = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []))
  const failed = buckets.filter((_, i) => results[i].status === 'rejected')
  if (failed.length > 0) {
    const first = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    throw new PartialFactError(read, failed, first?.reason)
  }
  return read
}

/** One bucket's versioning fact, read in its region; undefined when the bucket is gone. */
async function bucketVersioning(ctx: FactContext, region: string, bucket: string): Promise<Resource | undefined> {
  const s3 = ctx.caller.client('s3', ctx.account, region, ctx.credentials)
  let out
  try {
    out = await ctx.caller.call(ctx.account, region, () => s3.send(new GetBucketVersioningCommand({ Bucket: bucket, ExpectedBucketOwner: ctx.account })))
  } catch (err) {
    // Deleted between ListBuckets and now: gone, like a resource that vanishes between list and read.
    if ((err as Error).name === 'NoSuchBucket') return undefined
    throw err
  }
  const properties: Record<string, unknown> = { Bucket: bucket }
  // Absent when S3 omits them (never versioned, never configured with MFA delete), as S3 returns them.
  if (out.Status !== undefined) properties.Status = out.Status
  if (out.MFADelete !== undefined) properties.MFADelete = out.MFADelete
  return { type: BUCKET_VERSIONING_TYPE, id: bucket, account: ctx.account, region, origin: 'live', properties }
}

/**
 * The facts kept one per resource that can be read for one resource alone (the changes mode's re-read of what an
 * event touched): the fact, or undefined when its resource is no longer in `region`. A fact not here is read whole.
 */
export const SINGLE_FACT_READERS: Readonly<Partial<Record<string, (ctx: FactContext, region: string, id: string) => Promise<Resource | undefined>>>> = {
  // ListBuckets (shared with the rest of the run) says whether the bucket is still there and in this region: S3
  // answers a bucket only in its own region.
  [BUCKET_VERSIONING_TYPE]: async (ctx, region, bucket) => ((await bucketRegions(ctx.hooks)).get(bucket) === region ? bucketVersioning(ctx, region, bucket) : undefined)
}

/** Every page of DescribeSnapshots for `input` (MaxResults 1000, EC2's largest page). */
async function describeSnapshots(ctx: FactContext, region: string, input: DescribeSnapshotsCommandInput) {
  const ec2 = ctx.caller.client('ec2', ctx.account, region, ctx.credentials)
  const snapshots = []
  let token: string | undefined
  do {
    const page = await ctx.caller.call(ctx.account, region, () => ec2.send(new DescribeSnapshotsCommand({ ...input, MaxResults: 1000, NextToken: token })))
    snapshots.push(...(page.Snapshots ?? []))
    token = page.NextToken
  } while (token)
  return snapshots
}

/**
 * The region's EBS snapshots the account owns (Cloud Control has no snapshot type), one fact each. Which are public
 * comes from a second listing, the owned snapshots every account may restore (RestorableByUserIds all), rather
 * than a DescribeSnapshotAttribute call per snapshot: two paged calls per region however many snapshots there are.
 */
async function ebsSnapshots(ctx: FactContext, region: string): Promise<Resource[]> {
  const owned = await describeSnapshots(ctx, region, { OwnerIds: ['self'] })
  const restorableByAll = await describeSnapshots(ctx, region, { OwnerIds: ['self'], RestorableByUserIds: ['all'] })
  const publicIds = new Set(restorableByAll.map((s) => s.SnapshotId))
  return owned
    .filter((s) => typeof s.SnapshotId === 'string')
    .map((s) => {
      const properties: Record<string, unknown> = { SnapshotId: s.SnapshotId, Encrypted: s.Encrypted ?? false, Public: publicIds.has(s.SnapshotId) }
      if (s.VolumeId !== undefined) properties.VolumeId = s.VolumeId
      if (s.VolumeSize !== undefined) properties.VolumeSize = s.VolumeSize
      if (s.KmsKeyId !== undefined) properties.KmsKeyId = s.KmsKeyId
      if (s.State !== undefined) properties.State = s.State
      return { type: EBS_SNAPSHOT_TYPE, id: s.SnapshotId!, account: ctx.account, region, origin: 'live' as const, properties }
    })
}

/** The region's AMIs the account owns (DescribeImages, Owners self, every page), one fact each. */
async function images(ctx: FactContext, region: string): Promise<Resource[]> {
  const ec2 = ctx.caller.client('ec2', ctx.account, region, ctx.credentials)
  const out: Resource[] = []
  let token: string | undefined
  do {
    const page = await ctx.caller.call(ctx.account, region, () => ec2.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, NextToken: token })))
    for (const image of page.Images ?? []) {
      if (typeof image.ImageId !== 'string') continue
      const properties: Record<string, unknown> = { ImageId: image.ImageId, Public: image.Public ?? false }
      if (image.Name !== undefined) properties.Name = image.Name
      if (image.State !== undefined) properties.State = image.State
      if (image.BlockDeviceMappings !== undefined) {
        properties.BlockDeviceMappings = image.BlockDeviceMappings.map((m) => {
          const mapping: Record<string, unknown> = { DeviceName: m.DeviceName }
          if (m.Ebs) {
            const ebs: Record<string, unknown> = {}
            for (const key of ['SnapshotId', 'Encrypted', 'KmsKeyId', 'VolumeSize', 'VolumeType'] as const) if (m.Ebs[key] !== undefined) ebs[key] = m.Ebs[key]
            mapping.Ebs = ebs
          }
          return mapping
        })
      }
      out.push({ type: AMI_TYPE, id: image.ImageId, account: ctx.account, region, origin: 'live', properties })
    }
    token = page.NextToken
  } while (token)
  return out
}

/** Whether a snapshot's `restore` attribute (RDS DescribeDB[Cluster]SnapshotAttributes) lets every account restore it. */
function restorableByAll(attributes: ReadonlyArray<DBClusterSnapshotAttribute | DBSnapshotAttribute> | undefined): boolean {
  return (attributes ?? []).some((a) => a.AttributeName === 'restore' && (a.AttributeValues ?? []).includes('all'))
}

/**
 * One fact per snapshot listed, each completed by its own attribute call (RDS has no listing of public snapshots of
 * one owner). A snapshot whose attributes cannot be read loses only its fact: PartialFactError carries the others.
 */
async function withPublicFlags(ids: readonly string[], read: (id: string) => Promise<Resource>): Promise<Resource[]> {
  const results = await Promise.allSettled(ids.map(read))
  const done = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  const failed = ids.filter((_, i) => results[i].status === 'rejected')
  if (failed.length > 0) throw new PartialFactError(done, failed, results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason)
  return done
}

/** The region's manual RDS DB snapshots (DescribeDBSnapshots, every page) and which are public. */
async function dbSnapshots(ctx: FactContext, region: string): Promise<Resource[]> {
  const rds = ctx.caller.client('rds', ctx.account, region, ctx.credentials)
  const snapshots = []
  let marker: string | undefined
  do {
    const page = await ctx.caller.call(ctx.account, region, () => rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, Marker: marker })))
    snapshots.push(...(page.DBSnapshots ?? []).filter((s) => typeof s.DBSnapshotIdentifier === 'string'))
    marker = page.Marker
  } while (marker)
  const byId = new Map(snapshots.map((s) => [s.DBSnapshotIdentifier!, s]))
  return withPublicFlags([...byId.keys()], async (id) => {
    const s = byId.get(id)!
    const out = await ctx.caller.call(ctx.account, region, () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })))
    const properties: Record<string, unknown> = { DBSnapshotIdentifier: id, Encrypted: s.Encrypted ?? false, Public: restorableByAll(out.DBSnapshotAttributesResult?.DBSnapshotAttributes) }
    if (s.DBInstanceIdentifier !== undefined) properties.DBInstanceIdentifier = s.DBInstanceIdentifier
    if (s.Engine !== undefined) properties.Engine = s.Engine
    if (s.KmsKeyId !== undefined) properties.KmsKeyId = s.KmsKeyId
    if (s.Status !== undefined) properties.Status = s.Status
    return { type: DB_SNAPSHOT_TYPE, id, account: ctx.account, region, origin: 'live', properties }
  })
}

/** The region's manual DB cluster snapshots (Aurora, DocumentDB, Neptune: DescribeDBClusterSnapshots) and which are public. */
async function dbClusterSnapshots(ctx: FactContext, region: string): Promise<Resource[]> {
  const rds = ctx.caller.client('rds', ctx.account, region, ctx.credentials)
  const snapshots = []
  let marker: string | undefined
  do {
    const page = await ctx.caller.call(ctx.account, region, () => rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, Marker: marker })))
    snapshots.push(...(page.DBClusterSnapshots ?? []).filter((s) => typeof s.DBClusterSnapshotIdentifier === 'string'))
    marker = page.Marker
  } while (marker)
  const byId = new Map(snapshots.map((s) => [s.DBClusterSnapshotIdentifier!, s]))
  return withPublicFlags([...byId.keys()], async (id) => {
    const s = byId.get(id)!
    const out = await ctx.caller.call(ctx.account, region, () => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })))
    const properties: Record<string, unknown> = { DBClusterSnapshotIdentifier: id, StorageEncrypted: s.StorageEncrypted ?? false, Public: restorableByAll(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes) }
    if (s.DBClusterIdentifier !== undefined) properties.DBClusterIdentifier = s.DBClusterIdentifier
    if (s.Engine !== undefined) properties.Engine = s.Engine
    if (s.KmsKeyId !== undefined) properties.KmsKeyId = s.KmsKeyId
    if (s.Status !== undefined) properties.Status = s.Status
    return { type: DB_CLUSTER_SNAPSHOT_TYPE, id, account: ctx.account, region, origin: 'live', properties }
  })
}

/** A role or user whose service last accessed data is read. */
interface Principal {
  arn: string
  type: 'Role' | 'User'
  path: string
  createDate?: string
}

/** Service-linked roles: AWS creates and scopes them, and the unused-permissions rule does not judge them. */
const SERVICE_LINKED_PATH = '/aws-service-role/'

/** The account's roles (service-linked ones left out) and users, every page of ListRoles and ListUsers. */
async function listPrincipals(ctx: FactContext, iam: IAMClient): Promise<Principal[]> {
  const principals: Principal[] = []
  let marker: string | undefined
  do {
    const page = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new ListRolesCommand({ Marker: marker })))
    for (const r of page.Roles ?? []) {
      if (!r.Arn || (r.Path ?? '/').startsWith(SERVICE_LINKED_PATH)) continue
      principals.push({ arn: r.Arn, type: 'Role', path: r.Path ?? '/', createDate: r.CreateDate?.toISOString() })
    }
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)
  do {
    const page = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new ListUsersCommand({ Marker: marker })))
    for (const u of page.Users ?? []) {
      if (u.Arn) principals.push({ arn: u.Arn, type: 'User', path: u.Path ?? '/', createDate: u.CreateDate?.toISOString() })
    }
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)
  return principals
}

/** Access advisor jobs in flight at once per account: IAM runs them asynchronously, and a large account has thousands of principals. */
export const ACCESS_JOBS_IN_FLIGHT = 4
/** The waits between polls of a job still IN_PROGRESS: doubling from the first, capped, for at most this many polls. */
export const ACCESS_JOB_FIRST_WAIT_MS = 500
export const ACCESS_JOB_MAX_WAIT_MS = 8000
export const ACCESS_JOB_MAX_POLLS = 20

/**
 * IAM's service last accessed data (access advisor) of every role and user: one job per principal
 * (GenerateServiceLastAccessedDetails, SERVICE_LEVEL: the rule judges services, and ACTION_LEVEL tracks actions of a
 * few services only), polled with a bounded backoff until it is no longer IN_PROGRESS, every page read. A principal
 * whose job is denied, fails or never completes loses only its own fact: PartialFactError carries the others, and a
 * scan denied the calls for every principal has a `denied` ledger entry.
 */
async function serviceLastAccessed(ctx: FactContext): Promise<Resource[]> {
  const iam = ctx.caller.client('iam', ctx.account, ctx.homeRegion, ctx.credentials)
  const principals = await listPrincipals(ctx, iam)
  const results: Array<PromiseSettledResult<Resource | undefined>> = new Array(principals.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < principals.length) {
      const i = next++
      try {
        results[i] = { status: 'fulfilled', value: await accessDetailsOf(ctx, iam, principals[i]) }
      } catch (reason) {
        results[i] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(ACCESS_JOBS_IN_FLIGHT, principals.length) }, worker))
  const read = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []))
  const failed = principals.filter((_, i) => results[i].status === 'rejected').map((p) => p.arn)
  if (failed.length > 0) throw new PartialFactError(read, failed, results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason)
  return read
}

async function accessDetailsOf(ctx: FactContext, iam: IAMClient, principal: Principal): Promise<Resource | undefined> {
  let jobId: string | undefined
  try {
    const started = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: principal.arn, Granularity: 'SERVICE_LEVEL' })))
    jobId = started.JobId
  } catch (err) {
    // Deleted between ListRoles/ListUsers and now: gone, like a resource that vanishes between list and read.
    if ((err as Error).name === 'NoSuchEntityException' || (err as Error).name === 'NoSuchEntity') return undefined
    throw err
  }
  if (!jobId) throw new Error(`IAM started no access advisor job for ${principal.arn}`)
  const services: Array<Record<string, unknown>> = []
  let completedAt: string | undefined
  let marker: string | undefined
  let wait = ACCESS_JOB_FIRST_WAIT_MS
  for (let polls = 1; ; ) {
    const page = await ctx.caller.call(ctx.account, ctx.homeRegion, () => iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, Marker: marker })))
    if (page.JobStatus === 'IN_PROGRESS') {
      if (marker !== undefined) throw new Error(`the access advisor job for ${principal.arn} went back to IN_PROGRESS while its pages were read`)
      if (polls >= ACCESS_JOB_MAX_POLLS) throw new Error(`the access advisor job for ${principal.arn} was still IN_PROGRESS after ${polls} polls`)
      await ctx.sleep(wait)
      wait = Math.min(wait * 2, ACCESS_JOB_MAX_WAIT_MS)
      polls++
      continue
    }
    if (page.JobStatus === 'FAILED') {
      const why = page.Error ? `${page.Error.Code ?? 'error'}: ${page.Error.Message ?? ''}`.trim() : 'no reason given'
      // That principal's fact is missing; the ledger entry counts it.
      throw new Error(`the access advisor job for ${principal.arn} failed (${why})`)
    }
    if (page.JobStatus !== 'COMPLETED') throw new Error(`the access advisor job for ${principal.arn} has status ${String(page.JobStatus)}`)
    completedAt ??= page.JobCompletionDate?.toISOString()
    for (const s of page.ServicesLastAccessed ?? []) {
      const service: Record<string, unknown> = { ServiceNamespace: s.ServiceNamespace, ServiceName: s.ServiceName, TotalAuthenticatedEntities: s.TotalAuthenticatedEntities ?? 0 }
      if (s.LastAuthenticated !== undefined) service.LastAuthenticated = s.LastAuthenticated.toISOString()
      if (s.LastAuthenticatedEntity !== undefined) service.LastAuthenticatedEntity = s.LastAuthenticatedEntity
      if (s.LastAuthenticatedRegion !== undefined) service.LastAuthenticatedRegion = s.LastAuthenticatedRegion
      services.push(service)
    }
    marker = page.IsTruncated ? page.Marker : undefined
    if (!marker) break
  }
  const properties: Record<string, unknown> = { PrincipalArn: principal.arn, PrincipalType: principal.type, Path: principal.path, JobCompletionDate: completedAt, Services: services }
  if (principal.createDate !== undefined) properties.CreateDate = principal.createDate
  return { type: SERVICE_LAST_ACCESSED_TYPE, id: principal.arn, account: ctx.account, region: GLOBAL_REGION, origin: 'live', properties }
}
