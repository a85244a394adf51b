// aws_flow_log → AWS::EC2::FlowLog. Terraform names the logged resource by one of several attributes;
// CloudFormation by ResourceId + ResourceType.
import { isUnknownAttr, ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, toNumber, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const RESOURCE_ATTRS = [
  ['vpc_id', 'VPC'],
  ['subnet_id', 'Subnet'],
  ['eni_id', 'NetworkInterface'],
  ['transit_gateway_id', 'TransitGateway'],
  ['transit_gateway_attachment_id', 'TransitGatewayAttachment']
] as const

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['TrafficType', 'traffic_type', nonEmpty],
  ['LogDestinationType', 'log_destination_type', nonEmpty],
  ['LogDestination', 'log_destination', nonEmpty],
  ['LogGroupName', 'log_group_name', nonEmpty],
  ['LogFormat', 'log_format', nonEmpty],
  ['DeliverLogsPermissionArn', 'iam_role_arn', nonEmpty],
  ['DeliverCrossAccountRole', 'deliver_cross_account_role', nonEmpty],
  ['MaxAggregationInterval', 'max_aggregation_interval', toNumber],
  ['DestinationOptions', 'destination_options', {
    one: [
      ['FileFormat', 'file_format', nonEmpty],
      ['HiveCompatiblePartitions', 'hive_compatible_partitions', toBoolean],
      ['PerHourPartition', 'per_hour_partition', toBoolean]
    ]
  }],
  ['Id', 'id']
]

export const flowLog: ResourceMapper = {
  tfType: 'aws_flow_log',
  map(tf) {
    const b = new ResourceBuilder('AWS::EC2::FlowLog', tf)
    b.id = idFrom(tf.values, 'id')
    // The attribute that is set (or that is only known after apply) says which kind of resource is logged.
    const chosen = RESOURCE_ATTRS.find(([a]) => (typeof tf.values[a] === 'string' && tf.values[a] !== '') || isUnknownAttr(tf, a))
    if (chosen) {
      b.copy('ResourceId', chosen[0])
      b.set('ResourceType', chosen[1], [])
    }
    copyFields(b, FIELDS)
    copyTags(b)
    return b
  }
}
