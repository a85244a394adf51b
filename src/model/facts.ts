// Account-level facts have no CloudFormation type: they are resources of our own `Plumbline::` types, fed by
// Terraform (src/mapping/account-facts.ts) and by the live account-fact calls (src/sources/live/account-facts.ts)
// in the same shapes (design.md "Canonical form"):
//
//   Plumbline::IAM::PasswordPolicy           region 'global'; properties named as IAM GetAccountPasswordPolicy
//     returns them: { MinimumPasswordLength: number, RequireSymbols: boolean, RequireNumbers: boolean,
//     RequireUppercaseCharacters: boolean, RequireLowercaseCharacters: boolean, AllowUsersToChangePassword:
//     boolean, ExpirePasswords: boolean, MaxPasswordAge?: number, PasswordReusePrevention?: number,
//     HardExpiry?: boolean }. MaxPasswordAge and PasswordReusePrevention are absent when not set (IAM omits
//     them; Terraform's 0 means the same).
//   Plumbline::EC2::EbsEncryptionByDefault   per region (the provider's): { EbsEncryptionByDefault: boolean }
//     as EC2 GetEbsEncryptionByDefault returns it.
//   Plumbline::S3::AccountPublicAccessBlock  region 'global': { BlockPublicAcls, IgnorePublicAcls,
//     BlockPublicPolicy, RestrictPublicBuckets } (booleans) as S3 Control GetPublicAccessBlock returns them.
//   Plumbline::IAM::AccountSummary           live only; region 'global'; the SummaryMap of IAM GetAccountSummary
//     as IAM returns it (numbers): { AccountMFAEnabled: 0|1, AccountAccessKeysPresent: 0|1,
//     AccountPasswordPresent: 0|1, AccountSigningCertificatesPresent: 0|1, Users: n, Roles: n, ... }.
//   Plumbline::IAM::CredentialReport         live only; region 'global'; IAM GetCredentialReport parsed:
//     { GeneratedTime: ISO-8601 string, Users: [ { user, arn, user_creation_time, password_enabled,
//     password_last_used, password_last_changed, password_next_rotation, mfa_active, access_key_1_active,
//     access_key_1_last_rotated, access_key_1_last_used_date, access_key_1_last_used_region,
//     access_key_1_last_used_service, access_key_2_... , cert_1_active, cert_1_last_rotated, cert_2_... } ] }:
//     one object per CSV row, keyed by the CSV's own column names, values the CSV's strings unchanged ('true',
//     'false', 'N/A', 'no_information', 'not_supported', ISO dates). The root user is the row '<root_account>'.
//
//   Plumbline::Config::RecorderStatus       per region, one per configuration recorder; properties named as
//     Config DescribeConfigurationRecorderStatus returns them: { Name: string, Recording: boolean,
//     LastStatus?: 'Pending' | 'Success' | 'Failure' }. Its id is the recorder's Name (a region may hold more than
//     one recorder: a customer-managed one and service-linked ones). Terraform: aws_config_configuration_recorder_status
//     (name, is_enabled → Recording; no LastStatus: only AWS knows it).
//   Plumbline::Account::Region                the region pseudo-resource: one per (account, region) a run looked at,
//     so that a rule can say "this must exist and be on in every region" (guardduty-enabled). Its id is
//     `<account>/<region>`, or the region alone when the account is not known (Terraform rarely says). Properties:
//     { AccountId?: string, Region: string, ScannedTypes?: string[], UnreadTypes?: string[], DeletedTypes?: string[] }. The live side makes one for every
//     (account, region) it scanned, never 'global' (src/sources/live/region-resources.ts), with ScannedTypes (the
//     types whose listing there succeeded) and UnreadTypes (meant to be read, denied or failed), so a region
//     control answers unknown, not fail, about a type it could not read, and nothing about one not scanned. The Terraform side (src/mapping/region-resources.ts) makes one per (account, region) its
//     resources fall in, without ScannedTypes but with DeletedTypes (plan only: the types of the resources the plan
//     deletes there); region controls judge it only where the Terraform manages (or deletes) a resource of the
//     kind they look for (rules/predicates/region-has.ts).
//
// (Plumbline::IAM::ServiceLastAccessed, per principal, is documented at its constant below.)
//
// Their id is the account id when known (provider configuration, or the resource's own account_id), else null
// (the two above excepted).
import type { Resource } from '../types.js'
import type { PropertyTree } from './schemas.js'

export const PASSWORD_POLICY_TYPE = 'Plumbline::IAM::PasswordPolicy'
export const EBS_ENCRYPTION_BY_DEFAULT_TYPE = 'Plumbline::EC2::EbsEncryptionByDefault'
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = 'Plumbline::S3::AccountPublicAccessBlock'
export const ACCOUNT_SUMMARY_TYPE = 'Plumbline::IAM::AccountSummary'
export const CREDENTIAL_REPORT_TYPE = 'Plumbline::IAM::CredentialReport'
export const CONFIG_RECORDER_STATUS_TYPE = 'Plumbline::Config::RecorderStatus'
/**
 * Live only; region 'global': the account's IAM server certificates as IAM ListServerCertificates returns them (the
 * certificate body is write-only in CloudFormation, so Cloud Control does not give their expiry): { ListedAt: ISO-8601
 * string (when the list was read), Certificates: [ { ServerCertificateName, ServerCertificateId, Arn, Path,
 * UploadDate, Expiration } ] } with ISO-8601 dates.
 */
export const SERVER_CERTIFICATES_TYPE = 'Plumbline::IAM::ServerCertificates'
/**
 * Live only; region 'global': the account's virtual MFA devices assigned to a user, as IAM ListVirtualMFADevices
 * (AssignmentStatus Assigned) returns them: { Devices: [ { SerialNumber, UserArn } ] }. The root user's is the one
 * whose UserArn is `arn:aws:iam::<account>:root`: with MFA on and none of its own, the root user's MFA is hardware.
 */
export const VIRTUAL_MFA_DEVICES_TYPE = 'Plumbline::IAM::VirtualMfaDevices'
/**
 * Per bucket; id the bucket's name, region the bucket's: its versioning state as S3 GetBucketVersioning returns it
 * (Cloud Control's AWS::S3::Bucket, like its CloudFormation schema, has no MFA delete): { Bucket: string, Status?:
 * 'Enabled' | 'Suspended', MFADelete?: 'Enabled' | 'Disabled' }. S3 omits both for a bucket never versioned, and
 * MFADelete for one never configured with MFA delete. Terraform: aws_s3_bucket_versioning's versioning_configuration
 * { status, mfa_delete }, or the legacy inline `versioning { enabled, mfa_delete }` of aws_s3_bucket.
 */
export const BUCKET_VERSIONING_TYPE = 'Plumbline::S3::BucketVersioning'
/**
 * Per EBS snapshot the account owns; id the snapshot id, region the snapshot's: as EC2 DescribeSnapshots (OwnerIds
 * self) returns it (there is no CloudFormation snapshot type): { SnapshotId, VolumeId?, VolumeSize?, Encrypted:
 * boolean, KmsKeyId?, State?, Public: boolean }. Public is ours: whether every AWS account may create volumes from it
 * (a createVolumePermission for the group `all`), read as the snapshots DescribeSnapshots returns for OwnerIds self
 * with RestorableByUserIds all. Terraform: aws_ebs_snapshot, aws_ebs_snapshot_copy and aws_ebs_snapshot_import, which
 * cannot share a snapshot with everyone (aws_snapshot_create_volume_permission names one account): Public false.
 */
export const EBS_SNAPSHOT_TYPE = 'Plumbline::EC2::Snapshot'
/**
 * Per AMI the account owns; id the image id, region the image's: as EC2 DescribeImages (Owners self) returns it:
 * { ImageId, Name?, State?, Public: boolean (the response's IsPublic: launch permission for the group `all`),
 * BlockDeviceMappings?: [ { DeviceName, Ebs?: { SnapshotId?, Encrypted?, KmsKeyId?, VolumeSize?, VolumeType? } } ] }.
 * Terraform: aws_ami, aws_ami_copy, aws_ami_from_instance, made public by an aws_ami_launch_permission with group "all".
 */
export const AMI_TYPE = 'Plumbline::EC2::Image'
/**
 * Per manual RDS DB snapshot the account owns; id the snapshot identifier, region the snapshot's: as RDS
 * DescribeDBSnapshots (SnapshotType manual) returns it (there is no CloudFormation snapshot type): {
 * DBSnapshotIdentifier, DBInstanceIdentifier?, Engine?, Encrypted: boolean, KmsKeyId?, Status?, Public: boolean }.
 * Public is ours: the snapshot's `restore` attribute (DescribeDBSnapshotAttributes) lists `all`. Terraform:
 * aws_db_snapshot (shared_accounts containing "all") and aws_db_snapshot_copy (shared_accounts too).
 */
export const DB_SNAPSHOT_TYPE = 'Plumbline::RDS::DBSnapshot'
/**
 * Per manual DB cluster snapshot the account owns (Aurora, and DocumentDB and Neptune, which share RDS's API): as RDS
 * DescribeDBClusterSnapshots (SnapshotType manual) returns it: { DBClusterSnapshotIdentifier, DBClusterIdentifier?,
 * Engine?, StorageEncrypted: boolean, KmsKeyId?, Status?, Public: boolean }, Public from
 * DescribeDBClusterSnapshotAttributes' `restore` attribute. Terraform: aws_db_cluster_snapshot (shared_accounts),
 * aws_docdb_cluster_snapshot and aws_neptune_cluster_snapshot (which cannot be shared: Public false).
 */
export const DB_CLUSTER_SNAPSHOT_TYPE = 'Plumbline::RDS::DBClusterSnapshot'
/**
 * Live only; region 'global'; one per IAM role and user of the account, id the principal's ARN: IAM's service last
 * accessed data (access advisor) for it, from GenerateServiceLastAccessedDetails (Granularity SERVICE_LEVEL) and
 * GetServiceLastAccessedDetails, with the principal's Path and CreateDate from ListRoles / ListUsers (Cloud
 * Control's AWS::IAM::Role and ::User have no creation date): { PrincipalArn, PrincipalType: 'Role' | 'User', Path,
 * CreateDate?: ISO-8601 string, JobCompletionDate: ISO-8601 string, Services: [ { ServiceNamespace, ServiceName,
 * LastAuthenticated?: ISO-8601 string, LastAuthenticatedEntity?, LastAuthenticatedRegion?, TotalAuthenticatedEntities } ] }.
 * Services are the ones the principal's permissions policies (its own, and for a user its groups') grant, as IAM
 * lists them; LastAuthenticated is absent for a service never used within IAM's tracking period (400 days).
 */
export const SERVICE_LAST_ACCESSED_TYPE = 'Plumbline::IAM::ServiceLastAccessed'
/** Not a fact read from AWS: the pseudo-resource region controls judge (made by the sides, never scanned). */
export const REGION_TYPE = 'Plumbline::Account::Region'

/**
 * AWS Config's recorder is a CloudFormation type Cloud Control cannot read (its schema has no handlers): the scan
 * reads it, in its CloudFormation shape, with Config's own API like a fact.
 */
export const CONFIG_RECORDER_TYPE = 'AWS::Config::ConfigurationRecorder'

/**
 * The property trees of the fact types, in the shape of the CloudFormation schema facts (src/model/schemas.ts:
 * 0 a value, a mapping for an object, lists transparent), so rules on facts are checked like rules on AWS types.
 */
const REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  ...[1, 2].flatMap((n) => [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`,
    `access_key_${n}_last_used_region`,
    `access_key_${n}_last_used_service`,
    `cert_${n}_active`,
    `cert_${n}_last_rotated`
  ])
]
/** The SummaryMap keys of IAM GetAccountSummary. */
const SUMMARY_KEYS = [
  'AccessKeysPerUserQuota',
  'AccountAccessKeysPresent',
  'AccountMFAEnabled',
  'AccountPasswordPresent',
  'AccountSigningCertificatesPresent',
  'AttachedPoliciesPerGroupQuota',
  'AttachedPoliciesPerRoleQuota',
  'AttachedPoliciesPerUserQuota',
  'GlobalEndpointTokenVersion',
  'GroupPolicySizeQuota',
  'Groups',
  'GroupsPerUserQuota',
  'GroupsQuota',
  'InstanceProfiles',
  'InstanceProfilesQuota',
  'MFADevices',
  'MFADevicesInUse',
  'Policies',
  'PoliciesQuota',
  'PolicySizeQuota',
  'PolicyVersionsInUse',
  'PolicyVersionsInUseQuota',
  'Providers',
  'RolePolicySizeQuota',
  'Roles',
  'RolesQuota',
  'ServerCertificates',
  'ServerCertificatesQuota',
  'SigningCertificatesPerUserQuota',
  'UserPolicySizeQuota',
  'Users',
  'UsersQuota',
  'VersionsPerPolicyQuota'
]
const values = (names: readonly string[]): PropertyTree => Object.fromEntries(names.map((name) => [name, 0]))

export const FACT_PROPERTIES: Readonly<Record<string, PropertyTree>> = {
  [PASSWORD_POLICY_TYPE]: values([
    'MinimumPasswordLength',
    'RequireSymbols',
    'RequireNumbers',
    'RequireUppercaseCharacters',
    'RequireLowercaseCharacters',
    'AllowUsersToChangePassword',
    'ExpirePasswords',
    'MaxPasswordAge',
    'PasswordReusePrevention',
    'HardExpiry'
  ]),
  [EBS_ENCRYPTION_BY_DEFAULT_TYPE]: values(['EbsEncryptionByDefault']),
  [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE]: values(['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']),
  [ACCOUNT_SUMMARY_TYPE]: values(SUMMARY_KEYS),
  [CREDENTIAL_REPORT_TYPE]: { GeneratedTime: 0, Users: values(REPORT_COLUMNS) },
  [CONFIG_RECORDER_STATUS_TYPE]: values(['Name', 'Recording', 'LastStatus']),
  [VIRTUAL_MFA_DEVICES_TYPE]: { Devices: values(['SerialNumber', 'UserArn']) },
  [SERVER_CERTIFICATES_TYPE]: { ListedAt: 0, Certificates: values(['ServerCertificateName', 'ServerCertificateId', 'Arn', 'Path', 'UploadDate', 'Expiration']) },
  [BUCKET_VERSIONING_TYPE]: values(['Bucket', 'Status', 'MFADelete']),
  [EBS_SNAPSHOT_TYPE]: values(['SnapshotId', 'VolumeId', 'VolumeSize', 'Encrypted', 'KmsKeyId', 'State', 'Public']),
  [AMI_TYPE]: {
    ...values(['ImageId', 'Name', 'State', 'Public']),
    BlockDeviceMappings: { DeviceName: 0, Ebs: values(['SnapshotId', 'Encrypted', 'KmsKeyId', 'VolumeSize', 'VolumeType']) }
  },
  [DB_SNAPSHOT_TYPE]: values(['DBSnapshotIdentifier', 'DBInstanceIdentifier', 'Engine', 'Encrypted', 'KmsKeyId', 'Status', 'Public']),
  [DB_CLUSTER_SNAPSHOT_TYPE]: values(['DBClusterSnapshotIdentifier', 'DBClusterIdentifier', 'Engine', 'StorageEncrypted', 'KmsKeyId', 'Status', 'Public']),
  [SERVICE_LAST_ACCESSED_TYPE]: {
    ...values(['PrincipalArn', 'PrincipalType', 'Path', 'CreateDate', 'JobCompletionDate']),
    Services: values(['ServiceNamespace', 'ServiceName', 'LastAuthenticated', 'LastAuthenticatedEntity', 'LastAuthenticatedRegion', 'TotalAuthenticatedEntities'])
  },
  [REGION_TYPE]: values(['AccountId', 'Region', 'ScannedTypes', 'UnreadTypes', 'DeletedTypes'])
}

/** The account-level facts (Plumbline:: types), and the CloudFormation types Cloud Control cannot read, read with the services' own APIs. */
export const FACT_TYPES: readonly string[] = [
  ACCOUNT_SUMMARY_TYPE,
  PASSWORD_POLICY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE,
  CONFIG_RECORDER_STATUS_TYPE,
  CONFIG_RECORDER_TYPE,
  SERVER_CERTIFICATES_TYPE,
  VIRTUAL_MFA_DEVICES_TYPE,
  BUCKET_VERSIONING_TYPE,
  EBS_SNAPSHOT_TYPE,
  AMI_TYPE,
  DB_SNAPSHOT_TYPE,
  DB_CLUSTER_SNAPSHOT_TYPE,
  SERVICE_LAST_ACCESSED_TYPE
]

/** The region pseudo-resource of (account, region): id `<account>/<region>`, or the region when the account is unknown. */
export function regionResource(
  region: string,
  account: string | undefined,
  origin: Resource['origin'],
  scannedTypes?: readonly string[]
): Resource {
  const properties: Record<string, unknown> = { Region: region }
  if (account !== undefined) properties.AccountId = account
  if (scannedTypes !== undefined) properties.ScannedTypes = [...scannedTypes].sort()
  const resource: Resource = { type: REGION_TYPE, id: account === undefined ? region : `${account}/${region}`, region, origin, properties }
  if (account !== undefined) resource.account = account
  return resource
}
