// Terraform → CloudFormation mapping (design.md "Mapping Terraform to CloudFormation", "Canonical form").
//
// Companions without their parent: a companion (S3 versioning, a policy attachment) whose parent is not among
// the input resources — a bucket or principal managed in another configuration — is reported in `unmapped`,
// never turned into a half resource. A bucket made of nothing but a versioning setting would fail every other
// bucket rule and show up as drift against the real bucket; the user's expectation is that the configuration
// that owns the bucket is where the bucket is judged. A policy attachment naming several principals folds into
// those present and is reported only when none is.
//
// A companion that has a standalone CloudFormation form (a security-group rule: AWS::EC2::SecurityGroupIngress)
// folds only into exactly one parent, and is otherwise judged on its own in that form: a rule opening SSH to a
// group managed elsewhere, or through an expression we cannot follow, is a finding of its own, and the rules
// treat it as possibly belonging to any group whose id it might be (rules/support/ingress.ts), never as nothing.
import type { Resource, TfResource, UnmappedResource } from '../types.js'
import { parsePath } from '../paths.js'
import { isUnknownAttr, ResourceBuilder } from './builder.js'
import { accountPublicAccessBlock, ebsEncryptionByDefault, passwordPolicy } from './account-facts.js'
import { mapAwscc } from './awscc.js'
import { COMPANION_SPECS, MAPPING_SPECS } from './data/index.js'
import { IGNORED_TYPES } from './data/ignored.js'
import { companionMapper, derivedMapper } from './derived.js'
import { accessanalyzerAnalyzer } from './aws/accessanalyzer-analyzer.js'
import { cloudTrail } from './aws/cloudtrail.js'
import { logMetricFilter, metricAlarm } from './aws/cloudwatch-monitoring.js'
import { configRecorder, configRecorderStatus } from './aws/config-recorder.js'
import { dbInstance } from './aws/db-instance.js'
import { ebsVolume } from './aws/ebs-volume.js'
import { dbClusterSnapshotFact, dbSnapshotCopyFact, dbSnapshotFact, docdbClusterSnapshotFact, neptuneClusterSnapshotFact } from './aws/rds-snapshot-facts.js'
import { ami, amiCopy, amiFromInstance, amiLaunchPermission, ebsSnapshot, ebsSnapshotCopy, ebsSnapshotImport } from './aws/ec2-image-facts.js'
import { efsFileSystem } from './aws/efs-file-system.js'
import { flowLog } from './aws/flow-log.js'
import { guarddutyDetector } from './aws/guardduty-detector.js'
import {
  iamGroupPolicy,
  iamGroupPolicyAttachment,
  iamPolicyAttachment,
  iamRolePolicy,
  iamRolePolicyAttachment,
  iamUserPolicy,
  iamUserPolicyAttachment
} from './aws/iam-attachments.js'
import { iamGroup, iamPolicy, iamRole, iamUser } from './aws/iam-principals.js'
import { instance } from './aws/instance.js'
import { kmsKey } from './aws/kms-key.js'
import { lambdaFunction } from './aws/lambda-function.js'
import { lambdaFunctionUrl } from './aws/lambda-function-url.js'
import { lambdaPermission } from './aws/lambda-permission.js'
import { defaultNetworkAcl, inlineNetworkAclEntries, networkAcl, networkAclRule } from './aws/network-acl.js'
import { rdsCluster } from './aws/rds-cluster.js'
import { rdsClusterInstance } from './aws/rds-cluster-instance.js'
import { s3Bucket } from './aws/s3-bucket.js'
import { securityhubAccount } from './aws/securityhub-account.js'
import {
  s3BucketEncryption,
  s3BucketLogging,
  s3BucketNotification,
  s3BucketOwnershipControls,
  s3BucketPublicAccessBlock,
  s3BucketVersioning
} from './aws/s3-bucket-companions.js'
import { inlineBucketPolicies } from './aws/s3-bucket-inline-policy.js'
import { bucketVersioningFacts } from './aws/s3-bucket-versioning-fact.js'
import { s3BucketPolicy } from './aws/s3-bucket-policy.js'
import { defaultSecurityGroup, securityGroup } from './aws/security-group.js'
import { securityGroupRule, vpcSecurityGroupEgressRule, vpcSecurityGroupIngressRule } from './aws/security-group-rule-resources.js'
import { defaultVpc, vpc } from './aws/vpc.js'
import { PARENT_KEY, type CompanionMapper, type ResourceMapper } from './registry.js'
import { ParentIndex } from './resolve.js'
import { awsccTypeNames, cfnTypeOfAwscc } from '../model/schemas.js'
import { applyUnsetComputedDefaults } from './unset-computed.js'

const RESOURCE_MAPPERS: ReadonlyMap<string, ResourceMapper> = new Map(
  [
    logMetricFilter, metricAlarm,
    s3Bucket, s3BucketPolicy, securityGroup, defaultSecurityGroup, dbInstance, rdsCluster, rdsClusterInstance, iamRole, iamUser, iamGroup,
    iamPolicy, cloudTrail, ebsVolume, vpc, defaultVpc, flowLog, kmsKey, lambdaFunction, lambdaPermission,
    lambdaFunctionUrl, efsFileSystem, instance, passwordPolicy, ebsEncryptionByDefault, accountPublicAccessBlock,
    networkAcl, defaultNetworkAcl, networkAclRule,
    guarddutyDetector, securityhubAccount, accessanalyzerAnalyzer, configRecorder, configRecorderStatus,
    ebsSnapshot, ebsSnapshotCopy, ebsSnapshotImport, ami, amiCopy, amiFromInstance,
    dbSnapshotFact, dbSnapshotCopyFact, dbClusterSnapshotFact, docdbClusterSnapshotFact, neptuneClusterSnapshotFact,
    ...MAPPING_SPECS.map(derivedMapper)
  ].map((m) => [m.tfType, m])
)

const COMPANION_MAPPERS: ReadonlyMap<string, CompanionMapper> = new Map(
  [
    s3BucketVersioning, s3BucketEncryption, s3BucketLogging, s3BucketPublicAccessBlock, s3BucketOwnershipControls, s3BucketNotification,
    securityGroupRule, vpcSecurityGroupIngressRule, vpcSecurityGroupEgressRule, iamRolePolicyAttachment,
    iamUserPolicyAttachment, iamGroupPolicyAttachment, iamPolicyAttachment, iamRolePolicy, iamUserPolicy, iamGroupPolicy,
    amiLaunchPermission,
    ...COMPANION_SPECS.map(companionMapper)
  ].map((m) => [m.tfType, m])
)

/** The aws_* types mapped to a resource of their own, and those folded into the resource they configure. */
export const AWS_TYPE_COVERAGE: { resources: readonly string[]; companions: readonly string[] } = {
  resources: [...RESOURCE_MAPPERS.keys()].sort(),
  companions: [...COMPANION_MAPPERS.keys()].sort()
}

/** Every Terraform type the mapping understands (resources, folded companions, awscc types with a schema). */
export const MAPPED_TF_TYPES: ReadonlySet<string> = new Set([
  ...RESOURCE_MAPPERS.keys(),
  ...COMPANION_MAPPERS.keys(),
  ...awsccTypeNames()
])

/** One mapped Terraform type: the CloudFormation type it becomes (a companion: its parent's), and how. */
export interface MappedType {
  tf: string
  cfn: string
  kind: 'resource' | 'companion' | 'awscc'
}

/**
 * Every mapped Terraform type with its CloudFormation type, for the documentation and the catalogue. A hand-written
 * mapper says its type by mapping an empty resource of its Terraform type (every mapper takes absent attributes).
 */
export function mappedTypes(): MappedType[] {
  const probe = (type: string): TfResource => ({ address: `${type}.probe`, type, name: 'probe', values: {}, unknown: [], sensitive: [], origin: 'hcl' })
  const cfnOf = new Map<string, string>()
  for (const [tfType, mapper] of RESOURCE_MAPPERS) cfnOf.set(tfType, mapper.map(probe(tfType)).type)
  const out: MappedType[] = [...cfnOf].map(([tf, cfn]) => ({ tf, cfn, kind: 'resource' as const }))
  for (const [tf, mapper] of COMPANION_MAPPERS) {
    const parent = mapper.targets.map((t) => t.parentTypes.map((p) => cfnOf.get(p))).flat().find((c): c is string => c !== undefined)
    out.push({ tf, cfn: parent ?? 'unknown', kind: 'companion' })
  }
  for (const tf of awsccTypeNames()) out.push({ tf, cfn: cfnTypeOfAwscc(tf)!, kind: 'awscc' })
  return out.sort((a, b) => (a.tf < b.tf ? -1 : a.tf > b.tf ? 1 : 0))
}

function hasParent(found: ReadonlyArray<readonly [TfResource, unknown]>, parent: TfResource): boolean {
  for (let i = 0; i < found.length; i++) if (found[i][0] === parent) return true
  return false
}

type Target = CompanionMapper['targets'][number]

/** The value naming a companion's parent is not known yet (unknown, or null in .tf code). */
function isUndecided(companion: TfResource, attrName: string): boolean {
  const value = companion.values[attrName]
  return value === undefined || value === null || isUnknownAttr(companion, attrName)
}

/**
 * Parents a companion folds into: by reference, else by value (lists: both, de-duplicated). A single value not
 * known yet whose expression refers to several parents (`cond ? aws_iam_user.a.name : aws_iam_user.b.name`) names
 * one of them, not each: those are only possible parents (markPossibleParents).
 */
function parentsOf(companion: TfResource, mapper: CompanionMapper, index: ParentIndex): Array<[TfResource, Target]> {
  const found: Array<[TfResource, Target]> = []
  for (const target of mapper.targets) {
    const value = companion.values[target.attr]
    const byRef = index.byReference(companion, target.attr, target.parentTypes)
    const parents = Array.isArray(value)
      ? [...byRef, ...value.flatMap((v) => index.byValueOf(companion, v, target.parentTypes))]
      : byRef.length > 1 && isUndecided(companion, target.attr)
        ? []
        : byRef.length > 0
          ? byRef
          : index.byValueOf(companion, value, target.parentTypes)
    for (let i = 0; i < parents.length; i++) if (!hasParent(found, parents[i])) found.push([parents[i], target])
  }
  return found
}

/**
 * The one parent a companion with a standalone form folds into, or none. A known value names the parent by value
 * only (an expression may refer to a group on a branch not taken: `var.create ? aws_security_group.this[0].id :
 * var.id`); an unknown one by the references its expression resolves to (through locals, concat(...)[0],
 * conditionals and module outputs, which the sources follow), among the parents that exist. Several candidates
 * are as undecided as none.
 */
function singleParentOf(companion: TfResource, mapper: CompanionMapper, index: ParentIndex, exists: (tf: TfResource) => boolean): [TfResource, CompanionMapper['targets'][number]] | undefined {
  const found: Array<[TfResource, CompanionMapper['targets'][number]]> = []
  for (const target of mapper.targets) {
    const value = companion.values[target.attr]
    const known = typeof value === 'string' && value !== '' && !isUnknownAttr(companion, target.attr)
    const parents = known ? index.byValueOf(companion, value, target.parentTypes) : index.byReference(companion, target.attr, target.parentTypes)
    for (let i = 0; i < parents.length; i++) if (exists(parents[i]) && !hasParent(found, parents[i])) found.push([parents[i], target])
  }
  return found.length === 1 ? found[0] : undefined
}

/** A parent a companion may or may not change, and the properties it would set there. */
interface PossibleChange {
  parent: ResourceBuilder
  properties: string[]
}

/**
 * A companion tied to no parent while the value naming its parent is not known yet may belong to any of its
 * possible parents, so what it would set is unknown on each, and the rules that need it answer unknown instead of
 * passing a parent the companion may change (an AdministratorAccess attachment, a public access block turned off):
 * - the expression refers to several parents of the configuration: one of those;
 * - it reads a data source (read when Terraform applies, it may return any name, one this configuration gives
 *   included): any parent of its types;
 * - otherwise (a reference through a local in a plan, a variable in .tf code): any parent whose own name is unknown
 *   too, since a known name would have made the companion's value known. A companion naming its parent by a known
 *   value belongs to another configuration and changes nothing here.
 * It stays reported in `unmapped` either way.
 */
function possibleChanges(companion: TfResource, mapper: CompanionMapper, builders: ReadonlyMap<TfResource, ResourceBuilder>, index: ParentIndex): PossibleChange[] {
  const changes: PossibleChange[] = []
  for (const target of mapper.targets) {
    const value = companion.values[target.attr]
    const values = Array.isArray(value) ? value : [value]
    const undecided = isUnknownAttr(companion, target.attr) || values.some((v, i) => v === undefined || v === null || (Array.isArray(value) && isUnknownAttr(companion, `${target.attr}[${i}]`)))
    if (!undecided) continue
    const referenced = index.byReference(companion, target.attr, target.parentTypes).filter((tf) => builders.has(tf))
    const readsDataSource = companion.references?.[target.attr]?.some((ref) => ref.startsWith('data.')) === true
    const candidates =
      referenced.length > 0
        ? referenced.map((tf) => builders.get(tf)!)
        : [...builders].filter(([tf]) => target.parentTypes.includes(tf.type) && (readsDataSource || typeof PARENT_KEY[tf.type]?.(tf.values) !== 'string')).map(([, b]) => b)
    if (candidates.length === 0) continue
    // What the companion sets on a parent: fold it into a scratch copy of the first candidate and read it back.
    const scratch = new ResourceBuilder(candidates[0].type, candidates[0].tf)
    mapper.fold(scratch, companion, target)
    const written = scratch.finish()
    const properties = [...new Set([...Object.keys(written.properties), ...(written.unknown ?? []).map((path) => String(parsePath(path)[0]))])]
    for (const parent of candidates) changes.push({ parent, properties })
  }
  return changes
}

/**
 * A possible change made unknown on the finished parent. A list the parent already has (known items, or items of
 * unknown value) may gain one item: an item of unknown value keeps what the known ones decide (a direct attachment
 * still fails "no attached policies") and leaves the rest unknown. Any other property becomes unknown as a whole.
 */
function applyPossibleChange(resource: Resource, properties: readonly string[]): void {
  const unknown = (resource.unknown ??= [])
  for (const property of properties) {
    const list = resource.properties[property]
    const known = Array.isArray(list) ? list.length : 0
    const prefix = `${property}[`
    let unknownItems = 0
    for (let i = 0; i < unknown.length; i++) if (unknown[i].startsWith(prefix)) unknownItems++
    if (known + unknownItems > 0) unknown.push(`${property}[${known + unknownItems}]`)
    else if (!unknown.includes(property)) unknown.push(property)
  }
}

export function mapTerraform(input: TfResource[]): { resources: Resource[]; unmapped: UnmappedResource[] } {
  // First the plan's unset-but-computed unknowns become AWS's defaults, so that companions fold over them.
  const tf = input.map(applyUnsetComputedDefaults)
  const builders = new Map<TfResource, ResourceBuilder>()
  // Companions and their mappers side by side (no pair per companion); index loops throughout, as in builder.ts.
  const companions: TfResource[] = []
  const companionMappers: CompanionMapper[] = []
  const unmapped: UnmappedResource[] = []
  for (let i = 0; i < tf.length; i++) {
    const resource = tf[i]
    const mapper = RESOURCE_MAPPERS.get(resource.type)
    if (mapper) {
      builders.set(resource, mapper.map(resource))
      continue
    }
    const companion = COMPANION_MAPPERS.get(resource.type)
    if (companion) {
      companions.push(resource)
      companionMappers.push(companion)
      continue
    }
    const awsccType = cfnTypeOfAwscc(resource.type)
    if (awsccType) builders.set(resource, mapAwscc(resource, awsccType))
    else if (!(resource.type in IGNORED_TYPES)) unmapped.push({ address: resource.address, type: resource.type })
  }

  const index = new ParentIndex(tf)
  const standalone: ResourceBuilder[] = []
  const possible: PossibleChange[] = []
  for (let i = 0; i < companions.length; i++) {
    const resource = companions[i]
    const mapper = companionMappers[i]
    if (mapper.standalone) {
      const parent = singleParentOf(resource, mapper, index, (p) => builders.has(p))
      if (parent) mapper.fold(builders.get(parent[0])!, resource, parent[1])
      else standalone.push(...mapper.standalone(resource))
      continue
    }
    const parents = parentsOf(resource, mapper, index).filter(([p]) => builders.has(p))
    if (parents.length === 0) {
      unmapped.push({ address: resource.address, type: resource.type, reason: 'parent-elsewhere' })
      possible.push(...possibleChanges(resource, mapper, builders, index))
    }
    for (const [parent, target] of parents) mapper.fold(builders.get(parent)!, resource, target)
  }

  const all = [...builders.values(), ...standalone, ...inlineBucketPolicies(tf, index), ...bucketVersioningFacts(tf, index), ...inlineNetworkAclEntries(tf)]
  const resources: Resource[] = []
  for (let i = 0; i < all.length; i++) {
    const builder = all[i]
    builder.linkReferences((attrName) => index.referencedAddresses(builder.tf, attrName))
    resources.push(builder.finish())
  }
  if (possible.length > 0) {
    const finished = new Map<ResourceBuilder, Resource>()
    for (let i = 0; i < all.length; i++) finished.set(all[i], resources[i])
    for (const change of possible) applyPossibleChange(finished.get(change.parent)!, change.properties)
  }
  return { resources, unmapped }
}

export { schemaFacts, type TypeSchemaFacts } from '../model/schemas.js'
export { IGNORED_TYPES } from './data/ignored.js'
export { ABSENT, UNSET_COMPUTED_DEFAULTS, applyUnsetComputedDefaults, type UnsetComputedDefault } from './unset-computed.js'
export { normalizeRuleEntry } from '../model/security-group-rules.js'
export { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, BUCKET_VERSIONING_TYPE, EBS_ENCRYPTION_BY_DEFAULT_TYPE, PASSWORD_POLICY_TYPE } from '../model/facts.js'
