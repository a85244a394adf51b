// Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"): the wait before try
// n+1 is uniform in [0, min(cap, base * 2^n)), which spreads retries of many clients apart. One loop for every
// AWS call Plumbline retries: STS in src/auth, the live scan in src/sources/live; each says what is retryable.

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number
  baseMs: number
  capMs: number
  isRetryable: (error: unknown) => boolean
  sleep?: (ms: number) => Promise<void>
  /** [0, 1); injectable so that tests can check the bounds. */
  random?: () => number
  /** Told before each wait (for a progress line). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

export const STS_RETRY = { attempts: 5, baseMs: 200, capMs: 5_000 } as const

export function backoffDelay(retry: number, baseMs: number, capMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** retry))
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep
  const random = options.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) throw error
      const delay = backoffDelay(attempt - 1, options.baseMs, options.capMs, random)
      options.onRetry?.(error, attempt, delay)
      await sleep(delay)
    }
  }
}
