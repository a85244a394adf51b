// Opens one session per account: the first from GitHub's OIDC token (or the SDK's default chain), the others
// chained from it with sts:AssumeRole. Each session's credentials are a refreshing provider that every SDK client
// of that account shares, so scans longer than a chained session's one hour keep working.
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { RunError } from '../types.js'
import { CHAINED_MAX_DURATION_SECONDS, isAssumedRoleArn, parseRoleArn } from './arn.js'
import { awsErrorCode, errorMessage } from './errors.js'
import {
  type NameOf,
  accountNotAllowed,
  assumeRoleRefused,
  credentialsRejected,
  durationTooLong,
  forkPullRequestHasNoToken,
  missingIdTokenPermission,
  noCredentials,
  oneLine,
  stsCallFailed,
  tokenRejected,
  tokenRequestFailed,
  trustPolicyRefusedToken
} from './messages.js'
import { hasTokenRequestEnvironment, isForkPullRequest, tokenClaims } from './oidc.js'
import { refreshingProvider } from './provider.js'
import { type AuthSettings, validateAuthSettings } from './settings.js'
import { type StsContext, assumeRole, assumeRoleWithWebIdentity, defaultCredentialChain, getCallerIdentity } from './sts.js'

export interface AuthHost {
  /** core.getIDToken in the action; undefined in the CLI (no OIDC there → the SDK default credential chain). */
  getIDToken?: (audience: string) => Promise<string>
  /** core.setSecret in the action; a no-op in the CLI. Called on every credential part as soon as it is received, also on refresh. */
  mask: (secret: string) => void
  /** To detect the OIDC request variables and fork pull requests. (The SDK's default chain reads process.env itself.) */
  env: NodeJS.ProcessEnv
  /** Progress lines (never secrets). */
  info?: (message: string) => void
  /** For tests of backoff. */
  sleep?: (ms: number) => Promise<void>
  /** How an input is named to the user (action input or CLI flag); the input's own name when absent. */
  nameOf?: (input: string) => string
}

export interface AccountSession {
  accountId: string
  /** The ARN the session acts as (assumed-role ARN or the user ARN from GetCallerIdentity). */
  principalArn: string
  roleArn?: string
  /** Refreshing credentials provider, for every SDK client of this account (pass as `credentials`). */
  credentials: AwsCredentialIdentityProvider
}

/** A role that could not be assumed; `awsCode` is AWS's error code when AWS refused (AccessDenied and the like). */
export class AssumeRoleError extends RunError {
  constructor(
    message: string,
    readonly awsCode: string | undefined
  ) {
    super(message)
  }
}

/** What opening sessions shares: the settings, the host, and the masking of every credential seen. */
export interface Context {
  settings: AuthSettings
  host: AuthHost
  nameOf: NameOf
  sts: StsContext
  /** Masks each credential part the first time it is seen and returns the credentials. */
  accept: (credentials: AwsCredentialIdentity) => AwsCredentialIdentity
  maskOnce: (secret: string | undefined) => void
  /** Every value masked so far, to scrub from messages that quote AWS or the toolkit. */
  masked: string[]
}

export function createContext(settings: AuthSettings, host: AuthHost): Context {
  const masked = new Set<string>()
  const maskOnce = (secret: string | undefined): void => {
    if (!secret || masked.has(secret)) return
    masked.add(secret)
    host.mask(secret)
  }
  return {
    settings,
    host,
    nameOf: host.nameOf ?? ((input) => input),
    sts: { region: settings.region, sleep: host.sleep, info: host.info },
    accept: (credentials) => {
      maskOnce(credentials.accessKeyId)
      maskOnce(credentials.secretAccessKey)
      maskOnce(credentials.sessionToken)
      return credentials
    },
    maskOnce,
    get masked() {
      return [...masked]
    }
  }
}

/**
 * First session: OIDC web identity when roleToAssume is set and a token source exists (the action), the default
 * chain then sts:AssumeRole when roleToAssume is set without one (the CLI), else the default chain. Then one
 * session per additional role, chained from the first. Refuses accounts outside allowedAccountIds. One session
 * per account: a second role into an account already opened is not assumed.
 */
export async function openSessions(settings: AuthSettings, host: AuthHost): Promise<AccountSession[]> {
  return openSessionsIn(createContext(settings, host))
}

/** openSessions with a context the caller goes on using (organization.ts opens the member accounts with it). */
export async function openSessionsIn(context: Context): Promise<AccountSession[]> {
  const { settings, host } = context
  validateAuthSettings(settings, context.nameOf)
  const first = await openFirstSession(context)
  ensureAllowed(context, first.accountId, first.principalArn)
  const sessions = [first]
  for (const roleArn of settings.additionalRoleArns) {
    const accountId = parseRoleArn(roleArn)!.accountId
    const existing = sessions.find((session) => session.accountId === accountId)
    if (existing) {
      host.info?.(`${roleArn}: account ${accountId} is already scanned as ${existing.principalArn}; not assumed again`)
      continue
    }
    sessions.push(await openAssumedSession(context, first, roleArn))
  }
  return sessions
}

async function openFirstSession(context: Context): Promise<AccountSession> {
  const { roleToAssume } = context.settings
  const { getIDToken } = context.host
  if (roleToAssume !== undefined && getIDToken) return openWebIdentitySession(context, roleToAssume, getIDToken)
  const chain = await openDefaultChainSession(context)
  return roleToAssume === undefined ? chain : openAssumedSession(context, chain, roleToAssume)
}

function ensureAllowed(context: Context, accountId: string, principal: string): void {
  const allowed = context.settings.allowedAccountIds
  if (allowed.length > 0 && !allowed.includes(accountId)) {
    throw new RunError(accountNotAllowed(context.nameOf, accountId, principal))
  }
}

export function describe(error: unknown, context: Context): string {
  const code = awsErrorCode(error)
  const message = errorMessage(error)
  return oneLine(code && !message.startsWith(code) ? `${code}: ${message}` : message, context.masked)
}

function expiresLine(credentials: AwsCredentialIdentity): string {
  return credentials.expiration ? `, expires ${credentials.expiration.toISOString()}` : ''
}

async function openWebIdentitySession(
  context: Context,
  roleArn: string,
  getIDToken: (audience: string) => Promise<string>
): Promise<AccountSession> {
  const { env } = context.host
  if (!hasTokenRequestEnvironment(env)) {
    throw new RunError(isForkPullRequest(env) ? forkPullRequestHasNoToken(context.nameOf) : missingIdTokenPermission(context.nameOf))
  }
  ensureAllowed(context, parseRoleArn(roleArn)!.accountId, roleArn)
  const { audience, roleSessionName, roleDurationSeconds } = context.settings

  // Each refresh asks for a new token: GitHub's tokens last minutes, the session up to hours.
  const fetchCredentials = async (): Promise<AwsCredentialIdentity> => {
    let token: string
    try {
      token = await getIDToken(audience)
    } catch (error) {
      throw new RunError(oneLine(tokenRequestFailed(audience, errorMessage(error)), context.masked))
    }
    context.maskOnce(token)
    try {
      const request = { roleArn, sessionName: roleSessionName, durationSeconds: roleDurationSeconds, token }
      return context.accept(await assumeRoleWithWebIdentity(context.sts, request))
    } catch (error) {
      throw new RunError(webIdentityFailure(context, error, roleArn, token))
    }
  }
  const credentials = refreshingProvider(fetchCredentials)
  const first = await credentials()
  const identity = await callerIdentity(context, credentials, roleArn)
  ensureAllowed(context, identity.accountId, identity.arn)
  context.host.info?.(`Assumed ${roleArn} with the GitHub OIDC token: account ${identity.accountId}${expiresLine(first)}`)
  return { accountId: identity.accountId, principalArn: identity.arn, roleArn, credentials }
}

function webIdentityFailure(context: Context, error: unknown, roleArn: string, token: string): string {
  const code = awsErrorCode(error)
  const message = oneLine(errorMessage(error), context.masked)
  if (code === 'AccessDenied' || code === 'IDPRejectedClaim') return trustPolicyRefusedToken(roleArn, tokenClaims(token), message)
  if (code === 'InvalidIdentityToken') return tokenRejected(roleArn, message, context.settings.audience)
  if (code === 'ValidationError' && /DurationSeconds/i.test(message)) {
    return durationTooLong(context.nameOf, roleArn, context.settings.roleDurationSeconds, message)
  }
  return stsCallFailed(`assume ${roleArn} with the GitHub OIDC token`, describe(error, context))
}

/** The SDK's default chain, its credentials masked as they arrive; a failure to find any says how to give some. */
async function openDefaultChainSession(context: Context): Promise<AccountSession> {
  const chain = defaultCredentialChain(context.settings.region)
  const credentials: AwsCredentialIdentityProvider = async (properties) => {
    try {
      return context.accept(await chain(properties))
    } catch (error) {
      throw new RunError(noCredentials(context.nameOf, describe(error, context)))
    }
  }
  await credentials()
  const identity = await callerIdentity(context, credentials, 'the default credential chain')
  context.host.info?.(`Using the default AWS credential chain: ${identity.arn} (account ${identity.accountId})`)
  return { accountId: identity.accountId, principalArn: identity.arn, credentials }
}

/** sts:AssumeRole from `source`'s credentials (kept fresh by its own provider) into `roleArn`. */
export async function openAssumedSession(context: Context, source: AccountSession, roleArn: string): Promise<AccountSession> {
  ensureAllowed(context, parseRoleArn(roleArn)!.accountId, roleArn)
  const { roleSessionName, roleDurationSeconds, roleExternalId } = context.settings
  const chained = isAssumedRoleArn(source.principalArn)
  const durationSeconds = chained ? Math.min(roleDurationSeconds, CHAINED_MAX_DURATION_SECONDS) : roleDurationSeconds
  if (durationSeconds < roleDurationSeconds) {
    context.host.info?.(
      `${roleArn}: sessions assumed from another role last at most ${CHAINED_MAX_DURATION_SECONDS} s (AWS role chaining); refreshed before they expire`
    )
  }
  const request = { roleArn, sessionName: roleSessionName, durationSeconds, externalId: roleExternalId }
  const fetchCredentials = async (): Promise<AwsCredentialIdentity> => {
    try {
      return context.accept(await assumeRole(context.sts, source.credentials, request))
    } catch (error) {
      throw error instanceof RunError ? error : new AssumeRoleError(assumeRoleFailure(context, error, roleArn, source.principalArn, durationSeconds), awsErrorCode(error))
    }
  }
  const credentials = refreshingProvider(fetchCredentials)
  const first = await credentials()
  const identity = await callerIdentity(context, credentials, roleArn)
  ensureAllowed(context, identity.accountId, identity.arn)
  context.host.info?.(`Assumed ${roleArn} from ${source.principalArn}: account ${identity.accountId}${expiresLine(first)}`)
  return { accountId: identity.accountId, principalArn: identity.arn, roleArn, credentials }
}

function assumeRoleFailure(context: Context, error: unknown, roleArn: string, source: string, durationSeconds: number): string {
  const code = awsErrorCode(error)
  const message = oneLine(errorMessage(error), context.masked)
  if (code === 'AccessDenied') {
    return assumeRoleRefused(context.nameOf, roleArn, source, context.settings.roleExternalId !== undefined, message)
  }
  if (code === 'ValidationError' && /DurationSeconds/i.test(message)) {
    return durationTooLong(context.nameOf, roleArn, durationSeconds, message)
  }
  if (code === 'InvalidClientTokenId' || code === 'SignatureDoesNotMatch' || code === 'ExpiredToken') {
    return credentialsRejected(source, describe(error, context))
  }
  return stsCallFailed(`assume ${roleArn} from ${source}`, describe(error, context))
}

/** GetCallerIdentity with the new credentials: the account they really act in (configure-aws-credentials does the same). */
async function callerIdentity(context: Context, credentials: AwsCredentialIdentityProvider, principal: string) {
  try {
    return await getCallerIdentity(context.sts, credentials)
  } catch (error) {
    if (error instanceof RunError) throw error
    const code = awsErrorCode(error)
    if (code === 'InvalidClientTokenId' || code === 'SignatureDoesNotMatch' || code === 'ExpiredToken') {
      throw new RunError(credentialsRejected(principal, describe(error, context)))
    }
    throw new RunError(stsCallFailed(`confirm the identity of ${principal} (sts:GetCallerIdentity)`, describe(error, context)))
  }
}
