// EBS snapshots and AMIs: no CloudFormation type has them, so they are the
// Plumbline:: facts src/model/facts.ts documents, in the shapes EC2's own API gives them live.
//   aws_ebs_snapshot, aws_ebs_snapshot_copy, aws_ebs_snapshot_import → Plumbline::EC2::Snapshot
//   aws_ami, aws_ami_copy, aws_ami_from_instance                     → Plumbline::EC2::Image
//   aws_ami_launch_permission (folded into its image)                → Public: true when shared with group "all"
import { AMI_TYPE, EBS_SNAPSHOT_TYPE } from '../../model/facts.js'
import { attr, isUnknownAttr, ResourceBuilder } from '../builder.js'
import { copyFields, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type CompanionMapper, type ResourceMapper } from '../registry.js'
import type { TfResource } from '../../types.js'

const SNAPSHOT_FIELDS: readonly Field[] = [
  ['SnapshotId', 'id', nonEmpty],
  ['VolumeId', 'volume_id', nonEmpty],
  ['VolumeSize', 'volume_size', toNumber],
  ['Encrypted', 'encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty]
]

/**
 * Terraform cannot share a snapshot with every account (aws_snapshot_create_volume_permission names one account), so
 * a snapshot it declares is not public; made public by hand, live reads say so, and drift shows it.
 */
function snapshot(tfType: string): ResourceMapper {
  return {
    tfType,
    map(tf) {
      const b = new ResourceBuilder(EBS_SNAPSHOT_TYPE, tf)
      b.id = idFrom(tf.values, 'id')
      copyFields(b, SNAPSHOT_FIELDS)
      // aws_ebs_snapshot's encryption is its volume's, computed by AWS: left out of the code, it is not known yet.
      if (tfType === 'aws_ebs_snapshot' && (tf.values.encrypted === undefined || tf.values.encrypted === null)) b.markUnknown('Encrypted')
      b.set('Public', false, [])
      return b
    }
  }
}

export const ebsSnapshot = snapshot('aws_ebs_snapshot')
export const ebsSnapshotCopy = snapshot('aws_ebs_snapshot_copy')
export const ebsSnapshotImport = snapshot('aws_ebs_snapshot_import')

const EBS_FIELDS: readonly Field[] = [
  ['SnapshotId', 'snapshot_id', nonEmpty],
  ['Encrypted', 'encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['VolumeSize', 'volume_size', toNumber],
  ['VolumeType', 'volume_type', nonEmpty]
]

/**
 * An AMI: its EBS block devices as DescribeImages lists them. aws_ami_copy's `encrypted = true` encrypts every EBS
 * volume of the copy whatever its source says (its block devices are computed: in a plan they stay unknown).
 */
function image(tfType: string): ResourceMapper {
  return {
    tfType,
    map(tf) {
      const b = new ResourceBuilder(AMI_TYPE, tf)
      b.id = idFrom(tf.values, 'id')
      copyFields(b, [
        ['ImageId', 'id', nonEmpty],
        ['Name', 'name', nonEmpty]
      ])
      const devices = tf.values.ebs_block_device
      const copyEncrypted = tfType === 'aws_ami_copy' && tf.values.encrypted === true && !isUnknownAttr(tf, 'encrypted')
      if (Array.isArray(devices)) {
        devices.forEach((device, i) => {
          copyFields(b, [['DeviceName', 'device_name', nonEmpty]], `BlockDeviceMappings[${i}]`, `ebs_block_device[${i}]`)
          copyFields(b, EBS_FIELDS, `BlockDeviceMappings[${i}].Ebs`, `ebs_block_device[${i}]`)
          if (copyEncrypted) b.set(`BlockDeviceMappings[${i}].Ebs.Encrypted`, true, ['encrypted'])
          else encryptionFromSnapshot(b, tf, device, i)
        })
      } else b.record('BlockDeviceMappings', 'ebs_block_device', false)
      b.set('Public', false, [])
      return b
    }
  }
}

/**
 * A block device made from a snapshot is encrypted when the snapshot is, whatever `encrypted = false` or its absence
 * says (only `true` forces it): without the snapshot's own state, it is unknown.
 */
function encryptionFromSnapshot(b: ResourceBuilder, tf: TfResource, device: unknown, i: number): void {
  if (device === null || typeof device !== 'object') return
  const { snapshot_id: snapshotId, encrypted } = device as Record<string, unknown>
  const fromSnapshot = (typeof snapshotId === 'string' && snapshotId !== '') || isUnknownAttr(tf, `ebs_block_device[${i}].snapshot_id`)
  if (fromSnapshot && encrypted !== true) b.markUnknown(`BlockDeviceMappings[${i}].Ebs.Encrypted`)
}

export const ami = image('aws_ami')
export const amiCopy = image('aws_ami_copy')
export const amiFromInstance = image('aws_ami_from_instance')

/**
 * aws_ami_launch_permission shares its image with one account, an organization, an organizational unit, or every
 * account (group = "all"): only the last makes the image public.
 */
export const amiLaunchPermission: CompanionMapper = {
  tfType: 'aws_ami_launch_permission',
  targets: [{ attr: 'image_id', parentTypes: ['aws_ami', 'aws_ami_copy', 'aws_ami_from_instance'] }],
  fold(image, tf) {
    if (isUnknownAttr(tf, 'group')) image.markUnknown('Public')
    else if (attr(tf, 'group') === 'all') image.set('Public', true, ['group'], tf)
  }
}
