// The authentication settings (design settings table) and their validation. The lead's config layer fills the
// defaults; this only judges the values, one InputError line naming the input and what to do.
import { InputError } from '../types.js'
import {
  ACCOUNT_ID,
  EXTERNAL_ID,
  MAX_DURATION_SECONDS,
  MIN_DURATION_SECONDS,
  SESSION_NAME,
  parseRoleArn
} from './arn.js'

export interface AuthSettings {
  /** role-to-assume */
  roleToAssume?: string
  /** audience of the OIDC token (default 'sts.amazonaws.com') */
  audience: string
  /** role-session-name (default 'plumbline') */
  roleSessionName: string
  /** role-duration-seconds (default 3600) */
  roleDurationSeconds: number
  /** additional-role-arns */
  additionalRoleArns: string[]
  /** role-external-id */
  roleExternalId?: string
  /** allowed-account-ids (empty: any account) */
  allowedAccountIds: string[]
  /** aws-region: the region STS is called in */
  region: string
}

const ROLE_ARN_SHAPE = 'arn:aws:iam::123456789012:role/NAME'

/**
 * Checks the formats STS would reject (role ARNs, session name, duration, account ids, external id), so that a
 * typo is reported as bad input before any token is requested. `nameOf` turns an input name into what the user
 * typed (an action input or a CLI flag).
 */
export function validateAuthSettings(settings: AuthSettings, nameOf: (input: string) => string): void {
  if (settings.roleToAssume !== undefined && !parseRoleArn(settings.roleToAssume)) {
    throw new InputError(
      `${nameOf('role-to-assume')}: "${settings.roleToAssume}" is not an IAM role ARN; give the full ARN (${ROLE_ARN_SHAPE}).`
    )
  }
  for (const arn of settings.additionalRoleArns) {
    if (!parseRoleArn(arn)) {
      throw new InputError(
        `${nameOf('additional-role-arns')}: "${arn}" is not an IAM role ARN; list full role ARNs (${ROLE_ARN_SHAPE}), one per line or comma-separated.`
      )
    }
  }
  if (settings.audience.trim() === '') {
    throw new InputError(`${nameOf('audience')} is empty; leave it unset for sts.amazonaws.com or give the audience your OIDC provider expects.`)
  }
  if (!SESSION_NAME.test(settings.roleSessionName)) {
    throw new InputError(
      `${nameOf('role-session-name')}: "${settings.roleSessionName}" is not a valid session name; use 2 to 64 characters of letters, digits and + = , . @ _ -.`
    )
  }
  const duration = settings.roleDurationSeconds
  if (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS) {
    throw new InputError(
      `${nameOf('role-duration-seconds')}: ${duration} is out of range; give whole seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS} (and at most the role's maximum session duration).`
    )
  }
  for (const id of settings.allowedAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InputError(`${nameOf('allowed-account-ids')}: "${id}" is not an AWS account id; list 12-digit account ids.`)
    }
  }
  // The external id is not echoed: some treat it as a shared secret.
  if (settings.roleExternalId !== undefined && !EXTERNAL_ID.test(settings.roleExternalId)) {
    throw new InputError(
      `${nameOf('role-external-id')} is not a valid external id; use 2 to 1224 characters of letters, digits and + = , . @ : / _ -.`
    )
  }
}
