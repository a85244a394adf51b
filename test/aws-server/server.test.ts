// The local AWS server, exercised only through the real AWS SDK clients (reaching it through the
// AWS_ENDPOINT_URL_* variables) and @actions/core's getIDToken: if a wire shape were wrong, the SDK would
// fail to parse it or name the error differently, and these tests would fail.
import './resolve-localhost.mjs'
import { getIDToken } from '@actions/core'
import { CloudControlClient, GetResourceCommand, ListResourcesCommand, paginateListResources } from '@aws-sdk/client-cloudcontrol'
import { DescribeDBClusterSnapshotAttributesCommand, DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds'
import { DescribeImagesCommand, DescribeInstancesCommand, DescribeRegionsCommand, DescribeSnapshotsCommand, DescribeVpcsCommand, EC2Client, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2'
import { GenerateCredentialReportCommand, GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam'
import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3'
import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control'
import { ListAccountsCommand, ListAccountsForParentCommand, ListOrganizationalUnitsForParentCommand, OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { startAwsServer, type AwsServer, type ResourceSeed } from './index.mjs'
import { restoreEnv } from '../e2e/helpers.js'

const REGION = 'us-east-1'
const ACCOUNT_A = '111111111111'
const ACCOUNT_B = '222222222222'
const SCAN_ROLE = `arn:aws:iam::${ACCOUNT_A}:role/plumbline-scan`
const READ_ROLE_B = `arn:aws:iam::${ACCOUNT_B}:role/plumbline-read`
const EXTERNAL_ID = 'plumbline-ext-7'
const PAGE_SIZE = 25
const SECURITY_GROUPS = 60
const INSTANCES = 7

interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

const savedEnv = { ...process.env }
let server: AwsServer
let userKeysA: Credentials
let userKeysB: Credentials

function seedResources(): ResourceSeed[] {
  const resources: ResourceSeed[] = []
  for (let i = 0; i < SECURITY_GROUPS; i++) {
    const id = `sg-${String(i).padStart(17, '0')}`
    resources.push({ type: 'AWS::EC2::SecurityGroup', region: REGION, properties: { Id: id, GroupId: id, GroupName: `group-${i}`, GroupDescription: `group ${i}`, VpcId: 'vpc-0aaa' } })
  }
  resources.push({ type: 'AWS::EC2::SecurityGroup', region: 'us-west-2', properties: { Id: 'sg-west', GroupName: 'west', GroupDescription: 'west' } })
  for (let i = 0; i < INSTANCES; i++) {
    resources.push({
      type: 'AWS::EC2::Instance',
      region: REGION,
      properties: { InstanceId: `i-0${i}`, ImageId: 'ami-1234', InstanceType: 't3.micro', VpcId: 'vpc-0aaa', AdditionalInfo: 'write-only' },
      metadataOptions: i === 0 ? { httpTokens: 'optional', httpPutResponseHopLimit: 2 } : { HttpTokens: 'required' }
    })
  }
  resources.push(
    { type: 'AWS::EC2::VPC', region: REGION, properties: { VpcId: 'vpc-0aaa', CidrBlock: '172.31.0.0/16', IsDefault: true } },
    { type: 'AWS::EC2::VPC', region: REGION, properties: { VpcId: 'vpc-0bbb', CidrBlock: '10.0.0.0/16', Ipv4NetmaskLength: 16, Tags: [{ Key: 'team', Value: 'core' }] } },
    {
      type: 'AWS::IAM::User',
      region: 'global',
      properties: { UserName: 'alice', Arn: `arn:aws:iam::${ACCOUNT_A}:user/alice`, LoginProfile: { Password: 'hunter2-not-returned', PasswordResetRequired: true } }
    },
    { type: 'AWS::Lambda::Function', region: REGION, properties: { FunctionName: 'fn-a', Runtime: 'nodejs20.x', Code: { ZipFile: 'exports.handler=1' }, Role: SCAN_ROLE } },
    { type: 'AWS::Lambda::Function', region: REGION, properties: { FunctionName: 'fn-b', Runtime: 'nodejs20.x', Role: SCAN_ROLE } },
    { type: 'AWS::Lambda::Permission', region: REGION, properties: { FunctionName: 'fn-a', Id: 'allow-s3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com' } },
    { type: 'AWS::Lambda::Permission', region: REGION, properties: { FunctionName: 'fn-a', Id: 'allow-sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com' } },
    { type: 'AWS::Lambda::Permission', region: REGION, properties: { FunctionName: 'fn-b', Id: 'public', Action: 'lambda:InvokeFunction', Principal: '*' } },
    { type: 'AWS::S3::Bucket', region: REGION, properties: { BucketName: 'logs-east', AccessControl: 'Private' } },
    { type: 'AWS::S3::Bucket', region: 'us-west-2', properties: { BucketName: 'data-west', VersioningConfiguration: { Status: 'Enabled' } } }
  )
  return resources
}

const CREDENTIAL_REPORT_ROWS: Array<Record<string, string>> = [
  { user: '<root_account>', arn: `arn:aws:iam::${ACCOUNT_A}:root`, password_enabled: 'not_supported', mfa_active: 'true', access_key_1_active: 'false' },
  { user: 'alice', arn: `arn:aws:iam::${ACCOUNT_A}:user/alice`, password_enabled: 'true', mfa_active: 'false', access_key_1_active: 'true', access_key_1_last_rotated: '2023-01-02T03:04:05+00:00' }
]

beforeAll(async () => {
  server = await startAwsServer({ pageSize: PAGE_SIZE })
  Object.assign(process.env, server.env(), { AWS_REGION: REGION, AWS_EC2_METADATA_DISABLED: 'true' })
  server.addAccount({
    id: ACCOUNT_A,
    enabledRegions: ['us-east-1', 'us-west-2', 'af-south-1'],
    resources: seedResources(),
    facts: {
      accountSummary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 },
      passwordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: false },
      credentialReport: CREDENTIAL_REPORT_ROWS,
      ebsEncryptionByDefault: { 'us-west-2': true },
      publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true },
      bucketMfaDelete: { 'data-west': 'Enabled' }
    }
  })
  server.addAccount({ id: ACCOUNT_B, facts: { passwordPolicy: null, publicAccessBlock: null } })
  server.addRole({ arn: SCAN_ROLE, oidc: { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:*' } })
  server.addRole({ arn: READ_ROLE_B, maxSessionDuration: 43200, trustedPrincipals: [SCAN_ROLE], externalId: EXTERNAL_ID })
  userKeysA = server.createUserKeys(ACCOUNT_A, 'auditor')
  userKeysB = server.createUserKeys(ACCOUNT_B, 'auditor')
})

afterAll(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

afterEach(() => {
  server.clearFaults()
  server.setTokenClaims({})
  server.setSessionLifetimeSeconds(undefined)
})

// maxAttempts 1: a fault must reach the test as the service's error, not be retried away.
const config = (credentials: Credentials, region = REGION) => ({ region, credentials, maxAttempts: 1 })
const cloudControl = (credentials: Credentials = userKeysA, region = REGION) => new CloudControlClient(config(credentials, region))
const stsClient = (credentials: Credentials = userKeysA) => new STSClient(config(credentials))

async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number }; code?: string }> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

/** getIDToken as an action calls it; the runner commands it writes (::add-mask::, ::debug::) are captured. */
async function idTokenFromRunner(audience: string): Promise<{ token: string; output: string }> {
  const write = process.stdout.write
  let output = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    return { token: await getIDToken(audience), output }
  } finally {
    process.stdout.write = write
  }
}

function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header, claims] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')))
  return { header, claims }
}

async function webIdentitySession(token: string, durationSeconds?: number): Promise<Credentials & { expiration: Date }> {
  const result = await new STSClient({ region: REGION, maxAttempts: 1 }).send(
    new AssumeRoleWithWebIdentityCommand({ RoleArn: SCAN_ROLE, RoleSessionName: 'plumbline', WebIdentityToken: token, DurationSeconds: durationSeconds })
  )
  const c = result.Credentials!
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken!, expiration: c.Expiration! }
}

describe('GitHub OIDC token endpoint and STS web identity', () => {
  test('getIDToken receives a signed GitHub-shaped token that STS exchanges for a session of the role', async () => {
    const { token, output } = await idTokenFromRunner('sts.amazonaws.com')
    expect(output).toContain(`::add-mask::${token}`)
    const { header, claims } = decodeJwt(token)
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' })
    expect(typeof header.kid).toBe('string')
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      ref: 'refs/heads/main',
      runner_environment: 'github-hosted'
    })
    for (const claim of ['repository_id', 'sha', 'workflow', 'event_name', 'job_workflow_ref', 'actor', 'run_id', 'jti']) expect(claims[claim]).toBeTruthy()
    const now = Date.now() / 1000
    expect(claims.iat as number).toBeLessThanOrEqual(now + 1)
    expect(claims.nbf as number).toBeLessThanOrEqual(claims.iat as number)
    expect(claims.exp as number).toBeGreaterThan(now)

    const session = await webIdentitySession(token, 1800)
    expect(session.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(session.sessionToken).toBeTruthy()
    expect(Math.abs(session.expiration.getTime() - (Date.now() + 1800_000))).toBeLessThan(10_000)
    const identity = await stsClient(session).send(new GetCallerIdentityCommand({}))
    expect(identity.Account).toBe(ACCOUNT_A)
    expect(identity.Arn).toBe(`arn:aws:sts::${ACCOUNT_A}:assumed-role/plumbline-scan/plumbline`)
  })

  test('the token endpoint refuses a request without the runner request token', async () => {
    const response = await fetch(`${server.env().ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`)
    expect(response.status).toBe(401)
  })

  test('a token from another repository (sub) or for another audience is refused with AccessDenied', async () => {
    server.setTokenClaims({ repository: 'fork-owner/octo-repo', repository_owner: 'fork-owner' })
    const { token } = await idTokenFromRunner('sts.amazonaws.com')
    expect(decodeJwt(token).claims.sub).toBe('repo:fork-owner/octo-repo:ref:refs/heads/main')
    const subMismatch = await rejectionOf(webIdentitySession(token))
    expect(subMismatch.name).toBe('AccessDenied')
    expect(subMismatch.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')

    const audMismatch = await rejectionOf(webIdentitySession(server.tokenFor('https://github.com/octo-org')))
    expect(audMismatch.name).toBe('AccessDenied')
  })

  test('a tampered, expired or over-long request is rejected with STS’s own errors', async () => {
    const token = server.tokenFor('sts.amazonaws.com')
    const [header, , signature] = token.split('.')
    const forgedClaims = Buffer.from(JSON.stringify({ ...decodeJwt(token).claims, sub: 'repo:octo-org/octo-repo:ref:refs/heads/evil' })).toString('base64url')
    expect((await rejectionOf(webIdentitySession(`${header}.${forgedClaims}.${signature}`))).name).toBe('InvalidIdentityTokenException')

    const expired = server.tokenFor('sts.amazonaws.com', { exp: Math.floor(Date.now() / 1000) - 60 })
    expect((await rejectionOf(webIdentitySession(expired))).name).toBe('ExpiredTokenException')

    const tooLong = await rejectionOf(webIdentitySession(token, 7200))
    expect(tooLong.name).toBe('ValidationError')
    expect(tooLong.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })

  test('idp-unreachable and verification-key faults answer as STS does when it cannot reach the provider', async () => {
    server.addFault({ kind: 'idp-unreachable', times: 1 })
    server.addFault({ kind: 'verification-key', times: 1 })
    const token = server.tokenFor('sts.amazonaws.com')
    expect((await rejectionOf(webIdentitySession(token))).name).toBe('IDPCommunicationErrorException')
    const keyError = await rejectionOf(webIdentitySession(token))
    expect(keyError.name).toBe('InvalidIdentityTokenException')
    expect(keyError.message).toContain("Couldn't retrieve verification key from your identity provider")
    await expect(webIdentitySession(token)).resolves.toHaveProperty('accessKeyId')
  })

  test('an OIDC server error reaches getIDToken as a failure', async () => {
    server.addFault({ kind: 'server-error', service: 'oidc', times: 1 })
    await expect(idTokenFromRunner('sts.amazonaws.com')).rejects.toThrow(/500/)
  })
})

describe('STS AssumeRole chaining', () => {
  test('a session of the trusted role assumes the second account’s role with its ExternalId, for at most an hour', async () => {
    const first = await webIdentitySession(server.tokenFor('sts.amazonaws.com'))
    const assume = (externalId?: string, durationSeconds?: number) =>
      stsClient(first).send(new AssumeRoleCommand({ RoleArn: READ_ROLE_B, RoleSessionName: 'plumbline-b', ExternalId: externalId, DurationSeconds: durationSeconds }))

    const withoutExternalId = await rejectionOf(assume())
    expect(withoutExternalId.name).toBe('AccessDenied')
    expect(withoutExternalId.message).toContain(`not authorized to perform: sts:AssumeRole on resource: ${READ_ROLE_B}`)

    const chainedTooLong = await rejectionOf(assume(EXTERNAL_ID, 7200))
    expect(chainedTooLong.name).toBe('ValidationError')
    expect(chainedTooLong.message).toContain('1 hour session limit for roles assumed by role chaining')

    const second = (await assume(EXTERNAL_ID)).Credentials!
    const identity = await stsClient({ accessKeyId: second.AccessKeyId!, secretAccessKey: second.SecretAccessKey!, sessionToken: second.SessionToken! }).send(
      new GetCallerIdentityCommand({})
    )
    expect(identity.Account).toBe(ACCOUNT_B)
    expect(identity.Arn).toBe(`arn:aws:sts::${ACCOUNT_B}:assumed-role/plumbline-read/plumbline-b`)
  })

  test('a principal the role does not trust is refused', async () => {
    const error = await rejectionOf(stsClient(userKeysB).send(new AssumeRoleCommand({ RoleArn: READ_ROLE_B, RoleSessionName: 'x1', ExternalId: EXTERNAL_ID })))
    expect(error.name).toBe('AccessDenied')
  })
})

describe('Organizations', () => {
  const ROOT = 'r-ab12'
  const OU = 'ou-ab12-11111111'
  const NESTED = 'ou-ab12-22222222'
  const members = Array.from({ length: 23 }, (_, i) => String(300_000_000_000 + i))
  const organizations = (keys: Credentials) => new OrganizationsClient({ region: REGION, credentials: keys, maxAttempts: 1 })
  beforeAll(() => {
    server.addOrganization({
      managementAccount: ACCOUNT_A,
      rootId: ROOT,
      organizationalUnits: [{ id: OU, name: 'prod' }, { id: NESTED, name: 'prod-eu', parent: OU }],
      accounts: [...members.map((id, i) => ({ id, parent: i < 2 ? OU : i < 3 ? NESTED : undefined })), { id: '399999999999', state: 'SUSPENDED' }]
    })
  })

  test('ListAccounts pages by MaxResults (20 at most) with NextToken, and names each account State', async () => {
    const client = organizations(userKeysA)
    const first = await client.send(new ListAccountsCommand({ MaxResults: 10 }))
    expect(first.Accounts).toHaveLength(10)
    expect(first.NextToken).toBeDefined()
    const all = []
    for await (const page of paginateListAccounts({ client }, {})) all.push(...(page.Accounts ?? []))
    // The management account, 23 members and a suspended one.
    expect(all).toHaveLength(25)
    expect(all.find((a) => a.Id === '399999999999')?.State).toBe('SUSPENDED')
    expect(all.find((a) => a.Id === ACCOUNT_A)).toMatchObject({ State: 'ACTIVE', JoinedMethod: 'CREATED', Arn: expect.stringMatching(/^arn:aws:organizations::111111111111:account\/o-/) })
    expect(all[1].JoinedTimestamp).toBeInstanceOf(Date)
    const tooMany = await rejectionOf(client.send(new ListAccountsCommand({ MaxResults: 21 })))
    expect(tooMany.name).toBe('InvalidInputException')
    const badToken = await rejectionOf(client.send(new ListAccountsCommand({ NextToken: 'not-a-token' })))
    expect(badToken.name).toBe('InvalidInputException')
  })

  test('ListAccountsForParent lists the direct accounts only; ListOrganizationalUnitsForParent the child OUs', async () => {
    const client = organizations(userKeysA)
    const underOu = await client.send(new ListAccountsForParentCommand({ ParentId: OU }))
    expect(underOu.Accounts?.map((a) => a.Id)).toEqual(members.slice(0, 2))
    const units = await client.send(new ListOrganizationalUnitsForParentCommand({ ParentId: OU }))
    expect(units.OrganizationalUnits).toEqual([{ Id: NESTED, Name: 'prod-eu', Arn: `arn:aws:organizations::${ACCOUNT_A}:ou/o-exampleorgid/${NESTED}` }])
    const missing = await rejectionOf(client.send(new ListAccountsForParentCommand({ ParentId: 'ou-ab12-99999999' })))
    expect(missing.name).toBe('ParentNotFoundException')
    const malformed = await rejectionOf(client.send(new ListAccountsForParentCommand({ ParentId: 'prod' })))
    expect(malformed.name).toBe('InvalidInputException')
  })

  test('only the management account (or a delegated administrator) may list; an account in no organization is told so', async () => {
    const member = server.createUserKeys(members[0], 'member')
    expect((await rejectionOf(organizations(member).send(new ListAccountsCommand({})))).name).toBe('AccessDeniedException')
    expect((await rejectionOf(organizations(userKeysB).send(new ListAccountsCommand({})))).name).toBe('AWSOrganizationsNotInUseException')
  })
})

describe('SigV4 verification', () => {
  test('a request signed with a wrong secret is rejected by each protocol with its own code', async () => {
    const wrong = { accessKeyId: userKeysA.accessKeyId, secretAccessKey: userKeysA.secretAccessKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }
    expect((await rejectionOf(stsClient(wrong).send(new GetCallerIdentityCommand({})))).name).toBe('SignatureDoesNotMatch')
    expect((await rejectionOf(cloudControl(wrong).send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' })))).name).toBe('InvalidSignatureException')
    expect((await rejectionOf(new S3Client(config(wrong)).send(new ListBucketsCommand({})))).name).toBe('SignatureDoesNotMatch')
    // And the right secret passes, so the rejection is about the signature.
    await expect(stsClient(userKeysA).send(new GetCallerIdentityCommand({}))).resolves.toHaveProperty('Account', ACCOUNT_A)
  })

  test('an unknown access key is InvalidClientTokenId / UnrecognizedClientException', async () => {
    const unknown = { accessKeyId: 'AKIAUNKNOWNUNKNOWN12', secretAccessKey: userKeysA.secretAccessKey }
    expect((await rejectionOf(stsClient(unknown).send(new GetCallerIdentityCommand({})))).name).toBe('InvalidClientTokenId')
    expect((await rejectionOf(cloudControl(unknown).send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' })))).name).toBe('UnrecognizedClientException')
  })

  test('an expired session is refused with ExpiredToken(Exception)', async () => {
    server.setSessionLifetimeSeconds(1)
    const session = await webIdentitySession(server.tokenFor('sts.amazonaws.com'))
    expect(session.expiration.getTime() - Date.now()).toBeLessThanOrEqual(1000)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await rejectionOf(cloudControl(session).send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' })))).name).toBe('ExpiredTokenException')
    expect((await rejectionOf(stsClient(session).send(new GetCallerIdentityCommand({})))).name).toBe('ExpiredToken')
  })

  test('a region the account has not enabled rejects the credentials', async () => {
    const error = await rejectionOf(cloudControl(userKeysA, 'ap-south-1').send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' })))
    expect(error.name).toBe('UnrecognizedClientException')
  })
})

describe('Cloud Control', () => {
  test('ListResources pages with NextToken and returns only primary-identifier properties', async () => {
    const before = server.calls.length
    const descriptions = []
    for await (const page of paginateListResources({ client: cloudControl() }, { TypeName: 'AWS::EC2::SecurityGroup' })) {
      expect(page.ResourceDescriptions!.length).toBeLessThanOrEqual(PAGE_SIZE)
      descriptions.push(...page.ResourceDescriptions!)
    }
    expect(descriptions).toHaveLength(SECURITY_GROUPS)
    expect(new Set(descriptions.map((d) => d.Identifier)).size).toBe(SECURITY_GROUPS)
    expect(descriptions[0]).toEqual({ Identifier: 'sg-00000000000000000', Properties: JSON.stringify({ Id: 'sg-00000000000000000' }) })
    const listCalls = server.calls.slice(before).filter((c) => c.operation === 'ListResources')
    expect(listCalls).toHaveLength(Math.ceil(SECURITY_GROUPS / PAGE_SIZE))
  })

  test('GetResource returns the full model as a JSON string, without write-only properties', async () => {
    const get = async (TypeName: string, Identifier: string, region = REGION) =>
      JSON.parse((await cloudControl(userKeysA, region).send(new GetResourceCommand({ TypeName, Identifier }))).ResourceDescription!.Properties!)
    expect(await get('AWS::EC2::SecurityGroup', 'sg-00000000000000003')).toEqual({
      Id: 'sg-00000000000000003',
      GroupId: 'sg-00000000000000003',
      GroupName: 'group-3',
      GroupDescription: 'group 3',
      VpcId: 'vpc-0aaa'
    })
    expect(await get('AWS::IAM::User', 'alice')).toEqual({ UserName: 'alice', Arn: `arn:aws:iam::${ACCOUNT_A}:user/alice`, LoginProfile: { PasswordResetRequired: true } })
    expect(await get('AWS::Lambda::Function', 'fn-a')).not.toHaveProperty('Code')
    expect(await get('AWS::EC2::Instance', 'i-00')).not.toHaveProperty('AdditionalInfo')
    expect(await get('AWS::EC2::Instance', 'i-00')).not.toHaveProperty('MetadataOptions')
    // IsDefault is the seed's note for EC2; CloudFormation has no such property. Ipv4NetmaskLength is write-only.
    expect(await get('AWS::EC2::VPC', 'vpc-0aaa')).toEqual({ VpcId: 'vpc-0aaa', CidrBlock: '172.31.0.0/16' })
    expect(await get('AWS::EC2::VPC', 'vpc-0bbb')).toEqual({ VpcId: 'vpc-0bbb', CidrBlock: '10.0.0.0/16', Tags: [{ Key: 'team', Value: 'core' }] })
    // IAM is global: the same user is read from another region.
    expect((await get('AWS::IAM::User', 'alice', 'us-west-2')).UserName).toBe('alice')
  })

  test('S3 buckets are listed from every region but read only in their own', async () => {
    const listed = await cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket' }))
    expect(listed.ResourceDescriptions!.map((d) => d.Identifier).sort()).toEqual(['data-west', 'logs-east'])
    const elsewhere = await rejectionOf(cloudControl().send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'data-west' })))
    expect(elsewhere.name).toBe('GeneralServiceException')
    expect(elsewhere.message).toContain('us-west-2')
    const home = await cloudControl(userKeysA, 'us-west-2').send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'data-west' }))
    expect(JSON.parse(home.ResourceDescription!.Properties!)).toEqual({ BucketName: 'data-west', VersioningConfiguration: { Status: 'Enabled' } })
    // Regional types are not: the us-west-2 security group is not listed in us-east-1.
    const west = await cloudControl(userKeysA, 'us-west-2').send(new ListResourcesCommand({ TypeName: 'AWS::EC2::SecurityGroup' }))
    expect(west.ResourceDescriptions!.map((d) => d.Identifier)).toEqual(['sg-west'])
  })

  test('a type whose list handler needs a parent is refused without one and lists only that parent’s children', async () => {
    const withoutParent = await rejectionOf(cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::Lambda::Permission' })))
    expect(withoutParent.name).toBe('InvalidRequestException')
    expect(withoutParent.message).toContain('FunctionName')
    const children = await cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::Lambda::Permission', ResourceModel: JSON.stringify({ FunctionName: 'fn-a' }) }))
    expect(children.ResourceDescriptions!.map((d) => d.Identifier)).toEqual(['fn-a|allow-s3', 'fn-a|allow-sns'])
  })

  test('unknown types and identifiers get TypeNotFoundException and ResourceNotFoundException', async () => {
    expect((await rejectionOf(cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::Nope::Thing' })))).name).toBe('TypeNotFoundException')
    expect((await rejectionOf(cloudControl().send(new GetResourceCommand({ TypeName: 'AWS::EC2::VPC', Identifier: 'vpc-missing' })))).name).toBe('ResourceNotFoundException')
  })
})

describe('faults', () => {
  test('deny one type: AccessDeniedException for it, the others still answer', async () => {
    server.addFault({ kind: 'deny', service: 'cloudcontrol', typeName: 'AWS::IAM::User' })
    const denied = await rejectionOf(cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::IAM::User' })))
    expect(denied.name).toBe('AccessDeniedException')
    expect(denied.$metadata?.httpStatusCode).toBe(400)
    await expect(cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' }))).resolves.toHaveProperty('ResourceDescriptions')
  })

  test('throttle one region, a number of times: ThrottlingException until the count runs out', async () => {
    server.addFault({ kind: 'throttle', service: 'cloudcontrol', region: 'us-west-2', times: 2 })
    const westList = () => cloudControl(userKeysA, 'us-west-2').send(new ListResourcesCommand({ TypeName: 'AWS::EC2::SecurityGroup' }))
    await expect(cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' }))).resolves.toBeDefined()
    expect((await rejectionOf(westList())).name).toBe('ThrottlingException')
    expect((await rejectionOf(westList())).name).toBe('ThrottlingException')
    await expect(westList()).resolves.toHaveProperty('ResourceDescriptions')
  })

  test('throttle beyond a rate: calls over the per-account-and-region budget are throttled', async () => {
    server.addFault({ kind: 'throttle', service: 'cloudcontrol', ratePerSecond: 2 })
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' }))))
    const throttled = results.filter((r) => r.status === 'rejected' && (r.reason as Error).name === 'ThrottlingException').length
    const passed = results.filter((r) => r.status === 'fulfilled').length
    // A burst of one second's worth (2), plus what refills while the 12 calls are answered (well under a second).
    expect(passed).toBeGreaterThanOrEqual(2)
    expect(passed).toBeLessThanOrEqual(4)
    expect(throttled).toBe(12 - passed)
    // Another region has its own budget.
    await expect(cloudControl(userKeysA, 'us-west-2').send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' }))).resolves.toBeDefined()
  })

  test('server-error, drop and latency', async () => {
    server.addFault({ kind: 'server-error', service: 'cloudcontrol', operation: 'GetResource', times: 1 })
    const internal = await rejectionOf(cloudControl().send(new GetResourceCommand({ TypeName: 'AWS::EC2::VPC', Identifier: 'vpc-0aaa' })))
    expect(internal.name).toBe('ServiceInternalErrorException')
    expect(internal.$metadata?.httpStatusCode).toBe(500)

    server.addFault({ kind: 'drop', service: 'cloudcontrol', times: 1 })
    const dropped = await rejectionOf(cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' })))
    expect(dropped.$metadata?.httpStatusCode).toBeUndefined()
    expect(`${dropped.name} ${dropped.code ?? ''} ${dropped.message}`).toMatch(/ECONNRESET|socket hang up|TimeoutError|EPIPE/i)
    const droppedCall = server.calls[server.calls.length - 1]
    expect(droppedCall).toMatchObject({ operation: 'ListResources', status: 0, errorCode: 'ConnectionDropped' })

    server.addFault({ kind: 'latency', service: 'cloudcontrol', latencyMs: 300, times: 1 })
    const started = Date.now()
    await cloudControl().send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPC' }))
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  test('other services answer faults in their own protocol', async () => {
    server.addFault({ kind: 'deny', service: 'iam', operation: 'GetCredentialReport', times: 1 })
    server.addFault({ kind: 'throttle', service: 'ec2', times: 1 })
    server.addFault({ kind: 'server-error', service: 's3control', times: 1 })
    expect((await rejectionOf(new IAMClient(config(userKeysA)).send(new GetCredentialReportCommand({})))).name).toBe('AccessDenied')
    expect((await rejectionOf(new EC2Client(config(userKeysA)).send(new DescribeRegionsCommand({})))).name).toBe('RequestLimitExceeded')
    const s3Control = await rejectionOf(new S3ControlClient(config(userKeysA)).send(new GetPublicAccessBlockCommand({ AccountId: ACCOUNT_A })))
    expect(s3Control.name).toBe('InternalError')
    expect(s3Control.$metadata?.httpStatusCode).toBe(500)
  })
})

describe('account facts', () => {
  test('IAM account summary, password policy (or its absence) and credential report', async () => {
    const iamA = new IAMClient(config(userKeysA))
    const summary = (await iamA.send(new GetAccountSummaryCommand({}))).SummaryMap!
    expect(summary).toMatchObject({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 1 })

    const policy = (await iamA.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy!
    expect(policy).toMatchObject({ MinimumPasswordLength: 14, RequireSymbols: true, ExpirePasswords: false })
    const none = await rejectionOf(new IAMClient(config(userKeysB)).send(new GetAccountPasswordPolicyCommand({})))
    expect(none.name).toBe('NoSuchEntityException')
    expect(none.$metadata?.httpStatusCode).toBe(404)

    expect((await rejectionOf(iamA.send(new GetCredentialReportCommand({})))).name).toBe('CredentialReportNotPresentException')
    expect((await iamA.send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED')
    expect((await iamA.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE')
    const report = await iamA.send(new GetCredentialReportCommand({}))
    expect(report.ReportFormat).toBe('text/csv')
    expect(report.GeneratedTime).toBeInstanceOf(Date)
    const [header, ...rows] = Buffer.from(report.Content!).toString('utf8').split('\n')
    expect(header).toBe(
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
        'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
        'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
        'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'
    )
    const columns = header.split(',')
    const parsed = rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [columns[i], value])))
    expect(parsed.map((r) => r.user)).toEqual(['<root_account>', 'alice'])
    expect(parsed[1]).toMatchObject({ mfa_active: 'false', access_key_1_active: 'true', access_key_1_last_rotated: '2023-01-02T03:04:05+00:00', cert_1_active: 'N/A' })
  })

  test('EC2: EBS default encryption per region and the enabled regions', async () => {
    const east = await new EC2Client(config(userKeysA)).send(new GetEbsEncryptionByDefaultCommand({}))
    const west = await new EC2Client(config(userKeysA, 'us-west-2')).send(new GetEbsEncryptionByDefaultCommand({}))
    expect([east.EbsEncryptionByDefault, west.EbsEncryptionByDefault]).toEqual([false, true])
    const regions = await new EC2Client(config(userKeysA)).send(new DescribeRegionsCommand({}))
    expect(regions.Regions!.map((r) => [r.RegionName, r.OptInStatus])).toEqual([
      ['us-east-1', 'opt-in-not-required'],
      ['us-west-2', 'opt-in-not-required'],
      ['af-south-1', 'opted-in']
    ])
    const all = await new EC2Client(config(userKeysA)).send(new DescribeRegionsCommand({ AllRegions: true }))
    expect(all.Regions!.find((r) => r.RegionName === 'me-south-1')?.OptInStatus).toBe('not-opted-in')
  })

  test('EC2 DescribeInstances: IMDS settings, paging, ids and filters', async () => {
    const ec2 = new EC2Client(config(userKeysA))
    const first = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }))
    const second = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: first.NextToken }))
    expect(first.NextToken).toBeTruthy()
    expect(second.NextToken).toBeUndefined()
    const instances = [...first.Reservations!, ...second.Reservations!].flatMap((r) => r.Instances!)
    expect(instances.map((i) => i.InstanceId)).toEqual(Array.from({ length: INSTANCES }, (_, i) => `i-0${i}`))
    expect(instances[0].MetadataOptions).toMatchObject({ HttpTokens: 'optional', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', InstanceMetadataTags: 'disabled', State: 'applied' })
    expect(instances[1].MetadataOptions?.HttpTokens).toBe('required')

    const byId = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-03'] }))
    expect(byId.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual(['i-03'])
    const optional = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'metadata-options.http-tokens', Values: ['optional'] }] }))
    expect(optional.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual(['i-00'])
    expect((await rejectionOf(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-nope'] })))).name).toBe('InvalidInstanceID.NotFound')
  })

  test('EC2 DescribeSnapshots and DescribeImages: the owner\'s snapshots, the public ones (RestorableBy all), images with isPublic, paging', async () => {
    const ACCOUNT_C = '303030303030'
    server.addAccount({
      id: ACCOUNT_C,
      facts: {
        ebsSnapshots: {
          [REGION]: Array.from({ length: 7 }, (_, i) => ({ SnapshotId: `snap-0${i}`, VolumeId: `vol-0${i}`, Encrypted: i % 2 === 0, Public: i === 3, SharedWith: i === 4 ? ['999999999999'] : [] }))
        },
        images: { [REGION]: [{ ImageId: 'ami-01', Name: 'private' }, { ImageId: 'ami-02', Name: 'public', Public: true, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-03', Encrypted: false } }] }] }
      }
    })
    const ec2 = new EC2Client(config(server.createUserKeys(ACCOUNT_C, 'auditor')))
    const first = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 5 }))
    const second = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 5, NextToken: first.NextToken }))
    expect([...first.Snapshots!, ...second.Snapshots!].map((s) => [s.SnapshotId, s.Encrypted, s.OwnerId, s.State])).toEqual(
      Array.from({ length: 7 }, (_, i) => [`snap-0${i}`, i % 2 === 0, ACCOUNT_C, 'completed'])
    )
    expect(second.NextToken).toBeUndefined()
    const restorableByAll = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], RestorableByUserIds: ['all'] }))
    expect(restorableByAll.Snapshots!.map((s) => s.SnapshotId)).toEqual(['snap-03'])
    const byPartner = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], RestorableByUserIds: ['999999999999'] }))
    expect(byPartner.Snapshots!.map((s) => s.SnapshotId)).toEqual(['snap-03', 'snap-04'])
    expect((await rejectionOf(ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: ['snap-nope'] })))).name).toBe('InvalidSnapshot.NotFound')
    const images = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }))
    expect(images.Images!.map((i) => [i.ImageId, i.Name, i.Public, i.OwnerId])).toEqual([['ami-01', 'private', false, ACCOUNT_C], ['ami-02', 'public', true, ACCOUNT_C]])
    expect(images.Images![1].BlockDeviceMappings).toEqual([{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-03', DeleteOnTermination: true, VolumeType: 'gp3', Encrypted: false } }])
    expect((await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }))).Images).toEqual([])
  })

  test('RDS (awsQuery): manual DB and cluster snapshots with Marker paging, their restore attribute, snapshot not found', async () => {
    const ACCOUNT_D = '404040404040'
    server.addAccount({
      id: ACCOUNT_D,
      facts: {
        dbSnapshots: { [REGION]: Array.from({ length: 25 }, (_, i) => ({ DBSnapshotIdentifier: `s-${String(i).padStart(2, '0')}`, Encrypted: i > 0, Public: i === 1, SharedWith: i === 2 ? ['121212121212'] : [] })) },
        dbClusterSnapshots: { [REGION]: [{ DBClusterSnapshotIdentifier: 'c-1', Engine: 'neptune', StorageEncrypted: true, Public: true }] }
      }
    })
    const rds = new RDSClient(config(server.createUserKeys(ACCOUNT_D, 'auditor')))
    const first = await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 20 }))
    const second = await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 20, Marker: first.Marker }))
    expect([first.DBSnapshots!.length, second.DBSnapshots!.length, second.Marker]).toEqual([20, 5, undefined])
    expect(first.DBSnapshots![0]).toMatchObject({ DBSnapshotIdentifier: 's-00', Encrypted: false, SnapshotType: 'manual', Status: 'available' })
    expect((await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'automated' }))).DBSnapshots).toEqual([])
    const attributesOf = async (id: string) => (await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id }))).DBSnapshotAttributesResult
    expect(await attributesOf('s-01')).toEqual({ DBSnapshotIdentifier: 's-01', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] })
    expect((await attributesOf('s-02'))!.DBSnapshotAttributes).toEqual([{ AttributeName: 'restore', AttributeValues: ['121212121212'] }])
    expect((await attributesOf('s-03'))!.DBSnapshotAttributes).toEqual([{ AttributeName: 'restore', AttributeValues: [] }])
    const missing = await rejectionOf(rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: 'nope' })))
    // On the wire the code is DBSnapshotNotFound; the SDK names the exception after its model, DBSnapshotNotFoundFault.
    expect([missing.name, missing.$metadata?.httpStatusCode]).toEqual(['DBSnapshotNotFoundFault', 404])
    const clusters = await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual' }))
    expect(clusters.DBClusterSnapshots!.map((c) => [c.DBClusterSnapshotIdentifier, c.Engine, c.StorageEncrypted])).toEqual([['c-1', 'neptune', true]])
    const clusterAttributes = await rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: 'c-1' }))
    expect(clusterAttributes.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes).toEqual([{ AttributeName: 'restore', AttributeValues: ['all'] }])
  })

  test('EC2 DescribeVpcs finds the default VPC', async () => {
    const vpcs = await new EC2Client(config(userKeysA)).send(new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }))
    expect(vpcs.Vpcs!.map((v) => [v.VpcId, v.IsDefault, v.OwnerId])).toEqual([['vpc-0aaa', true, ACCOUNT_A]])
    const all = await new EC2Client(config(userKeysA)).send(new DescribeVpcsCommand({}))
    expect(all.Vpcs!.map((v) => v.VpcId)).toEqual(['vpc-0aaa', 'vpc-0bbb'])
    const tagged = await new EC2Client(config(userKeysA)).send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:team', Values: ['co*'] }] }))
    expect(tagged.Vpcs!.map((v) => [v.VpcId, v.IsDefault])).toEqual([['vpc-0bbb', false]])
    const badFilter = await rejectionOf(new EC2Client(config(userKeysA)).send(new DescribeVpcsCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] })))
    expect(badFilter.name).toBe('InvalidParameterValue')
  })

  test('S3 Control: the account public access block through <account>.localhost, or its absence', async () => {
    const block = await new S3ControlClient(config(userKeysA)).send(new GetPublicAccessBlockCommand({ AccountId: ACCOUNT_A }))
    expect(block.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true })
    const none = await rejectionOf(new S3ControlClient(config(userKeysB)).send(new GetPublicAccessBlockCommand({ AccountId: ACCOUNT_B })))
    expect(none.name).toBe('NoSuchPublicAccessBlockConfiguration')
    expect(none.$metadata?.httpStatusCode).toBe(404)
    const otherAccount = await rejectionOf(new S3ControlClient(config(userKeysB)).send(new GetPublicAccessBlockCommand({ AccountId: ACCOUNT_A })))
    expect(otherAccount.name).toBe('AccessDenied')
  })

  test('S3 ListBuckets reports each bucket’s region and pages with a continuation token', async () => {
    const s3 = new S3Client(config(userKeysA))
    const all = await s3.send(new ListBucketsCommand({}))
    expect(all.Buckets!.map((b) => [b.Name, b.BucketRegion])).toEqual([
      ['data-west', 'us-west-2'],
      ['logs-east', 'us-east-1']
    ])
    const firstPage = await s3.send(new ListBucketsCommand({ MaxBuckets: 1 }))
    expect(firstPage.Buckets!.map((b) => b.Name)).toEqual(['data-west'])
    const secondPage = await s3.send(new ListBucketsCommand({ MaxBuckets: 1, ContinuationToken: firstPage.ContinuationToken }))
    expect(secondPage.Buckets!.map((b) => b.Name)).toEqual(['logs-east'])
    expect(secondPage.ContinuationToken).toBeUndefined()
    const west = await s3.send(new ListBucketsCommand({ BucketRegion: 'us-west-2' }))
    expect(west.Buckets!.map((b) => b.Name)).toEqual(['data-west'])
  })

  test('S3 GetBucketVersioning answers a bucket in its own region, virtual-hosted or path style, and omits what was never set', async () => {
    const west = new S3Client(config(userKeysA, 'us-west-2'))
    const versioned = await west.send(new GetBucketVersioningCommand({ Bucket: 'data-west', ExpectedBucketOwner: ACCOUNT_A }))
    expect([versioned.Status, versioned.MFADelete]).toEqual(['Enabled', 'Enabled'])
    const pathStyle = await new S3Client({ ...config(userKeysA, 'us-west-2'), forcePathStyle: true }).send(new GetBucketVersioningCommand({ Bucket: 'data-west' }))
    expect([pathStyle.Status, pathStyle.MFADelete]).toEqual(['Enabled', 'Enabled'])
    // Never versioned: S3 sends an empty VersioningConfiguration.
    const never = await new S3Client(config(userKeysA)).send(new GetBucketVersioningCommand({ Bucket: 'logs-east' }))
    expect([never.Status, never.MFADelete]).toEqual([undefined, undefined])
    const wrongRegion = await rejectionOf(new S3Client(config(userKeysA)).send(new GetBucketVersioningCommand({ Bucket: 'data-west' })))
    expect([wrongRegion.name, wrongRegion.$metadata?.httpStatusCode]).toEqual(['AuthorizationHeaderMalformed', 400])
    const missing = await rejectionOf(new S3Client(config(userKeysA)).send(new GetBucketVersioningCommand({ Bucket: 'no-such-bucket' })))
    expect([missing.name, missing.$metadata?.httpStatusCode]).toEqual(['NoSuchBucket', 404])
    const notOwner = await rejectionOf(west.send(new GetBucketVersioningCommand({ Bucket: 'data-west', ExpectedBucketOwner: ACCOUNT_B })))
    expect(notOwner.name).toBe('AccessDenied')
    expect(server.calls.filter((c) => c.operation === 'GetBucketVersioning').map((c) => [c.action, c.identifier, c.status])).toEqual([
      ['s3:GetBucketVersioning', 'data-west', 200],
      ['s3:GetBucketVersioning', 'data-west', 200],
      ['s3:GetBucketVersioning', 'logs-east', 200],
      ['s3:GetBucketVersioning', 'data-west', 400],
      ['s3:GetBucketVersioning', 'no-such-bucket', 404],
      ['s3:GetBucketVersioning', 'data-west', 403]
    ])
  })
})

describe('call log', () => {
  test('records every call with its IAM action, account, region, type and outcome', async () => {
    const before = server.calls.length
    const session = await webIdentitySession(server.tokenFor('sts.amazonaws.com'))
    await cloudControl(session, 'us-west-2').send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'data-west' }))
    await rejectionOf(cloudControl(session).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'data-west' })))
    await new S3ControlClient(config(session)).send(new GetPublicAccessBlockCommand({ AccountId: ACCOUNT_A }))
    await new EC2Client(config(session)).send(new DescribeVpcsCommand({}))
    expect(server.calls.slice(before)).toEqual([
      { service: 'sts', operation: 'AssumeRoleWithWebIdentity', action: 'sts:AssumeRoleWithWebIdentity', account: ACCOUNT_A, status: 200 },
      {
        service: 'cloudcontrol',
        operation: 'GetResource',
        action: 'cloudformation:GetResource',
        account: ACCOUNT_A,
        region: 'us-west-2',
        typeName: 'AWS::S3::Bucket',
        identifier: 'data-west',
        status: 200
      },
      {
        service: 'cloudcontrol',
        operation: 'GetResource',
        action: 'cloudformation:GetResource',
        account: ACCOUNT_A,
        region: REGION,
        typeName: 'AWS::S3::Bucket',
        identifier: 'data-west',
        status: 400,
        errorCode: 'GeneralServiceException'
      },
      { service: 's3control', operation: 'GetPublicAccessBlock', action: 's3:GetAccountPublicAccessBlock', account: ACCOUNT_A, region: REGION, status: 200 },
      { service: 'ec2', operation: 'DescribeVpcs', action: 'ec2:DescribeVpcs', account: ACCOUNT_A, region: REGION, status: 200 }
    ])
  })
})
