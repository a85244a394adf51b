// Provider defaults: what AWS sets when a request leaves a property out, so that a side which does not carry
// the property (Cloud Control omits some defaults; a state or plan written by another provider version omits
// others) compares equal to a side that spells the default out. Only one side may be absent: two different
// explicit values are always drift.
//
// Sources are paraphrased from the AWS API references. Where the plan side's table of AWS defaults
// (src/mapping/unset-computed.ts) already states a concrete value, the entry takes it from there
// (unsetComputedValue), so the two tables cannot disagree.
import { UNSET_COMPUTED_DEFAULTS } from '../../mapping/index.js'

export interface ProviderDefault {
  /** CloudFormation type. */
  type: string
  /** Property path, `[*]` for any list item: 'BucketEncryption.ServerSideEncryptionConfiguration[*].BucketKeyEnabled'. */
  path: string
  value: unknown
  /** Where AWS documents the default. */
  source: string
}

/** The value of a concrete (not "absent") entry of the plan side's table; fails at load if it is gone. */
function unsetComputedValue(tfType: string, attribute: string): unknown {
  const entry = UNSET_COMPUTED_DEFAULTS.find((d) => d.tfType === tfType && d.attribute === attribute)
  if (!entry || typeof entry.value === 'symbol') throw new Error(`no concrete unset-computed default for ${tfType}.${attribute}`)
  return entry.value
}

export const PROVIDER_DEFAULTS: readonly ProviderDefault[] = [
  { type: 'AWS::KMS::Key', path: 'Enabled', value: true, source: 'KMS API Reference, CreateKey (a new key is enabled)' },
  { type: 'AWS::KMS::Key', path: 'KeySpec', value: 'SYMMETRIC_DEFAULT', source: 'KMS API Reference, CreateKey KeySpec (Default: SYMMETRIC_DEFAULT)' },
  { type: 'AWS::KMS::Key', path: 'KeyUsage', value: 'ENCRYPT_DECRYPT', source: 'KMS API Reference, CreateKey KeyUsage (Default: ENCRYPT_DECRYPT)' },
  { type: 'AWS::KMS::Key', path: 'MultiRegion', value: false, source: 'KMS API Reference, CreateKey MultiRegion (Default: False)' },
  { type: 'AWS::KMS::Key', path: 'Origin', value: 'AWS_KMS', source: 'KMS API Reference, CreateKey Origin (Default: AWS_KMS)' },
  { type: 'AWS::KMS::Key', path: 'EnableKeyRotation', value: false, source: 'KMS Developer Guide, "Rotate AWS KMS keys" (automatic rotation is off for new customer managed keys)' },
  { type: 'AWS::EC2::VPC', path: 'EnableDnsSupport', value: true, source: 'VPC User Guide, "DNS attributes for your VPC" (enableDnsSupport defaults to true)' },
  { type: 'AWS::EC2::VPC', path: 'EnableDnsHostnames', value: false, source: 'VPC User Guide, "DNS attributes for your VPC" (false for VPCs not created as default)' },
  { type: 'AWS::EC2::VPC', path: 'InstanceTenancy', value: 'default', source: 'EC2 API Reference, CreateVpc InstanceTenancy (Default: default)' },
  { type: 'AWS::EC2::Volume', path: 'Encrypted', value: false, source: 'EC2 API Reference, CreateVolume Encrypted (unencrypted unless asked or the account encrypts by default)' },
  { type: 'AWS::EC2::Volume', path: 'MultiAttachEnabled', value: false, source: 'EC2 API Reference, CreateVolume MultiAttachEnabled' },
  { type: 'AWS::EC2::Volume', path: 'AutoEnableIO', value: false, source: 'EC2 API Reference, ModifyVolumeAttribute AutoEnableIO (off by default)' },
  { type: 'AWS::EC2::Instance', path: 'SourceDestCheck', value: true, source: 'EC2 API Reference, ModifyInstanceAttribute SourceDestCheck (The default value is true)' },
  { type: 'AWS::EC2::Instance', path: 'Monitoring', value: false, source: 'EC2 API Reference, RunInstances Monitoring (basic monitoring)' },
  { type: 'AWS::EC2::Instance', path: 'DisableApiTermination', value: false, source: 'EC2 API Reference, RunInstances DisableApiTermination (Default: false)' },
  { type: 'AWS::EC2::Instance', path: 'Tenancy', value: 'default', source: 'EC2 API Reference, Placement Tenancy (default: shared hardware)' },
  {
    type: 'AWS::S3::Bucket',
    path: 'BucketEncryption.ServerSideEncryptionConfiguration[*].BucketKeyEnabled',
    value: false,
    source: 'S3 API Reference, ServerSideEncryptionRule BucketKeyEnabled (off unless set)'
  },
  { type: 'AWS::S3::Bucket', path: 'ObjectLockEnabled', value: unsetComputedValue('aws_s3_bucket', 'object_lock_enabled'), source: 'unset-computed s3-bucket-object-lock-off-when-new' },
  { type: 'AWS::IAM::Role', path: 'Path', value: '/', source: 'IAM API Reference, CreateRole Path (defaults to a slash (/))' },
  { type: 'AWS::IAM::Role', path: 'MaxSessionDuration', value: 3600, source: 'IAM API Reference, CreateRole MaxSessionDuration (the default value of one hour)' },
  { type: 'AWS::IAM::User', path: 'Path', value: '/', source: 'IAM API Reference, CreateUser Path (defaults to a slash (/))' },
  { type: 'AWS::IAM::Group', path: 'Path', value: '/', source: 'IAM API Reference, CreateGroup Path (defaults to a slash (/))' },
  { type: 'AWS::IAM::ManagedPolicy', path: 'Path', value: '/', source: 'IAM API Reference, CreatePolicy Path (defaults to a slash (/))' },
  { type: 'AWS::RDS::DBInstance', path: 'MultiAZ', value: unsetComputedValue('aws_db_instance', 'multi_az'), source: 'unset-computed db-instance-api-defaults' },
  { type: 'AWS::RDS::DBInstance', path: 'BackupRetentionPeriod', value: 1, source: 'RDS API Reference, CreateDBInstance BackupRetentionPeriod (Default: 1); as unset-computed db-instance-api-defaults' },
  { type: 'AWS::RDS::DBInstance', path: 'StorageEncrypted', value: false, source: 'RDS API Reference, CreateDBInstance StorageEncrypted (Default: false)' },
  { type: 'AWS::RDS::DBInstance', path: 'DeletionProtection', value: false, source: 'RDS API Reference, CreateDBInstance DeletionProtection (disabled by default)' },
  { type: 'AWS::RDS::DBInstance', path: 'AutoMinorVersionUpgrade', value: true, source: 'RDS API Reference, CreateDBInstance AutoMinorVersionUpgrade (Default: true)' },
  { type: 'AWS::RDS::DBInstance', path: 'CopyTagsToSnapshot', value: false, source: 'RDS API Reference, CreateDBInstance CopyTagsToSnapshot (Default: false)' },
  { type: 'AWS::RDS::DBInstance', path: 'EnableIAMDatabaseAuthentication', value: false, source: 'RDS API Reference, CreateDBInstance EnableIAMDatabaseAuthentication (Default: false)' },
  { type: 'AWS::RDS::DBInstance', path: 'MonitoringInterval', value: 0, source: 'RDS API Reference, CreateDBInstance MonitoringInterval (Default: 0)' },
  { type: 'AWS::EFS::FileSystem', path: 'Encrypted', value: unsetComputedValue('aws_efs_file_system', 'encrypted'), source: 'unset-computed efs-file-system-unencrypted-by-default' },
  { type: 'AWS::EFS::FileSystem', path: 'PerformanceMode', value: 'generalPurpose', source: 'EFS API Reference, CreateFileSystem PerformanceMode (Default is generalPurpose)' },
  { type: 'AWS::EFS::FileSystem', path: 'ThroughputMode', value: 'bursting', source: 'EFS API Reference, CreateFileSystem ThroughputMode (Default is bursting)' },
  { type: 'AWS::Lambda::Function', path: 'MemorySize', value: 128, source: 'Lambda API Reference, CreateFunction MemorySize (The default value is 128 MB)' },
  { type: 'AWS::Lambda::Function', path: 'Timeout', value: 3, source: 'Lambda API Reference, CreateFunction Timeout (The default is 3 seconds)' },
  { type: 'AWS::Lambda::Function', path: 'PackageType', value: 'Zip', source: 'Lambda API Reference, CreateFunction PackageType (Zip unless Image)' },
  { type: 'AWS::Lambda::Function', path: 'Architectures', value: ['x86_64'], source: 'Lambda API Reference, CreateFunction Architectures (The default value is x86_64)' },
  { type: 'AWS::Lambda::Function', path: 'EphemeralStorage.Size', value: 512, source: 'Lambda API Reference, EphemeralStorage Size (512 MB by default)' },
  { type: 'AWS::Lambda::Function', path: 'TracingConfig.Mode', value: 'PassThrough', source: 'Lambda API Reference, TracingConfig Mode (PassThrough by default)' },
  { type: 'AWS::CloudTrail::Trail', path: 'IncludeGlobalServiceEvents', value: true, source: 'CloudTrail API Reference, CreateTrail IncludeGlobalServiceEvents (true by default)' },
  { type: 'AWS::CloudTrail::Trail', path: 'IsMultiRegionTrail', value: false, source: 'CloudTrail API Reference, CreateTrail IsMultiRegionTrail (false by default)' },
  { type: 'AWS::CloudTrail::Trail', path: 'EnableLogFileValidation', value: false, source: 'CloudTrail API Reference, CreateTrail EnableLogFileValidation (false by default)' },
  { type: 'AWS::CloudTrail::Trail', path: 'IsOrganizationTrail', value: false, source: 'CloudTrail API Reference, CreateTrail IsOrganizationTrail (false by default)' },
  { type: 'AWS::EC2::FlowLog', path: 'MaxAggregationInterval', value: 600, source: 'EC2 API Reference, CreateFlowLogs MaxAggregationInterval (Default: 600)' },
  { type: 'AWS::EC2::FlowLog', path: 'LogDestinationType', value: 'cloud-watch-logs', source: 'EC2 API Reference, CreateFlowLogs LogDestinationType (Default: cloud-watch-logs)' },
  // S3 omits MfaDelete for a bucket never configured with it, while Terraform's state says Disabled (mfa_delete = false).
  { type: 'Plumbline::S3::BucketVersioning', path: 'MFADelete', value: 'Disabled', source: 'S3 API Reference, GetBucketVersioning MFADelete (only returned if the bucket has been configured with MFA delete)' }
]
