// bench/live-scan: the live scan (src/sources/live/scan.ts, bundled on the fly) against the local AWS server
// (test/aws-server) holding N resources over 10 regional types and 2 regions, every call answered after 20 ms.
// Targets (issue 3):
//   (a) rate limit 25 requests/s: wall ÷ (calls ÷ 25) ≤ 1.15
//   (b) no rate limit, concurrency 8: wall ÷ (calls × 20 ms ÷ 8) ≤ 1.3
//   peak RSS of the scanning process < 500 MB; API calls per resource.
// Each floor is computed from the calls this very run made (counted by the scanner and checked against the
// server's own log). The rate limit is per (account, region), so (a)'s issue floor, which treats all calls as
// one 25/s stream, is half the real one with 2 regions; the tight floor (the busiest region's calls ÷ 25) is
// printed beside it. The scan runs in a child process (bench/live-scan-child.mjs), which also checks that every
// seeded resource came back and every ledger entry is 'scanned', and fails the bench if not.
//   node bench/live-scan.mjs [--resources 10000] [--only a|b]
import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startAwsServer } from '../test/aws-server/index.mjs'
import { BENCH_ACCOUNT, BENCH_REGIONS, BENCH_TYPES, benchSeeds } from './live-scan-seed.mjs'

const LATENCY_MS = 20
const RATE_LIMIT = 25
const CONCURRENCY = 8
const RSS_TARGET_MB = 500

const { values: args } = parseArgs({ options: { resources: { type: 'string', default: '10000' }, only: { type: 'string' } } })
const count = Number(args.resources)
if (!Number.isInteger(count) || count < 1) throw new Error(`--resources must be a positive integer, got ${args.resources}`)
if (args.only !== undefined && args.only !== 'a' && args.only !== 'b') throw new Error(`--only must be a or b, got ${args.only}`)

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const work = join(root, 'bench/out')
mkdirSync(work, { recursive: true })

// Bundled inside the repository (bench/out is ignored) so that the SDK packages resolve from node_modules.
const bundleFile = join(work, 'live-scan-bundle.mjs')
const bundled = await build({
  entryPoints: [join(root, 'src/sources/live/scan.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  write: false,
  logLevel: 'warning'
})
writeFileSync(bundleFile, bundled.outputFiles[0].text)

const server = await startAwsServer({ latencyMs: LATENCY_MS })
server.addAccount({ id: BENCH_ACCOUNT, enabledRegions: BENCH_REGIONS, resources: benchSeeds(count) })
const keys = server.createUserKeys(BENCH_ACCOUNT, 'bench')

/** Runs one scan in a child process while this process keeps serving it; resolves with the child's figures. */
function scanInChild(rateLimit, concurrency) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bench/live-scan-child.mjs'), bundleFile, String(count), String(rateLimit), String(concurrency)], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...server.env(),
        AWS_REGION: BENCH_REGIONS[0],
        AWS_EC2_METADATA_DISABLED: 'true',
        // The SDK's notice about future Node versions is not part of the figures.
        NODE_NO_WARNINGS: '1',
        BENCH_ACCESS_KEY_ID: keys.accessKeyId,
        BENCH_SECRET_ACCESS_KEY: keys.secretAccessKey
      },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the scan failed or was incorrect (exit ${code}); see above`))
      else resolve(JSON.parse(out.trim().split('\n').pop()))
    })
  })
}

/** The calls the server received during one scan: in all, and to the busiest region. */
function serverCalls(from) {
  const received = server.calls.slice(from)
  const failed = received.filter((c) => c.status !== 200)
  if (failed.length > 0) throw new Error(`${failed.length} call(s) failed on the server, e.g. ${failed[0].operation} ${failed[0].errorCode}`)
  const perRegion = new Map()
  for (const c of received) perRegion.set(c.region, (perRegion.get(c.region) ?? 0) + 1)
  return { total: received.length, busiestRegion: Math.max(...perRegion.values()), perRegion: Object.fromEntries(perRegion) }
}

async function scenario(name, rateLimit, concurrency) {
  const from = server.calls.length
  const figures = await scanInChild(rateLimit, concurrency)
  const received = serverCalls(from)
  if (received.total !== figures.calls) throw new Error(`the scanner counted ${figures.calls} calls but the server received ${received.total}`)
  return { name, ...figures, received }
}

const f2 = (x) => x.toFixed(2)
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const results = []
try {
  console.log(`estate: ${count} resources, ${BENCH_TYPES.length} types × ${BENCH_REGIONS.length} regions (${BENCH_REGIONS.join(', ')}), ${LATENCY_MS} ms latency per call`)
  if (args.only !== 'b') {
    const a = await scenario('a', RATE_LIMIT, CONCURRENCY)
    results.push(a)
    const issueFloor = (a.calls / RATE_LIMIT) * 1000
    const tightFloor = (a.received.busiestRegion / RATE_LIMIT) * 1000
    console.log(`(a) rate limit ${RATE_LIMIT}/s per (account, region), concurrency ${CONCURRENCY}: ${a.calls} calls ${JSON.stringify(a.received.perRegion)}, wall ${seconds(a.ms)}`)
    console.log(`    issue figure  wall ÷ (calls ÷ ${RATE_LIMIT})                = ${f2(a.ms / issueFloor)} (target ≤ 1.15; floor ${seconds(issueFloor)} treats both regions as one 25/s stream)`)
    console.log(`    tight figure  wall ÷ (busiest region's calls ÷ ${RATE_LIMIT}) = ${f2(a.ms / tightFloor)} (floor ${seconds(tightFloor)}: the limit is per region)`)
  }
  if (args.only !== 'a') {
    const b = await scenario('b', 0, CONCURRENCY)
    results.push(b)
    const floor = (b.calls * LATENCY_MS) / CONCURRENCY
    console.log(`(b) no rate limit, concurrency ${CONCURRENCY}: ${b.calls} calls, wall ${seconds(b.ms)}`)
    console.log(`    wall ÷ (calls × ${LATENCY_MS} ms ÷ ${CONCURRENCY}) = ${f2(b.ms / floor)} (target ≤ 1.3; floor ${seconds(floor)})`)
  }
  const peak = Math.max(...results.map((r) => r.maxRssMb))
  console.log(`peak RSS of the scanning process: ${peak.toFixed(0)} MB (target < ${RSS_TARGET_MB} MB)`)
  console.log(`API calls per resource: ${results.map((r) => `(${r.name}) ${(r.calls / r.resources).toFixed(3)}`).join(', ')}`)
  console.log(`correct: all ${count} seeded resources returned with their properties, every ledger entry 'scanned'`)
} finally {
  await server.close()
}
