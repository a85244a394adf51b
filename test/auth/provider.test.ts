import type { AwsCredentialIdentity } from '@smithy/types'
import { REFRESH_WINDOW_MS, refreshingProvider } from '../../src/auth/provider.js'

describe('refreshingProvider', () => {
  let now = 1_000_000
  const clock = () => now
  const issuing = (lifetimeMs: number | undefined) => {
    let issued = 0
    const fetch = async (): Promise<AwsCredentialIdentity> => {
      issued++
      return {
        accessKeyId: `AKID${issued}`,
        secretAccessKey: 'secret',
        expiration: lifetimeMs === undefined ? undefined : new Date(now + lifetimeMs)
      }
    }
    return { fetch, issued: () => issued }
  }

  it('keeps credentials until they are within the refresh window of expiring', async () => {
    const source = issuing(60 * 60_000)
    const provider = refreshingProvider(source.fetch, clock)
    expect((await provider()).accessKeyId).toBe('AKID1')
    now += 60 * 60_000 - REFRESH_WINDOW_MS - 1
    expect((await provider()).accessKeyId).toBe('AKID1')
    now += 2
    expect((await provider()).accessKeyId).toBe('AKID2')
    expect(source.issued()).toBe(2)
  })

  it('never refreshes credentials without an expiration', async () => {
    const source = issuing(undefined)
    const provider = refreshingProvider(source.fetch, clock)
    await provider()
    now += 365 * 24 * 3600_000
    await provider()
    expect(source.issued()).toBe(1)
  })

  it('shares one fetch between concurrent callers', async () => {
    const source = issuing(60 * 60_000)
    const provider = refreshingProvider(source.fetch, clock)
    const results = await Promise.all([provider(), provider(), provider()])
    expect(source.issued()).toBe(1)
    expect(new Set(results.map((c) => c.accessKeyId))).toEqual(new Set(['AKID1']))
  })

  it('refetches on forceRefresh and after a failed fetch', async () => {
    let fail = true
    const source = issuing(60 * 60_000)
    const provider = refreshingProvider(async () => {
      if (fail) throw new Error('denied')
      return source.fetch()
    }, clock)
    await expect(provider()).rejects.toThrow('denied')
    fail = false
    expect((await provider()).accessKeyId).toBe('AKID1')
    expect((await provider({ forceRefresh: true })).accessKeyId).toBe('AKID2')
  })
})
