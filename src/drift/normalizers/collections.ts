// Which collections compare as wholes and which lists ignore order, per type.
import { schemaFacts } from '../../model/schemas.js'

/**
 * How an owned collection compares: 'tags' as Key → Value, 'rules' as a set of security-group rule entries,
 * 'set' as a set of scalars, 'policies' as inline policies keyed by PolicyName.
 */
export type CollectionKind = 'tags' | 'rules' | 'set' | 'policies'

export interface OwnedCollection {
  property: string
  kind: CollectionKind
}

/**
 * Collections Terraform owns whole, compared even when the IaC side leaves them out (absent = empty): the
 * provider removes what it did not declare (rules, attachments and inline policies are folded in from their
 * own resources by the mapping, as src/mapping/unset-computed.ts says for new resources), and tags are
 * reconciled to tags_all.
 *
 * | type                        | owned collections                                      |
 * |-----------------------------|--------------------------------------------------------|
 * | every taggable type         | its tag property (Tags; AWS::EFS::FileSystem: FileSystemTags) |
 * | AWS::EC2::SecurityGroup     | SecurityGroupIngress, SecurityGroupEgress (rules)      |
 * | AWS::IAM::Role, User, Group | ManagedPolicyArns (set), Policies (policies)           |
 */
const OWNED_BY_TYPE: Readonly<Record<string, readonly OwnedCollection[]>> = {
  'AWS::EC2::SecurityGroup': [
    { property: 'SecurityGroupIngress', kind: 'rules' },
    { property: 'SecurityGroupEgress', kind: 'rules' }
  ],
  'AWS::IAM::Role': [
    { property: 'ManagedPolicyArns', kind: 'set' },
    { property: 'Policies', kind: 'policies' }
  ],
  'AWS::IAM::User': [
    { property: 'ManagedPolicyArns', kind: 'set' },
    { property: 'Policies', kind: 'policies' }
  ],
  'AWS::IAM::Group': [
    { property: 'ManagedPolicyArns', kind: 'set' },
    { property: 'Policies', kind: 'policies' }
  ]
}

/** Tag properties that are not called Tags (the schema's tagging.tagProperty). */
const TAG_PROPERTY_BY_TYPE: Readonly<Record<string, string>> = { 'AWS::EFS::FileSystem': 'FileSystemTags' }

/**
 * The type's tag property: the schema's when it is not Tags, Tags when the schema has it, none for types whose
 * schema has no tags (AWS::IAM::Group) and for Plumbline's own account-fact types; Tags for other AWS types.
 */
export function tagPropertyOf(type: string): string | undefined {
  const named = TAG_PROPERTY_BY_TYPE[type]
  if (named) return named
  if (!type.startsWith('AWS::')) return undefined
  const facts = schemaFacts(type)
  if (!facts) return 'Tags'
  return 'Tags' in facts.properties ? 'Tags' : undefined
}

export function ownedCollections(type: string): OwnedCollection[] {
  const tags = tagPropertyOf(type)
  return [...(tags ? [{ property: tags, kind: 'tags' as const }] : []), ...(OWNED_BY_TYPE[type] ?? [])]
}

/**
 * Lists of ids whose order means nothing (Terraform keeps them as sets, AWS returns them in any order),
 * compared as sets where the IaC side declares them. From the schemas' `insertionOrder: false` and Terraform's
 * set-typed attributes; any other list compares item by item.
 */
export const UNORDERED_LISTS: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::Instance': ['SecurityGroupIds', 'SecurityGroups', 'NetworkInterfaces[*].GroupSet'],
  'AWS::EC2::NetworkInterface': ['GroupSet', 'SecondaryPrivateIpAddresses'],
  'AWS::EC2::VPC': ['CidrBlockAssociations', 'Ipv6CidrBlocks'],
  'AWS::Lambda::Function': ['VpcConfig.SubnetIds', 'VpcConfig.SecurityGroupIds'],
  'AWS::RDS::DBInstance': ['VPCSecurityGroups', 'EnableCloudwatchLogsExports', 'DBSecurityGroups'],
  'AWS::RDS::DBCluster': ['VpcSecurityGroupIds', 'AvailabilityZones', 'EnableCloudwatchLogsExports'],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['SecurityGroups', 'Subnets'],
  'AWS::EKS::Cluster': ['ResourcesVpcConfig.SubnetIds', 'ResourcesVpcConfig.SecurityGroupIds', 'ResourcesVpcConfig.PublicAccessCidrs', 'EncryptionConfig[*].Resources'],
  'AWS::IAM::User': ['Groups'],
  'AWS::IAM::ManagedPolicy': ['Groups', 'Roles', 'Users'],
  'AWS::CloudTrail::Trail': ['EventSelectors[*].DataResources[*].Values', 'EventSelectors[*].ExcludeManagementEventSources']
}

/**
 * Lists of {Key, Value} settings a read returns in full (every attribute, defaults included) while the code names a
 * few: compared by Key, only for the keys the IaC side lists (a load balancer's attributes, a target group's).
 */
export const KEYED_LISTS: Readonly<Record<string, readonly string[]>> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['LoadBalancerAttributes'],
  'AWS::ElasticLoadBalancingV2::TargetGroup': ['TargetGroupAttributes'],
  'AWS::ElasticLoadBalancingV2::Listener': ['ListenerAttributes']
}
