// Account-level facts have no CloudFormation type: they are resources of our own `Plumbline::` types, fed by
// Terraform (src/mapping/account-facts.ts) and by the live account-fact calls (src/sources/live/account-facts.ts)
// in the same shapes (design.md "Canonical form"):
//
//   Plumbline::IAM::PasswordPolicy           region 'global'; properties named as IAM GetAccountPasswordPolicy
//     returns them: { MinimumPasswordLength: number, RequireSymbols: boolean, RequireNumbers: boolean,
//     RequireUppercaseCharacters: boolean, RequireLowercaseCharacters: boolean, AllowUsersToChangePassword:
//     boolean, ExpirePasswords: boolean, MaxPasswordAge?: number, PasswordReusePrevention?: number,
//     HardExpiry?: boolean }. MaxPasswordAge and PasswordReusePrevention are absent when not set (IAM omits
//     them; Terraform's 0 means the same).
//   Plumbline::EC2::EbsEncryptionByDefault   per region (the provider's): { EbsEncryptionByDefault: boolean }
//     as EC2 GetEbsEncryptionByDefault returns it.
//   Plumbline::S3::AccountPublicAccessBlock  region 'global': { BlockPublicAcls, IgnorePublicAcls,
//     BlockPublicPolicy, RestrictPublicBuckets } (booleans) as S3 Control GetPublicAccessBlock returns them.
//   Plumbline::IAM::AccountSummary           live only; region 'global'; the SummaryMap of IAM GetAccountSummary
//     as IAM returns it (numbers): { AccountMFAEnabled: 0|1, AccountAccessKeysPresent: 0|1,
//     AccountPasswordPresent: 0|1, AccountSigningCertificatesPresent: 0|1, Users: n, Roles: n, ... }.
//   Plumbline::IAM::CredentialReport         live only; region 'global'; IAM GetCredentialReport parsed:
//     { GeneratedTime: ISO-8601 string, Users: [ { user, arn, user_creation_time, password_enabled,
//     password_last_used, password_last_changed, password_next_rotation, mfa_active, access_key_1_active,
//     access_key_1_last_rotated, access_key_1_last_used_date, access_key_1_last_used_region,
//     access_key_1_last_used_service, access_key_2_... , cert_1_active, cert_1_last_rotated, cert_2_... } ] }:
//     one object per CSV row, keyed by the CSV's own column names, values the CSV's strings unchanged ('true',
//     'false', 'N/A', 'no_information', 'not_supported', ISO dates). The root user is the row '<root_account>'.
//
// Their id is the account id when known (provider configuration, or the resource's own account_id), else null.
import type { PropertyTree } from './schemas.js'

export const PASSWORD_POLICY_TYPE = 'Plumbline::IAM::PasswordPolicy'
export const EBS_ENCRYPTION_BY_DEFAULT_TYPE = 'Plumbline::EC2::EbsEncryptionByDefault'
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = 'Plumbline::S3::AccountPublicAccessBlock'
export const ACCOUNT_SUMMARY_TYPE = 'Plumbline::IAM::AccountSummary'
export const CREDENTIAL_REPORT_TYPE = 'Plumbline::IAM::CredentialReport'

/**
 * The property trees of the fact types, in the shape of the CloudFormation schema facts (src/model/schemas.ts:
 * 0 a value, a mapping for an object, lists transparent), so rules on facts are checked like rules on AWS types.
 */
const REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  ...[1, 2].flatMap((n) => [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`,
    `access_key_${n}_last_used_region`,
    `access_key_${n}_last_used_service`,
    `cert_${n}_active`,
    `cert_${n}_last_rotated`
  ])
]
/** The SummaryMap keys of IAM GetAccountSummary. */
const SUMMARY_KEYS = [
  'AccessKeysPerUserQuota',
  'AccountAccessKeysPresent',
  'AccountMFAEnabled',
  'AccountPasswordPresent',
  'AccountSigningCertificatesPresent',
  'AttachedPoliciesPerGroupQuota',
  'AttachedPoliciesPerRoleQuota',
  'AttachedPoliciesPerUserQuota',
  'GlobalEndpointTokenVersion',
  'GroupPolicySizeQuota',
  'Groups',
  'GroupsPerUserQuota',
  'GroupsQuota',
  'InstanceProfiles',
  'InstanceProfilesQuota',
  'MFADevices',
  'MFADevicesInUse',
  'Policies',
  'PoliciesQuota',
  'PolicySizeQuota',
  'PolicyVersionsInUse',
  'PolicyVersionsInUseQuota',
  'Providers',
  'RolePolicySizeQuota',
  'Roles',
  'RolesQuota',
  'ServerCertificates',
  'ServerCertificatesQuota',
  'SigningCertificatesPerUserQuota',
  'UserPolicySizeQuota',
  'Users',
  'UsersQuota',
  'VersionsPerPolicyQuota'
]
const values = (names: readonly string[]): PropertyTree => Object.fromEntries(names.map((name) => [name, 0]))

export const FACT_PROPERTIES: Readonly<Record<string, PropertyTree>> = {
  [PASSWORD_POLICY_TYPE]: values([
    'MinimumPasswordLength',
    'RequireSymbols',
    'RequireNumbers',
    'RequireUppercaseCharacters',
    'RequireLowercaseCharacters',
    'AllowUsersToChangePassword',
    'ExpirePasswords',
    'MaxPasswordAge',
    'PasswordReusePrevention',
    'HardExpiry'
  ]),
  [EBS_ENCRYPTION_BY_DEFAULT_TYPE]: values(['EbsEncryptionByDefault']),
  [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE]: values(['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']),
  [ACCOUNT_SUMMARY_TYPE]: values(SUMMARY_KEYS),
  [CREDENTIAL_REPORT_TYPE]: { GeneratedTime: 0, Users: values(REPORT_COLUMNS) }
}

/** The account-level facts (Plumbline:: types), read with the services' own APIs. */
export const FACT_TYPES: readonly string[] = [
  ACCOUNT_SUMMARY_TYPE,
  PASSWORD_POLICY_TYPE,
  CREDENTIAL_REPORT_TYPE,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  EBS_ENCRYPTION_BY_DEFAULT_TYPE
]
