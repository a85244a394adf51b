// The rule registry: every rule, its framework references (inverted from the frameworks' coverage), and lookup by
// our id or by a Checkov / Prowler alias.
import { closestMatch } from '../suggest.js'
import type { FrameworkId, Rule } from '../types.js'
import type { RuleDefinition } from './support/outcome.js'
import { ruleFromSpec } from './declarative/compile.js'
import type { RuleSpec } from './declarative/form.js'
import type { Framework } from './frameworks/framework.js'
import { frameworkWithCoverage } from './frameworks/coverage.js'
import { CATALOGUES } from './frameworks/catalogues.js'
import { accessanalyzerEnabled } from './accessanalyzer/accessanalyzer-enabled.js'
import { apigatewayDomainTls12 } from './apigateway/apigateway-domain-tls12.js'
import { apigatewayMethodAuthorization } from './apigateway/apigateway-method-authorization.js'
import { apigatewayStageAccessLogging } from './apigateway/apigateway-stage-access-logging.js'
import { apigatewayStageCacheEnabled } from './apigateway/apigateway-stage-cache-enabled.js'
import { apigatewayStageClientCertificate } from './apigateway/apigateway-stage-client-certificate.js'
import { apigatewayStageXrayTracing } from './apigateway/apigateway-stage-xray-tracing.js'
import { apigatewayV2RouteAuthorization } from './apigateway/apigateway-v2-route-authorization.js'
import { cloudfrontCustomSslCertificate } from './cloudfront/cloudfront-custom-ssl-certificate.js'
import { cloudfrontDefaultRootObject } from './cloudfront/cloudfront-default-root-object.js'
import { cloudfrontGeoRestrictionEnabled } from './cloudfront/cloudfront-geo-restriction-enabled.js'
import { cloudfrontLoggingEnabled } from './cloudfront/cloudfront-logging-enabled.js'
import { cloudfrontOriginNoDeprecatedTls } from './cloudfront/cloudfront-origin-no-deprecated-tls.js'
import { cloudfrontOriginTrafficEncrypted } from './cloudfront/cloudfront-origin-traffic-encrypted.js'
import { cloudfrontS3OriginAccessControl } from './cloudfront/cloudfront-s3-origin-access-control.js'
import { cloudfrontSniEnabled } from './cloudfront/cloudfront-sni-enabled.js'
import { cloudfrontViewerHttpsRequired } from './cloudfront/cloudfront-viewer-https-required.js'
import { cloudfrontViewerTls12 } from './cloudfront/cloudfront-viewer-tls12.js'
import { cloudfrontWafEnabled } from './cloudfront/cloudfront-waf-enabled.js'
import { cloudwatchAlarmUnauthorizedApiCalls } from './cloudwatch/cloudwatch-alarm-unauthorized-api-calls.js'
import { cloudwatchAlarmConsoleSignInWithoutMfa } from './cloudwatch/cloudwatch-alarm-console-sign-in-without-mfa.js'
import { cloudwatchAlarmRootUsage } from './cloudwatch/cloudwatch-alarm-root-usage.js'
import { cloudwatchAlarmIamPolicyChanges } from './cloudwatch/cloudwatch-alarm-iam-policy-changes.js'
import { cloudwatchAlarmCloudtrailChanges } from './cloudwatch/cloudwatch-alarm-cloudtrail-changes.js'
import { cloudwatchAlarmConsoleAuthenticationFailures } from './cloudwatch/cloudwatch-alarm-console-authentication-failures.js'
import { cloudwatchAlarmCmkDisableOrDeletion } from './cloudwatch/cloudwatch-alarm-cmk-disable-or-deletion.js'
import { cloudwatchAlarmS3BucketPolicyChanges } from './cloudwatch/cloudwatch-alarm-s3-bucket-policy-changes.js'
import { cloudwatchAlarmConfigChanges } from './cloudwatch/cloudwatch-alarm-config-changes.js'
import { cloudwatchAlarmSecurityGroupChanges } from './cloudwatch/cloudwatch-alarm-security-group-changes.js'
import { cloudwatchAlarmNetworkAclChanges } from './cloudwatch/cloudwatch-alarm-network-acl-changes.js'
import { cloudwatchAlarmNetworkGatewayChanges } from './cloudwatch/cloudwatch-alarm-network-gateway-changes.js'
import { cloudwatchAlarmRouteTableChanges } from './cloudwatch/cloudwatch-alarm-route-table-changes.js'
import { cloudwatchAlarmVpcChanges } from './cloudwatch/cloudwatch-alarm-vpc-changes.js'
import { cloudwatchAlarmOrganizationsChanges } from './cloudwatch/cloudwatch-alarm-organizations-changes.js'
import { cloudtrailBucketAccessLoggingEnabled } from './cloudtrail/cloudtrail-bucket-access-logging-enabled.js'
import { cloudtrailKmsEncryptionEnabled } from './cloudtrail/cloudtrail-kms-encryption-enabled.js'
import { cloudtrailLogFileValidationEnabled } from './cloudtrail/cloudtrail-log-file-validation-enabled.js'
import { cloudtrailMultiRegionEnabled } from './cloudtrail/cloudtrail-multi-region-enabled.js'
import { configRecorderAllRegions } from './config/config-recorder-all-regions.js'
import { ec2DefaultSgRestrictsAllTraffic } from './ec2/ec2-default-sg-restricts-all-traffic.js'
import { ec2EbsDefaultEncryptionEnabled } from './ec2/ec2-ebs-default-encryption-enabled.js'
import { ec2EbsVolumeEncrypted } from './ec2/ec2-ebs-volume-encrypted.js'
import { ec2InstanceProfileAttached } from './ec2/ec2-instance-profile-attached.js'
import { ec2InstanceImdsv2Required } from './ec2/ec2-instance-imdsv2-required.js'
import { ec2NetworkAclNoPublicAdminPorts } from './ec2/ec2-network-acl-no-public-admin-ports.js'
import { ec2SgNoPublicCifs } from './ec2/ec2-sg-no-public-cifs.js'
import { ec2SgNoPublicAllPorts } from './ec2/ec2-sg-no-public-all-ports.js'
import { ec2SgNoPublicRdp } from './ec2/ec2-sg-no-public-rdp.js'
import { ec2SgNoPublicSsh } from './ec2/ec2-sg-no-public-ssh.js'
import { efsFileSystemEncrypted } from './efs/efs-file-system-encrypted.js'
import { elbAccessLoggingEnabled } from './elb/elb-access-logging-enabled.js'
import { elbConnectionDrainingEnabled } from './elb/elb-connection-draining-enabled.js'
import { elbCrossZoneLoadBalancingEnabled } from './elb/elb-cross-zone-load-balancing-enabled.js'
import { elbListenersEncrypted } from './elb/elb-listeners-encrypted.js'
import { elbMultipleAz } from './elb/elb-multiple-az.js'
import { elbv2AccessLoggingEnabled } from './elbv2/elbv2-access-logging-enabled.js'
import { elbv2AlbDesyncMitigationMode } from './elbv2/elbv2-alb-desync-mitigation-mode.js'
import { elbv2AlbDropInvalidHeaderFields } from './elbv2/elbv2-alb-drop-invalid-header-fields.js'
import { elbv2CrossZoneLoadBalancingEnabled } from './elbv2/elbv2-cross-zone-load-balancing-enabled.js'
import { elbv2DeletionProtectionEnabled } from './elbv2/elbv2-deletion-protection-enabled.js'
import { elbv2ListenerHttpsOrRedirect } from './elbv2/elbv2-listener-https-or-redirect.js'
import { elbv2ListenerTls12Policy } from './elbv2/elbv2-listener-tls12-policy.js'
import { elbv2MultipleAz } from './elbv2/elbv2-multiple-az.js'
import { guarddutyEnabled } from './guardduty/guardduty-enabled.js'
import { iamCustomerPolicyNoAdmin } from './iam/iam-customer-policy-no-admin.js'
import { iamInlinePolicyNoAdmin } from './iam/iam-inline-policy-no-admin.js'
import { iamNoAdministratorAccessAttached } from './iam/iam-no-administrator-access-attached.js'
import { iamPasswordPolicyMinLength14 } from './iam/iam-password-policy-min-length-14.js'
import { iamPasswordPolicyReuse24 } from './iam/iam-password-policy-reuse-24.js'
import { iamRootMfaEnabled } from './iam/iam-root-mfa-enabled.js'
import { iamRootNoAccessKeys } from './iam/iam-root-no-access-keys.js'
import { iamRootHardwareMfaEnabled } from './iam/iam-root-hardware-mfa-enabled.js'
import { iamRootNotUsedRecently } from './iam/iam-root-not-used-recently.js'
import { iamUserNoUnusedInitialAccessKey } from './iam/iam-user-no-unused-initial-access-key.js'
import { iamServerCertificatesNotExpired } from './iam/iam-server-certificates-not-expired.js'
import { iamSupportRoleExists } from './iam/iam-support-role-exists.js'
import { iamUserAccessKeysRotated90Days } from './iam/iam-user-access-keys-rotated-90-days.js'
import { iamUserConsoleMfaEnabled } from './iam/iam-user-console-mfa-enabled.js'
import { iamUserOneActiveAccessKey } from './iam/iam-user-one-active-access-key.js'
import { iamUserNoAttachedPolicies } from './iam/iam-user-no-attached-policies.js'
import { iamUserUnusedCredentials45Days } from './iam/iam-user-unused-credentials-45-days.js'
import { kmsKeyRotationEnabled } from './kms/kms-key-rotation-enabled.js'
import { lambdaFunctionNoSecretsInEnv } from './lambda/lambda-function-no-secrets-in-env.js'
import { lambdaFunctionNotPublic } from './lambda/lambda-function-not-public.js'
import { lambdaFunctionSupportedRuntime } from './lambda/lambda-function-supported-runtime.js'
import { lambdaFunctionUrlAuthRequired } from './lambda/lambda-function-url-auth-required.js'
import { rdsClusterDeletionProtection } from './rds/rds-cluster-deletion-protection.js'
import { rdsClusterStorageEncrypted } from './rds/rds-cluster-storage-encrypted.js'
import { rdsInstanceAutoMinorVersionUpgrade } from './rds/rds-instance-auto-minor-version-upgrade.js'
import { rdsInstanceBackupEnabled } from './rds/rds-instance-backup-enabled.js'
import { rdsInstanceDeletionProtection } from './rds/rds-instance-deletion-protection.js'
import { rdsInstanceMultiAz } from './rds/rds-instance-multi-az.js'
import { rdsInstanceNotPubliclyAccessible } from './rds/rds-instance-not-publicly-accessible.js'
import { rdsInstanceStorageEncrypted } from './rds/rds-instance-storage-encrypted.js'
import { s3AccountPublicAccessBlockEnabled } from './s3/s3-account-public-access-block-enabled.js'
import { s3BucketAccessLoggingEnabled } from './s3/s3-bucket-access-logging-enabled.js'
import { s3BucketAclsDisabled } from './s3/s3-bucket-acls-disabled.js'
import { s3BucketObjectReadEventsLogged } from './s3/s3-bucket-object-read-events-logged.js'
import { s3BucketObjectWriteEventsLogged } from './s3/s3-bucket-object-write-events-logged.js'
import { s3BucketKmsEncryption } from './s3/s3-bucket-kms-encryption.js'
import { s3BucketPolicyNotPublic } from './s3/s3-bucket-policy-not-public.js'
import { s3BucketPublicAccessBlockEnabled } from './s3/s3-bucket-public-access-block-enabled.js'
import { s3BucketTlsOnly } from './s3/s3-bucket-tls-only.js'
import { s3BucketMfaDeleteEnabled } from './s3/s3-bucket-mfa-delete-enabled.js'
import { s3BucketVersioningEnabled } from './s3/s3-bucket-versioning-enabled.js'
import { securityhubEnabled } from './securityhub/securityhub-enabled.js'
import { vpcFlowLogsEnabled } from './vpc/vpc-flow-logs-enabled.js'
import { wafv2WebaclHasRules } from './wafv2/wafv2-webacl-has-rules.js'
import { wafv2WebaclLoggingEnabled } from './wafv2/wafv2-webacl-logging-enabled.js'
import { wafv2WebaclRuleMetrics } from './wafv2/wafv2-webacl-rule-metrics.js'

const DEFINITIONS: readonly RuleDefinition[] = [
  accessanalyzerEnabled,
  apigatewayDomainTls12,
  apigatewayMethodAuthorization,
  apigatewayStageAccessLogging,
  apigatewayStageCacheEnabled,
  apigatewayStageClientCertificate,
  apigatewayStageXrayTracing,
  apigatewayV2RouteAuthorization,
  cloudfrontCustomSslCertificate,
  cloudfrontDefaultRootObject,
  cloudfrontGeoRestrictionEnabled,
  cloudfrontLoggingEnabled,
  cloudfrontOriginNoDeprecatedTls,
  cloudfrontOriginTrafficEncrypted,
  cloudfrontS3OriginAccessControl,
  cloudfrontSniEnabled,
  cloudfrontViewerHttpsRequired,
  cloudfrontViewerTls12,
  cloudfrontWafEnabled,
  cloudtrailBucketAccessLoggingEnabled,
  cloudtrailKmsEncryptionEnabled,
  cloudtrailLogFileValidationEnabled,
  cloudtrailMultiRegionEnabled,
  cloudwatchAlarmUnauthorizedApiCalls,
  cloudwatchAlarmConsoleSignInWithoutMfa,
  cloudwatchAlarmRootUsage,
  cloudwatchAlarmIamPolicyChanges,
  cloudwatchAlarmCloudtrailChanges,
  cloudwatchAlarmConsoleAuthenticationFailures,
  cloudwatchAlarmCmkDisableOrDeletion,
  cloudwatchAlarmS3BucketPolicyChanges,
  cloudwatchAlarmConfigChanges,
  cloudwatchAlarmSecurityGroupChanges,
  cloudwatchAlarmNetworkAclChanges,
  cloudwatchAlarmNetworkGatewayChanges,
  cloudwatchAlarmRouteTableChanges,
  cloudwatchAlarmVpcChanges,
  cloudwatchAlarmOrganizationsChanges,
  configRecorderAllRegions,
  ec2DefaultSgRestrictsAllTraffic,
  ec2EbsDefaultEncryptionEnabled,
  ec2EbsVolumeEncrypted,
  ec2InstanceImdsv2Required,
  ec2InstanceProfileAttached,
  ec2NetworkAclNoPublicAdminPorts,
  ec2SgNoPublicAllPorts,
  ec2SgNoPublicCifs,
  ec2SgNoPublicRdp,
  ec2SgNoPublicSsh,
  efsFileSystemEncrypted,
  elbAccessLoggingEnabled,
  elbConnectionDrainingEnabled,
  elbCrossZoneLoadBalancingEnabled,
  elbListenersEncrypted,
  elbMultipleAz,
  elbv2AccessLoggingEnabled,
  elbv2AlbDesyncMitigationMode,
  elbv2AlbDropInvalidHeaderFields,
  elbv2CrossZoneLoadBalancingEnabled,
  elbv2DeletionProtectionEnabled,
  elbv2ListenerHttpsOrRedirect,
  elbv2ListenerTls12Policy,
  elbv2MultipleAz,
  guarddutyEnabled,
  iamCustomerPolicyNoAdmin,
  iamInlinePolicyNoAdmin,
  iamNoAdministratorAccessAttached,
  iamPasswordPolicyMinLength14,
  iamPasswordPolicyReuse24,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamRootHardwareMfaEnabled,
  iamRootNotUsedRecently,
  iamServerCertificatesNotExpired,
  iamUserNoUnusedInitialAccessKey,
  iamSupportRoleExists,
  iamUserAccessKeysRotated90Days,
  iamUserConsoleMfaEnabled,
  iamUserNoAttachedPolicies,
  iamUserOneActiveAccessKey,
  iamUserUnusedCredentials45Days,
  kmsKeyRotationEnabled,
  lambdaFunctionNoSecretsInEnv,
  lambdaFunctionNotPublic,
  lambdaFunctionSupportedRuntime,
  lambdaFunctionUrlAuthRequired,
  rdsClusterDeletionProtection,
  rdsClusterStorageEncrypted,
  rdsInstanceAutoMinorVersionUpgrade,
  rdsInstanceBackupEnabled,
  rdsInstanceDeletionProtection,
  rdsInstanceMultiAz,
  rdsInstanceNotPubliclyAccessible,
  rdsInstanceStorageEncrypted,
  s3AccountPublicAccessBlockEnabled,
  s3BucketAccessLoggingEnabled,
  s3BucketAclsDisabled,
  s3BucketKmsEncryption,
  s3BucketMfaDeleteEnabled,
  s3BucketObjectReadEventsLogged,
  s3BucketObjectWriteEventsLogged,
  s3BucketPolicyNotPublic,
  s3BucketPublicAccessBlockEnabled,
  s3BucketTlsOnly,
  s3BucketVersioningEnabled,
  securityhubEnabled,
  vpcFlowLogsEnabled,
  wafv2WebaclHasRules,
  wafv2WebaclLoggingEnabled,
  wafv2WebaclRuleMetrics
]

/** Every requirement of each framework, with the rules that evidence it (src/rules/frameworks/coverage.ts). */
export const FRAMEWORKS: readonly Framework[] = CATALOGUES.map((catalogue) => frameworkWithCoverage(catalogue, DEFINITIONS))

/**
 * Rules whose facts only a live scan collects (IAM's account summary and credential report): a plan or .tf
 * code never gives them anything to judge, so they have no Terraform fixture.
 */
export const LIVE_ONLY_RULE_IDS: ReadonlySet<string> = new Set(
  [iamRootMfaEnabled, iamRootHardwareMfaEnabled, iamRootNoAccessKeys, iamRootNotUsedRecently, iamUserNoUnusedInitialAccessKey, iamServerCertificatesNotExpired, iamSupportRoleExists, iamUserAccessKeysRotated90Days, iamUserConsoleMfaEnabled, iamUserUnusedCredentials45Days, iamUserOneActiveAccessKey].map((r) => r.id)
)

/** Framework id → requirement ids, for one rule. */
function frameworksOf(ruleId: string): Partial<Record<FrameworkId, string[]>> {
  const refs: Partial<Record<FrameworkId, string[]>> = {}
  for (const framework of FRAMEWORKS) {
    const ids = Object.entries(framework.requirements)
      .filter(([, requirement]) => requirement.rules.includes(ruleId))
      .map(([id]) => id)
    if (ids.length > 0) refs[framework.id] = ids
  }
  return refs
}

export const ALL_RULES: readonly Rule[] = DEFINITIONS.map((definition) => ({
  ...definition,
  frameworks: frameworksOf(definition.id)
}))

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]))

const BY_ALIAS = new Map<string, Rule[]>()
for (const rule of ALL_RULES) {
  for (const alias of [...rule.aliases.checkov, ...rule.aliases.prowler]) {
    const key = alias.toLowerCase()
    BY_ALIAS.set(key, [...(BY_ALIAS.get(key) ?? []), rule])
  }
}

/** Aliases as their catalogues spell them (CKV_AWS_21), for suggestions; BY_ALIAS is keyed in lower case. */
const BY_ALIAS_SPELLED = new Map<string, true>()
for (const rule of ALL_RULES) for (const alias of [...rule.aliases.checkov, ...rule.aliases.prowler]) BY_ALIAS_SPELLED.set(alias, true)

const BY_TYPE = new Map<string, Rule[]>()
for (const rule of ALL_RULES) {
  for (const type of rule.resourceTypes) BY_TYPE.set(type, [...(BY_TYPE.get(type) ?? []), rule])
}

/**
 * Every rule an id or alias names: our id (exact, one rule), or a Checkov id (CKV_AWS_21) or Prowler id
 * (s3_bucket_object_versioning), case-insensitive, which may name several rules (a Checkov skip comment
 * suppresses all of them). Empty when nothing matches.
 */
export function findRules(idOrAlias: string): Rule[] {
  const own = BY_ID.get(idOrAlias.toLowerCase())
  if (own) return [own]
  return [...(BY_ALIAS.get(idOrAlias.toLowerCase()) ?? [])]
}

/** The rule an id or alias names; for an alias shared by several rules, the first in registry order. */
export function findRule(idOrAlias: string): Rule | undefined {
  return findRules(idOrAlias)[0]
}

/** The rules that judge resources of a CloudFormation (or Plumbline::) type. */
export function rulesForType(cfnType: string): readonly Rule[] {
  return BY_TYPE.get(cfnType) ?? []
}

/** The rule id (or Checkov or Prowler id) a mistyped name most likely meant, for "did you mean" in messages. */
export function suggestRuleName(name: string): string | undefined {
  const aliasLike = /^ckv2?_/i.test(name) || name.includes('_')
  return closestMatch(name, aliasLike ? BY_ALIAS_SPELLED.keys() : BY_ID.keys())
}

/** What loading the user's rules needs to know about ours. */
export interface RuleRegistry {
  /** Whether a built-in rule has this id (a custom rule may not take it). */
  builtin(id: string): boolean
  /** The framework ids a rule may name. */
  frameworkIds: readonly string[]
}

export const RULE_REGISTRY: RuleRegistry = {
  builtin: (id) => BY_ID.has(id),
  frameworkIds: FRAMEWORKS.map((framework) => framework.id)
}

/** One of the user's rules (a validated declarative spec) as the engine runs it. */
export function customRule(spec: RuleSpec): Rule {
  return { ...ruleFromSpec(spec), frameworks: spec.frameworks as Rule['frameworks'], source: 'custom' }
}

/**
 * findRules and suggestRuleName over the built-in rules and the user's: suppressions, skip-rules and severity
 * overrides name custom rules by id like built-in ones.
 */
export function ruleLookup(custom: readonly Rule[]): { find(idOrAlias: string): Rule[]; suggest(name: string): string | undefined } {
  if (custom.length === 0) return { find: findRules, suggest: suggestRuleName }
  const byId = new Map(custom.map((rule) => [rule.id, rule]))
  return {
    find: (name) => {
      const own = byId.get(name.toLowerCase()) ?? byId.get(name)
      return own ? [own] : findRules(name)
    },
    suggest: (name) => (/^ckv2?_/i.test(name) || name.includes('_') ? suggestRuleName(name) : closestMatch(name, [...BY_ID.keys(), ...byId.keys()]))
  }
}
