// Every named predicate a declarative rule can call, one module each.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { accessKeysRotated } from './access-keys-rotated.js'
import { bucketAclsDisabled } from './bucket-acls-disabled.js'
import { bucketDeniesInsecureTransport } from './bucket-denies-insecure-transport.js'
import { bucketKmsEncrypted } from './bucket-kms-encrypted.js'
import { bucketMfaDeleteEnabled } from './bucket-mfa-delete-enabled.js'
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
import { noExpiredServerCertificates } from './no-expired-server-certificates.js'
import { noInternetNaclIngress } from './no-internet-nacl-ingress.js'
import { noSecretsInEnvironment } from './no-secrets-in-environment.js'
import { noStandaloneSgRules } from './no-standalone-sg-rules.js'
import { noUnusedInitialAccessKeys } from './no-unused-initial-access-keys.js'
import { oneActiveAccessKey } from './one-active-access-key.js'
import { policyGrantsNoAdmin } from './policy-grants-no-admin.js'
import { refersTo } from './refers-to.js'
import { regionHas } from './region-has.js'
import { rootHardwareMfa } from './root-hardware-mfa.js'
import { rootMfaEnabled } from './root-mfa-enabled.js'
import { rootNoAccessKeys } from './root-no-access-keys.js'
import { rootNotUsedRecently } from './root-not-used-recently.js'
import { s3ObjectEventsLogged } from './s3-object-events-logged.js'
import { supportRoleExists } from './support-role-exists.js'
import { terraformReference } from './terraform-reference.js'
import { trailBucketAccessLogging } from './trail-bucket-access-logging.js'
import { trailEventsAlarmed } from './trail-events-alarmed.js'
import { vpcHasFlowLog } from './vpc-has-flow-log.js'

export const PREDICATES: readonly PredicateDefinition[] = [
  accessKeysRotated,
  bucketAclsDisabled,
  bucketDeniesInsecureTransport,
  bucketKmsEncrypted,
  bucketMfaDeleteEnabled,
  bucketPolicyNotPublic,
  bucketPublicAccessBlocked,
  configRecorderRecording,
  consoleMfaEnabled,
  credentialsUsedRecently,
  hasCompanion,
  imdsv2Required,
  isAwsDefault,
  launchTemplateSets,
  noInternetIngress,
  noExpiredServerCertificates,
  noInternetNaclIngress,
  noSecretsInEnvironment,
  noStandaloneSgRules,
  noUnusedInitialAccessKeys,
  oneActiveAccessKey,
  policyGrantsNoAdmin,
  refersTo,
  regionHas,
  rootHardwareMfa,
  rootMfaEnabled,
  rootNoAccessKeys,
  rootNotUsedRecently,
  s3ObjectEventsLogged,
  supportRoleExists,
  terraformReference,
  trailBucketAccessLogging,
  trailEventsAlarmed,
  vpcHasFlowLog
]
