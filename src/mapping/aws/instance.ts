// aws_instance → AWS::EC2::Instance, identified by InstanceId.
// MetadataOptions is not in the 2024-09 schema copy; CloudFormation added it in 2025 with the launch template's
// shape ({HttpTokens, HttpEndpoint, HttpPutResponseHopLimit, HttpProtocolIpv6, InstanceMetadataTags}), which is
// used here. Choice: no metadata_options block → no MetadataOptions property. The provider's default for
// http_tokens differs across versions ("optional" in older ones, the AMI's setting in newer ones), so the rule,
// not the mapping, decides what an absent block means.
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, sortedList, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const EBS: readonly Field[] = [
  ['Encrypted', 'encrypted', toBoolean],
  ['KmsKeyId', 'kms_key_id', nonEmpty],
  ['VolumeSize', 'volume_size', toNumber],
  ['VolumeType', 'volume_type', nonEmpty],
  ['Iops', 'iops', (v) => (v === 0 ? undefined : toNumber(v))],
  ['DeleteOnTermination', 'delete_on_termination', toBoolean],
  ['SnapshotId', 'snapshot_id', nonEmpty]
]

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['ImageId', 'ami'],
  ['InstanceType', 'instance_type'],
  ['IamInstanceProfile', 'iam_instance_profile', nonEmpty],
  ['EbsOptimized', 'ebs_optimized', toBoolean],
  ['KeyName', 'key_name', nonEmpty],
  ['SubnetId', 'subnet_id', nonEmpty],
  ['AvailabilityZone', 'availability_zone', nonEmpty],
  ['SecurityGroupIds', 'vpc_security_group_ids', sortedList],
  ['Monitoring', 'monitoring', toBoolean],
  ['DisableApiTermination', 'disable_api_termination', toBoolean],
  ['SourceDestCheck', 'source_dest_check', toBoolean],
  ['Tenancy', 'tenancy', nonEmpty],
  ['PrivateIpAddress', 'private_ip', nonEmpty],
  ['MetadataOptions', 'metadata_options', {
    one: [
      ['HttpTokens', 'http_tokens', nonEmpty],
      ['HttpEndpoint', 'http_endpoint', nonEmpty],
      ['HttpPutResponseHopLimit', 'http_put_response_hop_limit', toNumber],
      ['HttpProtocolIpv6', 'http_protocol_ipv6', nonEmpty],
      ['InstanceMetadataTags', 'instance_metadata_tags', nonEmpty]
    ]
  }],
  ['LaunchTemplate', 'launch_template', {
    one: [
      ['LaunchTemplateId', 'id', nonEmpty],
      ['LaunchTemplateName', 'name', nonEmpty],
      ['Version', 'version', nonEmpty]
    ]
  }],
  ['InstanceId', 'id']
]

export const instance: ResourceMapper = {
  tfType: 'aws_instance',
  map(tf) {
    const b = new ResourceBuilder('AWS::EC2::Instance', tf)
    b.id = idFrom(tf.values, 'id')
    copyFields(b, FIELDS)
    // Block devices: the root device first (its device name is often only known after apply), then the others.
    const mappings: Array<[string, number]> = []
    for (const kind of ['root_block_device', 'ebs_block_device'] as const) {
      const list = tf.values[kind]
      if (Array.isArray(list)) list.forEach((_, i) => mappings.push([kind, i]))
      else b.record('BlockDeviceMappings', kind, false)
    }
    mappings.forEach(([kind, i], n) => {
      copyFields(b, [['DeviceName', 'device_name', nonEmpty]], `BlockDeviceMappings[${n}]`, `${kind}[${i}]`)
      copyFields(b, EBS, `BlockDeviceMappings[${n}].Ebs`, `${kind}[${i}]`)
    })
    // A launch template may name the instance profile (EC2 applies it at launch, and a live read shows it on the
    // instance): without one of its own, the instance's profile is not known from its code alone.
    if (b.properties.LaunchTemplate !== undefined && b.properties.IamInstanceProfile === undefined) b.markUnknown('IamInstanceProfile')
    copyTags(b)
    return b
  }
}
