// aws_rds_cluster_instance → AWS::RDS::DBInstance: an Aurora cluster member is a DB instance to RDS and to
// Cloud Control (DBClusterIdentifier set), identified by DBInstanceIdentifier = Terraform's `identifier`.
// Storage, backups and deletion protection belong to the cluster; the instance carries its own public
// accessibility and minor-version upgrades, which the instance rules judge (Checkov CKV_AWS_17 and
// CKV_AWS_226 judge this type too). Without this mapper an Aurora instance made public in code was never judged.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['DBInstanceIdentifier', 'identifier'],
  ['DBClusterIdentifier', 'cluster_identifier'],
  ['DBInstanceClass', 'instance_class'],
  ['Engine', 'engine'],
  ['EngineVersion', 'engine_version', nonEmpty],
  ['PubliclyAccessible', 'publicly_accessible', toBoolean],
  ['AutoMinorVersionUpgrade', 'auto_minor_version_upgrade', toBoolean],
  ['CopyTagsToSnapshot', 'copy_tags_to_snapshot', toBoolean],
  ['DBSubnetGroupName', 'db_subnet_group_name', nonEmpty],
  ['DBParameterGroupName', 'db_parameter_group_name', nonEmpty],
  ['AvailabilityZone', 'availability_zone', nonEmpty],
  ['CACertificateIdentifier', 'ca_cert_identifier', nonEmpty],
  ['EnablePerformanceInsights', 'performance_insights_enabled', toBoolean],
  ['MonitoringInterval', 'monitoring_interval', toNumber],
  ['PromotionTier', 'promotion_tier', toNumber],
  ['DBInstanceArn', 'arn'],
  ['DbiResourceId', 'dbi_resource_id']
]

export const rdsClusterInstance: ResourceMapper = {
  tfType: 'aws_rds_cluster_instance',
  map(tf) {
    const b = new ResourceBuilder('AWS::RDS::DBInstance', tf)
    b.id = idFrom(tf.values, 'identifier')
    copyFields(b, FIELDS)
    copyTags(b)
    return b
  }
}
