// The Terraform side of the account-level facts: aws_iam_account_password_policy, aws_ebs_encryption_by_default and
// aws_s3_account_public_access_block as the Plumbline:: types whose shapes src/model/facts.ts documents.
import { ResourceBuilder } from './builder.js'
import { copyFields, toBoolean, toNumber, type Convert } from './convert.js'
import type { ResourceMapper } from './registry.js'
import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, EBS_ENCRYPTION_BY_DEFAULT_TYPE, PASSWORD_POLICY_TYPE } from '../model/facts.js'

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
