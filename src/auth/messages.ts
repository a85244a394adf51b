// The one-line messages for the authentication failures users meet (configure-aws-credentials' tracker: missing
// id-token permission, fork pull requests, trust policy conditions, session duration). Each says what to change.
// Messages quote AWS's own text, scrubbed of any secret value and folded onto one line.
import { isImmutableSub } from './oidc.js'

export type NameOf = (input: string) => string

/** Folds whitespace (the toolkit's errors span lines) and replaces any secret that slipped into `text`. */
export function oneLine(text: string, secrets: readonly string[] = []): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length >= 8) result = result.split(secret).join('***')
  }
  return result.replace(/\s+/g, ' ').trim()
}

export function missingIdTokenPermission(nameOf: NameOf): string {
  return (
    `${nameOf('role-to-assume')} is set but the job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ` +
    'add `permissions: id-token: write` to the job or workflow, or leave the role unset to use credentials from an earlier step.'
  )
}

export function forkPullRequestHasNoToken(nameOf: NameOf): string {
  return (
    `${nameOf('role-to-assume')} is set but this run is for a pull request from a fork, and GitHub gives forks no OIDC token: ` +
    'run the live scan in the scheduled workflow (or on pull_request_target, with care: it runs with the base repository\'s permissions) ' +
    'and keep fork pull requests to the plan check (live: false).'
  )
}

export function tokenRequestFailed(audience: string, detail: string): string {
  return `Could not get a GitHub OIDC token for audience "${audience}": ${detail}`
}

export function trustPolicyRefusedToken(
  roleArn: string,
  claims: Record<string, unknown> | undefined,
  awsMessage: string
): string {
  const sub = typeof claims?.sub === 'string' ? claims.sub : undefined
  const aud = Array.isArray(claims?.aud) ? claims.aud.join(', ') : typeof claims?.aud === 'string' ? claims.aud : undefined
  const seen = sub !== undefined || aud !== undefined ? `the token has sub "${sub ?? '(none)'}" and aud "${aud ?? '(none)'}"` : 'the token could not be decoded'
  const immutable =
    sub !== undefined && isImmutableSub(sub)
      ? ' This repository uses GitHub\'s immutable sub format (repo:OWNER@ID/REPO@ID:..., repositories created on or after 2026-07-15 or opted in): a condition written with names only does not match it.'
      : ''
  return (
    `The trust policy of ${roleArn} refused the GitHub OIDC token (${awsMessage}): ${seen}; ` +
    `make the role's token.actions.githubusercontent.com:sub and :aud conditions match them.${immutable}`
  )
}

export function tokenRejected(roleArn: string, awsMessage: string, audience: string): string {
  return (
    `STS rejected the GitHub OIDC token for ${roleArn} (${awsMessage}): the role's account needs an IAM OIDC identity provider ` +
    `for https://token.actions.githubusercontent.com whose audiences include "${audience}".`
  )
}

export function durationTooLong(nameOf: NameOf, roleArn: string, requestedSeconds: number, awsMessage: string): string {
  return (
    `${nameOf('role-duration-seconds')} (${requestedSeconds}) is longer than ${roleArn} allows (${awsMessage}): ` +
    'lower it, or raise the role\'s maximum session duration.'
  )
}

export function assumeRoleRefused(
  nameOf: NameOf,
  roleArn: string,
  sourcePrincipal: string,
  externalIdSent: boolean,
  awsMessage: string
): string {
  const externalId = externalIdSent
    ? `an ExternalId was sent (${nameOf('role-external-id')}); check it matches the role's sts:ExternalId condition`
    : `no ExternalId was sent; if the role requires one, set ${nameOf('role-external-id')}`
  return (
    `Could not assume ${roleArn} from ${sourcePrincipal} (${awsMessage}): the role's trust policy must allow ` +
    `${sourcePrincipal} (or its role) sts:AssumeRole; ${externalId}.`
  )
}

export function noCredentials(nameOf: NameOf, detail: string): string {
  return (
    `No AWS credentials were found (${detail}): in the action, set ${nameOf('role-to-assume')} (with \`permissions: id-token: write\`) ` +
    'or run aws-actions/configure-aws-credentials before this step; on the command line, set AWS_PROFILE, ' +
    'or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'
  )
}

export function credentialsRejected(principal: string, detail: string): string {
  return `STS rejected the credentials of ${principal} (${detail}): refresh them (a new session, aws sso login, or new access keys).`
}

export function accountNotAllowed(nameOf: NameOf, accountId: string, principal: string): string {
  return (
    `Account ${accountId} (${principal}) is not in ${nameOf('allowed-account-ids')}: ` +
    'add it there if it should be scanned, or remove the role that leads to it.'
  )
}

export function stsCallFailed(what: string, detail: string): string {
  return `Could not ${what}: ${detail}`
}
