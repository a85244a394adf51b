// The CIS rules added with the declarative form, on what a live scan reads over the wire from the local AWS
// server: IAM users and their credential report (iam-user-one-active-access-key), instances with and without an
// instance profile, stopped and terminated (ec2-instance-profile-attached), and a group opening SMB
// (ec2-sg-no-public-cifs), and buckets' MFA delete read with S3 GetBucketVersioning (s3-bucket-mfa-delete-enabled).
// Network ACL entries are not read live (Cloud Control cannot list them).
import '../aws-server/resolve-localhost.mjs'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { scanLive } from '../../src/sources/live/scan.js'
import { FACT_TYPES } from '../../src/sources/live/types.js'

const ACCOUNT = '111111111111'
const HOME = 'us-east-1'
const savedEnv = { ...process.env }
let server: AwsServer
let keys: { accessKeyId: string; secretAccessKey: string }

const user = (name: string) => ({ type: 'AWS::IAM::User', region: 'global', properties: { UserName: name, Arn: `arn:aws:iam::${ACCOUNT}:user/${name}` } })
const row = (name: string, key1: string, key2: string) => ({
  user: name,
  arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
  user_creation_time: '2020-01-01T00:00:00+00:00',
  password_enabled: 'false',
  mfa_active: 'false',
  access_key_1_active: key1,
  access_key_1_last_rotated: key1 === 'true' ? '2020-01-02T00:00:00+00:00' : 'N/A',
  access_key_2_active: key2,
  access_key_2_last_rotated: key2 === 'true' ? '2020-01-03T00:00:00+00:00' : 'N/A'
})
const instance = (id: string, extra: Record<string, unknown>) => ({
  type: 'AWS::EC2::Instance',
  region: HOME,
  properties: { InstanceId: id, ImageId: 'ami-1', InstanceType: 't3.micro', ...extra },
  metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' }
})
const group = (id: string, ingress: unknown[]) => ({
  type: 'AWS::EC2::SecurityGroup',
  region: HOME,
  properties: { Id: id, GroupId: id, GroupName: id, GroupDescription: id, VpcId: 'vpc-1', SecurityGroupIngress: ingress }
})

beforeAll(async () => {
  server = await startAwsServer()
  Object.assign(process.env, server.env(), { AWS_REGION: HOME })
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [HOME],
    resources: [
      user('two-keys'),
      user('one-key'),
      instance('i-with-profile', { IamInstanceProfile: 'app' }),
      instance('i-without-profile', {}),
      instance('i-stopped-without-profile', { State: { Code: 80, Name: 'stopped' } }),
      instance('i-terminated', { State: { Code: 48, Name: 'terminated' } }),
      group('sg-smb-open', [{ IpProtocol: 'tcp', FromPort: 445, ToPort: 445, CidrIp: '0.0.0.0/0' }]),
      group('sg-smb-private', [{ IpProtocol: 'tcp', FromPort: 445, ToPort: 445, CidrIp: '10.0.0.0/8' }])
    ],
    facts: {
      accountSummary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 },
      passwordPolicy: null,
      credentialReport: [
        { user: '<root_account>', arn: `arn:aws:iam::${ACCOUNT}:root`, user_creation_time: '2020-01-01T00:00:00+00:00', password_enabled: 'not_supported', mfa_active: 'true', access_key_1_active: 'false' },
        row('two-keys', 'true', 'true'),
        row('one-key', 'false', 'true')
      ],
      ebsEncryptionByDefault: { [HOME]: true },
      publicAccessBlock: null,
      virtualMfaDevices: [{ SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, UserArn: `arn:aws:iam::${ACCOUNT}:root` }],
      serverCertificates: [
        { ServerCertificateName: 'www', Expiration: '2099-01-01T00:00:00Z' },
        { ServerCertificateName: 'old-api', Expiration: '2021-03-01T00:00:00Z' }
      ]
    }
  })
  keys = server.createUserKeys(ACCOUNT, 'scanner')
})

afterAll(async () => {
  await server.close()
  process.env = savedEnv
})

it('judges the credential report, instances and groups a live scan reads', async () => {
  const result = await scanLive({
    sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
    regions: { named: [HOME], all: false, global: true },
    types: ['AWS::IAM::User', 'AWS::EC2::Instance', 'AWS::EC2::SecurityGroup', ...FACT_TYPES],
    homeRegion: HOME,
    rateLimit: 0,
    concurrency: 4,
    retry: { baseMs: 1, capMs: 5 },
    sleep: async () => undefined
  })
  const ids = ['iam-user-one-active-access-key', 'ec2-instance-profile-attached', 'ec2-sg-no-public-cifs', 'iam-server-certificates-not-expired', 'iam-root-hardware-mfa-enabled']
  const rules = ALL_RULES.filter((r) => ids.includes(r.id))
  const evaluations = evaluateInventory(result.resources, { rules, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
  const verdicts = Object.fromEntries(ids.map((id) => [id, evaluations.filter((e) => e.rule === id).map((e) => `${e.resource.id} ${e.status}`).sort()]))
  expect(verdicts).toEqual({
    'iam-user-one-active-access-key': ['one-key pass', 'two-keys fail'],
    'ec2-instance-profile-attached': ['i-stopped-without-profile fail', 'i-with-profile pass', 'i-without-profile fail'],
    'ec2-sg-no-public-cifs': ['sg-smb-open fail', 'sg-smb-private pass'],
    'iam-server-certificates-not-expired': [`${ACCOUNT} fail`],
    'iam-root-hardware-mfa-enabled': [`${ACCOUNT} fail`]
  })
  // ListServerCertificates over the wire: both certificates, dates as IAM gives them.
  const listed = result.resources.find((r) => r.type === 'Plumbline::IAM::ServerCertificates')
  expect(listed?.properties.Certificates).toEqual([
    expect.objectContaining({ ServerCertificateName: 'www', Expiration: '2099-01-01T00:00:00.000Z' }),
    expect.objectContaining({ ServerCertificateName: 'old-api', Expiration: '2021-03-01T00:00:00.000Z' })
  ])
  expect(evaluations.find((e) => e.rule === 'iam-server-certificates-not-expired')?.message).toBe(`Account ${ACCOUNT} stores expired server certificate(s) old-api in IAM`)
  const twoKeys = evaluations.find((e) => e.rule === 'iam-user-one-active-access-key' && e.resource.id === 'two-keys')
  expect(twoKeys?.message).toBe('User two-keys has two active access keys (access key 1 and access key 2)')
})

describe('s3-bucket-mfa-delete-enabled on a live scan', () => {
  const S3_ACCOUNT = '222222222222'
  const WEST = 'us-west-2'
  const bucket = (name: string, region: string, status?: string) => ({
    type: 'AWS::S3::Bucket',
    region,
    properties: { BucketName: name, ...(status ? { VersioningConfiguration: { Status: status } } : {}) }
  })

  it('reads each bucket’s versioning in its own region, and a bucket whose read is denied is unknown, the others judged', async () => {
    server.addAccount({
      id: S3_ACCOUNT,
      enabledRegions: [HOME, WEST],
      resources: [
        bucket('mfa-on', HOME, 'Enabled'),
        bucket('mfa-off', HOME, 'Enabled'),
        bucket('never-versioned', HOME),
        bucket('mfa-on-west', WEST, 'Enabled'),
        bucket('locked-down', WEST, 'Enabled')
      ],
      facts: { bucketMfaDelete: { 'mfa-on': 'Enabled', 'mfa-off': 'Disabled', 'mfa-on-west': 'Enabled', 'locked-down': 'Enabled' } }
    })
    // A bucket policy that denies s3:GetBucketVersioning to the scanner, on one bucket only.
    server.addFault({ kind: 'deny', service: 's3', operation: 'GetBucketVersioning', identifier: 'locked-down' })
    const s3Keys = server.createUserKeys(S3_ACCOUNT, 'scanner')
    const before = server.calls.length
    try {
      const result = await scanLive({
        sessions: [{ accountId: S3_ACCOUNT, principalArn: `arn:aws:iam::${S3_ACCOUNT}:user/scanner`, credentials: async () => ({ ...s3Keys }) }],
        regions: { named: [HOME, WEST], all: false, global: false },
        types: ['AWS::S3::Bucket', 'Plumbline::S3::BucketVersioning'],
        homeRegion: HOME,
        rateLimit: 0,
        concurrency: 4,
        retry: { baseMs: 1, capMs: 5 },
        sleep: async () => undefined
      })
      const rules = ALL_RULES.filter((r) => r.id === 's3-bucket-mfa-delete-enabled')
      const evaluations = evaluateInventory(result.resources, { rules, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
      expect(evaluations.map((e) => `${e.resource.id} ${e.status}`).sort()).toEqual([
        'locked-down unknown',
        'mfa-off fail',
        'mfa-on pass',
        'mfa-on-west pass',
        'never-versioned fail'
      ])
      // The facts as S3 returned them: nothing for a bucket never versioned, nothing for the denied one.
      const facts = result.resources.filter((r) => r.type === 'Plumbline::S3::BucketVersioning').map((r) => [r.id, r.region, r.properties])
      expect(facts.sort()).toEqual([
        ['mfa-off', HOME, { Bucket: 'mfa-off', Status: 'Enabled', MFADelete: 'Disabled' }],
        ['mfa-on', HOME, { Bucket: 'mfa-on', Status: 'Enabled', MFADelete: 'Enabled' }],
        ['mfa-on-west', WEST, { Bucket: 'mfa-on-west', Status: 'Enabled', MFADelete: 'Enabled' }],
        ['never-versioned', HOME, { Bucket: 'never-versioned' }]
      ])
      // The ledger says which bucket's versioning is missing and why; the other region is complete.
      const ledger = result.coverage.filter((c) => c.type === 'Plumbline::S3::BucketVersioning').map((c) => [c.region, c.state, c.count, c.error])
      expect(ledger).toEqual([
        [HOME, 'scanned', 3, undefined],
        [WEST, 'denied', 1, expect.stringMatching(/^1 of 2 could not be read \(locked-down\): AccessDenied/)]
      ])
      // One ListBuckets for the account (the bucket listing and the facts share it); each bucket asked in its region.
      const calls = server.calls.slice(before)
      expect(calls.filter((c) => c.operation === 'ListBuckets')).toHaveLength(1)
      expect(calls.filter((c) => c.operation === 'GetBucketVersioning').map((c) => `${c.identifier} ${c.region} ${c.status}`).sort()).toEqual([
        `locked-down ${WEST} 403`,
        `mfa-off ${HOME} 200`,
        `mfa-on ${HOME} 200`,
        `mfa-on-west ${WEST} 200`,
        `never-versioned ${HOME} 200`
      ])
    } finally {
      server.clearFaults()
    }
  })
})
