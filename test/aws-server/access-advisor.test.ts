// The local AWS server's IAM roles and users listing and access advisor (service last accessed data), spoken to
// through the real @aws-sdk/client-iam: ListRoles/ListUsers paging, GenerateServiceLastAccessedDetails' JobId,
// GetServiceLastAccessedDetails IN_PROGRESS then COMPLETED (or FAILED), the services the principal's policies grant
// with the seeded usage, MaxItems/Marker paging, NoSuchEntity and a denied call.
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  ListRolesCommand,
  ListUsersCommand,
  type GetServiceLastAccessedDetailsCommandOutput,
  type ServiceLastAccessed
} from '@aws-sdk/client-iam'
import { seedServiceUsage, startAwsServer, type AccountSeed, type AwsServer } from './index.mjs'
import { restoreEnv } from '../e2e/helpers.js'

const REGION = 'us-east-1'
const ACCOUNT = '333333333333'
const arn = (kind: 'role' | 'user', name: string, path = '/') => `arn:aws:iam::${ACCOUNT}:${kind}${path}${name}`
const ADMIN = arn('role', 'admin')
const APP = arn('role', 'app', '/apps/')
const BROKEN = arn('role', 'broken')
const BOB = arn('user', 'bob')
const CUSTOMER_POLICY = `arn:aws:iam::${ACCOUNT}:policy/tables`
const ALL = ['access-analyzer', 'cloudformation', 'cloudtrail', 'dynamodb', 'ec2', 'iam', 'kms', 'lambda', 'logs', 'rds', 's3', 'sns', 'sqs', 'sts']

const savedEnv = { ...process.env }
let server: AwsServer
let iam: IAMClient

beforeAll(async () => {
  server = await startAwsServer()
  Object.assign(process.env, server.env(), { AWS_REGION: REGION, AWS_EC2_METADATA_DISABLED: 'true' })
  const facts: NonNullable<AccountSeed['facts']> = {}
  seedServiceUsage(facts, ADMIN, { s3: { lastAuthenticated: '2026-11-01T10:00:00Z', region: 'eu-west-1' } }, { createDate: '2024-01-01T00:00:00Z' })
  seedServiceUsage(facts, APP, { sqs: { lastAuthenticated: '2026-06-01T00:00:00Z' } })
  seedServiceUsage(facts, BROKEN, {}, { fails: true })
  server.addAccount({
    id: ACCOUNT,
    facts,
    resources: [
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'admin', Path: '/', Arn: ADMIN, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } },
      {
        type: 'AWS::IAM::Role',
        region: 'global',
        properties: {
          RoleName: 'app',
          Path: '/apps/',
          Policies: [{ PolicyName: 'app', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'sqs:*'], Resource: '*' }, { Effect: 'Deny', Action: 'ec2:*', Resource: '*' }] } }]
        }
      },
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'broken', Path: '/', Arn: BROKEN, ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } },
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'AWSServiceRoleForSupport', Path: '/aws-service-role/support.amazonaws.com/' } },
      { type: 'AWS::IAM::User', region: 'global', properties: { UserName: 'bob', Path: '/', Arn: BOB, Groups: ['devs'] } },
      { type: 'AWS::IAM::Group', region: 'global', properties: { GroupName: 'devs', ManagedPolicyArns: [CUSTOMER_POLICY] } },
      {
        type: 'AWS::IAM::ManagedPolicy',
        region: 'global',
        properties: { PolicyArn: CUSTOMER_POLICY, ManagedPolicyName: 'tables', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] } }
      }
    ]
  })
  iam = new IAMClient({ region: REGION, credentials: server.createUserKeys(ACCOUNT, 'auditor'), maxAttempts: 1 })
})

afterAll(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

afterEach(() => server.clearFaults())

async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

/** Starts a job and polls it until it is no longer IN_PROGRESS; returns every poll's first page. */
async function runJob(principal: string): Promise<GetServiceLastAccessedDetailsCommandOutput[]> {
  const { JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: principal, Granularity: 'SERVICE_LEVEL' }))
  expect(JobId).toMatch(/^[0-9a-f-]{36}$/)
  const polls: GetServiceLastAccessedDetailsCommandOutput[] = []
  for (let i = 0; i < 5; i++) {
    const out = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId }))
    polls.push(out)
    if (out.JobStatus !== 'IN_PROGRESS') return polls
  }
  throw new Error('the job never completed')
}

const namespaces = (services: ServiceLastAccessed[] | undefined) => (services ?? []).map((s) => s.ServiceNamespace)

describe('ListRoles and ListUsers', () => {
  it('list the seeded roles and users with their paths and creation dates, paged with MaxItems and Marker', async () => {
    const first = await iam.send(new ListRolesCommand({ MaxItems: 3 }))
    expect(first.IsTruncated).toBe(true)
    expect(first.Roles).toHaveLength(3)
    const second = await iam.send(new ListRolesCommand({ MaxItems: 3, Marker: first.Marker }))
    expect(second.IsTruncated).toBe(false)
    expect(second.Marker).toBeUndefined()
    const roles = [...first.Roles!, ...second.Roles!]
    expect(roles.map((r) => r.RoleName)).toEqual(['admin', 'app', 'broken', 'AWSServiceRoleForSupport'])
    expect(roles.find((r) => r.RoleName === 'app')).toMatchObject({ Path: '/apps/', Arn: APP })
    expect(roles.find((r) => r.RoleName === 'admin')!.CreateDate).toEqual(new Date('2024-01-01T00:00:00Z'))
    expect(roles.find((r) => r.RoleName === 'app')!.CreateDate).toEqual(new Date('2020-01-01T00:00:00Z'))
    const users = await iam.send(new ListUsersCommand({}))
    expect(users.Users!.map((u) => [u.UserName, u.Arn])).toEqual([['bob', BOB]])
    expect((await rejectionOf(iam.send(new ListRolesCommand({ Marker: 'not-a-marker' })))).name).toBe('InvalidInputException')
  })
})

describe('GenerateServiceLastAccessedDetails and GetServiceLastAccessedDetails', () => {
  it('answer IN_PROGRESS on the first poll, then COMPLETED with every service AdministratorAccess grants and the seeded use', async () => {
    const polls = await runJob(ADMIN)
    expect(polls.map((p) => p.JobStatus)).toEqual(['IN_PROGRESS', 'COMPLETED'])
    expect(polls[0].JobCompletionDate).toBeUndefined()
    expect(polls[0].ServicesLastAccessed).toEqual([])
    const done = polls[1]
    expect(done.JobType).toBe('SERVICE_LEVEL')
    expect(done.JobCreationDate).toBeInstanceOf(Date)
    expect(done.JobCompletionDate).toBeInstanceOf(Date)
    expect(done.IsTruncated).toBe(false)
    expect(namespaces(done.ServicesLastAccessed)).toEqual(ALL)
    const s3 = done.ServicesLastAccessed!.find((s) => s.ServiceNamespace === 's3')
    expect(s3).toEqual({
      ServiceName: 'Amazon S3',
      ServiceNamespace: 's3',
      LastAuthenticated: new Date('2026-11-01T10:00:00Z'),
      LastAuthenticatedEntity: ADMIN,
      LastAuthenticatedRegion: 'eu-west-1',
      TotalAuthenticatedEntities: 1
    })
    expect(done.ServicesLastAccessed!.find((s) => s.ServiceNamespace === 'ec2')).toEqual({ ServiceName: 'Amazon EC2', ServiceNamespace: 'ec2', TotalAuthenticatedEntities: 0 })
  })

  it('list what inline policies, customer managed policies and a user’s groups grant (Allow only)', async () => {
    const app = (await runJob(APP)).at(-1)!
    expect(namespaces(app.ServicesLastAccessed)).toEqual(['s3', 'sqs'])
    expect(app.ServicesLastAccessed!.find((s) => s.ServiceNamespace === 'sqs')!.LastAuthenticated).toEqual(new Date('2026-06-01T00:00:00Z'))
    const bob = (await runJob(BOB)).at(-1)!
    expect(namespaces(bob.ServicesLastAccessed)).toEqual(['dynamodb'])
  })

  it('pages with MaxItems and Marker', async () => {
    const { JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: ADMIN }))
    expect((await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId }))).JobStatus).toBe('IN_PROGRESS')
    const seen: string[] = []
    let marker: string | undefined
    let pages = 0
    do {
      const page = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: 5, Marker: marker }))
      expect(page.JobStatus).toBe('COMPLETED')
      expect(page.ServicesLastAccessed!.length).toBeLessThanOrEqual(5)
      seen.push(...namespaces(page.ServicesLastAccessed).map(String))
      marker = page.IsTruncated ? page.Marker : undefined
      pages++
    } while (marker)
    expect(pages).toBe(3)
    expect(seen).toEqual(ALL)
    const bad = await rejectionOf(iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: 1001 })))
    expect(bad.$metadata?.httpStatusCode).toBe(400)
  })

  it('report a job IAM could not complete as FAILED with its Error', async () => {
    const polls = await runJob(BROKEN)
    const failed = polls.at(-1)!
    expect(failed.JobStatus).toBe('FAILED')
    expect(failed.Error).toEqual({ Code: 'InternalError', Message: 'The report could not be generated.' })
    expect(failed.JobCompletionDate).toBeInstanceOf(Date)
    expect(failed.ServicesLastAccessed).toEqual([])
  })

  it('answer NoSuchEntity for an unknown principal or job, and ValidationError for an unknown granularity', async () => {
    const unknown = await rejectionOf(iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn('role', 'ghost') })))
    expect(unknown.name).toBe('NoSuchEntityException')
    expect(unknown.$metadata?.httpStatusCode).toBe(404)
    const otherAccount = await rejectionOf(iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: 'arn:aws:iam::444444444444:role/admin' })))
    expect(otherAccount.name).toBe('NoSuchEntityException')
    const noJob = await rejectionOf(iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: '00000000-0000-0000-0000-000000000000' })))
    expect(noJob.name).toBe('NoSuchEntityException')
    const granularity = await rejectionOf(iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: ADMIN, Granularity: 'RESOURCE_LEVEL' as never })))
    expect(granularity.$metadata?.httpStatusCode).toBe(400)
  })

  it('can be denied, for one principal or all', async () => {
    server.addFault({ kind: 'deny', service: 'iam', operation: 'GenerateServiceLastAccessedDetails', identifier: APP })
    const denied = await rejectionOf(iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: APP })))
    expect(denied.name).toMatch(/AccessDenied/)
    expect(denied.$metadata?.httpStatusCode).toBe(403)
    expect((await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: ADMIN }))).JobId).toBeDefined()
    const calls = server.calls.filter((c) => c.operation === 'GenerateServiceLastAccessedDetails').slice(-2)
    expect(calls.map((c) => [c.action, c.identifier, c.status])).toEqual([
      ['iam:GenerateServiceLastAccessedDetails', APP, 403],
      ['iam:GenerateServiceLastAccessedDetails', ADMIN, 200]
    ])
  })
})
