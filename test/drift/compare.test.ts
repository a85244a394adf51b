// Matching and classes: the drift key, what may be called missing or unmanaged, IaC coverage, ignore rules and
// resource_drift evidence. The property comparison itself is diffResources's (test/drift/diff.test.ts).
import { compareInventories, type DriftInput } from '../../src/drift/index.js'
import { parseIgnoreFile } from '../../src/drift/ignore.js'
import type { CoverageEntry, Resource } from '../../src/types.js'

const ACCOUNT = '111111111111'
const REGION = 'eu-west-1'

const state = (type: string, id: string, properties: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({
  type,
  id,
  origin: 'state',
  region: type.startsWith('AWS::IAM::') ? 'global' : REGION,
  properties,
  address: `aws_x.${id.replace(/[^a-z0-9]/gi, '_')}`,
  ...extra
})
const live = (type: string, id: string, properties: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({
  type,
  id,
  origin: 'live',
  account: ACCOUNT,
  region: type.startsWith('AWS::IAM::') ? 'global' : REGION,
  properties,
  ...extra
})
const scanned = (type: string, region = REGION, extra: Partial<CoverageEntry> = {}): CoverageEntry => ({ account: ACCOUNT, region, type, state: 'scanned', count: 1, ...extra })

const volume = (id: string, encrypted: boolean) => ({ VolumeId: id, AvailabilityZone: 'eu-west-1a', Size: 8, Encrypted: encrypted })

function run(input: Partial<DriftInput>) {
  return compareInventories({ iac: [], live: [], coverage: [], defaultAccount: ACCOUNT, ...input })
}

describe('compareInventories', () => {
  const coverage = [scanned('AWS::EC2::Volume'), scanned('AWS::S3::Bucket'), scanned('AWS::IAM::Role', 'global')]

  it('classifies in sync, changed, missing and unmanaged, and measures IaC coverage', () => {
    const result = run({
      iac: [
        state('AWS::EC2::Volume', 'vol-1', volume('vol-1', true)),
        state('AWS::EC2::Volume', 'vol-2', volume('vol-2', true)),
        state('AWS::S3::Bucket', 'gone-bucket', { BucketName: 'gone-bucket' })
      ],
      live: [
        live('AWS::EC2::Volume', 'vol-1', volume('vol-1', true)),
        live('AWS::EC2::Volume', 'vol-2', volume('vol-2', false)),
        live('AWS::IAM::Role', 'hand-made', { RoleName: 'hand-made', Arn: `arn:aws:iam::${ACCOUNT}:role/hand-made` })
      ],
      coverage
    })
    expect(result.counts).toEqual({ inSync: 1, changed: 1, missing: 1, unmanaged: 1 })
    expect(result.entries.map((e) => `${e.class} ${e.resource.type} ${e.resource.id}`)).toEqual([
      'changed AWS::EC2::Volume vol-2',
      'missing AWS::S3::Bucket gone-bucket',
      'unmanaged AWS::IAM::Role hand-made'
    ])
    const changed = result.entries[0]
    expect(changed.changes).toEqual([{ path: 'Encrypted', iac: true, live: false }])
    expect(changed.address).toBe('aws_x.vol_2')
    expect(changed.resource).toMatchObject({ account: ACCOUNT, region: REGION, origin: 'live' })
    expect(result.entries[2].resource.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/hand-made`)
    // 2 managed of 4 in eu-west-1 (2 volumes managed, 1 missing) and global (1 unmanaged): 2 ÷ 4 = 50 %.
    expect(result.iacCoverage).toBe(50)
    expect(result.byScope).toEqual([
      { account: ACCOUNT, region: REGION, managed: 2, unmanaged: 0, missing: 1, iacCoverage: 66.6 },
      { account: ACCOUNT, region: 'global', managed: 0, unmanaged: 1, missing: 0, iacCoverage: 0 }
    ])
    expect(result.pairs.map((p) => p.live.id)).toEqual(['vol-1', 'vol-2'])
  })

  it('calls nothing missing where the type was not listed successfully, or not looked at', () => {
    const iac = [state('AWS::EC2::Volume', 'vol-1', volume('vol-1', true)), state('AWS::KMS::Key', 'k-1', { KeyId: 'k-1' }), state('AWS::EC2::Volume', 'vol-9', volume('vol-9', true), { region: 'us-east-1' })]
    const result = run({
      iac,
      coverage: [scanned('AWS::EC2::Volume', REGION, { state: 'denied', count: 0, error: 'AccessDeniedException' }), scanned('AWS::KMS::Key', REGION, { state: 'failed', error: 'still throttled' })]
    })
    expect(result.entries).toEqual([])
    expect(result.iacCoverage).toBeNull()
  })

  it('never calls AWS defaults, account facts or ignored resources unmanaged', () => {
    const result = run({
      live: [
        live('AWS::EC2::VPC', 'vpc-default', { VpcId: 'vpc-default' }, { isDefault: true }),
        live('Plumbline::IAM::PasswordPolicy', ACCOUNT, { MinimumPasswordLength: 8 }, { region: 'global' }),
        live('AWS::S3::Bucket', 'logs-2024', { BucketName: 'logs-2024' }),
        live('AWS::S3::Bucket', 'logs-keep', { BucketName: 'logs-keep' })
      ],
      coverage: [scanned('AWS::EC2::VPC'), scanned('AWS::S3::Bucket'), scanned('Plumbline::IAM::PasswordPolicy', 'global')],
      ignore: parseIgnoreFile('AWS::S3::Bucket logs-*\n!AWS::S3::Bucket logs-keep\n', '.plumbline-ignore')
    })
    expect(result.entries.map((e) => `${e.class} ${e.resource.id}`)).toEqual(['unmanaged logs-keep'])
  })

  it('matches a declared default, and compares account facts Terraform declares (id from the scanning account)', () => {
    const result = run({
      iac: [
        state('AWS::EC2::VPC', 'vpc-default', { VpcId: 'vpc-default', CidrBlock: '172.31.0.0/16' }),
        { ...state('Plumbline::IAM::PasswordPolicy', ACCOUNT, { MinimumPasswordLength: 14 }), region: 'global' }
      ],
      live: [
        live('AWS::EC2::VPC', 'vpc-default', { VpcId: 'vpc-default', CidrBlock: '172.31.0.0/16' }, { isDefault: true }),
        live('Plumbline::IAM::PasswordPolicy', ACCOUNT, { MinimumPasswordLength: 8 }, { region: 'global' })
      ],
      coverage: [scanned('AWS::EC2::VPC'), scanned('Plumbline::IAM::PasswordPolicy', 'global')]
    })
    expect(result.counts).toEqual({ inSync: 1, changed: 1, missing: 0, unmanaged: 0 })
    expect(result.entries[0].changes).toEqual([{ path: 'MinimumPasswordLength', iac: 14, live: 8 }])
  })

  it('a bucket whose MFA delete S3 never reports equals Terraform\'s Disabled; Enabled by hand is drift', () => {
    const fact = (origin: 'state' | 'live', bucket: string, properties: Record<string, unknown>) =>
      origin === 'state' ? state('Plumbline::S3::BucketVersioning', bucket, { Bucket: bucket, ...properties }, { account: ACCOUNT }) : live('Plumbline::S3::BucketVersioning', bucket, { Bucket: bucket, ...properties })
    const result = run({
      iac: [fact('state', 'quiet', { Status: 'Enabled', MFADelete: 'Disabled' }), fact('state', 'by-hand', { Status: 'Enabled', MFADelete: 'Disabled' })],
      live: [fact('live', 'quiet', { Status: 'Enabled' }), fact('live', 'by-hand', { Status: 'Enabled', MFADelete: 'Enabled' })],
      coverage: [scanned('Plumbline::S3::BucketVersioning')]
    })
    expect(result.counts).toEqual({ inSync: 1, changed: 1, missing: 0, unmanaged: 0 })
    expect(result.entries.map((e) => [e.resource.id, e.changes])).toEqual([['by-hand', [{ path: 'MFADelete', iac: 'Disabled', live: 'Enabled' }]]])
  })

  it('drops ignored paths, keeps resource_drift as evidence and places entries at their .tf block', () => {
    const result = run({
      iac: [state('AWS::EC2::Volume', 'vol-1', { ...volume('vol-1', true), Tags: [{ Key: 'team', Value: 'a' }] })],
      live: [live('AWS::EC2::Volume', 'vol-1', { ...volume('vol-1', false), Tags: [{ Key: 'team', Value: 'b' }] })],
      coverage,
      ignore: parseIgnoreFile('AWS::EC2::Volume vol-* Tags\n', '.plumbline-ignore'),
      evidence: new Map([['aws_x.vol_1', { actions: ['update'], changedPaths: ['encrypted'] }]]),
      locate: (address) => (address === 'aws_x.vol_1' ? { file: 'infra/compute.tf', line: 27 } : undefined)
    })
    expect(result.entries).toHaveLength(1)
    expect(result.entries[0].changes.map((c) => c.path)).toEqual(['Encrypted'])
    expect(result.entries[0].evidence).toEqual(['resource_drift update: encrypted'])
    expect(result.entries[0].location).toEqual({ file: 'infra/compute.tf', line: 27 })
  })

  it('compares only presence for types read from their list (the ledger entry says read: list-only)', () => {
    const result = run({
      iac: [state('AWS::Lambda::Function', 'fn', { FunctionName: 'fn', Runtime: 'python3.12', MemorySize: 256 })],
      live: [live('AWS::Lambda::Function', 'fn', { FunctionName: 'fn' })],
      coverage: [scanned('AWS::Lambda::Function', REGION, { read: 'list-only', note: 'read from list properties only: lambda:ListFunctions failed' })]
    })
    expect(result.counts).toEqual({ inSync: 1, changed: 0, missing: 0, unmanaged: 0 })
  })

  it('keeps accounts apart: a resource of another account is not the same resource', () => {
    const result = run({
      iac: [state('AWS::IAM::Role', 'deploy', { RoleName: 'deploy' }, { account: '222222222222' })],
      live: [live('AWS::IAM::Role', 'deploy', { RoleName: 'deploy' })],
      coverage: [scanned('AWS::IAM::Role', 'global')]
    })
    // The state's role is in an account that was not scanned (no ledger entry): not missing; the live one is unmanaged.
    expect(result.entries.map((e) => `${e.class} ${e.resource.account}`)).toEqual([`unmanaged ${ACCOUNT}`])
  })
})
