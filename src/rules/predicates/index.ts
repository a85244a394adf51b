// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { accessKeysRotated } from './access-keys-rotated.js'
import { bucketAclsDisabled } from './bucket-acls-disabled.js'
import { bucketDeniesInsecureTransport } from './bucket-denies-insecure-transport.js'
import { bucketKmsEncrypted } from './bucket-kms-encrypted.js'
import { bucketMfaDeleteEnabled } from './bucket-mfa-delete-enabled.js'
import { bucketPolicyNoPublicWrite } from './bucket-policy-no-public-write.js'
import { bucketPolicyNotPublic } from './bucket-policy-not-public.js'
import { bucketPublicAccessBlocked } from './bucket-public-access-blocked.js'
import { configRecorderRecording } from './config-recorder-recording.js'
import { consoleMfaEnabled } from './console-mfa-enabled.js'
import { credentialsUsedRecently } from './credentials-used-recently.js'
import { hasCompanion } from './has-companion.js'
import { imdsv2Required } from './imdsv2-required.js'
import { isAwsDefault } from './is-aws-default.js'
import { launchTemplateSets } from './launch-template-sets.js'
import { noInternetIngress } from './no-internet-ingress.js'
import { noCredentialsInUrl } from './no-credentials-in-url.js'
import { noExpiredServerCertificates } from './no-expired-server-certificates.js'
import { noInternetNaclIngress } from './no-internet-nacl-ingress.js'
import { noSecretsInEnvironment } from './no-secrets-in-environment.js'
import { noSecretsInVariableList } from './no-secrets-in-variable-list.js'
import { noSecretsInNameValueList } from './no-secrets-in-name-value-list.js'
import { noStandaloneSgRules } from './no-standalone-sg-rules.js'
import { noUnusedInitialAccessKeys } from './no-unused-initial-access-keys.js'
import { oneActiveAccessKey } from './one-active-access-key.js'
import { permissionsUsedRecently } from './permissions-used-recently.js'
import { policyAllowsNoneOf } from './policy-allows-none-of.js'
import { policyGrantsNoAdmin } from './policy-grants-no-admin.js'
import { policyNoWildcardActions } from './policy-no-wildcard-actions.js'
import { policyNotPublic } from './policy-not-public.js'
import { propertiesDiffer } from './properties-differ.js'
import { refersTo } from './refers-to.js'
import { regionHas } from './region-has.js'
import { resourcePolicyNotPublic } from './resource-policy-not-public.js'
import { rootHardwareMfa } from './root-hardware-mfa.js'
import { rootMfaEnabled } from './root-mfa-enabled.js'
import { rootNoAccessKeys } from './root-no-access-keys.js'
import { rootNotUsedRecently } from './root-not-used-recently.js'
import { s3ObjectEventsLogged } from './s3-object-events-logged.js'
import { searchDomainNotPublic } from './search-domain-not-public.js'
import { supportRoleExists } from './support-role-exists.js'
import { terraformReference } from './terraform-reference.js'
import { trailBucketAccessLogging } from './trail-bucket-access-logging.js'
import { trailBucketNotPublic } from './trail-bucket-not-public.js'
import { trailEventsAlarmed } from './trail-events-alarmed.js'
import { trustPolicyLimits } from './trust-policy-limits.js'
import { vpcHasFlowLog } from './vpc-has-flow-log.js'

export const PREDICATES: readonly PredicateDefinition[] = [
  accessKeysRotated,
  bucketAclsDisabled,
  bucketDeniesInsecureTransport,
  bucketKmsEncrypted,
  bucketMfaDeleteEnabled,
  bucketPolicyNoPublicWrite,
  bucketPolicyNotPublic,
  bucketPublicAccessBlocked,
  configRecorderRecording,
  consoleMfaEnabled,
  credentialsUsedRecently,
  permissionsUsedRecently,
  hasCompanion,
  imdsv2Required,
  isAwsDefault,
  launchTemplateSets,
  noInternetIngress,
  noCredentialsInUrl,
  noExpiredServerCertificates,
  noInternetNaclIngress,
  noSecretsInEnvironment,
  noSecretsInVariableList,
  noSecretsInNameValueList,
  noStandaloneSgRules,
  noUnusedInitialAccessKeys,
  oneActiveAccessKey,
  policyAllowsNoneOf,
  policyGrantsNoAdmin,
  policyNoWildcardActions,
  policyNotPublic,
  propertiesDiffer,
  refersTo,
  regionHas,
  resourcePolicyNotPublic,
  rootHardwareMfa,
  rootMfaEnabled,
  rootNoAccessKeys,
  rootNotUsedRecently,
  s3ObjectEventsLogged,
  searchDomainNotPublic,
  supportRoleExists,
  terraformReference,
  trailBucketAccessLogging,
  trailBucketNotPublic,
  trailEventsAlarmed,
  trustPolicyLimits,
  vpcHasFlowLog
]
