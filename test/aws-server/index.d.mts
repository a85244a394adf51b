// Types of the local AWS server (index.mjs) for the TypeScript tests.

export type ServiceName = 'cloudcontrol' | 'config' | 'sts' | 'iam' | 'ec2' | 's3' | 's3control' | 'lambda' | 'rds' | 'organizations' | 'cloudtrail' | 'oidc'

export function startAwsServer(options?: {
  /** Added to every call, before it is answered. */
  latencyMs?: number
  /** Cloud Control ListResources page size (default 50). */
  pageSize?: number
  /**
   * CloudTrail LookupEvents allowed per second, per account and Region (default 2, as AWS documents); beyond it
   * ThrottlingException. A sliding one-second window; throttled calls do not use the budget. null: no limit.
   */
  lookupEventsPerSecond?: number | null
}): Promise<AwsServer>

/** CloudTrail's documented LookupEvents rate: 2 per second, per account, per Region. */
export const LOOKUP_EVENTS_PER_SECOND: number

/**
 * Records a CloudTrail record in the event history (LookupEvents) of `account` and `region`; either may be left out,
 * then it is the record's recipientAccountId / awsRegion (when both are given they must agree). The record needs
 * eventID, eventName, eventSource and eventTime (ISO-8601). `store` is AwsServer.trail.
 */
export function recordTrailEvent(store: TrailStore, seed: TrailEventSeed): void

/**
 * A CloudTrail record of a management API call in the shape CloudTrail documents (eventVersion 1.11, userIdentity
 * with sessionContext for assumed roles, eventType AwsApiCall, managementEvent true, eventCategory Management).
 */
export function trailRecord(fields: TrailRecordFields): CloudTrailRecord

/**
 * Access advisor usage (iam.mjs): merges into an account seed's facts, and returns them, what `principalArn` last used
 * per service namespace; `createDate` is what ListRoles/ListUsers report, `fails` makes its jobs end FAILED.
 */
export function seedServiceUsage(
  facts: NonNullable<AccountSeed['facts']>,
  principalArn: string,
  usage?: Record<string, { lastAuthenticated: string; region?: string; entity?: string }>,
  options?: { createDate?: string; fails?: boolean }
): NonNullable<AccountSeed['facts']>

export interface AwsServer {
  /** http://localhost:PORT (S3 Control's <account>.localhost needs resolve-localhost.mjs). */
  readonly url: string
  /** AWS_ENDPOINT_URL_CLOUDCONTROL, _CONFIG_SERVICE, _STS, _IAM, _EC2, _S3, _S3_CONTROL, _LAMBDA, _RDS, _ORGANIZATIONS, _CLOUDTRAIL, ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN. */
  env(): Record<string, string>
  /** CloudTrail's event history: what LookupEvents answers from, per account and Region. */
  readonly trail: TrailStore
  /** recordTrailEvent(server.trail, seed). */
  recordTrailEvent(seed: TrailEventSeed): void
  /** LookupEvents per second, per account and Region, from now on (null: no limit); resets the counts. */
  setLookupEventsRate(perSecond: number | null): void
  /** Seeds an account (replacing one with the same id). */
  addAccount(seed: AccountSeed): void
  /** An AWS Organization: its members answer Organizations' list calls when they are its management account or a delegated administrator. */
  addOrganization(seed: OrganizationSeed): void
  /** A change made outside the scan: the resource's model replaced (or added). */
  putResource(account: string, seed: ResourceSeed): void
  /** A resource deleted outside the scan; false when there was none. */
  removeResource(account: string, type: string, identifier: string): boolean
  addRole(role: RoleSeed): void
  /** Static keys of an IAM user in `account` (for the SDK's default credential chain: AWS_ACCESS_KEY_ID/...). */
  createUserKeys(account: string, userName?: string): { accessKeyId: string; secretAccessKey: string }
  addFault(fault: Fault): void
  clearFaults(): void
  /** Every request received, in order (also the failed ones: a throttled LookupEvents has errorCode 'ThrottlingException'). */
  readonly calls: ReceivedCall[]
  /** OIDC: the claims the next tokens carry (merged over GitHub-like defaults); tokenFor issues one directly. */
  setTokenClaims(claims: Record<string, unknown>): void
  tokenFor(audience: string, claims?: Record<string, unknown>): string
  /** Sessions issued by STS report this Expiration (default: DurationSeconds); the server rejects expired ones. */
  setSessionLifetimeSeconds(seconds: number | undefined): void
  close(): Promise<void>
}

export interface AccountSeed {
  /** 12 digits */
  id: string
  /** DescribeRegions (default us-east-1, us-west-2, eu-west-1); Cloud Control and EC2 reject other regions' calls. */
  enabledRegions?: string[]
  resources?: ResourceSeed[]
  facts?: {
    /** GetAccountSummary SummaryMap (merged over counts of the seeded IAM resources). */
    accountSummary?: Record<string, number>
    /** null or absent: NoSuchEntity (no policy). */
    passwordPolicy?: Record<string, unknown> | null
    /** CSV rows by column name (the server writes the CSV; missing columns are N/A). Default: the root row. */
    credentialReport?: Array<Record<string, string>>
    /** ListServerCertificates: each certificate's name and Expiration (ISO-8601); the rest is derived. */
    /** ListVirtualMFADevices (assigned): each device's serial and its user's ARN (`arn:aws:iam::<account>:root` for the root user). */
    virtualMfaDevices?: Array<{ SerialNumber: string; UserArn?: string }>
    serverCertificates?: Array<{ ServerCertificateName: string; Expiration: string; Path?: string; Arn?: string; ServerCertificateId?: string; UploadDate?: string }>
    /** Per region (default false). */
    ebsEncryptionByDefault?: Record<string, boolean>
    /**
     * Per region: the account's EBS snapshots (DescribeSnapshots). Public: every account may restore it; SharedWith:
     * the accounts it is shared with (RestorableBy).
     */
    ebsSnapshots?: Record<string, Array<{ SnapshotId: string; VolumeId?: string; VolumeSize?: number; Encrypted?: boolean; KmsKeyId?: string; State?: string; StartTime?: string; Description?: string; Public?: boolean; SharedWith?: string[] }>>
    /** Per region: the account's manual RDS DB snapshots (DescribeDBSnapshots); Public and SharedWith make its `restore` attribute. */
    dbSnapshots?: Record<string, Array<{ DBSnapshotIdentifier: string; DBInstanceIdentifier?: string; Engine?: string; Encrypted?: boolean; KmsKeyId?: string; Status?: string; Public?: boolean; SharedWith?: string[] }>>
    /** Per region: the account's manual DB cluster snapshots (Aurora, DocumentDB, Neptune: DescribeDBClusterSnapshots). */
    dbClusterSnapshots?: Record<string, Array<{ DBClusterSnapshotIdentifier: string; DBClusterIdentifier?: string; Engine?: string; StorageEncrypted?: boolean; KmsKeyId?: string; Status?: string; Public?: boolean; SharedWith?: string[] }>>
    /** Per region: the account's AMIs (DescribeImages); Public is the response's isPublic. */
    images?: Record<string, Array<{ ImageId: string; Name?: string; State?: string; Public?: boolean; BlockDeviceMappings?: Array<{ DeviceName: string; Ebs?: { SnapshotId?: string; Encrypted?: boolean; KmsKeyId?: string; VolumeSize?: number; VolumeType?: string } }> }>>
    /** null or absent: NoSuchPublicAccessBlockConfiguration. */
    publicAccessBlock?: Record<string, boolean> | null
    /** GetBucketVersioning's MfaDelete per bucket name (absent: never configured, S3 omits it); Status is the bucket's VersioningConfiguration.Status. */
    bucketMfaDelete?: Record<string, 'Enabled' | 'Disabled'>
    /** Access advisor (seedServiceUsage of iam.mjs writes these): per principal ARN, per service namespace, its last use. */
    serviceUsage?: Record<string, Record<string, { lastAuthenticated: string; region?: string; entity?: string }>>
    /** ListRoles/ListUsers CreateDate per principal ARN (default 2020-01-01T00:00:00Z). */
    principalCreateDates?: Record<string, string>
    /** Principals whose GetServiceLastAccessedDetails jobs end FAILED. */
    accessAdvisorFailures?: string[]
    /** How many polls of a job answer IN_PROGRESS before it completes (default 1). */
    accessAdvisorPolls?: number
    /** AWS Config's recorders per region, as DescribeConfigurationRecorders(Status) put them on the wire (none by default). */
    configRecorders?: Record<string, ConfigRecorderSeed[]>
  }
}

export interface ResourceSeed {
  /** CloudFormation type (must be one of src/model/schema-data.ts). */
  type: string
  /** Home region; 'global' for IAM types (served in every region). */
  region: string
  /**
   * The full model; GetResource strips schema writeOnly properties; ListResources returns only the
   * primary-identifier properties. AWS::EC2::VPC may carry IsDefault: true (DescribeVpcs; never returned by
   * Cloud Control).
   */
  properties: Record<string, unknown>
  /** Default: primaryIdentifier property values joined with '|'. */
  identifier?: string
  /** AWS::EC2::Instance only: what ec2:DescribeInstances reports (GetResource omits it). */
  metadataOptions?: Record<string, unknown>
}

export interface RoleSeed {
  /** arn:aws:iam::ACCOUNT:role/NAME */
  arn: string
  /** Seconds, default 3600; DurationSeconds above it → ValidationError. */
  maxSessionDuration?: number
  /** Trust for AssumeRoleWithWebIdentity; sub may use * and ? globs (StringLike). */
  oidc?: { aud: string; sub: string }
  /** For AssumeRole: role ARNs, user ARNs or account ids whose principals may assume it. */
  trustedPrincipals?: string[]
  /** sts:ExternalId condition. */
  externalId?: string
}

export interface Fault {
  kind: 'deny' | 'throttle' | 'server-error' | 'drop' | 'latency' | 'idp-unreachable' | 'verification-key'
  service?: ServiceName
  /** e.g. 'ListResources', 'AssumeRoleWithWebIdentity', 'GetCredentialReport' */
  operation?: string
  account?: string
  region?: string
  typeName?: string
  /** The resource the call names: a Cloud Control identifier, an S3 bucket (GetBucketVersioning), or a principal ARN (GenerateServiceLastAccessedDetails). */
  identifier?: string
  /** How many matching calls it affects (default: all). */
  times?: number
  /** Throttle only: throttle calls beyond this rate per (account, region) instead of all (token bucket, burst = one second). */
  ratePerSecond?: number
  /** Latency only. */
  latencyMs?: number
  /** Deny only: as a service control policy denies (before any handler, "with an explicit deny in a service control policy"). */
  scp?: boolean
}

export interface ReceivedCall {
  service: ServiceName
  /** 'ListResources', 'GetResource', 'AssumeRoleWithWebIdentity', 'GetPublicAccessBlock', 'GetBucketVersioning', ... */
  operation: string
  /** The IAM action it needs: 'cloudformation:ListResources', 'sts:AssumeRole', 'iam:GetAccountSummary', ...; '' for the OIDC endpoint. */
  action: string
  /** From the signing access key; for AssumeRoleWithWebIdentity, the role's account. */
  account?: string
  /** From the SigV4 credential scope. */
  region?: string
  typeName?: string
  identifier?: string
  /** HTTP status sent; 0 when the connection was dropped. */
  status: number
  /** The error code sent (namespace prefix removed), or 'ConnectionDropped'. */
  errorCode?: string
}

export interface ConfigRecorderSeed {
  name: string
  roleARN?: string
  recordingGroup?: { allSupported?: boolean; includeGlobalResourceTypes?: boolean; resourceTypes?: string[]; recordingStrategy?: { useOnly: string } }
  recordingMode?: { recordingFrequency: string }
  /** DescribeConfigurationRecorderStatus: recording (default false) and lastStatus ('Pending', 'Success', 'Failure'). */
  recording?: boolean
  lastStatus?: string
}

export interface OrganizationSeed {
  /** o-... (default o-exampleorgid) */
  id?: string
  /** Listed as a member too (added when `accounts` leaves it out). */
  managementAccount: string
  delegatedAdministrators?: string[]
  /** r-... (default r-examplerootid111) */
  rootId?: string
  /** ou-xxxx-xxxxxxxx ids, each under `parent` (default the root). */
  organizationalUnits?: Array<{ id: string; name?: string; parent?: string }>
  /** State: ACTIVE (default), SUSPENDED, PENDING_CLOSURE or CLOSED; parent: the root (default) or an OU id. */
  accounts: Array<{ id: string; name?: string; email?: string; state?: string; parent?: string }>
}

/** The recorded CloudTrail events, per account and Region, newest first. */
export interface TrailStore {
  /** Forgets every recorded event. */
  clear(): void
}

export interface TrailEventSeed {
  /** Default: record.recipientAccountId. */
  account?: string
  /** Default: record.awsRegion. */
  region?: string
  record: CloudTrailRecord
}

/** A CloudTrail record (CloudTrail record contents). LookupEvents derives its Event from it. */
export interface CloudTrailRecord {
  eventVersion?: string
  userIdentity?: {
    type: 'Root' | 'IAMUser' | 'AssumedRole' | 'FederatedUser' | 'AWSService' | 'AWSAccount' | 'WebIdentityUser' | 'SAMLUser' | string
    principalId?: string
    arn?: string
    accountId?: string
    accessKeyId?: string
    userName?: string
    invokedBy?: string
    sessionContext?: {
      sessionIssuer?: { type: string; principalId: string; arn: string; accountId: string; userName: string }
      attributes?: { creationDate?: string; mfaAuthenticated?: string }
      [key: string]: unknown
    }
    [key: string]: unknown
  }
  /** ISO-8601, e.g. 2026-12-04T10:00:00Z */
  eventTime: string
  eventSource: string
  eventName: string
  awsRegion?: string
  sourceIPAddress?: string
  userAgent?: string
  errorCode?: string
  errorMessage?: string
  requestParameters?: Record<string, unknown> | null
  responseElements?: Record<string, unknown> | null
  requestID?: string
  eventID: string
  readOnly?: boolean
  resources?: Array<{ ARN?: string; accountId?: string; type?: string }>
  eventType?: string
  managementEvent?: boolean
  recipientAccountId?: string
  eventCategory?: string
  [key: string]: unknown
}

/**
 * What trailRecord needs. LookupEvents then shows: Username = the session name (AssumedRole), the user name (IAMUser)
 * or "root"; Resources = `resources` plus, from the parameters, EC2 security group ids (requestParameters.groupId,
 * responseElements.groupId), S3 bucket names (requestParameters.bucketName) and IAM role and user names
 * (requestParameters.roleName, .userName).
 */
export interface TrailRecordFields {
  account: string
  region: string
  eventName: string
  /** 'ec2' or 'ec2.amazonaws.com' */
  eventSource: string
  /** Date, epoch milliseconds or ISO-8601 (default now); written with second precision, as CloudTrail does. */
  time?: Date | number | string
  /** Who called: an assumed role's session, an IAM user (default: IAM user test-user), or the root user. */
  identity?: { role: string; session?: string; roleId?: string; accessKeyId?: string } | { user: string; principalId?: string; accessKeyId?: string } | { root: true; accessKeyId?: string }
  requestParameters?: Record<string, unknown> | null
  responseElements?: Record<string, unknown> | null
  /** Default: true for Describe*, Get*, List*, Head*, Lookup*. */
  readOnly?: boolean
  resources?: Array<{ ARN?: string; accountId?: string; type?: string }>
  eventID?: string
  requestID?: string
  sourceIPAddress?: string
  userAgent?: string
  errorCode?: string
  errorMessage?: string
}
