// One measured live scan in a fresh process (so its peak RSS is the scanner's alone; the local AWS server runs
// in the parent, bench/live-scan.mjs). Rebuilds the seeded estate, runs scanLive against the endpoints in
// AWS_ENDPOINT_URL_*, checks that every seeded resource came back with its readable properties and that every
// ledger entry says 'scanned', and prints {ms, maxRssMb, calls, resources} as the last line of stdout.
//   node bench/live-scan-child.mjs <scanner bundle .mjs> <resources> <rateLimit> <concurrency>
// Credentials come from BENCH_ACCESS_KEY_ID / BENCH_SECRET_ACCESS_KEY (a user of the local server).
import { isDeepStrictEqual } from 'node:util'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { deletePath, SCHEMA_FACTS } from '../test/aws-server/schema-facts.mjs'
import { BENCH_ACCOUNT, BENCH_REGIONS, BENCH_TYPES, benchSeeds } from './live-scan-seed.mjs'

const [bundle, resourcesArg, rateLimitArg, concurrencyArg] = process.argv.slice(2)
const count = Number(resourcesArg)
const { scanLive } = await import(pathToFileURL(bundle).href)

const keys = { accessKeyId: process.env.BENCH_ACCESS_KEY_ID, secretAccessKey: process.env.BENCH_SECRET_ACCESS_KEY }
if (!keys.accessKeyId || !keys.secretAccessKey) throw new Error('BENCH_ACCESS_KEY_ID and BENCH_SECRET_ACCESS_KEY must be set')

const start = performance.now()
const result = await scanLive({
  sessions: [{ accountId: BENCH_ACCOUNT, principalArn: `arn:aws:iam::${BENCH_ACCOUNT}:user/bench`, credentials: async () => keys }],
  regions: { named: BENCH_REGIONS, all: false, global: false },
  types: BENCH_TYPES,
  homeRegion: BENCH_REGIONS[0],
  rateLimit: Number(rateLimitArg),
  concurrency: Number(concurrencyArg)
})
const ms = performance.now() - start
const maxRssMb = process.resourceUsage().maxRSS / 1024

// Correctness: a fast scan that lost resources would be a meaningless figure.
const problems = []
for (const entry of result.coverage) {
  if (entry.state !== 'scanned') problems.push(`coverage ${entry.region} ${entry.type}: ${entry.state} ${entry.error ?? ''}`)
  if (entry.note) problems.push(`coverage ${entry.region} ${entry.type}: unexpected note (${entry.note})`)
}
const pairs = BENCH_TYPES.length * BENCH_REGIONS.length
if (result.coverage.length !== pairs) problems.push(`coverage has ${result.coverage.length} entries, expected ${pairs}`)
const returned = new Map(result.resources.map((r) => [`${r.region}|${r.type}|${r.id}`, r]))
if (returned.size !== result.resources.length) problems.push(`${result.resources.length - returned.size} resources returned twice`)
let defaults = 0
for (const seed of benchSeeds(count)) {
  const facts = SCHEMA_FACTS.get(seed.type)
  const id = facts.primaryIdentifier.map((name) => String(seed.properties[name])).join('|')
  const got = returned.get(`${seed.region}|${seed.type}|${id}`)
  returned.delete(`${seed.region}|${seed.type}|${id}`)
  if (!got) {
    problems.push(`missing ${seed.region} ${seed.type} ${id}`)
    continue
  }
  // What Cloud Control returns: the model minus write-only properties (and minus the seed-only IsDefault).
  const { IsDefault: isDefault, ...readable } = structuredClone(seed.properties)
  for (const pattern of facts.writeOnly) deletePath(readable, pattern)
  if (!isDeepStrictEqual(got.properties, readable)) problems.push(`${seed.region} ${seed.type} ${id}: properties differ from the seed`)
  if (isDefault && seed.type === 'AWS::EC2::VPC') {
    defaults++
    if (got.isDefault !== true) problems.push(`${seed.region} default VPC ${id} not flagged isDefault`)
  } else if (got.isDefault) problems.push(`${seed.region} ${seed.type} ${id} flagged isDefault`)
}
for (const key of returned.keys()) problems.push(`returned but never seeded: ${key}`)
if (result.warnings.length > 0) problems.push(...result.warnings.map((w) => `warning: ${w}`))
if (problems.length > 0) {
  console.error(`live scan incorrect (${problems.length} problem(s)):\n  ${problems.slice(0, 20).join('\n  ')}`)
  process.exit(1)
}

console.log(JSON.stringify({ ms, maxRssMb, calls: result.calls, resources: result.resources.length, defaults }))
