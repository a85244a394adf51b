// aws_rds_cluster → AWS::RDS::DBCluster, identified by DBClusterIdentifier (Terraform's cluster_identifier).
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, sortedList, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['DBClusterIdentifier', 'cluster_identifier'],
  ['Engine', 'engine'],
  ['EngineVersion', 'engine_version'],
  ['EngineMode', 'engine_mode', nonEmpty],
  ['DatabaseName', 'database_name', nonEmpty],
  ['MasterUsername', 'master_username', nonEmpty],
  ['MasterUserPassword', 'master_password', nonEmpty],
  ['ManageMasterUserPassword', 'manage_master_user_password', toBoolean],
  ['StorageEncrypted', 'storage_encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['BackupRetentionPeriod', 'backup_retention_period', toNumber],
  ['DeletionProtection', 'deletion_protection', toBoolean],
  ['CopyTagsToSnapshot', 'copy_tags_to_snapshot', toBoolean],
  // The provider states 0 for no backtracking, as CloudFormation's default does.
  ['BacktrackWindow', 'backtrack_window', toNumber],
  ['AutoMinorVersionUpgrade', 'auto_minor_version_upgrade', toBoolean],
  ['EnableIAMDatabaseAuthentication', 'iam_database_authentication_enabled', toBoolean],
  ['EnableCloudwatchLogsExports', 'enabled_cloudwatch_logs_exports', sortedList],
  ['VpcSecurityGroupIds', 'vpc_security_group_ids', sortedList],
  ['DBSubnetGroupName', 'db_subnet_group_name', nonEmpty],
  ['DBClusterParameterGroupName', 'db_cluster_parameter_group_name', nonEmpty],
  ['Port', 'port', toNumber],
  ['StorageType', 'storage_type', nonEmpty],
  ['AvailabilityZones', 'availability_zones', sortedList],
  ['DBClusterArn', 'arn'],
  ['DBClusterResourceId', 'cluster_resource_id']
]

export const rdsCluster: ResourceMapper = {
  tfType: 'aws_rds_cluster',
  map(tf) {
    const b = new ResourceBuilder('AWS::RDS::DBCluster', tf)
    b.id = idFrom(tf.values, 'cluster_identifier')
    copyFields(b, FIELDS)
    copyTags(b)
    return b
  }
}
