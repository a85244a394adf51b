// The live scan against the local AWS server: the real SDK clients reach it only through AWS_ENDPOINT_URL_*,
// so paging, parent listing, the S3 region quirk, IMDS from EC2, defaults, the account facts and the coverage
// ledger are all exercised over the wire, with faults injected per type and region.
import '../aws-server/resolve-localhost.mjs'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { scanLive, type LiveScanOptions } from '../../src/sources/live/scan.js'
import { DEFAULT_LIVE_TYPES, FACT_TYPES } from '../../src/sources/live/types.js'
import { actionAllowed, type PolicyDocument } from '../../src/sources/live/permissions.js'
import { InputError, type Resource } from '../../src/types.js'
import { shippedReadOnlyPolicy } from '../e2e/helpers.js'

const ACCOUNT = '111111111111'
const HOME = 'us-east-1'
const WEST = 'us-west-2'

const savedEnv = { ...process.env }
let server: AwsServer
let keys: { accessKeyId: string; secretAccessKey: string }

function seed(): void {
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [HOME, WEST, 'eu-west-1'],
    resources: [
      // Paging: more groups than one page.
      ...Array.from({ length: 7 }, (_, i) => ({
        type: 'AWS::EC2::SecurityGroup',
        region: HOME,
        properties: { Id: `sg-0${i}`, GroupId: `sg-0${i}`, GroupName: `app-${i}`, GroupDescription: 'app', VpcId: 'vpc-custom', SecurityGroupIngress: [] as unknown[] }
      })),
      {
        type: 'AWS::EC2::SecurityGroup',
        region: HOME,
        properties: {
          Id: 'sg-open',
          GroupId: 'sg-open',
          GroupName: 'open-ssh',
          GroupDescription: 'opened by hand',
          VpcId: 'vpc-custom',
          SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }],
          Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 'x' }, { Key: 'team', Value: 'core' }]
        }
      },
      { type: 'AWS::EC2::SecurityGroup', region: HOME, properties: { Id: 'sg-default', GroupId: 'sg-default', GroupName: 'default', GroupDescription: 'default VPC security group', VpcId: 'vpc-default' } },
      { type: 'AWS::EC2::VPC', region: HOME, properties: { VpcId: 'vpc-default', CidrBlock: '172.31.0.0/16', IsDefault: true } },
      { type: 'AWS::EC2::VPC', region: HOME, properties: { VpcId: 'vpc-custom', CidrBlock: '10.0.0.0/16' } },
      { type: 'AWS::EC2::Instance', region: HOME, properties: { InstanceId: 'i-imdsv1', ImageId: 'ami-1', InstanceType: 't3.micro' }, metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } },
      { type: 'AWS::EC2::Instance', region: HOME, properties: { InstanceId: 'i-imdsv2', ImageId: 'ami-1', InstanceType: 't3.micro' }, metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } },
      { type: 'AWS::EC2::Volume', region: WEST, properties: { VolumeId: 'vol-west', AvailabilityZone: 'us-west-2a', Size: 8, Encrypted: false } },
      { type: 'AWS::S3::Bucket', region: HOME, properties: { BucketName: 'acme-east', Arn: 'arn:aws:s3:::acme-east' } },
      { type: 'AWS::S3::Bucket', region: WEST, properties: { BucketName: 'acme-west', Arn: 'arn:aws:s3:::acme-west' } },
      { type: 'AWS::S3::Bucket', region: 'eu-central-1', properties: { BucketName: 'acme-frankfurt' } },
      {
        type: 'AWS::S3::BucketPolicy',
        region: WEST,
        properties: { Bucket: 'acme-west', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-west/*' }] }) }
      },
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'AWSServiceRoleForSupport', Path: '/aws-service-role/support.amazonaws.com/', Arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`, AssumeRolePolicyDocument: '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D' } },
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'deploy', Path: '/', Arn: `arn:aws:iam::${ACCOUNT}:role/deploy`, AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } } },
      {
        type: 'AWS::IAM::ManagedPolicy',
        region: 'global',
        properties: { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/deploy-all`, ManagedPolicyName: 'deploy-all', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, Roles: ['deploy'] }
      },
      { type: 'AWS::IAM::User', region: 'global', properties: { UserName: 'alice', Arn: `arn:aws:iam::${ACCOUNT}:user/alice` } },
      { type: 'AWS::Lambda::Function', region: HOME, properties: { FunctionName: 'fn-a', Arn: `arn:aws:lambda:${HOME}:${ACCOUNT}:function:fn-a`, Runtime: 'python3.12', Role: 'r', Environment: { Variables: { DB_PASSWORD: 'hunter2-hunter2', MODE: 'prod' } } } },
      { type: 'AWS::Lambda::Permission', region: HOME, properties: { FunctionName: 'fn-a', Id: 'public', Action: 'lambda:InvokeFunction', Principal: '*' } },
      { type: 'AWS::Lambda::Url', region: HOME, properties: { TargetFunctionArn: `arn:aws:lambda:${HOME}:${ACCOUNT}:function:fn-a`, FunctionArn: `arn:aws:lambda:${HOME}:${ACCOUNT}:function:fn-a`, AuthType: 'NONE', FunctionUrl: 'https://x.lambda-url.us-east-1.on.aws/' } },
      { type: 'AWS::KMS::Key', region: HOME, properties: { KeyId: 'aws-managed-s3', Description: 'Default key that protects my S3 objects when no other key is defined', KeyPolicy: { Statement: [] } } },
      { type: 'AWS::KMS::Key', region: HOME, properties: { KeyId: 'cmk-1', Description: 'app key', EnableKeyRotation: false, KeyPolicy: { Statement: [] } } }
    ],
    facts: {
      accountSummary: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 1 },
      passwordPolicy: null,
      credentialReport: [
        { user: '<root_account>', arn: `arn:aws:iam::${ACCOUNT}:root`, user_creation_time: '2020-01-01T00:00:00+00:00', password_enabled: 'not_supported', mfa_active: 'false', access_key_1_active: 'true' },
        { user: 'alice', arn: `arn:aws:iam::${ACCOUNT}:user/alice`, user_creation_time: '2020-01-01T00:00:00+00:00', password_enabled: 'true', password_last_used: '2020-01-02T00:00:00+00:00', mfa_active: 'false', access_key_1_active: 'false' }
      ],
      ebsEncryptionByDefault: { [HOME]: true, [WEST]: false },
      publicAccessBlock: null
    }
  })
}

function options(overrides: Partial<LiveScanOptions> = {}): LiveScanOptions {
  return {
    sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
    regions: { named: [HOME, WEST], all: false, global: true },
    types: [...DEFAULT_LIVE_TYPES, ...FACT_TYPES],
    homeRegion: HOME,
    rateLimit: 0,
    concurrency: 8,
    retry: { baseMs: 1, capMs: 5 },
    sleep: async () => undefined,
    ...overrides
  }
}

const find = (resources: Resource[], type: string, id: string) => resources.find((r) => r.type === type && r.id === id)

beforeAll(async () => {
  server = await startAwsServer({ pageSize: 3 })
  Object.assign(process.env, server.env(), { AWS_REGION: HOME })
  seed()
  keys = server.createUserKeys(ACCOUNT, 'scanner')
})

afterAll(async () => {
  await server.close()
  process.env = savedEnv
})

beforeEach(() => {
  server.clearFaults()
  server.calls.length = 0
})

describe('live scan over the wire', () => {
  it('reads every type through every page, in the right regions, with the account facts', async () => {
    const result = await scanLive(options())
    const ids = (type: string) => result.resources.filter((r) => r.type === type).map((r) => `${r.region}:${r.id}`).sort()
    expect(ids('AWS::EC2::SecurityGroup')).toEqual(['sg-00', 'sg-01', 'sg-02', 'sg-03', 'sg-04', 'sg-05', 'sg-06', 'sg-default', 'sg-open'].map((id) => `${HOME}:${id}`))
    expect(ids('AWS::EC2::Volume')).toEqual([`${WEST}:vol-west`])
    // Buckets are read in their own region; the Frankfurt one is outside the scan and said so.
    expect(ids('AWS::S3::Bucket')).toEqual([`${HOME}:acme-east`, `${WEST}:acme-west`])
    expect(ids('AWS::S3::BucketPolicy')).toEqual([`${WEST}:acme-west`])
    expect(result.warnings.join('\n')).toMatch(/eu-central-1/)
    // Global types once, recorded as 'global'.
    expect(ids('AWS::IAM::Role')).toEqual(['global:AWSServiceRoleForSupport', 'global:deploy'])
    // Children listed per parent function.
    expect(ids('AWS::Lambda::Permission')).toEqual([`${HOME}:fn-a|public`])
    expect(ids('AWS::Lambda::Url')).toHaveLength(1)
    // Facts: global ones once, EBS per region.
    expect(ids('Plumbline::EC2::EbsEncryptionByDefault')).toEqual([`${HOME}:${ACCOUNT}`, `${WEST}:${ACCOUNT}`])
    expect(find(result.resources, 'Plumbline::IAM::AccountSummary', ACCOUNT)?.properties.AccountMFAEnabled).toBe(0)
    expect(find(result.resources, 'Plumbline::IAM::PasswordPolicy', ACCOUNT)?.properties).toEqual({})
    expect(find(result.resources, 'Plumbline::S3::AccountPublicAccessBlock', ACCOUNT)?.properties.BlockPublicPolicy).toBe(false)
    const report = find(result.resources, 'Plumbline::IAM::CredentialReport', ACCOUNT)?.properties as { Users: Array<Record<string, string>>; GeneratedTime: string }
    expect(report.Users.map((u) => u.user)).toEqual(['<root_account>', 'alice'])
    expect(Date.parse(report.GeneratedTime)).not.toBeNaN()
    // Every entry of the ledger scanned, every type and fact accounted for in every region it belongs to.
    expect(result.coverage.filter((c) => c.state !== 'scanned')).toEqual([])
    const ledgerTypes = new Set(result.coverage.map((c) => c.type))
    for (const type of [...DEFAULT_LIVE_TYPES, ...FACT_TYPES]) expect(ledgerTypes.has(type)).toBe(true)
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::SecurityGroup' && c.region === HOME)?.count).toBe(9)
  })

  it('brings live resources into the canonical form', async () => {
    const { resources } = await scanLive(options())
    const open = find(resources, 'AWS::EC2::SecurityGroup', 'sg-open')
    expect(open?.properties.Tags).toEqual([{ Key: 'team', Value: 'core' }])
    expect(find(resources, 'AWS::EC2::SecurityGroup', 'sg-default')?.isDefault).toBe(true)
    expect(find(resources, 'AWS::EC2::VPC', 'vpc-default')?.isDefault).toBe(true)
    expect(find(resources, 'AWS::EC2::VPC', 'vpc-custom')?.isDefault).toBeUndefined()
    expect(find(resources, 'AWS::IAM::Role', 'AWSServiceRoleForSupport')?.isDefault).toBe(true)
    expect(find(resources, 'AWS::IAM::Role', 'AWSServiceRoleForSupport')?.properties.AssumeRolePolicyDocument).toEqual({ Version: '2012-10-17', Statement: [] })
    expect(find(resources, 'AWS::KMS::Key', 'aws-managed-s3')?.isDefault).toBe(true)
    expect(find(resources, 'AWS::KMS::Key', 'cmk-1')?.isDefault).toBeUndefined()
    expect(typeof find(resources, 'AWS::S3::BucketPolicy', 'acme-west')?.properties.PolicyDocument).toBe('object')
    // The policy's attachment view lands on the role.
    expect(find(resources, 'AWS::IAM::Role', 'deploy')?.properties.ManagedPolicyArns).toEqual([`arn:aws:iam::${ACCOUNT}:policy/deploy-all`])
    // IMDS settings come from DescribeInstances.
    expect(find(resources, 'AWS::EC2::Instance', 'i-imdsv1')?.properties.MetadataOptions).toMatchObject({ HttpTokens: 'optional' })
    expect(find(resources, 'AWS::EC2::Instance', 'i-imdsv2')?.properties.MetadataOptions).toMatchObject({ HttpTokens: 'required' })
  })

  it('reads Lambda functions without GetFunction: listed by Cloud Control, configured by lambda:ListFunctions', async () => {
    const result = await scanLive(options({ types: ['AWS::Lambda::Function'] }))
    expect(server.calls.filter((c) => c.operation === 'GetResource' && c.typeName === 'AWS::Lambda::Function')).toEqual([])
    // Regions are scanned concurrently: the order of the two calls is not part of the contract.
    expect(server.calls.filter((c) => c.service === 'lambda').map((c) => `${c.operation} ${c.region}`).sort()).toEqual([`ListFunctions ${HOME}`, `ListFunctions ${WEST}`])
    const entry = result.coverage.find((c) => c.type === 'AWS::Lambda::Function' && c.region === HOME)
    expect(entry).toMatchObject({ state: 'scanned', count: 1 })
    expect(entry?.note).toMatch(/lambda:ListFunctions .*lambda:GetFunction/)
    const fn = find(result.resources, 'AWS::Lambda::Function', 'fn-a')
    expect(fn?.properties).toMatchObject({ FunctionName: 'fn-a', Runtime: 'python3.12', Arn: `arn:aws:lambda:${HOME}:${ACCOUNT}:function:fn-a` })
    expect(fn?.properties.Code).toBeUndefined()
  })

  it('marks Lambda environment values sensitive, and says so when ListFunctions is denied', async () => {
    const { resources } = await scanLive(options({ types: ['AWS::Lambda::Function'] }))
    const fn = find(resources, 'AWS::Lambda::Function', 'fn-a')
    expect((fn?.properties.Environment as { Variables: Record<string, string> }).Variables.DB_PASSWORD).toBe('hunter2-hunter2')
    expect(fn?.sensitive).toEqual(expect.arrayContaining(['Environment.Variables.DB_PASSWORD', 'Environment.Variables.MODE']))
    server.addFault({ kind: 'deny', service: 'lambda' })
    const denied = await scanLive(options({ types: ['AWS::Lambda::Function'] }))
    expect(denied.coverage.find((c) => c.region === HOME)?.note).toMatch(/^read from list properties only: lambda:ListFunctions failed \(AccessDeniedException/)
    expect(find(denied.resources, 'AWS::Lambda::Function', 'fn-a')?.properties.Runtime).toBeUndefined()
  })

  it('records a denied type and a throttled region in the ledger and loses nothing else', async () => {
    server.addFault({ kind: 'deny', service: 'cloudcontrol', typeName: 'AWS::KMS::Key', region: HOME })
    server.addFault({ kind: 'throttle', service: 'cloudcontrol', region: WEST, times: 3 })
    server.addFault({ kind: 'drop', service: 'cloudcontrol', operation: 'GetResource', typeName: 'AWS::EC2::VPC', times: 1 })
    server.addFault({ kind: 'server-error', service: 'iam', operation: 'GetAccountSummary', times: 1 })
    const result = await scanLive(options())
    const notScanned = result.coverage.filter((c) => c.state !== 'scanned').map((c) => `${c.region} ${c.type} ${c.state}`)
    expect(notScanned).toEqual([`${HOME} AWS::KMS::Key denied`])
    expect(result.coverage.find((c) => c.type === 'AWS::KMS::Key')?.error).toMatch(/AccessDenied/)
    // Retried: the throttled region's volume, the dropped VPC read and the failed summary all arrived.
    expect(find(result.resources, 'AWS::EC2::Volume', 'vol-west')).toBeDefined()
    expect(find(result.resources, 'AWS::EC2::VPC', 'vpc-custom')).toBeDefined()
    expect(find(result.resources, 'Plumbline::IAM::AccountSummary', ACCOUNT)).toBeDefined()
    expect(server.calls.filter((c) => c.errorCode === 'ThrottlingException')).toHaveLength(3)
    // No retry of the denial.
    expect(server.calls.filter((c) => c.typeName === 'AWS::KMS::Key' && c.region === HOME)).toHaveLength(1)
  })

  it('records a failing read with what was read and why the rest was not', async () => {
    server.addFault({ kind: 'deny', service: 'cloudcontrol', operation: 'GetResource', typeName: 'AWS::EC2::Instance' })
    server.addFault({ kind: 'deny', service: 'iam', operation: 'GenerateCredentialReport' })
    const result = await scanLive(options())
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::Instance')).toMatchObject({ state: 'denied', count: 0, error: expect.stringMatching(/2 resource\(s\) could not be read/) })
    expect(result.coverage.find((c) => c.type === 'Plumbline::IAM::CredentialReport')).toMatchObject({ state: 'denied' })
    expect(find(result.resources, 'Plumbline::IAM::AccountSummary', ACCOUNT)).toBeDefined()
  })

  it('reads every enabled region with regions: all, and nothing global without global', async () => {
    const all = await scanLive(options({ regions: { named: [], all: true, global: true }, types: ['AWS::EC2::Volume', 'AWS::IAM::User'] }))
    expect([...new Set(all.coverage.map((c) => c.region))].sort()).toEqual(['eu-west-1', 'global', HOME, WEST].sort())
    const regional = await scanLive(options({ regions: { named: [WEST], all: false, global: false }, types: ['AWS::EC2::Volume', 'AWS::IAM::User', 'Plumbline::IAM::AccountSummary'] }))
    expect(regional.coverage.map((c) => `${c.region} ${c.type}`)).toEqual([`${WEST} AWS::EC2::Volume`])
  })

  it('refuses a region AWS does not list, and records an opt-in region the account has not enabled', async () => {
    const error = await scanLive(options({ regions: { named: [HOME, 'us-east-7'], all: false, global: false }, regionsInputName: '--regions' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/^--regions: "us-east-7" is not a region AWS lists for account 111111111111; use names like /)
    const optIn = await scanLive(options({ regions: { named: [HOME, 'af-south-1'], all: false, global: false }, types: ['AWS::EC2::Volume'] }))
    expect(optIn.coverage.map((c) => `${c.region} ${c.state}`)).toEqual(['af-south-1 unsupported', `${HOME} scanned`])
    expect(server.calls.filter((c) => c.region === 'af-south-1')).toEqual([])
  })

  it('reports each account in one progress line', async () => {
    const lines: string[] = []
    await scanLive(options({ progress: (line) => lines.push(line), types: ['AWS::EC2::Volume'] }))
    expect(lines).toEqual([`account ${ACCOUNT}: 1 resource(s) read in 2 region(s) and global`])
  })

  it('keeps to the rate limit per account and region', async () => {
    const started = performance.now()
    const result = await scanLive(options({ rateLimit: 20, sleep: undefined, types: ['AWS::EC2::SecurityGroup'], regions: { named: [HOME], all: false, global: false } }))
    const elapsed = performance.now() - started
    // DescribeRegions, then 9 groups: 3 list pages + 9 reads (no DescribeVpcs: no VPC-member type) = 13 calls at 20/s.
    expect(result.calls).toBe(13)
    expect(elapsed).toBeGreaterThanOrEqual(((result.calls - 1) / 20) * 1000 - 5)
  })

  it('makes only calls the least-privilege policy allows', async () => {
    await scanLive(options())
    const policy = shippedReadOnlyPolicy() as PolicyDocument
    const actions = [...new Set(server.calls.map((c) => c.action).filter((a) => a !== ''))].sort()
    expect(actions.length).toBeGreaterThan(10)
    expect(actions.filter((action) => !actionAllowed(policy, action))).toEqual([])
  })
})
