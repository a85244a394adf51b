// The CIS rules added with the declarative form, on what a live scan reads over the wire from the local AWS
// server: IAM users and their credential report (iam-user-one-active-access-key), instances with and without an
// instance profile, stopped and terminated (ec2-instance-profile-attached), and a group opening SMB
// (ec2-sg-no-public-cifs). Network ACL entries are not read live (Cloud Control cannot list them).
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
