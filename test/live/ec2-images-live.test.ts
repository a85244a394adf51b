// EBS snapshots and AMIs on what a live scan reads over the wire from the local AWS server (EC2 DescribeSnapshots and
// DescribeImages, which no CloudFormation type covers), and the region's snapshot block public access through Cloud
// Control: the rules' verdicts, the facts as EC2 returned them, the calls made, and each allowed by the shipped policy.
import '../aws-server/resolve-localhost.mjs'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { actionAllowed, type PolicyDocument } from '../../src/sources/live/permissions.js'
import { liveRegionResources } from '../../src/sources/live/region-resources.js'
import { scanLive } from '../../src/sources/live/scan.js'
import { shippedReadOnlyPolicy } from '../e2e/helpers.js'

const ACCOUNT = '333333333333'
const HOME = 'us-east-1'
const WEST = 'us-west-2'
const savedEnv = { ...process.env }
let server: AwsServer

beforeAll(async () => {
  server = await startAwsServer()
  Object.assign(process.env, server.env(), { AWS_REGION: HOME })
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [HOME, WEST],
    resources: [{ type: 'AWS::EC2::SnapshotBlockPublicAccess', region: HOME, properties: { AccountId: ACCOUNT, State: 'block-all-sharing' } }],
    facts: {
      ebsSnapshots: {
        [HOME]: [
          { SnapshotId: 'snap-private', VolumeId: 'vol-1', VolumeSize: 8, Encrypted: true, KmsKeyId: `arn:aws:kms:${HOME}:${ACCOUNT}:key/k` },
          { SnapshotId: 'snap-shared', VolumeId: 'vol-2', VolumeSize: 8, Encrypted: true, SharedWith: ['444444444444'] },
          { SnapshotId: 'snap-public', VolumeId: 'vol-3', VolumeSize: 20, Encrypted: false, Public: true }
        ],
        [WEST]: [{ SnapshotId: 'snap-west', VolumeId: 'vol-4', VolumeSize: 8, Encrypted: false }]
      },
      images: {
        [HOME]: [
          { ImageId: 'ami-private', Name: 'app', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-private', Encrypted: true, VolumeSize: 8 } }] },
          { ImageId: 'ami-public', Name: 'golden', Public: true, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-public', Encrypted: false, VolumeSize: 20 } }, { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' } as never] }
        ]
      }
    }
  })
})

afterAll(async () => {
  await server.close()
  process.env = savedEnv
})

it('reads the account’s snapshots and images in every region and judges them, with the region’s block of public sharing', async () => {
  const keys = server.createUserKeys(ACCOUNT, 'scanner')
  const before = server.calls.length
  const types = ['Plumbline::EC2::Snapshot', 'Plumbline::EC2::Image', 'AWS::EC2::SnapshotBlockPublicAccess']
  const result = await scanLive({
    sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
    regions: { named: [HOME, WEST], all: false, global: false },
    types,
    homeRegion: HOME,
    rateLimit: 0,
    concurrency: 4,
    retry: { baseMs: 1, capMs: 5 },
    sleep: async () => undefined
  })
  const ids = ['ec2-ebs-snapshot-not-public', 'ec2-ebs-snapshot-encrypted', 'ec2-ami-not-public', 'ec2-ami-encrypted', 'ec2-ebs-snapshot-block-public-access']
  const rules = ALL_RULES.filter((r) => ids.includes(r.id))
  const resources = [...result.resources, ...liveRegionResources(result.coverage)]
  const evaluations = evaluateInventory(resources, { rules, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
  const verdicts = Object.fromEntries(ids.map((id) => [id, evaluations.filter((e) => e.rule === id).map((e) => `${e.resource.id} ${e.status}`).sort()]))
  expect(verdicts).toEqual({
    'ec2-ebs-snapshot-not-public': ['snap-private pass', 'snap-public fail', 'snap-shared pass', 'snap-west pass'],
    'ec2-ebs-snapshot-encrypted': ['snap-private pass', 'snap-public fail', 'snap-shared pass', 'snap-west fail'],
    'ec2-ami-not-public': ['ami-private pass', 'ami-public fail'],
    'ec2-ami-encrypted': ['ami-private pass', 'ami-public fail'],
    'ec2-ebs-snapshot-block-public-access': [`${ACCOUNT}/${HOME} pass`, `${ACCOUNT}/${WEST} fail`]
  })
  // The facts as EC2 put them on the wire.
  expect(result.resources.find((r) => r.id === 'snap-private')).toMatchObject({
    type: 'Plumbline::EC2::Snapshot',
    region: HOME,
    properties: { SnapshotId: 'snap-private', VolumeId: 'vol-1', VolumeSize: 8, Encrypted: true, KmsKeyId: `arn:aws:kms:${HOME}:${ACCOUNT}:key/k`, State: 'completed', Public: false }
  })
  expect(result.resources.find((r) => r.id === 'ami-public')?.properties).toEqual({
    ImageId: 'ami-public',
    Name: 'golden',
    State: 'available',
    Public: true,
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-public', Encrypted: false, VolumeSize: 20, VolumeType: 'gp3' } }, { DeviceName: '/dev/sdb' }]
  })
  // Two snapshot listings (owned, and owned and restorable by all) and one image listing per region, whatever the
  // number of snapshots; every call allowed by the shipped read-only policy.
  const calls = server.calls.slice(before)
  const perRegion = (operation: string) => calls.filter((c) => c.operation === operation).map((c) => c.region).sort()
  expect(perRegion('DescribeSnapshots')).toEqual([HOME, HOME, WEST, WEST])
  expect(perRegion('DescribeImages')).toEqual([HOME, WEST])
  const policy = shippedReadOnlyPolicy() as PolicyDocument
  expect([...new Set(calls.map((c) => c.action))].filter((a) => a !== '' && !actionAllowed(policy, a))).toEqual([])
})

it('a region whose snapshots cannot be listed is a denied ledger entry, and the other region’s snapshots are kept', async () => {
  const keys = server.createUserKeys(ACCOUNT, 'scanner-2')
  server.addFault({ kind: 'deny', service: 'ec2', operation: 'DescribeSnapshots', region: WEST })
  try {
    const result = await scanLive({
      sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner-2`, credentials: async () => ({ ...keys }) }],
      regions: { named: [HOME, WEST], all: false, global: false },
      types: ['Plumbline::EC2::Snapshot'],
      homeRegion: HOME,
      rateLimit: 0,
      concurrency: 4,
      retry: { baseMs: 1, capMs: 5 },
      sleep: async () => undefined
    })
    expect(result.resources.map((r) => r.id).sort()).toEqual(['snap-private', 'snap-public', 'snap-shared'])
    expect(result.coverage.map((c) => [c.region, c.type, c.state, c.count])).toEqual([
      [HOME, 'Plumbline::EC2::Snapshot', 'scanned', 3],
      [WEST, 'Plumbline::EC2::Snapshot', 'denied', 0]
    ])
  } finally {
    server.clearFaults()
  }
})
