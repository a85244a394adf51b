// STS, query protocol (Version 2011-06-15): AssumeRoleWithWebIdentity (GitHub's OIDC token against a role's
// trust), AssumeRole (a trusted principal's session, ExternalId, role chaining) and GetCallerIdentity.
import { GITHUB_ISSUER } from './oidc.mjs'
import { ServiceError, queryReply } from './protocol.mjs'

const MIN_DURATION = 900
const MAX_DURATION = 43200
const CHAINED_MAX_DURATION = 3600
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

/** StringLike: `*` any run of characters, `?` exactly one. */
export function globMatches(pattern, value) {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${source}$`, 's').test(value)
}

const validationError = (message) => new ServiceError('ValidationError', 400, message)

function requestedDuration(params) {
  const raw = params.get('DurationSeconds')
  if (raw === null) return 3600
  const seconds = Number(raw)
  if (!Number.isInteger(seconds)) throw validationError(`1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must be a number`)
  if (seconds < MIN_DURATION) throw validationError(`1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to ${MIN_DURATION}`)
  if (seconds > MAX_DURATION) throw validationError(`1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to ${MAX_DURATION}`)
  return seconds
}

function requiredParam(params, name) {
  const value = params.get(name)
  if (value === null || value === '') {
    const member = name.charAt(0).toLowerCase() + name.slice(1)
    throw validationError(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`)
  }
  return value
}

function sessionName(params) {
  const name = requiredParam(params, 'RoleSessionName')
  if (!SESSION_NAME.test(name)) {
    throw validationError(`1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`)
  }
  return name
}

const credentialsXml = (session) => ({
  AccessKeyId: session.accessKeyId,
  SecretAccessKey: session.secretAccessKey,
  SessionToken: session.sessionToken,
  Expiration: session.expiration.toISOString()
})

/** The role's account, for the call log and fault matching, before the call is authorised. */
export function roleAccountOf(params) {
  return /^arn:aws:iam::(\d{12}):role\//.exec(params.get('RoleArn') ?? '')?.[1]
}

export function assumeRoleWithWebIdentity(ctx) {
  const { params, identities, oidc, requestId } = ctx
  const roleArn = requiredParam(params, 'RoleArn')
  const name = sessionName(params)
  const token = requiredParam(params, 'WebIdentityToken')
  const duration = requestedDuration(params)
  const role = identities.roles.get(roleArn)
  const claims = oidc.verifiedClaims(token)
  if (!claims) {
    throw new ServiceError('InvalidIdentityToken', 400, 'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.')
  }
  if (claims.iss !== GITHUB_ISSUER || !role?.oidc) {
    // The role's account has no OIDC provider for this issuer (or the role does not trust one).
    throw new ServiceError('InvalidIdentityToken', 400, `No OpenIDConnect provider found in your account for ${claims.iss}`)
  }
  const now = Math.floor(Date.now() / 1000)
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    throw new ServiceError('ExpiredTokenException', 400, `Token expired: current date/time ${now} must be before the expiration date/time ${claims.exp}`)
  }
  if (typeof claims.nbf === 'number' && claims.nbf > now) {
    throw new ServiceError('InvalidIdentityToken', 400, 'The web identity token that was passed is not yet valid (nbf).')
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audiences.includes(role.oidc.aud) || typeof claims.sub !== 'string' || !globMatches(role.oidc.sub, claims.sub)) {
    throw new ServiceError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
  }
  if (duration > role.maxSessionDuration) throw validationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  const session = identities.issueSession(role, name, duration)
  return queryReply(
    'sts',
    'AssumeRoleWithWebIdentity',
    {
      Credentials: credentialsXml(session),
      SubjectFromWebIdentityToken: claims.sub,
      AssumedRoleUser: { Arn: session.arn, AssumedRoleId: session.userId },
      Provider: GITHUB_ISSUER,
      Audience: role.oidc.aud
    },
    requestId
  )
}

export function assumeRole(ctx) {
  const { params, identities, caller, requestId } = ctx
  const roleArn = requiredParam(params, 'RoleArn')
  const name = sessionName(params)
  const duration = requestedDuration(params)
  const role = identities.roles.get(roleArn)
  const denied = () => new ServiceError('AccessDenied', 403, `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`)
  if (!role) throw denied()
  const trusted = role.trustedPrincipals.some((principal) => principal === caller.account || principal === caller.roleArn || principal === caller.arn)
  if (!trusted) throw denied()
  if (role.externalId !== undefined && params.get('ExternalId') !== role.externalId) throw denied()
  if (caller.isSession && duration > CHAINED_MAX_DURATION) {
    throw validationError('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.')
  }
  if (duration > role.maxSessionDuration) throw validationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  const session = identities.issueSession(role, name, duration)
  return queryReply('sts', 'AssumeRole', { Credentials: credentialsXml(session), AssumedRoleUser: { AssumedRoleId: session.userId, Arn: session.arn } }, requestId)
}

export function getCallerIdentity(ctx) {
  const { caller, requestId } = ctx
  return queryReply('sts', 'GetCallerIdentity', { UserId: caller.userId, Account: caller.account, Arn: caller.arn }, requestId)
}
