// bench/org-scan: an organization scanned as a matrix of shards (issue 15). A simulated AWS Organization on the
// local AWS server (test/fixtures/org-estate.mjs: by default 200 member accounts × 17 regions, perRegion 11, about
// 150,000 resources), planned by `plumbline shards --shards 20`, each shard scanned by the CLI in its own child
// process (`scan --live --shard …`, one after the other: this machine has 2 cores, not 20 runners), then the 20
// inventories merged by `scan --inventory 'shard-*/plumbline-inventory.json'`.
// Targets (issue 15):
//   per shard: wall ÷ floor, and the imbalance slowest ÷ median shard wall ≤ 1.3
//   merge of the 20 inventories: < 60 s and < 2 GB peak RSS on this 2-core machine
//   projected wall time of the whole matrix at 20 parallel jobs: < 30 minutes at 20 requests/s per (account, region)
// How it is measured:
//   - The server answers every call after --latency-ms (20 ms); the shard scans run with the CLI's real limits,
//     --rate-limit 20 (per account and region, as in the target) and --concurrency 8 (the default).
//   - A shard's calls are counted by the server (its call log between shards), grouped by (account, region).
//     Its floor is the larger of: its busiest (account, region)'s calls ÷ 20 (the rate limit is per account and
//     region, so a shard runs many streams at once) and its calls × latency ÷ concurrency (at most 8 calls in
//     flight). Node's start and the organization's discovery are inside the wall, not the floor.
//   - Balance: pass 1 scans the shards of the even plan (no inventory), their merge is the previous inventory,
//     and pass 2, the one reported, scans the shards planned from it (as a scheduled workflow would from its
//     last run). --balance even reports pass 1 itself.
//   - Projected matrix wall = job start overhead (--job-start-s, 60 s: runner, checkout, setup-node, assuming
//     the role; an assumption, not measured here) + the slowest shard's wall, as 20 jobs run side by side with one
//     (account, region) never in two shards. Also printed: the same at a real AWS latency (--real-latency-ms 150)
//     scaled on the slowest shard's calls, as the in-flight cap, not the rate limit, is what binds.
//   - Peak RSS of each child (shard scan, merge) is /usr/bin/time -v's "Maximum resident set size".
// Below the full size (fewer --accounts, 17 regions, perRegion 11, 20 shards), shard figures are measured and the
// full-size matrix is projected linearly in accounts (calls go with (account, region) pairs), labelled PROJECTED.
// At full size the merged results file is over 1 GB; bench/out/org-scan holds ~2.7 GB per pass.
//   node bench/org-scan.mjs [--accounts 200] [--regions 17] [--per-region 11] [--shards 20] [--latency-ms 20]
//                           [--rate-limit 20] [--concurrency 8] [--balance inventory|even]
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startAwsServer } from '../test/aws-server/index.mjs'
import { MANAGEMENT, ORG_REGIONS_17, seedOrganization } from '../test/fixtures/org-estate.mjs'

const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '200' },
    regions: { type: 'string', default: '17' },
    'per-region': { type: 'string', default: '11' },
    shards: { type: 'string', default: '20' },
    'latency-ms': { type: 'string', default: '20' },
    'rate-limit': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    balance: { type: 'string', default: 'inventory' },
    'job-start-s': { type: 'string', default: '60' },
    'real-latency-ms': { type: 'string', default: '150' }
  }
})
const int = (name, min = 0) => {
  const n = Number(args[name])
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got ${args[name]}`)
  return n
}
const ACCOUNTS = int('accounts', 1)
const REGION_COUNT = int('regions', 1)
const PER_REGION = int('per-region', 1)
const SHARDS = int('shards', 1)
const LATENCY_MS = int('latency-ms')
const RATE = int('rate-limit')
const CONCURRENCY = int('concurrency', 1)
const JOB_START_S = int('job-start-s')
const REAL_LATENCY_MS = int('real-latency-ms')
if (REGION_COUNT > ORG_REGIONS_17.length) throw new Error(`--regions at most ${ORG_REGIONS_17.length}`)
if (args.balance !== 'inventory' && args.balance !== 'even') throw new Error('--balance must be inventory or even')
const FULL = { accounts: 200, regions: 17, perRegion: 11 }
const IMBALANCE_TARGET = 1.3
const MERGE_S_TARGET = 60
const MERGE_MB_TARGET = 2048
const MATRIX_MIN_TARGET = 30

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const work = join(root, 'bench/out/org-scan')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
if (!existsSync(join(root, 'dist/cli.js')) && !existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is not built: npm run bundle')

const regions = ORG_REGIONS_17.slice(0, REGION_COUNT)
const server = await startAwsServer({ latencyMs: LATENCY_MS })
seedOrganization(server, { members: ACCOUNTS, regions, perRegion: PER_REGION })
const keys = server.createUserKeys(MANAGEMENT, 'scanner')
const ORG = ['--accounts', 'organization', '--regions', [...regions, 'global'].join(','), '--region', regions.includes('us-east-1') ? 'us-east-1' : regions[0]]
const env = {}
for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|AWS_)/.test(k) && k !== 'NODE_OPTIONS') env[k] = v
Object.assign(env, server.env(), {
  AWS_ACCESS_KEY_ID: keys.accessKeyId,
  AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
  AWS_REGION: regions.includes('us-east-1') ? 'us-east-1' : regions[0],
  AWS_EC2_METADATA_DISABLED: 'true',
  NODE_NO_WARNINGS: '1',
  PLUMBLINE_TIMINGS: '1',
  NODE_OPTIONS: `--import ${join(root, 'test/aws-server/resolve-localhost.mjs')}`
})

/** Runs the CLI under /usr/bin/time -v (the server keeps answering in this process); wall, peak RSS, output. */
function cli(...cliArgs) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn('/usr/bin/time', ['-v', process.execPath, join(root, 'bin/plumbline.js'), ...cliArgs], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
      if (code !== 0) return reject(new Error(`plumbline ${cliArgs.slice(0, 2).join(' ')} exited ${code}:\n${stderr.slice(-3000)}`))
      resolve({ ms, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout, stderr })
    })
  })
}

/** The server's calls since `from`: in all, failed, and per (account, region). */
function callsSince(from) {
  const received = server.calls.slice(from)
  const streams = new Map()
  const failed = []
  for (const c of received) {
    // A 4xx the scan expects (NoSuchEntity: no password policy) is an answer; a 5xx, a throttle or an auth error is not.
    if (c.status >= 500 || /Throttl|AuthFailure|Unrecognized|AccessDenied/.test(c.errorCode ?? '')) failed.push(`${c.operation} ${c.account}/${c.region} ${c.errorCode}`)
    const key = `${c.account}/${c.region ?? 'global'}`
    streams.set(key, (streams.get(key) ?? 0) + 1)
  }
  return { total: received.length, failed, streams: streams.size, busiest: Math.max(...streams.values()) }
}

const plan = async (inventory) => {
  const run = await cli('shards', '--shards', String(SHARDS), ...ORG, ...(inventory ? ['--inventory', inventory] : []))
  return { matrix: JSON.parse(run.stdout), summary: run.stderr.split('\n').find((l) => l.startsWith('Planned')) ?? '' }
}

async function scanShards(matrix, pass) {
  const rows = []
  for (const entry of matrix.include) {
    const out = `${pass}/shard-${entry.name.replace('/', '-of-')}`
    const from = server.calls.length
    const run = await cli('scan', '--live', ...ORG, '--shard', entry.shard, '--out', out, '--fail-on', 'none', '--rate-limit', String(RATE), '--concurrency', String(CONCURRENCY))
    const calls = callsSince(from)
    const inventory = JSON.parse(readFileSync(join(work, out, 'plumbline-inventory.json'), 'utf8'))
    const notScanned = inventory.coverage.filter((c) => c.state !== 'scanned').length
    const floorMs = Math.max(RATE > 0 ? (calls.busiest / RATE) * 1000 : 0, (calls.total * LATENCY_MS) / CONCURRENCY)
    if (notScanned > 0) throw new Error(`${entry.name}: ${notScanned} ledger entries not 'scanned'`)
    const row = { name: entry.name, pairs: entry.pairs, resources: inventory.resources.length, ledger: inventory.coverage.length, ms: run.ms, maxRssMb: run.maxRssMb, calls, floorMs, notScanned }
    rows.push(row)
    process.stderr.write(`  ${pass} ${entry.name}: ${row.resources} resources, ${calls.total} calls over ${calls.streams} (account, region) streams, wall ${(row.ms / 1000).toFixed(1)} s, floor ${(floorMs / 1000).toFixed(1)} s, ${row.maxRssMb.toFixed(0)} MB\n`)
    if (calls.failed.length > 0) throw new Error(`${entry.name}: ${calls.failed.length} call(s) failed on the server: ${calls.failed.slice(0, 5).join(', ')}`)
  }
  return rows
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const benchStart = performance.now()
try {
  const seeded = ACCOUNTS * (2 + REGION_COUNT * PER_REGION * 4)
  console.log(`organization: ${ACCOUNTS} members × ${REGION_COUNT} regions, perRegion ${PER_REGION}: ${seeded} seeded resources; ${SHARDS} shards; ${LATENCY_MS} ms per call; --rate-limit ${RATE} --concurrency ${CONCURRENCY}`)
  const even = await plan(undefined)
  console.log(`plan (even, no inventory): ${even.summary}`)
  let matrix = even.matrix
  let pass = 'pass1'
  let rows = await scanShards(matrix, pass)
  if (args.balance === 'inventory') {
    // The merge writes results, not an inventory; the planner merges the shards' inventories itself.
    const balanced = await plan('pass1/shard-*/plumbline-inventory.json')
    console.log(`plan (balanced by pass 1's merged inventory): ${balanced.summary}`)
    matrix = balanced.matrix
    pass = 'pass2'
    const evenRows = rows
    rows = await scanShards(matrix, pass)
    const evenWalls = evenRows.map((r) => r.ms)
    console.log(`pass 1 (even plan), for comparison: slowest ${seconds(Math.max(...evenWalls))}, median ${seconds(median(evenWalls))}, imbalance ${(Math.max(...evenWalls) / median(evenWalls)).toFixed(2)}×`)
  }

  console.log(`\nper shard (${pass === 'pass2' ? 'pass 2, planned from the previous inventory' : 'even plan'}): floor = max(busiest (account, region) calls ÷ ${RATE}/s, calls × ${LATENCY_MS} ms ÷ ${CONCURRENCY})`)
  console.log('shard   pairs  resources    calls  streams  busiest      wall     floor  wall÷floor  peak RSS')
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(6)} ${String(r.pairs).padStart(6)} ${String(r.resources).padStart(10)} ${String(r.calls.total).padStart(8)} ${String(r.calls.streams).padStart(8)} ${String(r.calls.busiest).padStart(8)} ${seconds(r.ms).padStart(9)} ${seconds(r.floorMs).padStart(9)} ${(r.ms / r.floorMs).toFixed(2).padStart(11)} ${`${r.maxRssMb.toFixed(0)} MB`.padStart(9)}`
    )
  }
  const walls = rows.map((r) => r.ms)
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a))
  const imbalance = slowest.ms / median(walls)
  const resources = rows.reduce((s, r) => s + r.resources, 0)
  const calls = rows.reduce((s, r) => s + r.calls.total, 0)
  const notScanned = rows.reduce((s, r) => s + r.notScanned, 0)
  console.log(`total: ${resources} resources, ${calls} calls (${(calls / resources).toFixed(3)} per resource), ${notScanned} ledger entries not 'scanned'; sum of shard walls ${seconds(walls.reduce((a, b) => a + b, 0))}`)
  const floors = rows.map((r) => r.floorMs)
  console.log(`imbalance of the work, slowest ÷ median shard floor: ${(Math.max(...floors) / median(floors)).toFixed(2)}× (calls ${Math.min(...rows.map((r) => r.calls.total))}–${Math.max(...rows.map((r) => r.calls.total))} per shard)`)
  console.log(`imbalance slowest ÷ median shard wall: ${seconds(slowest.ms)} ÷ ${seconds(median(walls))} = ${imbalance.toFixed(2)}× (target ≤ ${IMBALANCE_TARGET}×) ${imbalance <= IMBALANCE_TARGET ? 'met' : 'NOT met'}`)

  const merge = await cli('scan', '--inventory', `${pass}/shard-*/plumbline-inventory.json`, '--out', `${pass}/merged`, '--fail-on', 'none')
  // The merged results file is over 1 GB at full size (no JSON.parse of it here): its size is the figure.
  const outputs = ['plumbline-results.json', 'plumbline.sarif', 'plumbline-report.html'].map((f) => `${f} ${(statSync(join(work, pass, 'merged', f)).size / 1e6).toFixed(0)} MB`)
  const mergeOk = merge.ms < MERGE_S_TARGET * 1000 && merge.maxRssMb < MERGE_MB_TARGET
  console.log(`merge of the ${rows.length} inventories (${resources} resources: rules, results, SARIF, report): wall ${seconds(merge.ms)} (target < ${MERGE_S_TARGET} s), peak RSS ${merge.maxRssMb.toFixed(0)} MiB (target < ${MERGE_MB_TARGET} MiB) ${mergeOk ? 'met' : 'NOT met'}`)
  console.log(`  outputs: ${outputs.join(', ')}`)
  const timings = merge.stderr.split('\n').find((l) => l.startsWith('timings'))
  if (timings) console.log(`  ${timings}`)

  const matrixMs = JOB_START_S * 1000 + slowest.ms
  const realMs = JOB_START_S * 1000 + Math.max(RATE > 0 ? (slowest.calls.busiest / RATE) * 1000 : 0, (slowest.calls.total * REAL_LATENCY_MS) / CONCURRENCY) * (slowest.ms / slowest.floorMs)
  const full = ACCOUNTS === FULL.accounts && REGION_COUNT === FULL.regions && PER_REGION === FULL.perRegion
  // Calls go with (account, region) pairs (most types list empty), resources with perRegion: only a smaller number
  // of accounts, with the full regions and perRegion, projects linearly (each shard holds 200/N times the accounts).
  const projectable = !full && SHARDS === 20 && REGION_COUNT === FULL.regions && PER_REGION === FULL.perRegion
  const scale = FULL.accounts / ACCOUNTS
  const label = `PROJECTED ×${scale.toFixed(1)} linearly in accounts to the full size (${FULL.accounts} × ${FULL.regions}, perRegion ${FULL.perRegion})`
  const minutes = (ms) => `${(ms / 60000).toFixed(1)} min`
  console.log(`matrix at ${SHARDS} parallel jobs = ${JOB_START_S} s job start (assumed) + slowest shard: ${minutes(matrixMs)} at ${LATENCY_MS} ms per call (target < ${MATRIX_MIN_TARGET} min) ${matrixMs < MATRIX_MIN_TARGET * 60000 ? 'met' : 'NOT met'}`)
  console.log(`  at ${REAL_LATENCY_MS} ms per call (the slowest shard's floor at that latency × its measured wall÷floor): ${minutes(realMs)}`)
  if (projectable) {
    console.log(`  ${label}: ${minutes(JOB_START_S * 1000 + slowest.ms * scale)} at ${LATENCY_MS} ms, ${minutes(JOB_START_S * 1000 + (realMs - JOB_START_S * 1000) * scale)} at ${REAL_LATENCY_MS} ms; merge ${seconds(merge.ms * scale)}, ${(merge.maxRssMb * scale).toFixed(0)} MiB (upper bound: RSS has a fixed part)`)
  }
  console.log(`bench wall: ${seconds(performance.now() - benchStart)}`)
} finally {
  await server.close()
}
