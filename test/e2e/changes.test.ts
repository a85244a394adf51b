// The changes mode and who-changed end to end: the CLI (runCli, in process, so it runs this checkout's sources; the
// committed bundle is rebuilt separately) against the local AWS server through the real SDK clients. A full live
// scan writes the inventory; then the account is changed "by hand" (the server's model edited, and the CloudTrail
// record of the call written to its event history, shaped as CloudTrail documents it) and `scan --live --since`
// patches the inventory from CloudTrail's events: only what an event names is read again (Cloud Control
// GetResource), a deleted resource leaves, an event no table knows is ignored with a note, and the drift entries
// name who made the last write.
// S3 answers a bucket at <bucket>.localhost (virtual-hosted style), which the system resolver does not know.
import '../aws-server/resolve-localhost.mjs'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli.js'
import { startAwsServer, trailRecord, type AwsServer, type ReceivedCall, type ResourceSeed } from '../aws-server/index.mjs'
import { exampleWorkspace, restoreEnv, STATE_EGRESS_ALL, tfstate, type StateInstance } from './helpers.js'

type Json = Record<string, any>

const ACCOUNT = '444455556666'
const REGION = 'eu-west-1'
const TYPES = 'AWS::EC2::VPC,AWS::EC2::SecurityGroup,AWS::S3::Bucket,AWS::IAM::Role'
const ONCALL = { role: 'oncall', session: 'alice@example.com' }
const ONCALL_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/oncall/alice@example.com`

// ---- Terraform's side: raw .tfstate v4, as `terraform apply` leaves it ----

type Instance = StateInstance

const sgRule = (port: number, cidr: string, description = '') => ({ cidr_blocks: [cidr], description, from_port: port, to_port: port, protocol: 'tcp', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false })
const egressAll = STATE_EGRESS_ALL
const sgState = (name: string, id: string, port: number, cidr: string): Instance => ({
  type: 'aws_security_group',
  name,
  attributes: { id, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/${id}`, name, description: name, vpc_id: 'vpc-0app', ingress: [sgRule(port, cidr, name)], egress: [egressAll], tags: {}, tags_all: {}, revoke_rules_on_delete: false }
})
const bucketState = (name: string, bucket: string): Instance => ({
  type: 'aws_s3_bucket',
  name,
  attributes: { id: bucket, bucket, arn: `arn:aws:s3:::${bucket}`, tags: {}, tags_all: {}, force_destroy: false }
})
const STATE: Instance[] = [
  { type: 'aws_vpc', name: 'app', attributes: { id: 'vpc-0app', arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0app`, cidr_block: '10.1.0.0/16', enable_dns_support: true, enable_dns_hostnames: true, instance_tenancy: 'default', tags: {}, tags_all: {} } },
  sgState('web', 'sg-0web', 443, '0.0.0.0/0'),
  sgState('db', 'sg-0db', 5432, '10.1.0.0/16'),
  bucketState('reports', 'acme-reports-4444'),
  bucketState('exports', 'acme-exports-4444')
]

// ---- The live side ----

const sgSeed = (id: string, port: number, cidr: string, description: string): ResourceSeed => ({
  type: 'AWS::EC2::SecurityGroup',
  region: REGION,
  properties: { Id: id, GroupId: id, GroupName: id.slice(4), GroupDescription: id.slice(4), VpcId: 'vpc-0app', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, CidrIp: cidr, Description: description }], SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] }
})
const bucketSeed = (bucket: string): ResourceSeed => ({ type: 'AWS::S3::Bucket', region: REGION, properties: { BucketName: bucket, Arn: `arn:aws:s3:::${bucket}` } })
const WEB = sgSeed('sg-0web', 443, '0.0.0.0/0', 'web')
// A role made in the console: unmanaged, global (IAM records its events in us-east-1).
const DEPLOY: ResourceSeed = {
  type: 'AWS::IAM::Role',
  region: 'global',
  properties: { RoleName: 'deploy', Path: '/', Arn: `arn:aws:iam::${ACCOUNT}:role/deploy`, AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, ManagedPolicyArns: [] }
}
const DB = sgSeed('sg-0db', 5432, '10.1.0.0/16', 'db')

function seedAccount(): void {
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: ['us-east-1', REGION],
    resources: [
      { type: 'AWS::EC2::VPC', region: REGION, properties: { VpcId: 'vpc-0app', CidrBlock: '10.1.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true, InstanceTenancy: 'default' } },
      WEB,
      DB,
      // Made in the console long ago: unmanaged, and CloudTrail's 90 days hold nothing on it.
      sgSeed('sg-0manual', 8080, '10.1.0.0/16', 'manual'),
      bucketSeed('acme-reports-4444'),
      bucketSeed('acme-exports-4444'),
      DEPLOY
    ]
  })
}

// ---- The CLI, in process ----

let server: AwsServer
const savedEnv = { ...process.env }

beforeAll(async () => {
  server = await startAwsServer()
  seedAccount()
  const keys = server.createUserKeys(ACCOUNT, 'auditor')
  Object.assign(process.env, server.env(), { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey, AWS_REGION: REGION, AWS_EC2_METADATA_DISABLED: 'true' })
  for (const name of ['AWS_SESSION_TOKEN', 'AWS_PROFILE', 'GITHUB_ACTIONS', 'GITHUB_EVENT_NAME']) delete process.env[name]
})

afterAll(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

afterEach(() => {
  server.clearFaults()
  server.trail.clear()
  seedAccount()
})

interface Run {
  code: number
  stdout: string
  stderr: string
  /** The calls the local AWS server received during this run. */
  calls: ReceivedCall[]
}

async function cli(workspace: string, ...args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const before = server.calls.length
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: workspace, env: process.env })
  return { code, stdout, stderr, calls: server.calls.slice(before) }
}

const read = (workspace: string, file: string): Json => JSON.parse(readFileSync(join(workspace, file), 'utf8'))
const scanArgs = (out: string, ...more: string[]) => ['scan', '--live', '--region', REGION, '--resource-types', TYPES, '--state', 'terraform.tfstate', '--out', out, '--fail-on', 'none', ...more]

/** A workspace with the state, and the full live scan whose inventory the changes mode starts from. */
async function fullScan(...more: string[]): Promise<{ workspace: string; inventory: Json }> {
  const workspace = exampleWorkspace()
  writeFileSync(join(workspace, 'terraform.tfstate'), tfstate(STATE, 'b9f2c1d4-0000-4000-8000-000000000016'))
  const full = await cli(workspace, ...scanArgs('full', ...more))
  if (full.code !== 0) throw new Error(`full scan failed (${full.code}): ${full.stderr}`)
  const inventory = read(workspace, 'full/plumbline-inventory.json')
  // CloudTrail writes event times to the second: changes made "after the scan" are made in a later second.
  const wait = Date.parse(inventory.scannedAt) + 1000 - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  return { workspace, inventory }
}

/** SSH opened to the internet on a group by hand: the model changed, and the call in CloudTrail's event history. */
function openSsh(group: ResourceSeed, identity: { role: string; session: string } | { user: string } = ONCALL): void {
  const properties = structuredClone(group.properties)
  ;(properties.SecurityGroupIngress as unknown[]).push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', Description: 'vendor access' })
  server.putResource(ACCOUNT, { ...group, properties })
  const groupId = group.properties.GroupId as string
  server.recordTrailEvent({
    record: trailRecord({
      account: ACCOUNT,
      region: REGION,
      eventSource: 'ec2.amazonaws.com',
      eventName: 'AuthorizeSecurityGroupIngress',
      identity,
      // As CloudTrail records the EC2 Query API call: lists as { items: [...] }.
      requestParameters: {
        groupId,
        ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0', description: 'vendor access' }] }, ipv6Ranges: {}, prefixListIds: {} }] }
      },
      responseElements: {
        requestId: '1e2b3c4d-0000-4000-8000-000000000022',
        _return: true,
        securityGroupRuleSet: { items: [{ groupOwnerId: ACCOUNT, groupId, securityGroupRuleId: 'sgr-0a1b2c3d4e5f60718', isEgress: false, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0', description: 'vendor access' }] }
      }
    })
  })
}

function deleteBucket(bucket: string): void {
  expect(server.removeResource(ACCOUNT, 'AWS::S3::Bucket', bucket)).toBe(true)
  server.recordTrailEvent({
    record: trailRecord({
      account: ACCOUNT,
      region: REGION,
      eventSource: 's3.amazonaws.com',
      eventName: 'DeleteBucket',
      identity: { user: 'bob' },
      requestParameters: { bucketName: bucket, Host: `${bucket}.s3.${REGION}.amazonaws.com` },
      responseElements: null,
      resources: [{ type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }]
    })
  })
}

const cloudControl = (run: Run, operation: string) => run.calls.filter((c) => c.service === 'cloudcontrol' && c.operation === operation)
const failing = (results: Json, rule: string) =>
  (results.evaluations as Json[]).filter((e) => e.rule === rule && e.resource.origin === 'live' && e.status === 'fail').map((e) => e.resource.id as string).sort()

describe('plumbline scan --live --since', () => {
  it('finds an SG opened by hand after the last scan, reading only that group again, and writes the patched inventory', async () => {
    const { workspace, inventory: scanned } = await fullScan()
    expect(failing(read(workspace, 'full/plumbline-results.json'), 'ec2-sg-no-public-ssh')).toEqual([])
    expect(scanned.resources.map((r: Json) => r.id).sort()).toEqual(['acme-exports-4444', 'acme-reports-4444', 'deploy', 'sg-0db', 'sg-0manual', 'sg-0web', 'vpc-0app'])
    // The inventory's ledger says what was read of the estate: who-changed's lookups of that run are not in it.
    expect(scanned.coverage.filter((c: Json) => c.type.startsWith('Plumbline::CloudTrail::'))).toEqual([])
    // The nightly scan ran an hour ago (the patched inventory's time moves only for runs beyond the delivery overlap).
    const inventory: Json = { ...scanned, scannedAt: new Date(Date.parse(scanned.scannedAt) - 3600_000).toISOString() }
    writeFileSync(join(workspace, 'nightly.json'), JSON.stringify(inventory))

    openSsh(WEB)
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'nightly.json'))
    expect(run.stderr).not.toMatch(/plumbline: (warning|the run)/)
    expect(run.code).toBe(0)
    // Only that group is read again: one GetResource, of its identifier; the estate is not listed.
    expect(cloudControl(run, 'GetResource').map((c) => `${c.typeName} ${c.identifier}`)).toEqual(['AWS::EC2::SecurityGroup sg-0web'])
    expect(cloudControl(run, 'ListResources')).toEqual([])
    expect(run.stderr).toContain(`changes since ${inventory.scannedAt}: 1 write event(s) in CloudTrail; 1 resource(s) read again, 0 deleted, 0 type(s) listed again`)

    const results = read(workspace, 'changes/plumbline-results.json')
    expect(failing(results, 'ec2-sg-no-public-ssh')).toEqual(['sg-0web'])
    expect(results.run.changes).toMatchObject({ since: inventory.scannedAt, events: 1, ignored: [], reread: 1, removed: 0, failed: 0, relisted: 0 })
    expect(results.drift.map((d: Json) => `${d.class} ${d.resource.id}`)).toEqual(['changed sg-0web', 'unmanaged sg-0manual', 'unmanaged deploy'])

    // The patched inventory: the group as read now, the rest as the inventory held it, a new scan time.
    const patched = read(workspace, 'changes/plumbline-inventory.json')
    // Its new time: when CloudTrail was read, less the 15 minutes CloudTrail may take to show an event.
    expect(patched.scannedAt).toBe(new Date(Date.parse(results.run.changes.until) - 15 * 60_000).toISOString())
    expect(Date.parse(patched.scannedAt)).toBeGreaterThan(Date.parse(inventory.scannedAt))
    expect(patched.resources.map((r: Json) => r.id).sort()).toEqual(inventory.resources.map((r: Json) => r.id).sort())
    const web = patched.resources.find((r: Json) => r.id === 'sg-0web')
    expect(web.properties.SecurityGroupIngress).toContainEqual(expect.objectContaining({ FromPort: 22, CidrIp: '0.0.0.0/0' }))
    const others = (file: Json) => file.resources.filter((r: Json) => r.id !== 'sg-0web')
    expect(others(patched)).toEqual(others(inventory))
    const events = patched.coverage.filter((c: Json) => c.type === 'Plumbline::CloudTrail::ChangeEvents')
    // The events of the scanned region, and of us-east-1 where IAM (global) records its own.
    expect(events).toEqual([
      { account: ACCOUNT, region: REGION, type: 'Plumbline::CloudTrail::ChangeEvents', state: 'scanned', count: 1, read: 'full' },
      { account: ACCOUNT, region: 'us-east-1', type: 'Plumbline::CloudTrail::ChangeEvents', state: 'scanned', count: 0, read: 'full' }
    ])
  })

  it('removes a bucket deleted by hand from the inventory and the results', async () => {
    const { workspace, inventory } = await fullScan()
    expect(inventory.resources.some((r: Json) => r.id === 'acme-exports-4444')).toBe(true)
    deleteBucket('acme-exports-4444')
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'full/plumbline-inventory.json'))
    expect(run.code).toBe(0)
    expect(cloudControl(run, 'GetResource').map((c) => `${c.typeName} ${c.identifier} ${c.errorCode}`)).toEqual(['AWS::S3::Bucket acme-exports-4444 ResourceNotFoundException'])
    expect(cloudControl(run, 'ListResources')).toEqual([])
    const patched = read(workspace, 'changes/plumbline-inventory.json')
    expect(patched.resources.map((r: Json) => r.id)).not.toContain('acme-exports-4444')
    expect(patched.resources).toHaveLength(inventory.resources.length - 1)
    expect(patched.coverage.find((c: Json) => c.type === 'AWS::S3::Bucket')).toMatchObject({ state: 'scanned', count: 1 })
    const results = read(workspace, 'changes/plumbline-results.json')
    expect(results.run.changes).toMatchObject({ events: 1, reread: 0, removed: 1 })
    expect((results.evaluations as Json[]).filter((e) => e.resource.origin === 'live' && e.resource.id === 'acme-exports-4444')).toEqual([])
    // Terraform still holds it: missing, named with who deleted it.
    const missing = (results.drift as Json[]).find((d) => d.resource.id === 'acme-exports-4444')
    expect(missing).toMatchObject({ class: 'missing', lastChange: { principal: `arn:aws:iam::${ACCOUNT}:user/bob`, eventName: 'DeleteBucket' } })
  })

  it('reads a changed fact (a bucket\'s versioning) with its own service\'s API, not Cloud Control, and patches it', async () => {
    const versioned = (status: string): ResourceSeed => ({ ...bucketSeed('acme-reports-4444'), properties: { ...bucketSeed('acme-reports-4444').properties, VersioningConfiguration: { Status: status } } })
    server.putResource(ACCOUNT, versioned('Enabled'))
    const types = ['--resource-types', `${TYPES},Plumbline::S3::BucketVersioning`]
    const { workspace, inventory } = await fullScan(...types)
    const fact = (file: Json, bucket: string) => file.resources.find((r: Json) => r.type === 'Plumbline::S3::BucketVersioning' && r.id === bucket)
    expect(fact(inventory, 'acme-reports-4444').properties).toEqual({ Bucket: 'acme-reports-4444', Status: 'Enabled' })

    server.putResource(ACCOUNT, versioned('Suspended'))
    server.recordTrailEvent({
      record: trailRecord({
        account: ACCOUNT,
        region: REGION,
        eventSource: 's3.amazonaws.com',
        eventName: 'PutBucketVersioning',
        identity: ONCALL,
        requestParameters: { bucketName: 'acme-reports-4444', Host: `acme-reports-4444.s3.${REGION}.amazonaws.com`, versioning: '', VersioningConfiguration: { Status: 'Suspended' } },
        responseElements: null,
        resources: [{ type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::acme-reports-4444' }]
      })
    })
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'full/plumbline-inventory.json', ...types))
    expect(run.stderr).not.toMatch(/plumbline: (warning|the run)/)
    expect(run.code).toBe(0)
    // The bucket through Cloud Control; its versioning, which Cloud Control has no type for, through S3 itself,
    // for that bucket alone (ListBuckets says it is still in this region), not for every bucket of the region.
    expect(cloudControl(run, 'GetResource').map((c) => `${c.typeName} ${c.identifier}`)).toEqual(['AWS::S3::Bucket acme-reports-4444'])
    expect(run.calls.filter((c) => c.service === 's3').map((c) => `${c.operation} ${c.identifier ?? ''}`.trim())).toEqual(['ListBuckets', 'GetBucketVersioning acme-reports-4444'])
    // A bucket is in no VPC: the default VPC is not looked up for it.
    expect(run.calls.filter((c) => c.operation === 'DescribeVpcs')).toEqual([])
    const patched = read(workspace, 'changes/plumbline-inventory.json')
    expect(fact(patched, 'acme-reports-4444').properties).toEqual({ Bucket: 'acme-reports-4444', Status: 'Suspended' })
    expect(fact(patched, 'acme-exports-4444')).toEqual(fact(inventory, 'acme-exports-4444'))
    expect(patched.resources).toHaveLength(inventory.resources.length)
    expect(patched.coverage.filter((c: Json) => c.state !== 'scanned')).toEqual([])
    const versioningEntry = (file: Json) => file.coverage.find((c: Json) => c.type === 'Plumbline::S3::BucketVersioning')
    expect(versioningEntry(patched)).toEqual(versioningEntry(inventory))
    expect(versioningEntry(patched)).toMatchObject({ region: REGION, state: 'scanned', count: 2 })
    expect(read(workspace, 'changes/plumbline-results.json').run.changes).toMatchObject({ events: 1, reread: 2, relisted: 0, failed: 0 })

    // The other bucket deleted: its versioning fact leaves with it (S3 no longer lists it), without a failed read.
    deleteBucket('acme-exports-4444')
    const after = await cli(workspace, ...scanArgs('after-delete', '--since', 'changes/plumbline-inventory.json', ...types))
    expect(after.code).toBe(0)
    // The delivery overlap reads the versioning change again (its bucket is still there); the deleted one is not read.
    expect(after.calls.filter((c) => c.operation === 'GetBucketVersioning').map((c) => c.identifier)).toEqual(['acme-reports-4444'])
    const pruned = read(workspace, 'after-delete/plumbline-inventory.json')
    expect(fact(pruned, 'acme-exports-4444')).toBeUndefined()
    expect(fact(pruned, 'acme-reports-4444')).toEqual(fact(patched, 'acme-reports-4444'))
    expect(read(workspace, 'after-delete/plumbline-results.json').run.changes).toMatchObject({ events: 2, reread: 2, removed: 2, failed: 0 })
  })

  it('ignores an event no table knows, with a note, and reads nothing for it', async () => {
    const { workspace, inventory } = await fullScan()
    server.recordTrailEvent({
      record: trailRecord({ account: ACCOUNT, region: REGION, eventSource: 'quicksight.amazonaws.com', eventName: 'CreateDashboard', identity: ONCALL, requestParameters: { awsAccountId: ACCOUNT, dashboardId: 'sales' } })
    })
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'full/plumbline-inventory.json'))
    expect(run.code).toBe(0)
    const note = 'unknown event: quicksight.amazonaws.com CreateDashboard (no table for quicksight.amazonaws.com)'
    expect(run.stderr).toContain(`changes since ${inventory.scannedAt}: 1 write event(s) in CloudTrail; 0 resource(s) read again, 0 deleted, 0 type(s) listed again; ignored: 1 × ${note}`)
    expect(read(workspace, 'changes/plumbline-results.json').run.changes).toMatchObject({ events: 1, ignored: [{ reason: note, count: 1 }], reread: 0 })
    expect(cloudControl(run, 'GetResource')).toEqual([])
    expect(cloudControl(run, 'ListResources')).toEqual([])
  })

  it('handles the changes made before one run (a pending run cancelled by the concurrency group), in a region and in IAM', async () => {
    const { workspace } = await fullScan()
    // Three changes, three wake-ups; GitHub keeps one pending run per concurrency group and cancels the others.
    openSsh(WEB)
    openSsh(DB, { user: 'bob' })
    // AdministratorAccess attached to the console-made role: IAM's event, in us-east-1's history.
    server.putResource(ACCOUNT, { ...DEPLOY, properties: { ...DEPLOY.properties, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } })
    server.recordTrailEvent({
      record: trailRecord({ account: ACCOUNT, region: 'us-east-1', eventSource: 'iam.amazonaws.com', eventName: 'AttachRolePolicy', identity: ONCALL, requestParameters: { roleName: 'deploy', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } })
    })
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'full/plumbline-inventory.json'))
    expect(run.code).toBe(0)
    expect(cloudControl(run, 'GetResource').map((c) => `${c.typeName} ${c.identifier}`).sort()).toEqual(['AWS::EC2::SecurityGroup sg-0db', 'AWS::EC2::SecurityGroup sg-0web', 'AWS::IAM::Role deploy'])
    expect(cloudControl(run, 'ListResources')).toEqual([])
    // Both histories read: the scanned region's and the global types' (us-east-1).
    expect(run.calls.filter((c) => c.operation === 'LookupEvents' && c.status === 200).map((c) => c.region)).toEqual(expect.arrayContaining([REGION, 'us-east-1']))
    const results = read(workspace, 'changes/plumbline-results.json')
    expect(results.run.changes).toMatchObject({ events: 3, reread: 3, ignored: [] })
    expect(failing(results, 'ec2-sg-no-public-ssh')).toEqual(['sg-0db', 'sg-0web'])
    const deploy = read(workspace, 'changes/plumbline-inventory.json').resources.find((r: Json) => r.id === 'deploy')
    expect(deploy).toMatchObject({ region: 'global', properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } })
    const drift = new Map((results.drift as Json[]).map((d) => [d.resource.id, d]))
    expect(drift.get('sg-0web')).toMatchObject({ class: 'changed', lastChange: { principal: ONCALL_ARN, eventName: 'AuthorizeSecurityGroupIngress' } })
    expect(drift.get('sg-0db')).toMatchObject({ class: 'changed', lastChange: { principal: `arn:aws:iam::${ACCOUNT}:user/bob`, eventName: 'AuthorizeSecurityGroupIngress' } })
    expect(drift.get('deploy')).toMatchObject({ class: 'unmanaged', lastChange: { principal: ONCALL_ARN, sessionName: 'alice@example.com', eventName: 'AttachRolePolicy' } })
  })

  it('names who changed each drifted resource in the results and the SARIF, and "not found" where CloudTrail holds nothing', async () => {
    const { workspace } = await fullScan()
    openSsh(WEB)
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'full/plumbline-inventory.json'))
    expect(run.code).toBe(0)
    const results = read(workspace, 'changes/plumbline-results.json')
    const web = (results.drift as Json[]).find((d) => d.resource.id === 'sg-0web')!
    expect(web.lastChange).toEqual({ principal: ONCALL_ARN, sessionName: 'alice@example.com', eventName: 'AuthorizeSecurityGroupIngress', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) })
    expect(Date.parse(web.lastChange.time)).toBeLessThanOrEqual(Date.now())
    // The live finding labelled drift carries it too.
    const ssh = (results.evaluations as Json[]).find((e) => e.rule === 'ec2-sg-no-public-ssh' && e.resource.origin === 'live' && e.resource.id === 'sg-0web')!
    expect(ssh).toMatchObject({ status: 'fail', delta: 'drift', lastChange: web.lastChange })
    // Unmanaged, and nothing in CloudTrail: null.
    expect((results.drift as Json[]).find((d) => d.resource.id === 'sg-0manual')).toMatchObject({ class: 'unmanaged', lastChange: null })
    expect((results.drift as Json[]).find((d) => d.resource.id === 'deploy')).toMatchObject({ class: 'unmanaged', lastChange: null })
    // One lookup per resource, in the history that holds its events: the region's, and us-east-1 for IAM.
    expect(results.coverage.filter((c: Json) => c.type === 'Plumbline::CloudTrail::LastChanges')).toEqual([
      { account: ACCOUNT, region: REGION, type: 'Plumbline::CloudTrail::LastChanges', state: 'scanned', count: 2, read: 'full' },
      { account: ACCOUNT, region: 'us-east-1', type: 'Plumbline::CloudTrail::LastChanges', state: 'scanned', count: 1, read: 'full' }
    ])
    // Answered LookupEvents: the changes mode's one per history, then who-changed's one per resource (a call
    // CloudTrail throttled, at 2 per second per region, is sent again).
    expect(run.calls.filter((c) => c.operation === 'LookupEvents' && c.status === 200)).toHaveLength(2 + 3)

    const sarif = read(workspace, 'changes/plumbline.sarif')
    const texts = (sarif.runs as Json[]).flatMap((r) => r.results as Json[]).map((r) => `${r.ruleId}: ${r.message.text}`)
    const named = `Last changed by ${ONCALL_ARN} with AuthorizeSecurityGroupIngress at ${web.lastChange.time}.`
    expect(texts.find((t) => t.startsWith('plumbline-drift-changed') && t.includes('sg-0web'))).toContain(named)
    expect(texts.find((t) => t.startsWith('ec2-sg-no-public-ssh') && t.includes('sg-0web'))).toContain(named)
    expect(texts.find((t) => t.startsWith('plumbline-drift-unmanaged') && t.includes('sg-0manual'))).toContain('CloudTrail holds no write on it in the last 90 days.')
  })

  it('goes on when cloudtrail:LookupEvents is denied: the drift stays without lastChange, the ledger records the denial', async () => {
    const { workspace, inventory } = await fullScan()
    openSsh(WEB)
    server.addFault({ kind: 'deny', service: 'cloudtrail', operation: 'LookupEvents' })
    const run = await cli(workspace, ...scanArgs('changes', '--since', 'full/plumbline-inventory.json'))
    expect(run.code).toBe(0)
    const results = read(workspace, 'changes/plumbline-results.json')
    // Nothing could be read of the changes: the inventory's resources stand, and nothing was read again.
    expect(cloudControl(run, 'GetResource')).toEqual([])
    expect(results.coverage.find((c: Json) => c.type === 'Plumbline::CloudTrail::ChangeEvents')).toMatchObject({ account: ACCOUNT, region: REGION, state: 'denied', error: expect.stringMatching(/^AccessDeniedException: /) })
    expect(results.coverage.find((c: Json) => c.type === 'Plumbline::CloudTrail::LastChanges')).toMatchObject({ account: ACCOUNT, region: REGION, state: 'denied', error: expect.stringMatching(/^AccessDeniedException: /) })
    expect(results.run.warnings.join('\n')).toContain(`account ${ACCOUNT} ${REGION}: the changes since ${inventory.scannedAt} could not be read from CloudTrail (AccessDeniedException: `)
    expect(results.run.warnings.join('\n')).toContain(`who-changed: CloudTrail's event history of account ${ACCOUNT} ${REGION} could not be read (AccessDeniedException: `)
    expect((results.drift as Json[]).map((d) => `${d.class} ${d.resource.id} ${'lastChange' in d}`)).toEqual(['unmanaged sg-0manual false', 'unmanaged deploy false'])

    // A full scan with the denial: the drift (the group opened) is found, without who changed it.
    const full = await cli(workspace, ...scanArgs('full-denied'))
    expect(full.code).toBe(0)
    const fullResults = read(workspace, 'full-denied/plumbline-results.json')
    expect((fullResults.drift as Json[]).map((d) => `${d.class} ${d.resource.id} ${'lastChange' in d}`)).toEqual(['changed sg-0web false', 'unmanaged sg-0manual false', 'unmanaged deploy false'])
    expect(fullResults.coverage.find((c: Json) => c.type === 'Plumbline::CloudTrail::LastChanges')).toMatchObject({ state: 'denied' })
    expect(read(workspace, 'full-denied/plumbline.sarif').runs.flatMap((r: Json) => r.results).some((r: Json) => /Last changed by|CloudTrail holds/.test(r.message.text))).toBe(false)
  })

  it('refuses a --since it cannot use with one line and exit 2', async () => {
    const { workspace, inventory } = await fullScan()
    const refused = async (file: string) => {
      const run = await cli(workspace, ...scanArgs('bad', '--since', file))
      expect(run.code).toBe(2)
      // Checked before any AWS call.
      expect(run.calls).toEqual([])
      expect(run.stdout).toBe('')
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(existsSync(join(workspace, 'bad'))).toBe(false)
      return run.stderr
    }
    expect(await refused('no-such-inventory.json')).toMatch(/^plumbline: --since: .*no-such-inventory\.json.*\n$/)

    const { scannedAt: _dropped, ...withoutTime } = inventory
    writeFileSync(join(workspace, 'no-time.json'), JSON.stringify(withoutTime))
    expect(await refused('no-time.json')).toBe('plumbline: --since: the inventory has no scan time (scannedAt), so the changes since it cannot be looked up; give the plumbline-inventory.json of a live scan\n')

    const old = new Date(Date.now() - 91 * 86_400_000).toISOString()
    writeFileSync(join(workspace, 'old.json'), JSON.stringify({ ...inventory, scannedAt: old }))
    expect(await refused('old.json')).toBe(`plumbline: --since: the inventory was scanned at ${old}, more than 90 days ago, beyond CloudTrail's event history; run a full scan instead\n`)
  })
})
