// Account-level facts have no CloudFormation type: they are resources of our own `Plumbline::` types, fed by
// Terraform here and by the live account-fact calls later, in the same shapes (design.md "Canonical form"):
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
//     AccountSigningCertificatesPresent: 0|1, Users: n, Roles: n, ... }.
//   Plumbline::IAM::CredentialReport         live only; region 'global'; IAM GetCredentialReport parsed:
//     { GeneratedTime: ISO-8601 string, Users: [ { user, arn, user_creation_time, password_enabled,
//     password_last_used, password_last_changed, password_next_rotation, mfa_active, access_key_1_active,
//     access_key_1_last_rotated, access_key_1_last_used_date, access_key_1_last_used_region,
//     access_key_1_last_used_service, access_key_2_... , cert_1_active, cert_1_last_rotated, cert_2_... } ] }:
//     one object per CSV row, keyed by the CSV's own column names, values the CSV's strings unchanged ('true',
//     'false', 'N/A', 'no_information', 'not_supported', ISO dates). The root user is the row '<root_account>'.
//
// Their id is the account id when known (provider configuration, or the resource's own account_id), else null.
import { ResourceBuilder } from './builder.js'
import { copyFields, toBoolean, toNumber, type Convert } from './convert.js'
import type { ResourceMapper } from './registry.js'

export const PASSWORD_POLICY_TYPE = 'Plumbline::IAM::PasswordPolicy'
export const EBS_ENCRYPTION_BY_DEFAULT_TYPE = 'Plumbline::EC2::EbsEncryptionByDefault'
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = 'Plumbline::S3::AccountPublicAccessBlock'
export const ACCOUNT_SUMMARY_TYPE = 'Plumbline::IAM::AccountSummary'
export const CREDENTIAL_REPORT_TYPE = 'Plumbline::IAM::CredentialReport'

const orDefault = (fallback: unknown): Convert => (v) => toBoolean(v ?? fallback)
const positiveOrAbsent: Convert = (v) => {
  const n = toNumber(v)
  return typeof n === 'number' && n > 0 ? n : undefined
}

export const passwordPolicy: ResourceMapper = {
  tfType: 'aws_iam_account_password_policy',
  map(tf) {
    const b = new ResourceBuilder(PASSWORD_POLICY_TYPE, tf)
    b.region = 'global'
    b.id = tf.account ?? null
    const v = tf.values
    // Provider defaults (for code checked without a plan): minimum length 6, users may change their password.
    b.set('MinimumPasswordLength', toNumber(v.minimum_password_length ?? 6), ['minimum_password_length'])
    b.set('AllowUsersToChangePassword', orDefault(true)(v.allow_users_to_change_password), ['allow_users_to_change_password'])
    for (const [property, attrName] of [
      ['RequireSymbols', 'require_symbols'],
      ['RequireNumbers', 'require_numbers'],
      ['RequireUppercaseCharacters', 'require_uppercase_characters'],
      ['RequireLowercaseCharacters', 'require_lowercase_characters']
    ] as const) {
      b.set(property, orDefault(false)(v[attrName]), [attrName])
    }
    copyFields(b, [
      ['MaxPasswordAge', 'max_password_age', positiveOrAbsent],
      ['PasswordReusePrevention', 'password_reuse_prevention', positiveOrAbsent],
      ['HardExpiry', 'hard_expiry', toBoolean]
    ])
    b.set('ExpirePasswords', typeof b.properties.MaxPasswordAge === 'number', ['max_password_age'])
    return b
  }
}

export const ebsEncryptionByDefault: ResourceMapper = {
  tfType: 'aws_ebs_encryption_by_default',
  map(tf) {
    const b = new ResourceBuilder(EBS_ENCRYPTION_BY_DEFAULT_TYPE, tf)
    b.id = tf.account ?? null
    b.set('EbsEncryptionByDefault', orDefault(true)(tf.values.enabled), ['enabled'])
    return b
  }
}

export const accountPublicAccessBlock: ResourceMapper = {
  tfType: 'aws_s3_account_public_access_block',
  map(tf) {
    const b = new ResourceBuilder(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, tf)
    b.region = 'global'
    const account = typeof tf.values.account_id === 'string' && tf.values.account_id !== '' ? tf.values.account_id : tf.account
    b.account = account
    b.id = account ?? null
    for (const [property, attrName] of [
      ['BlockPublicAcls', 'block_public_acls'],
      ['IgnorePublicAcls', 'ignore_public_acls'],
      ['BlockPublicPolicy', 'block_public_policy'],
      ['RestrictPublicBuckets', 'restrict_public_buckets']
    ] as const) {
      b.set(property, orDefault(false)(tf.values[attrName]), [attrName])
    }
    return b
  }
}
