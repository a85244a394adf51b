import {
  ExpiredTokenException,
  IDPCommunicationErrorException,
  InvalidIdentityTokenException,
  STSServiceException
} from '@aws-sdk/client-sts'
import { awsErrorCode, isRetryableStsError } from '../../src/auth/errors.js'
import { STS_RETRY, backoffDelay, withRetry } from '../../src/retry.js'

const metadata = (httpStatusCode: number) => ({ httpStatusCode })
const serviceError = (name: string, status: number, message = name, fault: 'client' | 'server' = status >= 500 ? 'server' : 'client') =>
  new STSServiceException({ name, $fault: fault, $metadata: metadata(status), message })
const networkError = (code: string, message: string) => Object.assign(new Error(message), { code })

describe('isRetryableStsError', () => {
  it.each<[string, unknown]>([
    ['Throttling', serviceError('Throttling', 400, 'Rate exceeded')],
    ['ThrottlingException', serviceError('ThrottlingException', 400)],
    ['a 500', serviceError('InternalFailure', 500)],
    ['a 503 with no code', serviceError('Unknown', 503)],
    ['IDPCommunicationError', new IDPCommunicationErrorException({ message: 'could not reach', $metadata: metadata(400) })],
    [
      "InvalidIdentityToken: Couldn't retrieve verification key",
      new InvalidIdentityTokenException({
        message: "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
        $metadata: metadata(400)
      })
    ],
    ['ECONNRESET', networkError('ECONNRESET', 'read ECONNRESET')],
    ['socket hang up', networkError('ECONNRESET', 'socket hang up')],
    ['a socket hang up without a code', new Error('socket hang up')],
    ['TimeoutError', Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' })]
  ])('retries %s', (_what, error) => {
    expect(isRetryableStsError(error)).toBe(true)
  })

  it.each<[string, unknown]>([
    ['AccessDenied', serviceError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity')],
    ['another InvalidIdentityToken', new InvalidIdentityTokenException({ message: 'Incorrect token audience', $metadata: metadata(400) })],
    ['ExpiredToken', new ExpiredTokenException({ message: 'Token expired', $metadata: metadata(400) })],
    ['ValidationError', serviceError('ValidationError', 400, 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')],
    ['InvalidClientTokenId', serviceError('InvalidClientTokenId', 403)],
    ['a plain programming error', new TypeError('x is undefined')],
    ['a thrown string', 'boom']
  ])('does not retry %s', (_what, error) => {
    expect(isRetryableStsError(error)).toBe(false)
  })

  it('reads the code without the SDK suffix', () => {
    expect(awsErrorCode(new InvalidIdentityTokenException({ message: 'm', $metadata: {} }))).toBe('InvalidIdentityToken')
    expect(awsErrorCode(serviceError('AccessDenied', 403))).toBe('AccessDenied')
    expect(awsErrorCode('text')).toBeUndefined()
  })
})

describe('withRetry', () => {
  const retryable = (error: unknown) => (error as Error).message === 'transient'

  it('backs off with full jitter: uniform below min(cap, base·2^n)', () => {
    expect(backoffDelay(0, 200, 5000, () => 0.999)).toBe(199)
    expect(backoffDelay(3, 200, 5000, () => 0.5)).toBe(800)
    expect(backoffDelay(10, 200, 5000, () => 0.999)).toBe(4995)
    expect(backoffDelay(4, 200, 5000, () => 0)).toBe(0)
  })

  it('retries a transient failure with growing waits, then returns the result', async () => {
    const waits: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        calls++
        if (calls < 4) throw new Error('transient')
        return 'ok'
      },
      { attempts: 5, baseMs: 100, capMs: 10_000, isRetryable: retryable, random: () => 0.5, sleep: async (ms) => void waits.push(ms) }
    )
    expect(result).toBe('ok')
    expect(calls).toBe(4)
    expect(waits).toEqual([50, 100, 200])
  })

  it('gives up after the last attempt, with the last error', async () => {
    let calls = 0
    const failing = withRetry(
      async () => {
        calls++
        throw new Error('transient')
      },
      { ...STS_RETRY, isRetryable: retryable, sleep: async () => {} }
    )
    await expect(failing).rejects.toThrow('transient')
    expect(calls).toBe(STS_RETRY.attempts)
  })

  it('does not retry what cannot succeed', async () => {
    let calls = 0
    const sleeps: number[] = []
    const failing = withRetry(
      async () => {
        calls++
        throw new Error('refused')
      },
      { ...STS_RETRY, isRetryable: retryable, sleep: async (ms) => void sleeps.push(ms) }
    )
    await expect(failing).rejects.toThrow('refused')
    expect(calls).toBe(1)
    expect(sleeps).toEqual([])
  })
})
