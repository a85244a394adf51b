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
 * inside their group (Cloud Control's read of a group returns its rules), network ACL entries have no list handler.
 */
export const NOT_LISTED: Readonly<Record<string, string>> = {
  'AWS::EC2::SecurityGroupIngress': 'read inside its security group (SecurityGroupIngress)',
  'AWS::EC2::SecurityGroupEgress': 'read inside its security group (SecurityGroupEgress)',
  'AWS::EC2::NetworkAclEntry': 'Cloud Control has no list handler for it: judged on Terraform and saved inventories',
  // Cloud Control's read of a role, user or group returns its inline policies (Policies): listing them again would
  // judge each twice.
  'AWS::IAM::RolePolicy': 'read inside its role (Policies)',
  'AWS::IAM::UserPolicy': 'read inside its user (Policies)',
  'AWS::IAM::GroupPolicy': 'read inside its group (Policies)',
  'AWS::ApiGateway::Method': 'Cloud Control has no list handler for it: judged on Terraform and saved inventories',
  'AWS::ApiGatewayV2::Stage': 'Cloud Control has no list handler for it: judged on Terraform and saved inventories',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'Cloud Control has no handlers for Classic Load Balancers: judged on Terraform and saved inventories',
  'AWS::WAFv2::WebACL': 'its list needs a Scope (REGIONAL, or CLOUDFRONT in us-east-1), which the scan does not pass yet: judged on Terraform and saved inventories'
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
 * that the scan can list (drift compares the types the code declares). policy/plumbline-drift-read-only.json grants it.
 */
export function driftLiveTypes(): string[] {
  const types = new Set(defaultLiveTypes())
  for (const { cfn } of mappedTypes()) if (cfn.startsWith('AWS::') && !FACT_TYPES.includes(cfn) && scannable(cfn)) types.add(cfn)
  return [...types].sort()
}
