// How an evaluation or a drift entry names its resource: the reference every report carries (type, id, origin,
// Terraform address, account, region, and a live resource's ARN).
import type { Resource, ResourceRef } from '../types.js'

export function resourceRef(resource: Resource): ResourceRef {
  const ref: ResourceRef = { type: resource.type, id: resource.id, origin: resource.origin }
  if (resource.tfType) ref.tfType = resource.tfType
  if (resource.address) ref.address = resource.address
  if (resource.part !== undefined) ref.part = resource.part
  if (resource.account) ref.account = resource.account
  if (resource.region) ref.region = resource.region
  if (resource.origin === 'live') {
    const arn = liveArn(resource)
    if (arn) ref.arn = arn
  }
  return ref
}

/** EC2 resource types whose ARN is `arn:PARTITION:ec2:REGION:ACCOUNT:<kind>/<id>` (Cloud Control returns no Arn). */
const EC2_ARN_KIND: Readonly<Record<string, string>> = {
  'AWS::EC2::Instance': 'instance',
  'AWS::EC2::SecurityGroup': 'security-group',
  'AWS::EC2::Volume': 'volume',
  'AWS::EC2::VPC': 'vpc',
  'AWS::EC2::Subnet': 'subnet',
  'AWS::EC2::FlowLog': 'vpc-flow-log'
}

/** A live resource's ARN: the one its properties carry, else the documented format for common types. */
export function liveArn(resource: Resource): string | undefined {
  for (const key of ['Arn', 'PolicyArn', 'KeyArn', 'FunctionArn', 'DBInstanceArn', 'DBClusterArn', 'TrailArn']) {
    const value = resource.properties[key]
    if (typeof value === 'string' && value.startsWith('arn:')) return value
  }
  if (!resource.id || !resource.account) return undefined
  if (resource.type === 'AWS::S3::Bucket') return `arn:aws:s3:::${resource.id}`
  const kind = EC2_ARN_KIND[resource.type]
  if (kind && resource.region && resource.region !== 'global') return `arn:aws:ec2:${resource.region}:${resource.account}:${kind}/${resource.id}`
  return undefined
}
