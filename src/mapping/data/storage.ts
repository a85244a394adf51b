// Storage beyond the hand-written EFS file system, EBS volume and S3 bucket types (src/mapping/aws/): EFS access
// points, mount targets and the policies folded into their file system, the four FSx file systems (one
// CloudFormation type whose per-kind configuration the provider puts at the resource's top level) and ONTAP storage
// VMs, AWS Backup vaults, plans, selections, frameworks and report plans with what configures a vault, S3 access
// points, and Lake Formation's data lake settings.
import type { ResourceBuilder } from '../builder.js'
import { copyTags, parsePolicy, toBoolean, toNumber } from '../convert.js'
import type { CompanionSpec, MappingSpec } from '../derived.js'

/** CloudFormation tags that are a plain map: the provider's tags_all (with default tags) when known, else tags. */
function mapTags(out: string): (b: ResourceBuilder) => void {
  return (b) => {
    const all = b.tf.values.tags_all
    if (all && typeof all === 'object' && Object.keys(all).length > 0) b.copy(out, 'tags_all')
    else if (b.tf.unknown.includes('tags_all')) b.record(out, 'tags_all')
    else b.copy(out, 'tags', (v) => (v && typeof v === 'object' && Object.keys(v).length > 0 ? v : undefined))
  }
}

/** The provider states 0 days to cold storage for a lifecycle that moves nothing there: not set. */
function dropZeroColdStorage(plan: unknown): void {
  const rules = (plan as { BackupPlanRule?: unknown } | undefined)?.BackupPlanRule
  if (!Array.isArray(rules)) return
  const lifecycles: unknown[] = []
  for (const rule of rules as Array<Record<string, unknown>>) {
    lifecycles.push(rule.Lifecycle)
    if (Array.isArray(rule.CopyActions)) for (const copy of rule.CopyActions as Array<Record<string, unknown>>) lifecycles.push(copy.Lifecycle)
  }
  for (const lifecycle of lifecycles) {
    if (lifecycle && typeof lifecycle === 'object' && (lifecycle as Record<string, unknown>).MoveToColdStorageAfterDays === 0) delete (lifecycle as Record<string, unknown>).MoveToColdStorageAfterDays
  }
}

/** EFS replication: Terraform's destination blocks → CloudFormation's ReplicationConfiguration { Destinations }. */
function replicationDestinations(value: unknown): unknown {
  if (!Array.isArray(value) || value.length === 0) return undefined
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
  const Destinations = (value as Array<Record<string, unknown>>).map((d) => {
    const out: Record<string, string> = {}
    const entries: Array<[string, string | undefined]> = [
      ['Region', text(d.region)],
      ['FileSystemId', text(d.file_system_id)],
      ['AvailabilityZoneName', text(d.availability_zone_name)],
      ['KmsKeyId', text(d.kms_key_id)]
    ]
    for (const [key, v] of entries) if (v !== undefined) out[key] = v
    return out
  })
  return { Destinations }
}

const nonEmptyText = (v: unknown): unknown => (v === '' ? undefined : v)

/** A column wildcard: Terraform's wildcard switch with its excluded columns → CloudFormation's ColumnWildcard. */
function columnWildcard(value: unknown): unknown {
  if (!value || typeof value !== 'object') return undefined
  const { wildcard, excluded_column_names: excluded } = value as Record<string, unknown>
  if (wildcard !== true) return undefined
  return { ExcludedColumnNames: Array.isArray(excluded) ? excluded : [] }
}

/** Lake Formation principals: ARNs in Terraform, { DataLakePrincipalIdentifier } objects in CloudFormation. */
function principals(value: unknown): unknown {
  if (!Array.isArray(value) || value.length === 0) return undefined
  return value.filter((v) => typeof v === 'string' && v !== '').map((DataLakePrincipalIdentifier) => ({ DataLakePrincipalIdentifier }))
}

/** The FSx properties every kind shares, named otherwise than their snake_case. */
const FSX_NAMES = {
  ResourceARN: 'arn',
  // The configuration of the other kinds, and a backup to restore from (a creation-time choice).
  LustreConfiguration: null,
  WindowsConfiguration: null,
  OntapConfiguration: null,
  OpenZFSConfiguration: null,
  BackupId: null
} as const

function fsxNames(kind: 'LustreConfiguration' | 'WindowsConfiguration' | 'OntapConfiguration' | 'OpenZFSConfiguration'): Record<string, string | null> {
  const names: Record<string, string | null> = { ...FSX_NAMES }
  delete names[kind]
  return names
}

export const STORAGE: readonly MappingSpec[] = [
  {
    tf: 'aws_efs_access_point',
    cfn: 'AWS::EFS::AccessPoint',
    // ClientToken is CloudFormation's idempotency token; the tags are AccessPointTags (finish).
    names: { ClientToken: null, AccessPointTags: null },
    finish: (b) => copyTags(b, 'AccessPointTags')
  },
  { tf: 'aws_efs_mount_target', cfn: 'AWS::EFS::MountTarget' },
  {
    tf: 'aws_fsx_lustre_file_system',
    cfn: 'AWS::FSx::FileSystem',
    flatten: ['LustreConfiguration'],
    names: { ...fsxNames('LustreConfiguration'), LustreMountName: 'mount_name', RootVolumeId: null, 'LustreConfiguration.ImportedFileChunkSize': null },
    // The provider states a chunk size of 0 when there is no import path: not set.
    fields: [['LustreConfiguration.ImportedFileChunkSize', 'imported_file_chunk_size', (v) => (v === 0 || v === '' ? undefined : toNumber(v))]],
    defaults: { FileSystemType: 'LUSTRE' }
  },
  {
    tf: 'aws_fsx_windows_file_system',
    cfn: 'AWS::FSx::FileSystem',
    flatten: ['WindowsConfiguration'],
    names: {
      ...fsxNames('WindowsConfiguration'),
      LustreMountName: null,
      RootVolumeId: null,
      'WindowsConfiguration.SelfManagedActiveDirectoryConfiguration': 'self_managed_active_directory',
      'WindowsConfiguration.SelfManagedActiveDirectoryConfiguration.UserName': 'username',
      // The directory account's password: a secret the CloudFormation schema does not mark write-only.
      'WindowsConfiguration.SelfManagedActiveDirectoryConfiguration.Password': null
    },
    defaults: { FileSystemType: 'WINDOWS' }
  },
  {
    tf: 'aws_fsx_ontap_file_system',
    cfn: 'AWS::FSx::FileSystem',
    flatten: ['OntapConfiguration'],
    names: {
      ...fsxNames('OntapConfiguration'),
      LustreMountName: null,
      RootVolumeId: null,
      // The fsxadmin password: a secret the CloudFormation schema does not mark write-only.
      'OntapConfiguration.FsxAdminPassword': null
    },
    defaults: { FileSystemType: 'ONTAP' }
  },
  {
    tf: 'aws_fsx_openzfs_file_system',
    cfn: 'AWS::FSx::FileSystem',
    flatten: ['OpenZFSConfiguration'],
    names: {
      ...fsxNames('OpenZFSConfiguration'),
      LustreMountName: null,
      'OpenZFSConfiguration.RootVolumeConfiguration.RecordSizeKiB': 'record_size_kib',
      'OpenZFSConfiguration.RootVolumeConfiguration.UserAndGroupQuotas.StorageCapacityQuotaGiB': 'storage_capacity_quota_gib',
      // delete_options are Terraform's choices at deletion, not the file system's.
      'OpenZFSConfiguration.Options': null
    },
    defaults: { FileSystemType: 'OPENZFS' }
  },
  {
    tf: 'aws_backup_vault',
    cfn: 'AWS::Backup::BackupVault',
    // AccessPolicy, Notifications and LockConfiguration come from resources of their own (companions below).
    names: { BackupVaultName: 'name', BackupVaultArn: 'arn', EncryptionKeyArn: 'kms_key_arn', BackupVaultTags: null, AccessPolicy: null, Notifications: null, LockConfiguration: null },
    finish: mapTags('BackupVaultTags')
  },
  {
    tf: 'aws_backup_plan',
    cfn: 'AWS::Backup::BackupPlan',
    flatten: ['BackupPlan'],
    names: {
      BackupPlanArn: 'arn',
      VersionId: 'version',
      BackupPlanTags: null,
      'BackupPlan.BackupPlanName': 'name',
      'BackupPlan.BackupPlanRule': 'rule',
      'BackupPlan.BackupPlanRule.TargetBackupVault': 'target_vault_name',
      'BackupPlan.BackupPlanRule.ScheduleExpression': 'schedule',
      'BackupPlan.BackupPlanRule.StartWindowMinutes': 'start_window',
      'BackupPlan.BackupPlanRule.CompletionWindowMinutes': 'completion_window',
      'BackupPlan.BackupPlanRule.Lifecycle.DeleteAfterDays': 'delete_after',
      'BackupPlan.BackupPlanRule.Lifecycle.MoveToColdStorageAfterDays': 'cold_storage_after',
      'BackupPlan.BackupPlanRule.CopyActions': 'copy_action',
      'BackupPlan.BackupPlanRule.CopyActions.DestinationBackupVaultArn': 'destination_vault_arn',
      'BackupPlan.BackupPlanRule.CopyActions.Lifecycle.DeleteAfterDays': 'delete_after',
      'BackupPlan.BackupPlanRule.CopyActions.Lifecycle.MoveToColdStorageAfterDays': 'cold_storage_after',
      'BackupPlan.AdvancedBackupSettings': 'advanced_backup_setting'
    },
    finish: (b) => {
      mapTags('BackupPlanTags')(b)
      dropZeroColdStorage(b.properties.BackupPlan)
    }
  },
  {
    tf: 'aws_backup_selection',
    cfn: 'AWS::Backup::BackupSelection',
    flatten: ['BackupSelection'],
    names: {
      // Terraform's id is the selection's id; Cloud Control's Id (doubt: it may be "plan id|selection id") is taken as the same.
      SelectionId: 'id',
      BackupPlanId: 'plan_id',
      'BackupSelection.SelectionName': 'name',
      'BackupSelection.ListOfTags': 'selection_tag',
      'BackupSelection.ListOfTags.ConditionType': 'type',
      'BackupSelection.ListOfTags.ConditionKey': 'key',
      'BackupSelection.ListOfTags.ConditionValue': 'value',
      'BackupSelection.Conditions': 'condition',
      'BackupSelection.Conditions.StringEquals.ConditionKey': 'key',
      'BackupSelection.Conditions.StringEquals.ConditionValue': 'value',
      'BackupSelection.Conditions.StringLike.ConditionKey': 'key',
      'BackupSelection.Conditions.StringLike.ConditionValue': 'value',
      'BackupSelection.Conditions.StringNotEquals.ConditionKey': 'key',
      'BackupSelection.Conditions.StringNotEquals.ConditionValue': 'value',
      'BackupSelection.Conditions.StringNotLike.ConditionKey': 'key',
      'BackupSelection.Conditions.StringNotLike.ConditionValue': 'value'
    }
  },
  {
    tf: 'aws_s3_access_point',
    cfn: 'AWS::S3::AccessPoint',
    // Terraform's id is "account:name" for a bucket access point.
    names: { Name: 'name' },
    // The provider blocks all public access unless told otherwise.
    defaults: {
      'PublicAccessBlockConfiguration.BlockPublicAcls': true,
      'PublicAccessBlockConfiguration.BlockPublicPolicy': true,
      'PublicAccessBlockConfiguration.IgnorePublicAcls': true,
      'PublicAccessBlockConfiguration.RestrictPublicBuckets': true
    }
  },
  {
    tf: 'aws_fsx_ontap_storage_virtual_machine',
    cfn: 'AWS::FSx::StorageVirtualMachine',
    names: {
      ResourceARN: 'arn',
      // The SVM admin and directory passwords: secrets the CloudFormation schema does not mark write-only.
      SvmAdminPassword: null,
      'ActiveDirectoryConfiguration.NetBiosName': 'netbios_name',
      'ActiveDirectoryConfiguration.SelfManagedActiveDirectoryConfiguration.UserName': 'username',
      'ActiveDirectoryConfiguration.SelfManagedActiveDirectoryConfiguration.Password': null
    }
  },
  {
    tf: 'aws_backup_framework',
    cfn: 'AWS::Backup::Framework',
    names: {
      FrameworkName: 'name',
      FrameworkDescription: 'description',
      FrameworkArn: 'arn',
      FrameworkStatus: 'status',
      FrameworkTags: null,
      FrameworkControls: 'control',
      'FrameworkControls.ControlName': 'name',
      'FrameworkControls.ControlInputParameters': 'input_parameter',
      'FrameworkControls.ControlInputParameters.ParameterName': 'name',
      'FrameworkControls.ControlInputParameters.ParameterValue': 'value',
      'FrameworkControls.ControlScope': 'scope',
      // A scope's tags are a map in Terraform: not compared.
      'FrameworkControls.ControlScope.Tags': null
    },
    finish: (b) => copyTags(b, 'FrameworkTags')
  },
  {
    tf: 'aws_backup_report_plan',
    cfn: 'AWS::Backup::ReportPlan',
    names: { ReportPlanName: 'name', ReportPlanDescription: 'description', ReportPlanArn: 'arn', ReportPlanTags: null },
    finish: (b) => copyTags(b, 'ReportPlanTags')
  },
  {
    tf: 'aws_lakeformation_data_lake_settings',
    cfn: 'AWS::LakeFormation::DataLakeSettings',
    names: {
      // Doubt: Cloud Control's Id is taken as the catalog id (the account when Terraform leaves it out, then not stated).
      Id: 'catalog_id',
      Admins: null,
      ExternalDataFilteringAllowList: null,
      MutationType: null
    },
    fields: [
      ['Admins', 'admins', principals],
      ['ExternalDataFilteringAllowList', 'external_data_filtering_allow_list', principals]
    ]
  },
  {
    tf: 'aws_fsx_ontap_volume',
    cfn: 'AWS::FSx::Volume',
    flatten: ['OntapConfiguration'],
    // The other kind's configuration, and a backup to restore from (a creation-time choice).
    names: { ResourceARN: 'arn', OpenZFSConfiguration: null, BackupId: null }
  },
  {
    tf: 'aws_fsx_openzfs_volume',
    cfn: 'AWS::FSx::Volume',
    flatten: ['OpenZFSConfiguration'],
    names: {
      ResourceARN: 'arn',
      OntapConfiguration: null,
      BackupId: null,
      'OpenZFSConfiguration.RecordSizeKiB': 'record_size_kib',
      'OpenZFSConfiguration.StorageCapacityQuotaGiB': 'storage_capacity_quota_gib',
      'OpenZFSConfiguration.StorageCapacityReservationGiB': 'storage_capacity_reservation_gib',
      'OpenZFSConfiguration.UserAndGroupQuotas.StorageCapacityQuotaGiB': 'storage_capacity_quota_gib',
      // delete_volume_options are Terraform's choices at deletion, not the volume's.
      'OpenZFSConfiguration.Options': null
    }
  },
  {
    tf: 'aws_lakeformation_permissions',
    cfn: 'AWS::LakeFormation::Permissions',
    // Terraform's id is a hash of the grant; CloudFormation's Id is its own: not stated (no identifier).
    names: { Id: null, DataLakePrincipal: null, Resource: null },
    fields: [
      ['DataLakePrincipal.DataLakePrincipalIdentifier', 'principal'],
      ['Resource.DatabaseResource.Name', 'database[0].name', nonEmptyText],
      ['Resource.DatabaseResource.CatalogId', 'database[0].catalog_id', nonEmptyText],
      ['Resource.TableResource.DatabaseName', 'table[0].database_name', nonEmptyText],
      ['Resource.TableResource.Name', 'table[0].name', nonEmptyText],
      ['Resource.TableResource.CatalogId', 'table[0].catalog_id', nonEmptyText],
      // A wildcard over every table of the database is an empty object in CloudFormation.
      ['Resource.TableResource.TableWildcard', 'table[0].wildcard', (v) => (v === true ? {} : undefined)],
      ['Resource.TableWithColumnsResource.DatabaseName', 'table_with_columns[0].database_name', nonEmptyText],
      ['Resource.TableWithColumnsResource.Name', 'table_with_columns[0].name', nonEmptyText],
      ['Resource.TableWithColumnsResource.CatalogId', 'table_with_columns[0].catalog_id', nonEmptyText],
      ['Resource.TableWithColumnsResource.ColumnNames', 'table_with_columns[0].column_names', (v) => (Array.isArray(v) && v.length > 0 ? v : undefined)],
      ['Resource.TableWithColumnsResource.ColumnWildcard', 'table_with_columns[0]', columnWildcard],
      ['Resource.DataLocationResource.S3Resource', 'data_location[0].arn', nonEmptyText],
      ['Resource.DataLocationResource.CatalogId', 'data_location[0].catalog_id', nonEmptyText]
    ]
  }
]

export const STORAGE_COMPANIONS: readonly CompanionSpec[] = [
  {
    // No CloudFormation type of its own: the file system's FileSystemPolicy.
    tf: 'aws_efs_file_system_policy',
    parent: { attr: 'file_system_id', types: ['aws_efs_file_system'] },
    fields: [
      ['FileSystemPolicy', 'policy', parsePolicy],
      ['BypassPolicyLockoutSafetyCheck', 'bypass_policy_lockout_safety_check', toBoolean]
    ]
  },
  {
    // No CloudFormation type of its own: the file system's BackupPolicy.
    tf: 'aws_efs_backup_policy',
    parent: { attr: 'file_system_id', types: ['aws_efs_file_system'] },
    fields: [['BackupPolicy', 'backup_policy', { one: [['Status', 'status']] }]]
  },
  {
    // No CloudFormation type of its own: the vault's AccessPolicy.
    tf: 'aws_backup_vault_policy',
    parent: { attr: 'backup_vault_name', types: ['aws_backup_vault'] },
    fields: [['AccessPolicy', 'policy', parsePolicy]]
  },
  {
    // The vault's Notifications.
    tf: 'aws_backup_vault_notifications',
    parent: { attr: 'backup_vault_name', types: ['aws_backup_vault'] },
    fields: [
      ['Notifications.SNSTopicArn', 'sns_topic_arn'],
      ['Notifications.BackupVaultEvents', 'backup_vault_events', (v) => (Array.isArray(v) ? [...v].sort() : v)]
    ]
  },
  {
    // The vault's LockConfiguration (Vault Lock: what keeps recovery points from early deletion).
    tf: 'aws_backup_vault_lock_configuration',
    parent: { attr: 'backup_vault_name', types: ['aws_backup_vault'] },
    fields: [
      ['LockConfiguration.ChangeableForDays', 'changeable_for_days', toNumber],
      ['LockConfiguration.MaxRetentionDays', 'max_retention_days', toNumber],
      ['LockConfiguration.MinRetentionDays', 'min_retention_days', toNumber]
    ]
  },
  {
    // The file system's ReplicationConfiguration (the destination's zone and key are write-only in CloudFormation).
    tf: 'aws_efs_replication_configuration',
    parent: { attr: 'source_file_system_id', types: ['aws_efs_file_system'] },
    fields: [['ReplicationConfiguration', 'destination', replicationDestinations]]
  }
]
