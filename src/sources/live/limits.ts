// Pacing for the live scan: a rate limit per (account, region), a cap on calls in flight, and a retry that
// knows which AWS errors can succeed on retry. Cloud Control publishes no quota, so the rate is the user's
// (rate-limit, default 20/s) and adapts downwards when AWS answers ThrottlingException anyway.

import { realSleep, withRetry as retryLoop } from '../../retry.js'

export type Sleep = (ms: number) => Promise<void>
export { realSleep }

/**
 * Paces calls to at most `perSecond` (0: no limit) by giving each call the next free slot, one interval after
 * the previous one (no burst: the first second is paced like every other). On throttling the rate drops to
 * 70 % of what it was, and climbs back by 5 % of the configured rate for every 20 calls that pass.
 */
export class RateLimiter {
  private nextFree = 0
  private current: number
  private successes = 0

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: Sleep = realSleep
  ) {
    this.current = perSecond
  }

  /** The rate now in force (requests per second; 0 when unlimited and never throttled). */
  get rate(): number {
    return this.current
  }

  async acquire(): Promise<void> {
    if (this.current <= 0) return
    const now = this.now()
    const slot = Math.max(now, this.nextFree)
    this.nextFree = slot + 1000 / this.current
    if (slot > now) await this.sleep(slot - now)
  }

  /** AWS throttled a call: slow down (also when no limit was set, starting from 10 calls/s). */
  throttled(): void {
    this.current = this.current > 0 ? Math.max(1, this.current * 0.7) : 10
    this.successes = 0
  }

  succeeded(): void {
    if (this.perSecond <= 0 ? this.current <= 0 : this.current >= this.perSecond) return
    if (++this.successes < 20) return
    this.successes = 0
    const ceiling = this.perSecond > 0 ? this.perSecond : Infinity
    const step = this.perSecond > 0 ? this.perSecond * 0.05 : this.current * 0.1
    this.current = Math.min(ceiling, this.current + step)
    // An unlimited scan that recovered far enough is unlimited again.
    if (this.perSecond <= 0 && this.current >= 1000) this.current = 0
  }
}

/** At most `limit` calls in flight across the whole scan. */
export class Semaphore {
  private active = 0
  private readonly waiting: Array<() => void> = []

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
}

export type ErrorKind = 'throttled' | 'transient' | 'denied' | 'unsupported' | 'not-found' | 'fatal'

const THROTTLING = new Set([
  'ThrottlingException', 'Throttling', 'ThrottledException', 'RequestLimitExceeded', 'TooManyRequestsException',
  'RequestThrottled', 'RequestThrottledException', 'SlowDown', 'ServiceLimitExceededException'
])
const DENIED = new Set([
  'AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnauthorizedException', 'AuthorizationError',
  'InvalidClientTokenId', 'UnrecognizedClientException'
])
const UNSUPPORTED = new Set(['UnsupportedActionException', 'TypeNotFoundException', 'PrivateTypeException', 'OptInRequired', 'InvalidRegion'])
const NOT_FOUND = new Set(['ResourceNotFoundException', 'NoSuchEntity', 'NoSuchEntityException', 'NotFound'])
const TRANSIENT = new Set([
  'ServiceInternalErrorException', 'InternalFailure', 'InternalError', 'ServiceUnavailable', 'ServiceUnavailableException',
  'NetworkFailureException', 'HandlerInternalFailureException', 'TimeoutError',
  'RequestTimeout', 'RequestTimeoutException', 'IDPCommunicationError'
])
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET'])

/** What an AWS SDK error means for the scan: retry it, record it as denied or unsupported, or give up. */
export function classifyError(err: unknown): ErrorKind {
  const e = err as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown }
  const name = e?.name ?? ''
  if (THROTTLING.has(name)) return 'throttled'
  if (DENIED.has(name)) return 'denied'
  if (UNSUPPORTED.has(name)) return 'unsupported'
  if (NOT_FOUND.has(name)) return 'not-found'
  if (TRANSIENT.has(name)) return 'transient'
  if (e?.code && NETWORK_CODES.has(e.code)) return 'transient'
  if (/socket hang up|ECONNRESET|network|EPIPE/i.test(e?.message ?? '')) return 'transient'
  const status = e?.$metadata?.httpStatusCode
  if (status === 429) return 'throttled'
  if (status !== undefined && status >= 500) return 'transient'
  return 'fatal'
}

export interface RetryOptions {
  attempts: number
  baseMs: number
  capMs: number
  sleep: Sleep
  random: () => number
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 8, baseMs: 100, capMs: 5000, sleep: realSleep, random: Math.random }

/**
 * Runs `call` until it succeeds, retrying throttling and transient failures with full-jitter exponential
 * backoff (src/retry.ts). Denied, unsupported, not-found and unknown errors are thrown at once: no retry can
 * change them. A throttled attempt also tells the rate limiter, before the wait.
 */
export async function withRetry<T>(
  call: () => Promise<T>,
  onThrottled: () => void,
  options: RetryOptions = DEFAULT_RETRY
): Promise<T> {
  return retryLoop(call, {
    ...options,
    isRetryable: (err) => {
      const kind = classifyError(err)
      return kind === 'throttled' || kind === 'transient'
    },
    onRetry: (err) => {
      if (classifyError(err) === 'throttled') onThrottled()
    }
  })
}

/** An AWS error as one line: its name and message (AWS messages name actions and ARNs, never credentials). */
export function errorLine(err: unknown): string {
  const e = err as { name?: string; message?: string }
  const message = (e?.message ?? String(err)).split('\n')[0].trim()
  const name = e?.name && e.name !== 'Error' && !message.startsWith(e.name) ? `${e.name}: ` : ''
  // Retryable errors reach the ledger only once the retries ran out: say so, it is what the user can act on.
  const kind = classifyError(err)
  const prefix = kind === 'throttled' ? 'still throttled after every retry: ' : kind === 'transient' ? 'still failing after every retry: ' : ''
  return `${prefix}${name}${message}`.slice(0, 500)
}

