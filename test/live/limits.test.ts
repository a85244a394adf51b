// Pacing and retry of the live scan, on a fake clock: the rate limit, the in-flight cap, which AWS errors are
// retried, and the adaptive slow-down on throttling.
import { classifyError, RateLimiter, Semaphore, withRetry } from '../../src/sources/live/limits.js'

function fakeClock() {
  let now = 0
  const sleeps: number[] = []
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
    sleeps
  }
}

const awsError = (name: string, status?: number) => Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } })

describe('RateLimiter', () => {
  it('spaces calls one interval apart, without a burst', async () => {
    const clock = fakeClock()
    const limiter = new RateLimiter(20, clock.now, clock.sleep)
    const issued: number[] = []
    for (let i = 0; i < 5; i++) {
      await limiter.acquire()
      issued.push(clock.now())
    }
    expect(issued).toEqual([0, 50, 100, 150, 200])
  })

  it('does not wait without a limit, slows to 70 % on throttling and climbs back', async () => {
    const clock = fakeClock()
    const unlimited = new RateLimiter(0, clock.now, clock.sleep)
    await unlimited.acquire()
    await unlimited.acquire()
    expect(clock.sleeps).toEqual([])
    unlimited.throttled()
    expect(unlimited.rate).toBe(10)

    const limited = new RateLimiter(20, clock.now, clock.sleep)
    limited.throttled()
    expect(limited.rate).toBeCloseTo(14)
    for (let i = 0; i < 20; i++) limited.succeeded()
    expect(limited.rate).toBeCloseTo(15)
    for (let i = 0; i < 200; i++) limited.succeeded()
    expect(limited.rate).toBe(20)
  })
})

describe('Semaphore', () => {
  it('never lets more than the limit run at once', async () => {
    const slots = new Semaphore(3)
    let running = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 12 }, () =>
        slots.run(async () => {
          running++
          peak = Math.max(peak, running)
          await new Promise((r) => setTimeout(r, 2))
          running--
        })
      )
    )
    expect(peak).toBe(3)
  })
})

describe('classifyError and withRetry', () => {
  it('tells retryable errors from final ones', () => {
    expect(classifyError(awsError('ThrottlingException', 400))).toBe('throttled')
    expect(classifyError(awsError('RequestLimitExceeded', 503))).toBe('throttled')
    expect(classifyError(awsError('SlowDown', 503))).toBe('throttled')
    expect(classifyError(awsError('ServiceInternalErrorException', 500))).toBe('transient')
    expect(classifyError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe('transient')
    expect(classifyError(awsError('AccessDeniedException', 400))).toBe('denied')
    expect(classifyError(awsError('UnauthorizedOperation', 403))).toBe('denied')
    expect(classifyError(awsError('UnsupportedActionException', 400))).toBe('unsupported')
    expect(classifyError(awsError('TypeNotFoundException', 400))).toBe('unsupported')
    expect(classifyError(awsError('ResourceNotFoundException', 404))).toBe('not-found')
    expect(classifyError(awsError('InvalidRequestException', 400))).toBe('fatal')
  })

  it('retries throttling with full-jitter backoff and tells the limiter, but never retries a denial', async () => {
    const clock = fakeClock()
    let throttles = 0
    let attempts = 0
    const result = await withRetry(
      async () => {
        if (++attempts <= 3) throw awsError('ThrottlingException', 400)
        return 'ok'
      },
      () => throttles++,
      { attempts: 8, baseMs: 100, capMs: 5000, sleep: clock.sleep, random: () => 1 }
    )
    expect(result).toBe('ok')
    expect(throttles).toBe(3)
    expect(clock.sleeps).toEqual([100, 200, 400])

    let denied = 0
    await expect(
      withRetry(
        async () => {
          denied++
          throw awsError('AccessDeniedException', 400)
        },
        () => undefined,
        { attempts: 8, baseMs: 1, capMs: 1, sleep: clock.sleep, random: () => 0 }
      )
    ).rejects.toThrow('AccessDeniedException')
    expect(denied).toBe(1)
  })

  it('gives up after the last attempt with the last error', async () => {
    let attempts = 0
    await expect(
      withRetry(
        async () => {
          attempts++
          throw awsError('InternalFailure', 500)
        },
        () => undefined,
        { attempts: 4, baseMs: 1, capMs: 1, sleep: async () => undefined, random: () => 0 }
      )
    ).rejects.toThrow('InternalFailure')
    expect(attempts).toBe(4)
  })
})
