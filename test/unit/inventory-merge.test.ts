// mergeInventories: separate scans as one live side; the same scan twice refused.
import { buildInventoryFile, inLiveOrder, mergeInventories, type InventoryFile } from '../../src/sources/inventory-file.js'
import { InputError, type CoverageEntry, type Resource } from '../../src/types.js'

const resource = (type: string, id: string, account: string, region: string): Resource => ({ type, id, account, region, origin: 'live', properties: { Name: id } })
const entry = (type: string, account: string, region: string, count: number): CoverageEntry => ({ account, region, type, state: 'scanned', count, read: 'full' })

function inventory(over: Partial<InventoryFile>): InventoryFile {
  return buildInventoryFile({ tool: { name: 'Plumbline', version: '0.1.0' }, scannedAt: '', accounts: [], regions: [], types: [], resources: [], coverage: [], ...over })
}

describe('mergeInventories', () => {
  const first = inventory({
    scannedAt: '2026-12-04T02:10:00.000Z',
    accounts: ['111111111111'],
    primaryAccount: '111111111111',
    regions: ['global', 'eu-west-1'],
    types: ['AWS::IAM::Role', 'AWS::S3::Bucket'],
    resources: [resource('AWS::S3::Bucket', 'logs', '111111111111', 'eu-west-1'), resource('AWS::IAM::Role', 'deploy', '111111111111', 'global')],
    coverage: [entry('AWS::IAM::Role', '111111111111', 'global', 1), entry('AWS::S3::Bucket', '111111111111', 'eu-west-1', 1)]
  })
  const second = inventory({
    scannedAt: '2026-12-04T02:05:00.000Z',
    accounts: ['222222222222', '111111111111'],
    primaryAccount: '222222222222',
    regions: ['us-east-1', 'eu-west-1'],
    types: ['AWS::S3::Bucket'],
    resources: [resource('AWS::S3::Bucket', 'data', '222222222222', 'us-east-1')],
    coverage: [entry('AWS::S3::Bucket', '222222222222', 'us-east-1', 1), entry('AWS::S3::Bucket', '111111111111', 'us-east-1', 0)]
  })

  it('puts resources and ledger entries side by side, names each account, region and type once, and takes the oldest scan time', () => {
    const merged = mergeInventories([{ file: first, shownPath: 'a.json' }, { file: second, shownPath: 'b.json' }], 'inventory')
    expect(merged.resources.map((r) => r.id)).toEqual(['logs', 'deploy', 'data'])
    expect(merged.coverage).toEqual([...first.coverage, ...second.coverage])
    expect(merged.accounts).toEqual(['111111111111', '222222222222'])
    expect(merged.regions).toEqual(['global', 'eu-west-1', 'us-east-1'])
    expect(merged.types).toEqual(['AWS::IAM::Role', 'AWS::S3::Bucket'])
    expect(merged.primaryAccount).toBe('111111111111')
    expect(merged.scannedAt).toBe('2026-12-04T02:05:00.000Z')
    expect(mergeInventories([{ file: first, shownPath: 'a.json' }], 'inventory')).toBe(first)
  })

  it('refuses two files covering the same type in the same account and region, naming both', () => {
    const overlapping = inventory({ coverage: [entry('AWS::S3::Bucket', '111111111111', 'eu-west-1', 3)] })
    expect(() => mergeInventories([{ file: first, shownPath: 'a.json' }, { file: overlapping, shownPath: 'c.json' }], '--inventory')).toThrow(
      new InputError('--inventory: a.json and c.json both cover AWS::S3::Bucket in 111111111111 eu-west-1; give each scan once (inventories merged must be separate scans, such as the shards of one)')
    )
  })

  it('orders live resources by account, region, type and identifier, whatever order they came in', () => {
    const resources = [
      resource('AWS::S3::Bucket', 'b', '222222222222', 'eu-west-1'),
      resource('AWS::S3::Bucket', 'b', '111111111111', 'us-east-1'),
      resource('AWS::S3::Bucket', 'a', '111111111111', 'eu-west-1'),
      resource('AWS::IAM::Role', 'z', '111111111111', 'eu-west-1')
    ]
    expect(inLiveOrder(resources).map((r) => `${r.account} ${r.region} ${r.type} ${r.id}`)).toEqual([
      '111111111111 eu-west-1 AWS::IAM::Role z',
      '111111111111 eu-west-1 AWS::S3::Bucket a',
      '111111111111 us-east-1 AWS::S3::Bucket b',
      '222222222222 eu-west-1 AWS::S3::Bucket b'
    ])
  })
})
