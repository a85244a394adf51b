// A credentials provider shared by every SDK client of one account, re-fetching before the session expires.
// The SDK wraps a `credentials` function in its own memo (@smithy/core memoizeIdentityProvider) that asks again
// once the expiration is less than 5 minutes away; this memo uses the same window, so that request is answered
// with new credentials, and it is shared, so that ten clients of one account trigger one AssumeRole, not ten.
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'

/** The SDK's EXPIRATION_MS (@aws-sdk/core resolveAwsSdkSigV4Config). */
export const REFRESH_WINDOW_MS = 5 * 60_000

export function needsRefresh(credentials: AwsCredentialIdentity, nowMs: number): boolean {
  return credentials.expiration !== undefined && credentials.expiration.getTime() - nowMs < REFRESH_WINDOW_MS
}

/** Memoizes `fetch`; concurrent callers during a refresh share the one pending fetch. */
export function refreshingProvider(
  fetch: () => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now
): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined
  let pending: Promise<AwsCredentialIdentity> | undefined
  return async (properties?: Record<string, unknown>) => {
    if (current && properties?.forceRefresh !== true && !needsRefresh(current, now())) return current
    pending ??= fetch()
      .then((fresh) => (current = fresh))
      .finally(() => (pending = undefined))
    return pending
  }
}
