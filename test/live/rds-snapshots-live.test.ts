// Manual RDS, Aurora, DocumentDB and Neptune snapshots on what a live scan reads over the wire from the local AWS
// server (RDS DescribeDBSnapshots / DescribeDBClusterSnapshots and each snapshot's attributes): the verdicts, the facts,
// one attribute call per snapshot, a snapshot whose attributes are denied left unknown while the others are judged.
import '../aws-server/resolve-localhost.mjs'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { actionAllowed, type PolicyDocument } from '../../src/sources/live/permissions.js'
import { scanLive } from '../../src/sources/live/scan.js'
import { shippedReadOnlyPolicy } from '../e2e/helpers.js'

const ACCOUNT = '555555555555'
const HOME = 'us-east-1'
const savedEnv = { ...process.env }
let server: AwsServer

beforeAll(async () => {
  server = await startAwsServer()
  Object.assign(process.env, server.env(), { AWS_REGION: HOME })
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [HOME],
    facts: {
      dbSnapshots: {
        [HOME]: [
          { DBSnapshotIdentifier: 'orders-private', DBInstanceIdentifier: 'orders', Engine: 'postgres', Encrypted: true, SharedWith: ['666666666666'] },
          { DBSnapshotIdentifier: 'orders-public', DBInstanceIdentifier: 'orders', Engine: 'postgres', Encrypted: false, Public: true },
          { DBSnapshotIdentifier: 'orders-locked', DBInstanceIdentifier: 'orders', Engine: 'postgres', Encrypted: true }
        ]
      },
      dbClusterSnapshots: {
        [HOME]: [
          { DBClusterSnapshotIdentifier: 'aurora-nightly', DBClusterIdentifier: 'orders-aurora', Engine: 'aurora-postgresql', StorageEncrypted: true },
          { DBClusterSnapshotIdentifier: 'catalog-public', DBClusterIdentifier: 'catalog', Engine: 'docdb', StorageEncrypted: true, Public: true },
          { DBClusterSnapshotIdentifier: 'graph-private', DBClusterIdentifier: 'graph', Engine: 'neptune', StorageEncrypted: false }
        ]
      }
    }
  })
})

afterAll(async () => {
  await server.close()
  process.env = savedEnv
})

it('reads the manual snapshots and their restore attribute, judges them, and keeps the rest when one snapshot is denied', async () => {
  const keys = server.createUserKeys(ACCOUNT, 'scanner')
  // A snapshot whose attributes the scanner may not read (a permissions boundary scoped to snapshot ARNs).
  server.addFault({ kind: 'deny', service: 'rds', operation: 'DescribeDBSnapshotAttributes', identifier: 'orders-locked' })
  const before = server.calls.length
  try {
    const result = await scanLive({
      sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
      regions: { named: [HOME], all: false, global: false },
      types: ['Plumbline::RDS::DBSnapshot', 'Plumbline::RDS::DBClusterSnapshot'],
      homeRegion: HOME,
      rateLimit: 0,
      concurrency: 4,
      retry: { baseMs: 1, capMs: 5 },
      sleep: async () => undefined
    })
    const ids = ['rds-snapshot-not-public', 'rds-snapshot-encrypted', 'documentdb-cluster-snapshot-not-public', 'neptune-cluster-snapshot-not-public']
    const rules = ALL_RULES.filter((r) => ids.includes(r.id))
    const evaluations = evaluateInventory(result.resources, { rules, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
    const verdicts = Object.fromEntries(ids.map((id) => [id, evaluations.filter((e) => e.rule === id).map((e) => `${e.resource.id} ${e.status}`).sort()]))
    expect(verdicts).toEqual({
      'rds-snapshot-not-public': ['aurora-nightly pass', 'orders-private pass', 'orders-public fail'],
      'rds-snapshot-encrypted': ['aurora-nightly pass', 'orders-private pass', 'orders-public fail'],
      'documentdb-cluster-snapshot-not-public': ['catalog-public fail'],
      'neptune-cluster-snapshot-not-public': ['graph-private pass']
    })
    expect(result.resources.find((r) => r.id === 'orders-private')?.properties).toEqual({
      DBSnapshotIdentifier: 'orders-private',
      DBInstanceIdentifier: 'orders',
      Engine: 'postgres',
      Encrypted: true,
      Status: 'available',
      Public: false
    })
    // The denied snapshot has no fact (its rules say nothing rather than pass), and the ledger names it.
    expect(result.resources.some((r) => r.id === 'orders-locked')).toBe(false)
    expect(result.coverage.map((c) => [c.type, c.state, c.count, c.error]).sort()).toEqual([
      ['Plumbline::RDS::DBClusterSnapshot', 'scanned', 3, undefined],
      ['Plumbline::RDS::DBSnapshot', 'denied', 2, expect.stringMatching(/^1 of 3 could not be read \(orders-locked\): AccessDenied/)]
    ])
    const calls = server.calls.slice(before)
    expect(calls.filter((c) => c.operation === 'DescribeDBSnapshotAttributes')).toHaveLength(3)
    expect(calls.filter((c) => c.operation === 'DescribeDBClusterSnapshotAttributes')).toHaveLength(3)
    const policy = shippedReadOnlyPolicy() as PolicyDocument
    expect([...new Set(calls.map((c) => c.action))].filter((a) => a !== '' && !actionAllowed(policy, a))).toEqual([])
  } finally {
    server.clearFaults()
  }
})
