// The changes mode's pure parts: patchInventory (the last inventory with one run's refreshes applied) and sinceTime
// (the inventory's scan time as the window's start, refused when CloudTrail cannot answer for it). The whole mode,
// over the wire against the local AWS server, is in test/e2e/changes.test.ts.
import { CHANGE_EVENTS_TYPE, patchInventory, sinceTime } from '../../../src/sources/live/changes/index.js'
import type { RefreshResult } from '../../../src/sources/live/scan.js'
import type { InventoryFile } from '../../../src/sources/inventory-file.js'
import { InputError, type CoverageEntry, type Resource } from '../../../src/types.js'

const A = '111122223333'
const B = '444455556666'
const EU = 'eu-west-1'
const US = 'us-east-1'
const SG = 'AWS::EC2::SecurityGroup'
const BUCKET = 'AWS::S3::Bucket'
const ROLE = 'AWS::IAM::Role'
const VOLUME = 'AWS::EC2::Volume'

const resource = (type: string, id: string, region: string, account = A, properties: Record<string, unknown> = {}): Resource => ({ type, id, account, region, origin: 'live', properties: { Name: id, ...properties } })
const entry = (type: string, region: string, count: number, account = A, extra: Partial<CoverageEntry> = {}): CoverageEntry => ({ account, region, type, state: 'scanned', count, read: 'full', ...extra })

function inventory(): InventoryFile {
  return {
    schemaVersion: 2,
    kind: 'plumbline-inventory',
    tool: { name: 'Plumbline', version: 'test' },
    scannedAt: '2026-12-04T02:00:00.000Z',
    accounts: [A, B],
    primaryAccount: A,
    regions: [EU, US],
    types: [SG, BUCKET, ROLE, VOLUME],
    resources: [
      resource(SG, 'sg-web', EU, A, { Ingress: 'https' }),
      resource(SG, 'sg-db', EU),
      resource(SG, 'sg-web', US),
      resource(SG, 'sg-web', EU, B),
      resource(BUCKET, 'logs', EU),
      resource(BUCKET, 'old', EU),
      resource(ROLE, 'deploy', 'global'),
      resource(VOLUME, 'vol-1', EU),
      resource(VOLUME, 'vol-2', EU)
    ],
    coverage: [
      entry(SG, EU, 2),
      entry(SG, US, 1),
      entry(SG, EU, 1, B),
      entry(BUCKET, EU, 2),
      entry(ROLE, 'global', 1),
      entry(VOLUME, EU, 2),
      // The last changes run's event history: replaced by this run's.
      entry(CHANGE_EVENTS_TYPE, EU, 7)
    ]
  }
}

const refresh = (result: Partial<RefreshResult>): RefreshResult => ({ read: [], gone: [], failed: [], relisted: { types: [], resources: [], coverage: [] }, warnings: [], ...result })
const ids = (resources: readonly Resource[]) => resources.map((r) => `${r.account} ${r.region} ${r.type} ${r.id}`)
const find = (resources: readonly Resource[], type: string, id: string, region: string, account = A) => resources.find((r) => r.type === type && r.id === id && r.region === region && r.account === account)
const coverageOf = (coverage: readonly CoverageEntry[], type: string, region: string, account = A) => coverage.filter((c) => c.type === type && c.region === region && c.account === account)

describe('patchInventory', () => {
  it('replaces a resource read again, in its own account and region only, and keeps the rest as they were', () => {
    const previous = inventory()
    const opened = resource(SG, 'sg-web', EU, A, { Ingress: 'https, ssh from anywhere' })
    const patched = patchInventory(previous, [{ account: A, region: EU, result: refresh({ read: [opened] }) }], [])
    expect(find(patched.resources, SG, 'sg-web', EU)?.properties).toEqual({ Name: 'sg-web', Ingress: 'https, ssh from anywhere' })
    // The same id in another region or account is another resource.
    expect(find(patched.resources, SG, 'sg-web', US)).toEqual(resource(SG, 'sg-web', US))
    expect(find(patched.resources, SG, 'sg-web', EU, B)).toEqual(resource(SG, 'sg-web', EU, B))
    expect(patched.resources).toHaveLength(previous.resources.length)
    expect(ids(patched.resources)).toEqual(ids(previous.resources).sort())
    expect(coverageOf(patched.coverage, SG, EU)).toEqual([entry(SG, EU, 2)])
  })

  it('adds a resource created since the inventory and counts it in its ledger entry', () => {
    const patched = patchInventory(inventory(), [{ account: A, region: EU, result: refresh({ read: [resource(SG, 'sg-new', EU)] }) }], [])
    expect(find(patched.resources, SG, 'sg-new', EU)).toBeDefined()
    expect(coverageOf(patched.coverage, SG, EU)).toEqual([entry(SG, EU, 3)])
  })

  it('drops a resource Cloud Control no longer finds, and its ledger entry counts what is left', () => {
    const patched = patchInventory(inventory(), [{ account: A, region: EU, result: refresh({ gone: [{ type: BUCKET, id: 'old' }] }) }], [])
    expect(find(patched.resources, BUCKET, 'old', EU)).toBeUndefined()
    expect(find(patched.resources, BUCKET, 'logs', EU)).toBeDefined()
    expect(coverageOf(patched.coverage, BUCKET, EU)).toEqual([entry(BUCKET, EU, 1)])
  })

  it('replaces every resource and the ledger entry of a type listed again in that region', () => {
    const relisted = refresh({
      relisted: { types: [VOLUME], resources: [resource(VOLUME, 'vol-2', EU, A, { Size: 20 }), resource(VOLUME, 'vol-3', EU)], coverage: [entry(VOLUME, EU, 2, A, { note: 'listed again' })] }
    })
    const patched = patchInventory(inventory(), [{ account: A, region: EU, result: relisted }], [])
    expect(patched.resources.filter((r) => r.type === VOLUME).map((r) => [r.id, r.properties])).toEqual([
      ['vol-2', { Name: 'vol-2', Size: 20 }],
      ['vol-3', { Name: 'vol-3' }]
    ])
    expect(coverageOf(patched.coverage, VOLUME, EU)).toEqual([entry(VOLUME, EU, 2, A, { note: 'listed again' })])
  })

  it('keeps a resource whose read failed as the inventory holds it, and marks its ledger entry failed', () => {
    const failed = refresh({ failed: [{ type: SG, id: 'sg-db', error: 'still failing after every retry: InternalFailure: try again' }] })
    const patched = patchInventory(inventory(), [{ account: A, region: EU, result: failed }], [])
    expect(find(patched.resources, SG, 'sg-db', EU)).toEqual(resource(SG, 'sg-db', EU))
    expect(coverageOf(patched.coverage, SG, EU)).toEqual([entry(SG, EU, 2, A, { state: 'failed', error: '1 changed resource(s) could not be read again: still failing after every retry: InternalFailure: try again' })])
    // Other pairs keep their entries.
    expect(coverageOf(patched.coverage, SG, US)).toEqual([entry(SG, US, 1)])
  })

  it('patches the global types under region global, and several accounts and regions at once', () => {
    const patched = patchInventory(
      inventory(),
      [
        { account: A, region: 'global', result: refresh({ read: [resource(ROLE, 'deploy', 'global', A, { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] })] }) },
        { account: B, region: EU, result: refresh({ gone: [{ type: SG, id: 'sg-web' }] }) }
      ],
      []
    )
    expect(find(patched.resources, ROLE, 'deploy', 'global')?.properties.ManagedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess'])
    expect(find(patched.resources, SG, 'sg-web', EU, B)).toBeUndefined()
    expect(find(patched.resources, SG, 'sg-web', EU)).toBeDefined()
    expect(coverageOf(patched.coverage, SG, EU, B)).toEqual([entry(SG, EU, 0, B)])
  })

  it('replaces the last run\'s event-history entries with this run\'s, in the ledger\'s order', () => {
    const events = [entry(CHANGE_EVENTS_TYPE, EU, 1), entry(CHANGE_EVENTS_TYPE, US, 0)]
    const patched = patchInventory(inventory(), [], events)
    expect(patched.coverage.filter((c) => c.type === CHANGE_EVENTS_TYPE)).toEqual(events)
    const order = patched.coverage.map((c) => `${c.account} ${c.region} ${c.type}`)
    expect(order).toEqual([...order].sort())
    // Nothing changed: the resources are the inventory's.
    expect(ids(patched.resources)).toEqual(ids(inventory().resources).sort())
    expect(patched.resources).toEqual(expect.arrayContaining(inventory().resources))
  })
})

describe('sinceTime', () => {
  const now = new Date('2026-12-04T12:00:00Z')
  const refused = (file: InventoryFile) => {
    try {
      sinceTime(file, '--since', now)
    } catch (err) {
      expect(err).toBeInstanceOf(InputError)
      return (err as Error).message
    }
    throw new Error('expected an InputError')
  }

  it('is the inventory\'s scan time', () => {
    expect(sinceTime(inventory(), '--since', now)).toEqual(new Date('2026-12-04T02:00:00.000Z'))
    // 90 days exactly is still within CloudTrail's history.
    expect(sinceTime({ ...inventory(), scannedAt: '2026-09-05T12:00:00.000Z' }, 'since', now)).toEqual(new Date('2026-09-05T12:00:00.000Z'))
  })

  it('refuses an inventory without a scan time, from the future, beyond 90 days, or of one shard', () => {
    expect(refused({ ...inventory(), scannedAt: '' })).toMatch(/^--since: the inventory has no scan time \(scannedAt\)/)
    expect(refused({ ...inventory(), scannedAt: 'yesterday' })).toMatch(/^--since: the inventory has no scan time \(scannedAt\)/)
    expect(refused({ ...inventory(), scannedAt: '2026-12-04T12:00:01.000Z' })).toBe("--since: the inventory's scan time 2026-12-04T12:00:01.000Z is in the future; check the machine's clock or give another inventory")
    expect(refused({ ...inventory(), scannedAt: '2026-09-05T11:59:59.000Z' })).toBe("--since: the inventory was scanned at 2026-09-05T11:59:59.000Z, more than 90 days ago, beyond CloudTrail's event history; run a full scan instead")
    expect(refused({ ...inventory(), shard: { index: 1, count: 3, estate: [{ account: A, regions: [EU] }], global: true } })).toMatch(/^--since: the inventory is one shard's \(1\/3\)/)
  })
})
