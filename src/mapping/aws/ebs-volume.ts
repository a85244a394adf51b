// aws_ebs_volume → AWS::EC2::Volume. `encrypted` left out of the code is decided by the account's
// encryption-by-default setting: the plan says unknown, and so does the mapped resource.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['AvailabilityZone', 'availability_zone'],
  ['Encrypted', 'encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['Size', 'size', toNumber],
  ['VolumeType', 'type', nonEmpty],
  ['Iops', 'iops', (v) => (v === 0 ? undefined : toNumber(v))],
  ['Throughput', 'throughput', (v) => (v === 0 ? undefined : toNumber(v))],
  ['SnapshotId', 'snapshot_id', nonEmpty],
  ['MultiAttachEnabled', 'multi_attach_enabled', toBoolean],
  ['OutpostArn', 'outpost_arn', nonEmpty],
  ['VolumeId', 'id']
]

export const ebsVolume: ResourceMapper = {
  tfType: 'aws_ebs_volume',
  map(tf) {
    const b = new ResourceBuilder('AWS::EC2::Volume', tf)
    b.id = idFrom(tf.values, 'id')
    copyFields(b, FIELDS)
    copyTags(b)
    return b
  }
}
