import { createRequire as __plumblineCreateRequire } from 'node:module'; const require = __plumblineCreateRequire(import.meta.url);

// src/retry.ts
var STS_RETRY = { attempts: 5, baseMs: 200, capMs: 5e3 };
function backoffDelay(retry, baseMs, capMs, random) {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** retry));
}
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(operation, options) {
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) throw error;
      const delay = backoffDelay(attempt - 1, options.baseMs, options.capMs, random);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}

export {
  STS_RETRY,
  realSleep,
  withRetry
};
