// aws_efs_file_system → AWS::EFS::FileSystem, identified by FileSystemId. Its tags property is FileSystemTags.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['Encrypted', 'encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['PerformanceMode', 'performance_mode', nonEmpty],
  ['ThroughputMode', 'throughput_mode', nonEmpty],
  ['ProvisionedThroughputInMibps', 'provisioned_throughput_in_mibps', (v) => (v === 0 ? undefined : toNumber(v))],
  ['AvailabilityZoneName', 'availability_zone_name', nonEmpty],
  ['LifecyclePolicies', 'lifecycle_policy', {
    many: [
      ['TransitionToIA', 'transition_to_ia', nonEmpty],
      ['TransitionToArchive', 'transition_to_archive', nonEmpty],
      ['TransitionToPrimaryStorageClass', 'transition_to_primary_storage_class', nonEmpty]
    ]
  }],
  ['FileSystemProtection', 'protection', { one: [['ReplicationOverwriteProtection', 'replication_overwrite', nonEmpty]] }],
  ['FileSystemId', 'id'],
  ['Arn', 'arn']
]

export const efsFileSystem: ResourceMapper = {
  tfType: 'aws_efs_file_system',
  map(tf) {
    const b = new ResourceBuilder('AWS::EFS::FileSystem', tf)
    b.id = idFrom(tf.values, 'id')
    copyFields(b, FIELDS)
    copyTags(b, 'FileSystemTags')
    return b
  }
}
