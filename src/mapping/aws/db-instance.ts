// aws_db_instance → AWS::RDS::DBInstance. Cloud Control identifies it by DBInstanceIdentifier = Terraform's
// `identifier` (Terraform's `id` is the DbiResourceId since provider v5). AllocatedStorage and Port are strings
// in CloudFormation. MasterUserPassword is write-only, hence sensitive.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, sortedList, toBoolean, toNumber, toStringValue, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['DBInstanceIdentifier', 'identifier'],
  ['DBInstanceClass', 'instance_class'],
  ['Engine', 'engine'],
  ['EngineVersion', 'engine_version'],
  ['AllocatedStorage', 'allocated_storage', toStringValue],
  ['MaxAllocatedStorage', 'max_allocated_storage', (v) => (v === 0 ? undefined : toNumber(v))],
  ['StorageType', 'storage_type', nonEmpty],
  ['Iops', 'iops', (v) => (v === 0 ? undefined : toNumber(v))],
  ['StorageEncrypted', 'storage_encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['PubliclyAccessible', 'publicly_accessible', toBoolean],
  ['BackupRetentionPeriod', 'backup_retention_period', toNumber],
  ['MultiAZ', 'multi_az', toBoolean],
  ['DeletionProtection', 'deletion_protection', toBoolean],
  ['AutoMinorVersionUpgrade', 'auto_minor_version_upgrade', toBoolean],
  ['CopyTagsToSnapshot', 'copy_tags_to_snapshot', toBoolean],
  ['VPCSecurityGroups', 'vpc_security_group_ids', sortedList],
  ['DBSubnetGroupName', 'db_subnet_group_name', nonEmpty],
  ['DBParameterGroupName', 'parameter_group_name', nonEmpty],
  ['OptionGroupName', 'option_group_name', nonEmpty],
  ['DBName', 'db_name', nonEmpty],
  ['MasterUsername', 'username', nonEmpty],
  ['MasterUserPassword', 'password', nonEmpty],
  ['ManageMasterUserPassword', 'manage_master_user_password', toBoolean],
  ['Port', 'port', toStringValue],
  ['EnableIAMDatabaseAuthentication', 'iam_database_authentication_enabled', toBoolean],
  ['EnablePerformanceInsights', 'performance_insights_enabled', toBoolean],
  ['EnableCloudwatchLogsExports', 'enabled_cloudwatch_logs_exports', sortedList],
  ['MonitoringInterval', 'monitoring_interval', toNumber],
  ['CACertificateIdentifier', 'ca_cert_identifier', nonEmpty],
  ['AvailabilityZone', 'availability_zone', nonEmpty],
  ['LicenseModel', 'license_model', nonEmpty],
  ['SourceDBInstanceIdentifier', 'replicate_source_db', nonEmpty],
  ['DBInstanceArn', 'arn'],
  ['DbiResourceId', 'resource_id']
]

export const dbInstance: ResourceMapper = {
  tfType: 'aws_db_instance',
  map(tf) {
    const b = new ResourceBuilder('AWS::RDS::DBInstance', tf)
    b.id = idFrom(tf.values, 'identifier')
    copyFields(b, FIELDS)
    copyTags(b)
    return b
  }
}
