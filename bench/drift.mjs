// bench/drift: the drift comparison (src/drift/index.ts compareInventories, bundled on the fly) of N IaC
// resources against N live ones, 5 % changed, 2 % missing and 2 % unmanaged, at 5,000, 10,000 and 20,000.
// Targets (issue 4): under 1 s at 20,000, and the 20,000 time at most 4.5 × the 5,000 one (near-linear).
// Each size runs in a fresh child process (no JIT warmed by a smaller size); the figure is the median of 5
// runs inside that process after one warm-up, and a floor measured in the same process is printed beside it:
// one structuredClone of both inventories (touching every property once), to say how far from "reading the
// data" the comparison is. The comparison's classes are checked against what was generated.
//   node bench/drift.mjs [--sizes 5000,10000,20000]
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '5000,10000,20000' }, child: { type: 'string' } } })
const root = dirname(dirname(fileURLToPath(import.meta.url)))
const work = join(root, 'bench/out')
const bundleFile = join(work, 'drift-bundle.mjs')

const ACCOUNT = '123456789012'
const REGIONS = ['eu-west-1', 'us-east-1']
const TYPES = ['AWS::EC2::SecurityGroup', 'AWS::EC2::Volume', 'AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::KMS::Key']

/** One resource's properties, the same on both sides unless changed. */
function properties(type, i) {
  const tags = [{ Key: 'team', Value: `team-${i % 17}` }, { Key: 'env', Value: i % 2 ? 'prod' : 'staging' }]
  switch (type) {
    case 'AWS::EC2::SecurityGroup':
      return {
        GroupId: `sg-${i}`, Id: `sg-${i}`, GroupName: `app-${i}`, GroupDescription: 'app servers', VpcId: `vpc-${i % 40}`, Tags: tags,
        SecurityGroupIngress: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' },
          { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: `sg-${(i + 1) % 1000}` }
        ],
        SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]
      }
    case 'AWS::EC2::Volume':
      return { VolumeId: `vol-${i}`, AvailabilityZone: 'eu-west-1a', Size: 8 + (i % 100), VolumeType: 'gp3', Encrypted: true, Tags: tags }
    case 'AWS::S3::Bucket':
      return {
        BucketName: `bucket-${i}`, Tags: tags,
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `key-${i % 50}` }, BucketKeyEnabled: true }] },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }
      }
    case 'AWS::IAM::Role':
      return {
        RoleName: `role-${i}`, Path: '/', Tags: tags, MaxSessionDuration: 3600,
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', `arn:aws:iam::${ACCOUNT}:policy/app-${i % 30}`]
      }
    default:
      return {
        KeyId: `key-${i}`, Description: `key ${i}`, Enabled: true, EnableKeyRotation: true, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Tags: tags,
        KeyPolicy: { Version: '2012-10-17', Statement: [{ Sid: 'root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] }
      }
  }
}

/** The kind of change a changed resource gets (a hand edit a user would make). */
function change(type, props) {
  switch (type) {
    case 'AWS::EC2::SecurityGroup':
      props.SecurityGroupIngress = [...props.SecurityGroupIngress, { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }]
      break
    case 'AWS::EC2::Volume':
      props.Encrypted = false
      break
    case 'AWS::S3::Bucket':
      props.VersioningConfiguration = { Status: 'Suspended' }
      break
    case 'AWS::IAM::Role':
      props.ManagedPolicyArns = [...props.ManagedPolicyArns, 'arn:aws:iam::aws:policy/AdministratorAccess']
      break
    default:
      props.EnableKeyRotation = false
  }
}

function estate(n) {
  const iac = []
  const live = []
  const expected = { changed: 0, missing: 0, unmanaged: 0, inSync: 0 }
  for (let i = 0; i < n; i++) {
    const type = TYPES[i % TYPES.length]
    const region = type === 'AWS::IAM::Role' ? 'global' : REGIONS[i % REGIONS.length]
    const id = String(properties(type, i)[{ 'AWS::EC2::SecurityGroup': 'GroupId', 'AWS::EC2::Volume': 'VolumeId', 'AWS::S3::Bucket': 'BucketName', 'AWS::IAM::Role': 'RoleName' }[type] ?? 'KeyId'])
    const slot = i % 100
    // 5 % changed, 2 % missing (in state, gone live), the rest in sync; 2 % more live-only resources are unmanaged.
    iac.push({ type, id, origin: 'state', region, address: `module.m${i % 20}.aws_x.r${i}`, properties: properties(type, i) })
    if (slot < 2) {
      expected.missing++
      continue
    }
    const props = properties(type, i)
    if (slot >= 2 && slot < 7) {
      change(type, props)
      expected.changed++
    } else expected.inSync++
    live.push({ type, id, origin: 'live', account: ACCOUNT, region, properties: props })
  }
  for (let i = 0; i < Math.round(n * 0.02); i++) {
    const type = TYPES[i % TYPES.length]
    const region = type === 'AWS::IAM::Role' ? 'global' : REGIONS[i % REGIONS.length]
    const props = properties(type, n + i)
    const id = String(props.GroupId ?? props.VolumeId ?? props.BucketName ?? props.RoleName ?? props.KeyId)
    live.push({ type, id, origin: 'live', account: ACCOUNT, region, properties: props })
    expected.unmanaged++
  }
  const coverage = []
  for (const type of TYPES) for (const region of type === 'AWS::IAM::Role' ? ['global'] : REGIONS) coverage.push({ account: ACCOUNT, region, type, state: 'scanned', count: 0 })
  return { iac, live, coverage, expected }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

if (args.child) {
  // One size, in a fresh process.
  const n = Number(args.child)
  const { compareInventories } = await import(bundleFile)
  const { iac, live, coverage, expected } = estate(n)
  const input = { iac, live, coverage, defaultAccount: ACCOUNT }
  const once = () => {
    const started = performance.now()
    const result = compareInventories(input)
    return { ms: performance.now() - started, result }
  }
  const first = once()
  for (const kind of ['changed', 'missing', 'unmanaged', 'inSync']) {
    if (first.result.counts[kind] !== expected[kind]) throw new Error(`${kind}: expected ${expected[kind]}, got ${first.result.counts[kind]}`)
  }
  const times = []
  for (let i = 0; i < 5; i++) times.push(once().ms)
  const floors = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    structuredClone(iac)
    structuredClone(live)
    floors.push(performance.now() - started)
  }
  process.stdout.write(JSON.stringify({ n, cold: first.ms, median: median(times), floor: median(floors), counts: first.result.counts }) + '\n')
} else {
  mkdirSync(work, { recursive: true })
  const bundled = await build({ entryPoints: [join(root, 'src/drift/index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, logLevel: 'warning' })
  writeFileSync(bundleFile, bundled.outputFiles[0].text)
  const sizes = args.sizes.split(',').map(Number)
  const figures = []
  for (const n of sizes) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`size ${n} failed: ${run.stderr}`)
    figures.push(JSON.parse(run.stdout))
  }
  console.log(`drift comparison, ${TYPES.length} types, 5 % changed, 2 % missing, 2 % unmanaged (median of 5 after one cold run)`)
  for (const f of figures) {
    const c = f.counts
    console.log(
      `  ${String(f.n).padStart(6)} IaC vs ${String(f.n - c.missing + c.unmanaged).padStart(6)} live: ${f.median.toFixed(1).padStart(7)} ms ` +
        `(cold ${f.cold.toFixed(1)} ms; floor structuredClone ${f.floor.toFixed(1)} ms, ratio ${(f.median / f.floor).toFixed(2)}) ` +
        `→ ${c.changed} changed, ${c.missing} missing, ${c.unmanaged} unmanaged, ${c.inSync} in sync`
    )
  }
  const small = figures.find((f) => f.n === 5000)
  const large = figures.find((f) => f.n === 20000)
  if (small && large) {
    console.log(`  20k ÷ 5k = ${(large.median / small.median).toFixed(2)} (target ≤ 4.5); 20k: ${large.median.toFixed(0)} ms (target < 1000 ms); cold 20k ${large.cold.toFixed(0)} ms`)
  }
}
