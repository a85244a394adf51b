// What the live scan reads besides the rules' types, and which types are global. Shared by the scanner, the settings
// validation and the least-privilege policy generator (through src/live-types.ts).
// No SDK import here: the settings validation loads this module on every run, plan-only ones too.
import { FACT_TYPES } from '../../model/facts.js'
import { schemaFacts } from '../../model/schemas.js'

// The settings validation (src/config.ts) reads the fact types from here, with the other live types.
export { FACT_TYPES }

/**
 * The CloudFormation types read for joins and drift (the Terraform mapping's types, the resources rules join with:
 * flow logs, bucket policies, Lambda permissions). The default scan reads these and every type a rule judges
 * (src/live-types.ts derives the set from the rules, so a new rule cannot be left without its resources).
 * AWS::EC2::SecurityGroupIngress/Egress are left out: Cloud Control's read of a security group already returns all
 * its rules (the canonical form keeps them inside the group), so listing the rule resources too would only double
 * the calls; they are folded into their group when selected.
 */
export const DEFAULT_LIVE_TYPES: readonly string[] = [
  'AWS::AccessAnalyzer::Analyzer',
  'AWS::CloudTrail::Trail',
  'AWS::CloudWatch::Alarm',
  'AWS::EC2::FlowLog',
  'AWS::EC2::Instance',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SnapshotBlockPublicAccess',
  'AWS::EC2::VPC',
  'AWS::EC2::Volume',
  'AWS::EFS::FileSystem',
  'AWS::GuardDuty::Detector',
  'AWS::IAM::Group',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::Lambda::Permission',
  'AWS::Lambda::Url',
  'AWS::Logs::MetricFilter',
  'AWS::RDS::DBCluster',
  'AWS::RDS::DBInstance',
  'AWS::S3::Bucket',
  'AWS::S3::BucketPolicy',
  'AWS::SecurityHub::Hub',
  // Joined to the web ACLs they log (wafv2-webacl-logging-enabled).
  'AWS::WAFv2::LoggingConfiguration'
]

/** Types Cloud Control serves from every region with the same content: read once per account. */
export function isGlobalType(type: string): boolean {
  return type.startsWith('AWS::IAM::') || type.startsWith('Plumbline::IAM::') || type === 'Plumbline::S3::AccountPublicAccessBlock'
}

/**
 * How a coverage note starts, for people, when a type's properties are only what Cloud Control's list returned.
 * Drift reads the entry's `read: 'list-only'`, never this text (version-1 inventories are mapped on loading).
 */
export const LIST_ONLY_NOTE = 'read from list properties only'

/** The region name global types are recorded under (design: region 'global' for IAM). */
export const GLOBAL_REGION = 'global'

/** A type the live scan can read: one we hold a CloudFormation schema for, or an account fact. */
export function knownLiveType(type: string): boolean {
  return FACT_TYPES.includes(type) || schemaFacts(type) !== undefined
}

export interface RegionSelection {
  /** Regions named by the user (or aws-region by default). */
  named: readonly string[]
  /** `all`: every region enabled in the account (EC2 DescribeRegions). */
  all: boolean
  /** Read global types (IAM) and account-level facts, once per account. */
  global: boolean
}

/**
 * The types whose Cloud Control list handler needs a parent (schema handlers.list.handlerSchema.required) that the
 * scan lists under that parent (a listParent hook in services/: a test checks the two agree). Any other type whose
 * list needs a parent cannot be read by the scan on its own.
 */
export const LISTED_UNDER_PARENT: readonly string[] = [
  'AWS::ApiGateway::Stage',
  'AWS::ApiGatewayV2::Route',
  'AWS::EC2::Route',
  'AWS::EKS::Nodegroup',
  'AWS::Lambda::Permission',
  'AWS::Lambda::Url'
]
