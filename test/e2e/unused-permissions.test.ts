// Unused permissions end to end: the whole pipeline (settings → live scan against the local AWS server → rules →
// report model) over an account whose administrator role used one service in 90 days. The access advisor jobs are
// started, polled through IN_PROGRESS with the scan's sleep, and read; the saved inventory judges the same offline;
// unused-permission-days (the setting, or the config file's key) moves the window; a denied
// GenerateServiceLastAccessedDetails, or a job IAM reports FAILED, is a ledger entry and the rest of the scan stands.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, type RawSettings } from '../../src/config.js'
import { runPipeline } from '../../src/pipeline.js'
import { writeInventoryFile } from '../../src/sources/inventory-file.js'
import type { CoverageEntry, Evaluation } from '../../src/types.js'
import { seedServiceUsage, startAwsServer, type AccountSeed, type AwsServer } from '../aws-server/index.mjs'
import { restoreEnv } from './helpers.js'

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const RULE = 'iam-principal-no-unused-permissions'
const FACT = 'Plumbline::IAM::ServiceLastAccessed'
const DAY = 86_400_000
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/ops-admin`
const APP = `arn:aws:iam::${ACCOUNT}:role/app`
const CI = `arn:aws:iam::${ACCOUNT}:user/ci`
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

let server: AwsServer
const savedEnv = { ...process.env }

function seed(extra: (facts: NonNullable<AccountSeed['facts']>) => void = () => undefined): void {
  const facts: NonNullable<AccountSeed['facts']> = {}
  seedServiceUsage(facts, ADMIN, { s3: { lastAuthenticated: daysAgo(10) }, iam: { lastAuthenticated: daysAgo(200) } }, { createDate: '2024-01-01T00:00:00Z' })
  seedServiceUsage(facts, APP, { s3: { lastAuthenticated: daysAgo(3) } })
  extra(facts)
  server.addAccount({
    id: ACCOUNT,
    facts,
    resources: [
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'ops-admin', Path: '/', Arn: ADMIN, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } },
      {
        type: 'AWS::IAM::Role',
        region: 'global',
        properties: { RoleName: 'app', Path: '/', Arn: APP, Policies: [{ PolicyName: 'read', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } }] }
      },
      { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'AWSServiceRoleForSupport', Path: '/aws-service-role/support.amazonaws.com/', Arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport` } },
      { type: 'AWS::IAM::User', region: 'global', properties: { UserName: 'ci', Path: '/', Arn: CI } },
      { type: 'AWS::EC2::SecurityGroup', region: REGION, properties: { Id: 'sg-0123', GroupId: 'sg-0123', GroupName: 'web', GroupDescription: 'web', VpcId: 'vpc-1' } }
    ]
  })
}

beforeAll(async () => {
  server = await startAwsServer()
  seed()
  const keys = server.createUserKeys(ACCOUNT, 'auditor')
  Object.assign(process.env, server.env(), { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey, AWS_REGION: REGION, AWS_EC2_METADATA_DISABLED: 'true' })
  delete process.env.AWS_SESSION_TOKEN
  delete process.env.AWS_PROFILE
})

afterAll(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

afterEach(() => {
  server.clearFaults()
  seed()
})

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-unused-'))
  mkdirSync(join(dir, '.git'))
  return dir
}

const config = (dir: string, raw: RawSettings) =>
  buildConfig({ 'aws-region': REGION, 'output-dir': join(dir, 'out'), ...raw }, { cwd: dir, defaultFallbackLocation: 'README.md', nameOf: (s) => `--${s.cli ?? s.input}`, env: process.env, liveDefault: 'off' })

const LIVE: RawSettings = { live: 'true', 'resource-types': ['AWS::IAM::Role,AWS::IAM::User,AWS::EC2::SecurityGroup', FACT].join(',') }

async function scan(dir: string, raw: RawSettings = LIVE, sleeps: number[] = []) {
  return runPipeline(config(dir, raw), {}, () => new Date(), {
    mask: () => undefined,
    env: process.env,
    sleep: async (ms) => {
      sleeps.push(ms)
    }
  })
}

const verdicts = (evaluations: readonly Evaluation[], rule = RULE) =>
  evaluations
    .filter((e) => e.rule === rule)
    .map((e) => `${e.resource.id} ${e.status} ${e.severity}`)
    .sort()
const entry = (coverage: readonly CoverageEntry[], type: string) => coverage.find((c) => c.type === type)

describe('a live scan judges unused permissions', () => {
  it('finds the administrator holding services it has not used, and judges the saved inventory the same offline', async () => {
    const dir = workspace()
    const sleeps: number[] = []
    const { model, inventory } = await scan(dir, LIVE, sleeps)
    expect(verdicts(model.evaluations)).toEqual(['app pass medium', 'ci pass medium', 'ops-admin fail high'])
    const admin = model.evaluations.find((e) => e.rule === RULE && e.resource.id === 'ops-admin')!
    const granted = '(AWS-managed AdministratorAccess)'
    expect(admin.message).toBe(
      `Role ops-admin (an administrator: AWS-managed AdministratorAccess) holds 13 of 14 granted services unused for 90 days or more: never used: ` +
        ['access-analyzer', 'cloudformation', 'cloudtrail', 'dynamodb', 'ec2', 'kms', 'lambda', 'logs', 'rds', 'sns', 'sqs', 'sts'].map((ns) => `${ns} ${granted}`).join(', ') +
        `; not used for 90 days or more: iam (AWS-managed AdministratorAccess; last used 200 days before). Used within 90 days: s3`
    )
    expect(model.evaluations.find((e) => e.rule === RULE && e.resource.id === 'ci')!.message).toBe('User ci is granted no service by its permissions policies')
    // The service-linked role is neither read nor judged; the others' facts are in the ledger and the inventory.
    expect(entry(model.coverage, FACT)).toMatchObject({ account: ACCOUNT, region: 'global', state: 'scanned', count: 3 })
    expect(inventory!.resources.filter((r) => r.type === FACT).map((r) => r.id).sort()).toEqual([APP, ADMIN, CI].sort())
    const adminFact = inventory!.resources.find((r) => r.id === ADMIN)!
    expect(adminFact.properties).toMatchObject({ PrincipalArn: ADMIN, PrincipalType: 'Role', Path: '/', CreateDate: '2024-01-01T00:00:00.000Z' })
    expect((adminFact.properties.Services as unknown[]).find((s) => (s as { ServiceNamespace: string }).ServiceNamespace === 's3')).toMatchObject({ LastAuthenticatedEntity: ADMIN, LastAuthenticatedRegion: 'us-east-1', TotalAuthenticatedEntities: 1 })
    // Every job answered IN_PROGRESS once: one wait each, through the scan's sleep, the first of the backoff.
    const generated = server.calls.filter((c) => c.operation === 'GenerateServiceLastAccessedDetails')
    expect(generated.map((c) => c.identifier).sort()).toEqual([APP, ADMIN, CI].sort())
    expect(sleeps.filter((ms) => ms === 500)).toHaveLength(3)

    const saved = join(dir, 'inventory.json')
    await writeInventoryFile(saved, inventory!)
    const calls = server.calls.length
    const offline = await runPipeline(config(dir, { inventory: saved }))
    expect(server.calls.length).toBe(calls)
    expect(offline.model.evaluations.filter((e) => e.rule === RULE).map((e) => [e.resource.id, e.status, e.severity, e.message])).toEqual(
      model.evaluations.filter((e) => e.rule === RULE).map((e) => [e.resource.id, e.status, e.severity, e.message])
    )

    // unused-permission-days: the setting (5: s3, used 10 days ago, is unused too), else the config file's key (365: iam is used).
    const tighter = await runPipeline(config(dir, { inventory: saved, 'unused-permission-days': '5' }))
    const app = tighter.model.evaluations.find((e) => e.rule === RULE && e.resource.id === 'app')!
    expect(app.status).toBe('pass')
    expect(tighter.model.evaluations.find((e) => e.rule === RULE && e.resource.id === 'ops-admin')!.message).toContain('holds 14 of 14 granted services unused for 5 days or more')
    writeFileSync(join(dir, '.plumbline.yml'), 'unused-permission-days: 365\n')
    const looser = await runPipeline(config(dir, { inventory: saved }))
    expect(looser.model.evaluations.find((e) => e.rule === RULE && e.resource.id === 'ops-admin')!.message).toContain('holds 12 of 14 granted services unused for 365 days or more: never used: ')
    const both = await runPipeline(config(dir, { inventory: saved, 'unused-permission-days': '5' }))
    expect(both.model.evaluations.find((e) => e.rule === RULE && e.resource.id === 'ops-admin')!.message).toContain('unused for 5 days or more')
    expect(both.model.run.inputs).toMatchObject({ unusedPermissionDays: 5 })
  })

  it('records a denied GenerateServiceLastAccessedDetails in the ledger, leaves the principals unknown and the rest of the scan intact', async () => {
    server.addFault({ kind: 'deny', service: 'iam', operation: 'GenerateServiceLastAccessedDetails' })
    const { model } = await scan(workspace())
    const denied = entry(model.coverage, FACT)!
    expect(denied).toMatchObject({ account: ACCOUNT, region: 'global', state: 'denied', count: 0 })
    expect(denied.error).toMatch(/^3 of 3 could not be read \(.*\): AccessDenied/)
    expect(verdicts(model.evaluations)).toEqual(['app unknown medium', 'ci unknown medium', 'ops-admin unknown medium'])
    // Everything else was read and judged.
    expect(entry(model.coverage, 'AWS::IAM::Role')).toMatchObject({ state: 'scanned', count: 3 })
    expect(entry(model.coverage, 'AWS::EC2::SecurityGroup')).toMatchObject({ state: 'scanned', count: 1 })
    expect(verdicts(model.evaluations, 'iam-no-administrator-access-attached')).toContain('ops-admin fail critical')
    expect(model.run.warnings.join('\n')).toMatch(/coverage is incomplete: 1 of \d+ .*Plumbline::IAM::ServiceLastAccessed denied/)
  })

  it('counts a job IAM reports FAILED in the ledger entry, and keeps the other principals’ facts', async () => {
    seed((facts) => seedServiceUsage(facts, APP, {}, { fails: true }))
    const { model } = await scan(workspace())
    const partial = entry(model.coverage, FACT)!
    expect(partial).toMatchObject({ state: 'failed', count: 2 })
    expect(partial.error).toBe(`1 of 3 could not be read (${APP}): the access advisor job for ${APP} failed (InternalError: The report could not be generated.)`)
    expect(verdicts(model.evaluations)).toEqual(['app unknown medium', 'ci pass medium', 'ops-admin fail high'])
  })
})
