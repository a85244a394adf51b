// What an STS failure is, and whether asking again can help. configure-aws-credentials retries everything, so a
// wrong trust policy fails after minutes (its issue #683); Plumbline retries only what can succeed on retry.

/** The AWS error code of an SDK error, without the SDK's "Exception" suffix ('InvalidIdentityToken'). */
export function awsErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined
  const { name, Code } = error as { name?: unknown; Code?: unknown }
  const code = typeof Code === 'string' && Code ? Code : typeof name === 'string' ? name : undefined
  return code?.replace(/Exception$/, '')
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode
  return typeof status === 'number' ? status : undefined
}

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequests',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'TransactionInProgress',
  'BandwidthLimitExceeded',
  'EC2ThrottledException'
])

const NETWORK_ERROR_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTCONN'])
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'])

export function isNetworkError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown }
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true
  if (typeof name === 'string' && TIMEOUT_NAMES.has(name)) return true
  return typeof message === 'string' && /socket hang up/i.test(message)
}

/** STS's transient JWKS failure: the token is fine, AWS could not fetch GitHub's signing keys this time. */
export function isVerificationKeyFailure(error: unknown): boolean {
  return awsErrorCode(error) === 'InvalidIdentityToken' && /couldn't retrieve verification key/i.test(errorMessage(error))
}

/**
 * Retry throttling, 5xx, network failures, IDPCommunicationError and the verification-key failure; never a
 * refusal (AccessDenied, other InvalidIdentityToken, ExpiredToken, ValidationError) or any other 4xx.
 */
export function isRetryableStsError(error: unknown): boolean {
  const code = awsErrorCode(error)
  if (code && THROTTLING_CODES.has(code)) return true
  if (code === 'IDPCommunicationError') return true
  if (isVerificationKeyFailure(error)) return true
  if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || code === 'ExpiredToken' || code === 'ValidationError') {
    return false
  }
  const status = httpStatus(error)
  if (status !== undefined && status >= 500) return true
  if ((error as { $fault?: unknown } | null)?.$fault === 'server') return true
  return isNetworkError(error)
}
