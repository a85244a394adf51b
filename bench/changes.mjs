// bench/changes: the changes mode (`scan --live --since INVENTORY`, src/sources/live/changes/) against a full live
// scan, on the local AWS server (test/aws-server) holding the bench/live-scan estate (N resources over 10 regional
// types and 2 regions, bench/live-scan-seed.mjs) plus S3 buckets with their versioning state, every call answered
// after --latency-ms (20 ms).
// Targets (issue 16, for 10 changed resources in an estate of 10,000: the default --resources):
//   Plumbline's own time from its start to the SARIF written < 5 s (PLUMBLINE_TIMINGS: the phases up to `writes`,
//   which writes the SARIF, the report and the results together; counted from the process's start)
//   Cloud Control calls per changed resource ≤ 3
// Also printed: the wall of each run (spawn to exit), the AWS calls of every service per changed resource (a touched
// fact is read by its own service's API: a bucket's versioning by S3 GetBucketVersioning), the LookupEvents calls,
// the floor and the ratio to it, an offline run on the same inventory (`scan --inventory`, no AWS call) and
// changes ÷ full scan.
// How it is measured:
//   - The CLI is this checkout's sources (src/cli-entry.ts) bundled on the fly as scripts/bundle.mjs bundles it
//     (dist/ may lag the sources), run in a child process while this process serves it, with the CLI's real limits
//     (--rate-limit 20 per account and region, --concurrency 8: the defaults).
//   - Baseline: one full `scan --live` writes the inventory; its wall and its Cloud Control calls (the server's
//     call log) are the "full scan" figures.
//   - Then 10 resources are changed by hand over both regions, as e2e/changes.test.ts does it: the server's model
//     edited (putResource/removeResource) and the call's CloudTrail record written to its event history
//     (recordTrailEvent, shaped as CloudTrail records the call): a group opened to SSH, a group created with RDP
//     open, an unencrypted volume created, a volume and a group deleted, key rotation turned off, bucket versioning
//     turned on (PutBucketVersioning: the bucket and its Plumbline::S3::BucketVersioning fact), a DB instance made
//     public, a trail stopped, a cluster's deletion protection turned off.
//   - Then --runs times, by turns (so that the machine's load falls on all three alike): the floor (a fresh node
//     that reads and JSON.parses the inventory file: node's start and the parse, timed from the process's start as
//     PLUMBLINE_TIMINGS is), the changes mode from the baseline inventory (each run reads the same events, so the
//     runs are alike) and the offline run. Medians are printed; the calls are the server's log of each run.
//   - Correctness, on every changes run: the summary (events, read again, deleted, failed 0), every change's
//     finding as it should now be (new, gone or flipped: each checked against the baseline too), the patched
//     inventory (deleted resources gone, the bucket's versioning fact Enabled). A miss exits 1 after the figures.
// No Terraform side (no --state): no drift, so who-changed has nothing to look up and the LookupEvents are the
// changes mode's own.
//   node bench/changes.mjs [--resources 10000] [--buckets resources÷30] [--runs 5] [--latency-ms 20] [--rate-limit N]
// --rate-limit is passed to every live run (default: the CLI's, 20); --rate-limit 0 shows what the limit costs.
import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startAwsServer, trailRecord } from '../test/aws-server/index.mjs'
import { BENCH_ACCOUNT as ACCOUNT, BENCH_TYPES, benchSeeds } from './live-scan-seed.mjs'
import { PRODUCT_BUILD_OPTIONS } from '../scripts/product-build.mjs'

const OWN_TARGET_MS = 5000
const CC_PER_CHANGE_TARGET = 3
const HOME = 'us-east-1'
const OTHER = 'eu-west-1'
const REGIONS = [HOME, OTHER]
const BUCKET = 'AWS::S3::Bucket'
const VERSIONING_FACT = 'Plumbline::S3::BucketVersioning'
const TYPES = [...BENCH_TYPES, BUCKET, VERSIONING_FACT]

const { values: args } = parseArgs({ options: { resources: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, 'latency-ms': { type: 'string', default: '20' }, 'rate-limit': { type: 'string' }, buckets: { type: 'string' } } })
const int = (name, min) => {
  const n = Number(args[name])
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${args[name]}`)
  return n
}
const COUNT = int('resources', 20)
const RUNS = int('runs', 1)
const LATENCY_MS = int('latency-ms', 0)
const BUCKETS = args.buckets === undefined ? Math.max(4, Math.round(COUNT / 30)) : int('buckets', 2)
const RATE = args['rate-limit'] === undefined ? undefined : int('rate-limit', 0)

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const work = join(root, 'bench/out/changes')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })

// ---- The CLI: src/cli-entry.ts bundled with the product's options (scripts/product-build.mjs; one file, no splitting) ----

const cliFile = join(work, 'cli.mjs')
await build({ ...PRODUCT_BUILD_OPTIONS, entryPoints: [join(root, 'src/cli-entry.ts')], outfile: cliFile })

// ---- The estate: bench/live-scan's, plus buckets (by default one per 30 resources; half in each region) ----

function bucketSeeds(count) {
  const seeds = []
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % 2]
    const name = `bench-data-${String(i).padStart(4, '0')}-${region}`
    const versioning = i % 3 === 0 ? { VersioningConfiguration: { Status: 'Suspended' } } : i % 3 === 1 ? {} : { VersioningConfiguration: { Status: 'Enabled' } }
    seeds.push({
      type: BUCKET,
      region,
      properties: {
        BucketName: name,
        Arn: `arn:aws:s3:::${name}`,
        DomainName: `${name}.s3.amazonaws.com`,
        RegionalDomainName: `${name}.s3.${region}.amazonaws.com`,
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: i % 4 === 0 ? 'AES256' : 'aws:kms' }, BucketKeyEnabled: i % 4 !== 0 }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        ...versioning,
        Tags: [{ Key: 'team', Value: `team-${i % 7}` }]
      }
    })
  }
  return seeds
}

const seeds = [...benchSeeds(COUNT), ...bucketSeeds(BUCKETS)]
const server = await startAwsServer({ latencyMs: LATENCY_MS })
server.addAccount({ id: ACCOUNT, enabledRegions: REGIONS, resources: seeds })
const keys = server.createUserKeys(ACCOUNT, 'scanner')

const env = {}
for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|AWS_|PLUMBLINE_)/.test(k) && k !== 'NODE_OPTIONS') env[k] = v
Object.assign(env, server.env(), {
  AWS_ACCESS_KEY_ID: keys.accessKeyId,
  AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
  AWS_REGION: HOME,
  AWS_EC2_METADATA_DISABLED: 'true',
  NODE_NO_WARNINGS: '1',
  PLUMBLINE_TIMINGS: '1',
  // S3 addresses a bucket as <bucket>.localhost.
  NODE_OPTIONS: `--import ${join(root, 'test/aws-server/resolve-localhost.mjs')}`
})

/** A child process (this one keeps serving it): wall from spawn to exit, its output, the server's calls meanwhile. */
function child(argv, { allowFail = false } = {}) {
  return new Promise((resolve, reject) => {
    const from = server.calls.length
    const start = performance.now()
    const proc = spawn(process.execPath, argv, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    proc.stdout.on('data', (c) => (stdout += c))
    proc.stderr.on('data', (c) => (stderr += c))
    proc.on('error', reject)
    proc.on('close', (code) => {
      const ms = performance.now() - start
      if (code !== 0 && !allowFail) return reject(new Error(`${argv.slice(1, 3).join(' ')} exited ${code}:\n${stderr.slice(-3000)}`))
      resolve({ ms, code, stdout, stderr, calls: server.calls.slice(from) })
    })
  })
}

/** The CLI's phase timings (PLUMBLINE_TIMINGS): the cumulative ms at the end of `upTo`, the line, each phase's ms. */
function timings(stderr, upTo = 'writes') {
  const line = stderr.split('\n').find((l) => l.startsWith('timings (ms): '))
  if (!line) throw new Error(`no timings line in:\n${stderr.slice(-2000)}`)
  const phases = line.slice('timings (ms): '.length).split(' ').map((pair) => pair.split('='))
  const phase = Object.fromEntries(phases.map(([label, ms]) => [label, Number(ms)]))
  let own = 0
  for (const [label, ms] of phases) {
    if (label === 'total') break
    own += Number(ms)
    if (label === upTo) return { own, line, phase }
  }
  throw new Error(`no ${upTo} phase in ${line}`)
}

const cli = (...cliArgs) => child([cliFile, ...cliArgs])
const LIVE = ['scan', '--live', '--regions', REGIONS.join(','), '--region', HOME, '--resource-types', TYPES.join(','), '--fail-on', 'none', ...(RATE === undefined ? [] : ['--rate-limit', String(RATE)])]
const readJson = (file) => JSON.parse(readFileSync(join(work, file), 'utf8'))
const count = (calls, service, operation) => calls.filter((c) => c.service === service && (operation === undefined || c.operation === operation)).length
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

// ---- The changes made by hand ----

const ONCALL = { role: 'oncall', session: 'alice@example.com' }
const BOB = { user: 'bob' }
let recorded = 0
function record(region, eventSource, eventName, identity, requestParameters, responseElements = null, resources) {
  server.recordTrailEvent({ record: trailRecord({ account: ACCOUNT, region, eventSource, eventName, identity, requestParameters, responseElements, ...(resources ? { resources } : {}) }) })
  recorded++
}
const first = (type, region, test = () => true) => {
  const seed = seeds.find((s) => s.type === type && s.region === region && test(s.properties))
  if (!seed) throw new Error(`the estate has no ${type} in ${region} to change (raise --resources)`)
  return seed
}
const changed = (seed, edit) => {
  const properties = structuredClone(seed.properties)
  edit(properties)
  server.putResource(ACCOUNT, { ...seed, properties })
}
const publicSsh = (p) => p.SecurityGroupIngress.some((r) => r.FromPort === 22 && r.CidrIp === '0.0.0.0/0')

/**
 * Makes the changes; returns, per changed resource, what the results must show afterwards (and did not before):
 * `rule` failing (or passing) on it, or it gone from the results and the inventory.
 */
function makeChanges() {
  const expect = []
  const groupRule = (groupId, port, cidr) => ({
    requestParameters: { groupId, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: port, toPort: port, groups: {}, ipRanges: { items: [{ cidrIp: cidr }] }, ipv6Ranges: {}, prefixListIds: {} }] } },
    responseElements: { requestId: '1e2b3c4d-0000-4000-8000-000000000016', _return: true, securityGroupRuleSet: { items: [{ groupOwnerId: ACCOUNT, groupId, isEgress: false, ipProtocol: 'tcp', fromPort: port, toPort: port, cidrIpv4: cidr }] } }
  })

  // eu-west-1 (1) SSH opened to the internet on a group.
  const web = first('AWS::EC2::SecurityGroup', OTHER, (p) => !publicSsh(p))
  changed(web, (p) => p.SecurityGroupIngress.push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', Description: 'vendor access' }))
  const ssh = groupRule(web.properties.GroupId, 22, '0.0.0.0/0')
  record(OTHER, 'ec2.amazonaws.com', 'AuthorizeSecurityGroupIngress', ONCALL, ssh.requestParameters, ssh.responseElements)
  expect.push({ what: 'group opened to SSH', type: web.type, id: web.properties.GroupId, rule: 'ec2-sg-no-public-ssh', status: 'fail' })

  // (2) A group created in the console, then RDP opened on it: two events, one resource.
  const template = first('AWS::EC2::SecurityGroup', OTHER)
  const newGroup = 'sg-0bench16000000001'
  server.putResource(ACCOUNT, {
    type: 'AWS::EC2::SecurityGroup',
    region: OTHER,
    properties: { Id: newGroup, GroupId: newGroup, GroupName: 'rdp-jump', GroupDescription: 'jump host', VpcId: template.properties.VpcId, SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIp: '0.0.0.0/0' }], SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] }
  })
  record(OTHER, 'ec2.amazonaws.com', 'CreateSecurityGroup', BOB, { groupName: 'rdp-jump', groupDescription: 'jump host', vpcId: template.properties.VpcId }, { requestId: '2e2b3c4d-0000-4000-8000-000000000016', _return: true, groupId: newGroup })
  const rdp = groupRule(newGroup, 3389, '0.0.0.0/0')
  record(OTHER, 'ec2.amazonaws.com', 'AuthorizeSecurityGroupIngress', BOB, rdp.requestParameters, rdp.responseElements)
  expect.push({ what: 'group created with RDP open', type: 'AWS::EC2::SecurityGroup', id: newGroup, rule: 'ec2-sg-no-public-rdp', status: 'fail', created: true })

  // (3) An unencrypted volume created.
  const newVolume = 'vol-0bench16000000001'
  server.putResource(ACCOUNT, {
    type: 'AWS::EC2::Volume',
    region: OTHER,
    properties: { VolumeId: newVolume, AvailabilityZone: `${OTHER}a`, Size: 100, VolumeType: 'gp3', Iops: 3000, Throughput: 125, Encrypted: false, MultiAttachEnabled: false, AutoEnableIO: false }
  })
  record(OTHER, 'ec2.amazonaws.com', 'CreateVolume', ONCALL, { size: 100, zone: `${OTHER}a`, volumeType: 'gp3', encrypted: false }, { requestId: '3e2b3c4d-0000-4000-8000-000000000016', volumeId: newVolume, size: '100', zone: `${OTHER}a`, status: 'creating', volumeType: 'gp3', encrypted: false, multiAttachEnabled: false })
  expect.push({ what: 'unencrypted volume created', type: 'AWS::EC2::Volume', id: newVolume, rule: 'ec2-ebs-volume-encrypted', status: 'fail', created: true })

  // (4) A volume deleted.
  const oldVolume = first('AWS::EC2::Volume', OTHER)
  if (!server.removeResource(ACCOUNT, oldVolume.type, oldVolume.properties.VolumeId)) throw new Error('volume not removed')
  record(OTHER, 'ec2.amazonaws.com', 'DeleteVolume', BOB, { volumeId: oldVolume.properties.VolumeId }, { requestId: '4e2b3c4d-0000-4000-8000-000000000016', _return: true })
  expect.push({ what: 'volume deleted', type: oldVolume.type, id: oldVolume.properties.VolumeId, gone: true })

  // (5) Key rotation turned off (KMS names the key in `resources` too).
  const key = first('AWS::KMS::Key', OTHER, (p) => p.EnableKeyRotation === true)
  changed(key, (p) => (p.EnableKeyRotation = false))
  record(OTHER, 'kms.amazonaws.com', 'DisableKeyRotation', ONCALL, { keyId: key.properties.KeyId }, null, [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: key.properties.Arn }])
  expect.push({ what: 'key rotation turned off', type: key.type, id: key.properties.KeyId, rule: 'kms-key-rotation-enabled', status: 'fail' })

  // (6) Versioning turned on for a bucket (S3's record: bucketName, Host, the configuration; the bucket in resources).
  // It touches the bucket and its versioning fact (Plumbline::S3::BucketVersioning, read with S3 GetBucketVersioning).
  const bucket = first(BUCKET, OTHER, (p) => p.VersioningConfiguration?.Status !== 'Enabled')
  const bucketName = bucket.properties.BucketName
  changed(bucket, (p) => (p.VersioningConfiguration = { Status: 'Enabled' }))
  record(
    OTHER,
    's3.amazonaws.com',
    'PutBucketVersioning',
    ONCALL,
    { bucketName, Host: `${bucketName}.s3.${OTHER}.amazonaws.com`, versioning: '', VersioningConfiguration: { Status: 'Enabled', xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' } },
    null,
    [{ accountId: ACCOUNT, type: BUCKET, ARN: `arn:aws:s3:::${bucketName}` }]
  )
  expect.push({ what: 'bucket versioning turned on (PutBucketVersioning)', type: BUCKET, id: bucketName, rule: 's3-bucket-versioning-enabled', status: 'pass', fact: { type: VERSIONING_FACT, id: bucketName, Status: 'Enabled' } })

  // us-east-1 (7) A DB instance made public.
  const db = first('AWS::RDS::DBInstance', HOME, (p) => p.PubliclyAccessible === false)
  const dbId = db.properties.DBInstanceIdentifier
  changed(db, (p) => (p.PubliclyAccessible = true))
  record(HOME, 'rds.amazonaws.com', 'ModifyDBInstance', BOB, { dBInstanceIdentifier: dbId, publiclyAccessible: true, applyImmediately: true }, { dBInstanceIdentifier: dbId, dBInstanceArn: db.properties.DBInstanceArn, publiclyAccessible: true })
  expect.push({ what: 'DB instance made public', type: db.type, id: dbId, rule: 'rds-instance-not-publicly-accessible', status: 'fail' })

  // (8) A trail stopped.
  const trail = first('AWS::CloudTrail::Trail', HOME, (p) => p.IsLogging === true)
  changed(trail, (p) => (p.IsLogging = false))
  record(HOME, 'cloudtrail.amazonaws.com', 'StopLogging', ONCALL, { name: trail.properties.Arn }, null)
  expect.push({ what: 'trail stopped', type: trail.type, id: trail.properties.TrailName, rule: 'cloudtrail-logging-enabled', status: 'fail' })

  // (9) A group deleted (one with SSH open to the internet: its finding must leave).
  const open = first('AWS::EC2::SecurityGroup', HOME, publicSsh)
  if (!server.removeResource(ACCOUNT, open.type, open.properties.GroupId)) throw new Error('group not removed')
  record(HOME, 'ec2.amazonaws.com', 'DeleteSecurityGroup', BOB, { groupId: open.properties.GroupId }, { requestId: '5e2b3c4d-0000-4000-8000-000000000016', _return: true })
  expect.push({ what: 'group (with public SSH) deleted', type: open.type, id: open.properties.GroupId, gone: true, hadRule: 'ec2-sg-no-public-ssh' })

  // (10) A cluster's deletion protection turned off.
  const cluster = first('AWS::RDS::DBCluster', HOME, (p) => p.DeletionProtection === true)
  const clusterId = cluster.properties.DBClusterIdentifier
  changed(cluster, (p) => (p.DeletionProtection = false))
  record(HOME, 'rds.amazonaws.com', 'ModifyDBCluster', ONCALL, { dBClusterIdentifier: clusterId, deletionProtection: false, applyImmediately: true }, { dBClusterIdentifier: clusterId, dBClusterArn: cluster.properties.DBClusterArn, deletionProtection: false })
  expect.push({ what: 'cluster deletion protection off', type: cluster.type, id: clusterId, rule: 'rds-cluster-deletion-protection', status: 'fail' })
  return { expect, events: recorded }
}

/** The live evaluations of a results file, by `rule resourceId`. */
function liveStatus(results) {
  const status = new Map()
  for (const e of results.evaluations) if (e.resource.origin === 'live') status.set(`${e.rule} ${e.resource.id}`, e.status)
  return status
}

/** Whether the changes run's outputs reflect every change (and the baseline did not): the problems found. */
function checkRun(dir, expected, baseline, baselineInventory) {
  const problems = []
  const results = readJson(`${dir}/plumbline-results.json`)
  const inventory = readJson(`${dir}/plumbline-inventory.json`)
  const now = liveStatus(results)
  const ids = new Set(results.evaluations.filter((e) => e.resource.origin === 'live').map((e) => `${e.resource.type} ${e.resource.id}`))
  const inInventory = (type, id) => inventory.resources.some((r) => r.type === type && r.id === id)
  for (const x of expected.expect) {
    if (x.gone) {
      if (!baselineInventory.resources.some((r) => r.type === x.type && r.id === x.id)) problems.push(`${x.what}: ${x.id} was not in the baseline inventory`)
      if (x.hadRule && baseline.get(`${x.hadRule} ${x.id}`) !== 'fail') problems.push(`${x.what}: the baseline had no ${x.hadRule} failure on ${x.id}`)
      if (ids.has(`${x.type} ${x.id}`)) problems.push(`${x.what}: ${x.id} still has evaluations`)
      if (inInventory(x.type, x.id)) problems.push(`${x.what}: ${x.id} still in the patched inventory`)
      continue
    }
    const key = `${x.rule} ${x.id}`
    const before = baseline.get(key)
    if (x.created ? before !== undefined : before === undefined || before === x.status) problems.push(`${x.what}: the baseline's ${key} was ${before ?? 'absent'} (the check would prove nothing)`)
    if (now.get(key) !== x.status) problems.push(`${x.what}: ${key} is ${now.get(key) ?? 'absent'}, expected ${x.status}`)
    if (x.fact) {
      const fact = inventory.resources.find((r) => r.type === x.fact.type && r.id === x.fact.id)
      if (fact?.properties?.Status !== x.fact.Status) problems.push(`${x.what}: the patched inventory's ${x.fact.type} ${x.fact.id} has Status ${fact?.properties?.Status ?? '(none)'}, expected ${x.fact.Status}`)
    }
  }
  const s = results.run.changes
  const gone = expected.expect.filter((x) => x.gone).length
  const reread = expected.expect.length - gone
  if (!s) problems.push('results.run.changes is missing')
  else {
    if (s.events !== expected.events) problems.push(`summary: ${s.events} events, expected ${expected.events}`)
    if (s.removed !== gone) problems.push(`summary: ${s.removed} deleted, expected ${gone}`)
    if (s.reread !== reread && s.reread !== reread + 1) problems.push(`summary: ${s.reread} read again, expected ${reread} (+1 if the versioning fact is read alone)`)
    if (s.failed !== 0) problems.push(`summary: ${s.failed} read(s) failed`)
    // A fact is read whole for its region by its own service's API (a bucket's versioning: GetBucketVersioning of
    // the region's buckets), which the summary counts as a type listed again.
    if (s.relisted > 1) problems.push(`summary: ${s.relisted} type(s) listed again, expected at most 1 (the versioning fact)`)
    if (s.ignored.length > 0) problems.push(`summary: ignored ${JSON.stringify(s.ignored)}`)
  }
  const failedEntries = results.coverage.filter((c) => c.state !== 'scanned')
  for (const c of failedEntries) problems.push(`ledger: ${c.region} ${c.type} ${c.state}${c.error ? ` (${c.error})` : ''}`)
  if (inventory.resources.length !== baselineInventory.resources.length + expected.expect.filter((x) => x.created).length - gone) {
    problems.push(`the patched inventory holds ${inventory.resources.length} resources, expected ${baselineInventory.resources.length} + created − deleted`)
  }
  return { problems, summary: s, warnings: results.run.warnings }
}

// ---- The run ----

const f0 = (x) => x.toFixed(0)
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const benchStart = performance.now()
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ')
let exitCode = 0
try {
  console.log(`estate: ${seeds.length} resources (${COUNT} over ${BENCH_TYPES.length} types + ${seeds.length - COUNT} buckets) in ${REGIONS.join(', ')}, account ${ACCOUNT}; ${LATENCY_MS} ms per call; ${RATE === undefined ? 'CLI defaults --rate-limit 20 --concurrency 8' : `--rate-limit ${RATE}, --concurrency 8 (the default)`}`)
  console.log(`machine: ${cpus().length} cores, load average ${load()} at the start`)

  // Baseline: the full scan whose inventory the changes mode starts from.
  const full = await cli(...LIVE, '--out', 'full')
  const fullOwn = timings(full.stderr)
  const fullCc = count(full.calls, 'cloudcontrol')
  const baselineInventory = readJson('full/plumbline-inventory.json')
  const baseline = liveStatus(readJson('full/plumbline-results.json'))
  const notScanned = baselineInventory.coverage.filter((c) => c.state !== 'scanned')
  if (notScanned.length > 0) throw new Error(`the full scan left ${notScanned.length} ledger entries not scanned: ${JSON.stringify(notScanned.slice(0, 3))}`)
  if (baselineInventory.resources.length < seeds.length) throw new Error(`the full scan read ${baselineInventory.resources.length} resources, fewer than the ${seeds.length} seeded`)
  console.log(
    `full scan (baseline): wall ${seconds(full.ms)}, own time to SARIF written ${f0(fullOwn.own)} ms; ${baselineInventory.resources.length} resources in the inventory ` +
      `(${(statSync(join(work, 'full/plumbline-inventory.json')).size / 1e6).toFixed(1)} MB); ${full.calls.length} calls, ${fullCc} Cloud Control (${count(full.calls, 'cloudcontrol', 'ListResources')} ListResources, ${count(full.calls, 'cloudcontrol', 'GetResource')} GetResource)`
  )

  // CloudTrail writes event times to the second: the changes are made in a later second than the scan time.
  const wait = Date.parse(baselineInventory.scannedAt) + 1000 - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  const expected = makeChanges()
  const changedCount = expected.expect.length
  console.log(`changes: ${changedCount} resources (${expected.events} CloudTrail events) over ${REGIONS.join(' and ')}: ${expected.expect.map((x) => x.what).join('; ')}`)

  const rows = []
  const problems = new Set()
  for (let i = 0; i < RUNS; i++) {
    const floor = await child(['-e', "const d = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8')); if (!Array.isArray(d.resources)) process.exit(3); process.stdout.write(JSON.stringify({ ms: performance.now() }))", join(work, 'full/plumbline-inventory.json')])
    const dir = `changes-${i + 1}`
    const run = await cli(...LIVE, '--since', 'full/plumbline-inventory.json', '--out', dir)
    const offline = await cli('scan', '--inventory', 'full/plumbline-inventory.json', '--region', HOME, '--fail-on', 'none', '--out', `offline-${i + 1}`)
    if (offline.calls.length > 0) throw new Error(`the offline run made ${offline.calls.length} AWS calls`)
    const check = checkRun(dir, expected, baseline, baselineInventory)
    for (const p of check.problems) problems.add(p)
    const ownRun = timings(run.stderr)
    rows.push({
      floorOwn: JSON.parse(floor.stdout).ms,
      floorWall: floor.ms,
      wall: run.ms,
      own: ownRun.own,
      built: timings(run.stderr, 'sarif').own,
      line: ownRun.line,
      startup: ownRun.phase['start-up'],
      live: ownRun.phase.live,
      offlineLive: timings(offline.stderr).phase.live,
      cc: count(run.calls, 'cloudcontrol'),
      all: run.calls.length,
      ccFailed: run.calls.filter((c) => c.service === 'cloudcontrol' && c.status !== 200),
      lookups: count(run.calls, 'cloudtrail', 'LookupEvents'),
      lookupsThrottled: run.calls.filter((c) => c.operation === 'LookupEvents' && c.errorCode === 'ThrottlingException').length,
      byOperation: Object.entries(run.calls.reduce((m, c) => ((m[`${c.service}:${c.operation}${c.status === 200 ? '' : ` ${c.errorCode}`}`] = (m[`${c.service}:${c.operation}${c.status === 200 ? '' : ` ${c.errorCode}`}`] ?? 0) + 1), m), {})),
      summaryLine: run.stderr.split('\n').find((l) => l.startsWith('changes since')) ?? '(no summary line)',
      warnings: check.warnings,
      offlineWall: offline.ms,
      offlineOwn: timings(offline.stderr).own
    })
    process.stderr.write(`  run ${i + 1}/${RUNS}: floor ${f0(rows[i].floorOwn)} ms, changes own ${f0(rows[i].own)} ms (wall ${f0(rows[i].wall)} ms), offline own ${f0(rows[i].offlineOwn)} ms; load ${load()}\n`)
  }

  const m = (key) => median(rows.map((r) => r[key]))
  const last = rows[rows.length - 1]
  const own = m('own')
  const floor = m('floorOwn')
  const ccPer = m('cc') / changedCount
  console.log(`\nchanges mode, median of ${RUNS} (each run from the baseline inventory, the same ${expected.events} events):`)
  console.log(`  ${last.summaryLine}`)
  console.log(`  calls of a run: ${last.byOperation.map(([k, n]) => `${k} ${n}`).join(', ')}`)
  if (last.ccFailed.length > 0) console.log(`  Cloud Control calls that failed: ${last.ccFailed.map((c) => `${c.operation} ${c.typeName} ${c.identifier} → ${c.errorCode}`).join('; ')}`)
  for (const w of last.warnings) console.log(`  warning: ${w}`)
  console.log(`  ${last.line}  (last run)`)
  console.log(`  phase medians: start-up ${f0(m('startup'))} ms; live ${f0(m('live'))} ms (CloudTrail, the reads, the patch and the live side's rules; offline's live phase, the rules alone: ${f0(m('offlineLive'))} ms)`)
  console.log(`  own time to SARIF written ${f0(own)} ms (SARIF built at ${f0(m('built'))} ms; target < ${OWN_TARGET_MS} ms) ${own < OWN_TARGET_MS ? 'PASS' : 'miss'}; wall ${f0(m('wall'))} ms`)
  console.log(`  Cloud Control calls per changed resource: ${m('cc')} ÷ ${changedCount} = ${ccPer.toFixed(2)} (target ≤ ${CC_PER_CHANGE_TARGET}) ${ccPer <= CC_PER_CHANGE_TARGET ? 'PASS' : 'miss'}`)
  console.log(`  AWS calls of every service per changed resource: ${m('all')} ÷ ${changedCount} = ${(m('all') / changedCount).toFixed(2)} (no target; the Cloud Control figure's complement)`)
  console.log(`  LookupEvents calls: ${m('lookups')} (throttled and sent again: ${m('lookupsThrottled')})`)
  console.log(`  floor (node start + read and JSON.parse of the ${(statSync(join(work, 'full/plumbline-inventory.json')).size / 1e6).toFixed(1)} MB inventory): ${f0(floor)} ms (wall ${f0(m('floorWall'))} ms); own time ÷ floor = ${(own / floor).toFixed(2)}×`)
  console.log(`  offline (scan --inventory, same inventory, no AWS call): own time to SARIF written ${f0(m('offlineOwn'))} ms, wall ${f0(m('offlineWall'))} ms; changes ÷ offline = ${(own / m('offlineOwn')).toFixed(2)}×`)
  console.log(`  changes ÷ full scan: wall ${(m('wall') / full.ms).toFixed(3)} (${f0(m('wall'))} ms ÷ ${seconds(full.ms)}), own time ${(own / fullOwn.own).toFixed(3)}; Cloud Control calls ${m('cc')} ÷ ${fullCc} = ${(m('cc') / fullCc).toFixed(4)}`)
  if (problems.size > 0) {
    console.log(`\nINCORRECT: the changes run's outputs do not reflect the changes (${problems.size} problem(s)):\n  ${[...problems].join('\n  ')}`)
    exitCode = 1
  } else {
    console.log(`\ncorrect: every run's results and patched inventory reflect all ${changedCount} changes (each finding checked against the baseline), summary and ledger clean`)
  }
  console.log(`load average ${load()} at the end; bench wall ${seconds(performance.now() - benchStart)}`)
} finally {
  await server.close()
}
process.exitCode = exitCode
