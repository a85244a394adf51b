// The STS calls, through the real SDK client: the region from the settings, the endpoint from the SDK's own
// configuration (AWS_ENDPOINT_URL_STS, profiles), and the SDK's retries off because withRetry classifies.
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { isRetryableStsError } from './errors.js'
import { STS_RETRY, withRetry } from '../retry.js'

export interface StsContext {
  region: string
  sleep?: (ms: number) => Promise<void>
  info?: (message: string) => void
}

export function createStsClient(region: string, credentials?: AwsCredentialIdentityProvider): STSClient {
  return new STSClient({ region, maxAttempts: 1, ...(credentials ? { credentials } : {}) })
}

/** Runs `call` with a client that is closed afterwards (its sockets would otherwise outlive the scan). */
async function withClient<T>(
  context: StsContext,
  credentials: AwsCredentialIdentityProvider | undefined,
  operation: string,
  call: (client: STSClient) => Promise<T>
): Promise<T> {
  const client = createStsClient(context.region, credentials)
  try {
    return await withRetry(() => call(client), {
      ...STS_RETRY,
      isRetryable: isRetryableStsError,
      sleep: context.sleep,
      onRetry: (error, attempt, delayMs) =>
        context.info?.(`sts:${operation} failed (${(error as Error).name}), try ${attempt + 1} of ${STS_RETRY.attempts} in ${delayMs} ms`)
    })
  } finally {
    client.destroy()
  }
}

function toIdentity(credentials: Credentials | undefined): AwsCredentialIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) throw new Error('STS answered without credentials')
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    expiration: credentials.Expiration
  }
}

export interface WebIdentityRequest {
  roleArn: string
  sessionName: string
  durationSeconds: number
  token: string
}

export async function assumeRoleWithWebIdentity(context: StsContext, request: WebIdentityRequest): Promise<AwsCredentialIdentity> {
  // AssumeRoleWithWebIdentity is unsigned (the token is the proof), so the client needs no credentials.
  const response = await withClient(context, undefined, 'AssumeRoleWithWebIdentity', (client) =>
    client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds,
        WebIdentityToken: request.token
      })
    )
  )
  return toIdentity(response.Credentials)
}

export interface AssumeRoleRequest {
  roleArn: string
  sessionName: string
  durationSeconds: number
  externalId?: string
}

export async function assumeRole(
  context: StsContext,
  source: AwsCredentialIdentityProvider,
  request: AssumeRoleRequest
): Promise<AwsCredentialIdentity> {
  const response = await withClient(context, source, 'AssumeRole', (client) =>
    client.send(
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds,
        ...(request.externalId !== undefined ? { ExternalId: request.externalId } : {})
      })
    )
  )
  return toIdentity(response.Credentials)
}

export interface CallerIdentity {
  accountId: string
  arn: string
}

export async function getCallerIdentity(context: StsContext, credentials: AwsCredentialIdentityProvider): Promise<CallerIdentity> {
  const response = await withClient(context, credentials, 'GetCallerIdentity', (client) => client.send(new GetCallerIdentityCommand({})))
  if (!response.Account || !response.Arn) throw new Error('GetCallerIdentity answered without Account or Arn')
  return { accountId: response.Account, arn: response.Arn }
}

/**
 * The SDK's default credential chain (environment, profiles and SSO, web identity file, container and instance
 * metadata), as resolved by an STS client given no credentials: this avoids depending on
 * @aws-sdk/credential-provider-node directly. The client stays open: the chain's refreshes run through it.
 */
export function defaultCredentialChain(region: string): AwsCredentialIdentityProvider {
  return createStsClient(region).config.credentials
}
