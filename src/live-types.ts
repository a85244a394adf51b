// The types a live scan reads by default, derived from the rules that will judge them: every type a rule judges
// that Cloud Control can list, plus the types read for joins and drift (DEFAULT_LIVE_TYPES, sources/live/types.ts),
// so that a new rule, built-in or the user's, is never left without its resources in a live scan.
import { FACT_TYPES, REGION_TYPE } from './model/facts.js'
import { schemaFacts } from './model/schemas.js'
import { mappedTypes } from './mapping/index.js'
import { ALL_RULES } from './rules/index.js'
import { DEFAULT_LIVE_TYPES, LISTED_UNDER_PARENT } from './sources/live/types.js'
import type { Rule } from './types.js'

/**
 * Types a rule may judge that the scan does not list on their own, and why: standalone security-group rules come
 * inside their group (Cloud Control's read of a group returns its rules), network ACL entries have no list handler,
 * nor have ECS task sets and Batch job definitions.
 */
export const NOT_LISTED: Readonly<Record<string, string>> = {
  'AWS::EC2::SecurityGroupIngress': 'read inside its security group (SecurityGroupIngress)',
  'AWS::EC2::SecurityGroupEgress': 'read inside its security group (SecurityGroupEgress)',
  'AWS::EC2::NetworkAclEntry': 'Cloud Control has no list handler for it: judged on Terraform and saved inventories',
  'AWS::ECS::TaskSet': 'its schema grants no list permissions (task sets are listed per service): judged on Terraform and saved inventories',
  'AWS::Batch::JobDefinition': 'its schema has no Cloud Control handlers: judged on Terraform and saved inventories',
  // Cloud Control's read of a role, user or group returns its inline policies (Policies): listing them again would
  // judge each twice.
  'AWS::IAM::RolePolicy': 'read inside its role (Policies)',
  'AWS::IAM::UserPolicy': 'read inside its user (Policies)',
  'AWS::IAM::GroupPolicy': 'read inside its group (Policies)',
  // Cloud Control has no list or read handler for these: judged on Terraform and saved inventories.
  'AWS::SQS::QueuePolicy': 'Cloud Control has no list or read handler for it (nor does the queue\'s read return its policy): judged on Terraform and saved inventories',
  'AWS::SNS::TopicPolicy': 'Cloud Control has no list or read handler for it: judged on Terraform and saved inventories',
  'AWS::SNS::Subscription': 'Cloud Control has no handlers for it: judged on Terraform and saved inventories',
  'AWS::AmazonMQ::Broker': 'Cloud Control has no handlers for it: judged on Terraform and saved inventories',
  'AWS::CertificateManager::Certificate': 'Cloud Control has no handlers for it: judged on Terraform and saved inventories',
  'AWS::Events::EventBusPolicy': 'Cloud Control has no handlers for it (a bus\'s read returns its whole Policy): judged on Terraform and saved inventories',
  'AWS::ApiGateway::Method': 'Cloud Control has no list handler for it: judged on Terraform and saved inventories',
  'AWS::ApiGatewayV2::Stage': 'Cloud Control has no list handler for it: judged on Terraform and saved inventories',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'Cloud Control has no handlers for Classic Load Balancers: judged on Terraform and saved inventories',
  'AWS::WAFv2::WebACL': 'its list needs a Scope (REGIONAL, or CLOUDFRONT in us-east-1), which the scan does not pass yet: judged on Terraform and saved inventories'
}

/**
 * Why the live scan does not read `type` on its own, or undefined when it does: a reason of NOT_LISTED, or what the
 * type's CloudFormation schema says (no list handler: Cloud Control cannot list it; a list that needs a parent the
 * scan does not list). Rules on such types are judged on Terraform and on saved inventories.
 */
export function notListedReason(type: string): string | undefined {
  if (type in NOT_LISTED) return NOT_LISTED[type]
  if (FACT_TYPES.includes(type) || type === REGION_TYPE) return undefined
  const facts = schemaFacts(type)
  if (!facts) return 'no CloudFormation schema is shipped for it'
  if (facts.listPermissions.length === 0) return 'Cloud Control has no list handler for it (its CloudFormation schema has none): judged on Terraform and saved inventories'
  if (facts.listRequires.length > 0 && !LISTED_UNDER_PARENT.includes(type)) return `its list needs a parent (${facts.listRequires.join(', ')}) the scan does not list it under`
  return undefined
}

/** Whether the live scan can read `type` on its own: an account fact, or a CloudFormation type Cloud Control lists. */
export function scannable(type: string): boolean {
  if (FACT_TYPES.includes(type)) return true
  if (type === REGION_TYPE || type in NOT_LISTED) return false
  const facts = schemaFacts(type)
  if (!facts || facts.listPermissions.length === 0) return false
  // A list that needs a parent is read only under a parent the scan knows how to list (services/ hooks).
  return facts.listRequires.length === 0 || LISTED_UNDER_PARENT.includes(type)
}

/** The CloudFormation types (not the account facts) a default live scan reads for these rules. */
export function defaultLiveTypes(rules: readonly Rule[] = ALL_RULES): string[] {
  const types = new Set(DEFAULT_LIVE_TYPES)
  for (const rule of rules) for (const type of rule.resourceTypes) if (!FACT_TYPES.includes(type) && scannable(type)) types.add(type)
  return [...types].sort()
}

/**
 * What a live scan with Terraform input may read beyond the defaults: every CloudFormation type the mapping produces
 * that the scan can list (drift compares the types the code declares). policy/plumbline-drift-read-only-N.json grant it.
 */
export function driftLiveTypes(): string[] {
  const types = new Set(defaultLiveTypes())
  for (const { cfn } of mappedTypes()) if (cfn.startsWith('AWS::') && !FACT_TYPES.includes(cfn) && scannable(cfn)) types.add(cfn)
  return [...types].sort()
}
