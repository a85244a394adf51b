// Denial-of-service tests run code that a regression would make take minutes or forever (a backtracking regular
// expression, a quadratic scan). Run in the test's own process, such code blocks the event loop, so Jest's timeout
// never fires and a regression stalls the whole run instead of failing. runBounded() runs a snippet of the real
// source in a child process instead, bundled from src/ by esbuild exactly as the product is, and kills it at a
// deadline far above what the linear code needs (milliseconds): the test then fails with that reason.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { ROOT } from './e2e/helpers.js'

export interface BoundedResult {
  /** What the snippet printed with `report(value)`, parsed; undefined when it did not finish. */
  value: unknown
  /** Why it did not finish ('' when it did). */
  failure: string
}

/**
 * Runs `body` (TypeScript: import from '../src/...' paths relative to the repository's test/ folder, call
 * `report(value)` once) in a child process; fails it after `seconds`.
 */
export function runBounded(body: string, seconds = 60): BoundedResult {
  const source = `const report = (value: unknown) => process.stdout.write(JSON.stringify(value))\n${body}`
  const built = buildSync({
    stdin: { contents: source, resolveDir: join(ROOT, 'test'), sourcefile: 'bounded.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    loader: { '.hbs': 'text' },
    // As scripts/bundle.mjs does: CommonJS dependencies (yaml) require() Node's modules from the ESM bundle.
    banner: { js: "import { createRequire as __boundedCreateRequire } from 'node:module'; const require = __boundedCreateRequire(import.meta.url);" },
    // The SDK is never needed by the code under test; keep the bundle small.
    external: ['@aws-sdk/*', '@smithy/*', '@actions/*']
  })
  const file = join(mkdtempSync(join(tmpdir(), 'plumbline-bounded-')), 'run.mjs')
  writeFileSync(file, built.outputFiles[0].text)
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: seconds * 1000, maxBuffer: 1 << 24 })
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { value: undefined, failure: `did not finish within ${seconds} s: the work is no longer linear in its input` }
  }
  if (run.status !== 0) return { value: undefined, failure: `exited ${run.status ?? run.signal}: ${run.stderr.split('\n').slice(0, 5).join(' ')}` }
  return { value: JSON.parse(run.stdout), failure: '' }
}
