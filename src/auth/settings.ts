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
  /** accounts: member accounts reached through member-role-name, listed or discovered (`organization`); absent: none. */
  accounts?: string[] | 'organization'
  /** organization-role-arn: the role that lists the organization (default: the first role lists it). */
  organizationRoleArn?: string
  /** organizational-units: list only the accounts under these OUs (or the root), nested OUs included. */
  organizationalUnits?: string[]
  /** exclude-accounts */
  excludeAccounts?: string[]
  /** member-role-name (default plumbline-scan) */
  memberRoleName?: string
}

const ROLE_ARN_SHAPE = 'arn:aws:iam::123456789012:role/NAME'
/** Organizations' ids of a root (r-...) and an OU (ou-...-...). */
const ORGANIZATION_PARENT = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/
/** A role name, after an optional IAM path (`team/scanner`). */
const ROLE_NAME_WITH_PATH = /^([\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/

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
  for (const id of [...(Array.isArray(settings.accounts) ? settings.accounts : []), ...(settings.excludeAccounts ?? [])]) {
    if (!ACCOUNT_ID.test(id)) {
      const input = Array.isArray(settings.accounts) && settings.accounts.includes(id) ? 'accounts' : 'exclude-accounts'
      throw new InputError(`${nameOf(input)}: "${id}" is not an AWS account id; list 12-digit account ids${input === 'accounts' ? ', or write organization' : ''}.`)
    }
  }
  if (settings.organizationRoleArn !== undefined && !parseRoleArn(settings.organizationRoleArn)) {
    throw new InputError(`${nameOf('organization-role-arn')}: "${settings.organizationRoleArn}" is not an IAM role ARN; give the full ARN (${ROLE_ARN_SHAPE}) of a role in the management or a delegated-administrator account.`)
  }
  const needsOrganization = (input: string) =>
    new InputError(`${nameOf(input)} is set but ${nameOf('accounts')} is not organization; set ${nameOf('accounts')} to organization, or leave ${nameOf(input)} out.`)
  if (settings.accounts !== 'organization') {
    if (settings.organizationRoleArn !== undefined) throw needsOrganization('organization-role-arn')
    if ((settings.organizationalUnits ?? []).length > 0) throw needsOrganization('organizational-units')
  }
  for (const unit of settings.organizationalUnits ?? []) {
    if (!ORGANIZATION_PARENT.test(unit)) {
      throw new InputError(`${nameOf('organizational-units')}: "${unit}" is not an OU or root id; list ids like ou-ab12-cd34ef56 or r-ab12.`)
    }
  }
  if (settings.memberRoleName !== undefined && !ROLE_NAME_WITH_PATH.test(settings.memberRoleName)) {
    throw new InputError(`${nameOf('member-role-name')}: "${settings.memberRoleName}" is not a role name; give the name (with its path, if any: path/name) of the role in every member account.`)
  }
  // The external id is not echoed: some treat it as a shared secret.
  if (settings.roleExternalId !== undefined && !EXTERNAL_ID.test(settings.roleExternalId)) {
    throw new InputError(
      `${nameOf('role-external-id')} is not a valid external id; use 2 to 1224 characters of letters, digits and + = , . @ : / _ -.`
    )
  }
}
