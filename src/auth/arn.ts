// ARNs and identifiers STS and IAM accept, checked before any call so that a typo fails as bad input (exit 2)
// instead of as an AccessDenied from AWS after a token exchange.

export interface RoleArn {
  partition: string
  accountId: string
  /** The role name, without its path. */
  name: string
}

// IAM: a path is '/' or '/segment/.../' of printable ASCII (at most 512), a role name [\w+=,.@-]{1,64}.
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role(\/(?:[\x21-\x7e]+\/)?)?([\w+=,.@-]{1,64})$/

export function parseRoleArn(value: string): RoleArn | undefined {
  const match = ROLE_ARN.exec(value.trim())
  if (!match) return undefined
  const [, partition, accountId, path = '/', name] = match
  if (path.length > 512) return undefined
  return { partition, accountId, name }
}

export const ACCOUNT_ID = /^\d{12}$/

/** STS RoleSessionName: 2 to 64 characters of [\w+=,.@-]. */
export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

/** STS ExternalId: 2 to 1224 characters of [\w+=,.@:/-]. */
export const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/

/** AssumeRole and AssumeRoleWithWebIdentity accept 900 s to 12 h (further capped by the role's maximum). */
export const MIN_DURATION_SECONDS = 900
export const MAX_DURATION_SECONDS = 43_200
/** AWS caps a session assumed with another role's credentials ("role chaining") at one hour. */
export const CHAINED_MAX_DURATION_SECONDS = 3_600

/** The account of an STS or IAM principal ARN (arn:aws:sts::123456789012:assumed-role/R/s), when it has one. */
export function accountOfArn(arn: string): string | undefined {
  const parts = arn.split(':')
  return parts.length >= 6 && ACCOUNT_ID.test(parts[4]) ? parts[4] : undefined
}

/** True for a role session (arn:...:sts::ACCOUNT:assumed-role/...), whose AssumeRole calls are role chaining. */
export function isAssumedRoleArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:sts::\d{12}:assumed-role\//.test(arn)
}
