// aws_vpc and aws_default_vpc → AWS::EC2::VPC, identified by VpcId (Terraform's id).
import type { TfResource } from '../../types.js'
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['CidrBlock', 'cidr_block'],
  ['InstanceTenancy', 'instance_tenancy', nonEmpty],
  ['EnableDnsSupport', 'enable_dns_support', toBoolean],
  ['EnableDnsHostnames', 'enable_dns_hostnames', toBoolean],
  ['Ipv4IpamPoolId', 'ipv4_ipam_pool_id', nonEmpty],
  ['Ipv4NetmaskLength', 'ipv4_netmask_length'],
  ['Ipv6CidrBlocks', 'ipv6_cidr_block', (v) => (typeof v === 'string' && v !== '' ? [v] : undefined)],
  ['DefaultSecurityGroup', 'default_security_group_id'],
  ['DefaultNetworkAcl', 'default_network_acl_id'],
  ['VpcId', 'id']
]

function mapVpc(tf: TfResource, isDefault: boolean): ResourceBuilder {
  const b = new ResourceBuilder('AWS::EC2::VPC', tf)
  b.id = idFrom(tf.values, 'id')
  b.isDefault = isDefault
  copyFields(b, FIELDS)
  copyTags(b)
  return b
}

export const vpc: ResourceMapper = { tfType: 'aws_vpc', map: (tf) => mapVpc(tf, false) }
export const defaultVpc: ResourceMapper = { tfType: 'aws_default_vpc', map: (tf) => mapVpc(tf, true) }
