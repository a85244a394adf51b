// Drift scenarios a user lives, end to end: the built CLI scans the local AWS server (real SDK clients, real
// wire protocols) and compares what it finds with Terraform's state files, or with a plan. Each story changes the
// live account the way a person would (the console, a script) and checks what Plumbline reports.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer, type ResourceSeed } from '../aws-server/index.mjs'
import { REGION, STAGING, seedExampleEstate } from '../fixtures/live-estate.mjs'
import { awsCliEnv, cleanEnv, exampleWorkspace, ROOT, runNode, STATE_EGRESS_ALL, tfstate, type ProcessResult, type StateInstance } from './helpers.js'

const ACCOUNT = '333333333333'

interface Results {
  run: { counts: { drift: Record<string, number> }; iacCoverage: number | null; gate: { verdict: string; reason: string }; warnings: string[] }
  evaluations: Array<{ rule: string; status: string; delta?: string; resource: { origin: string; id: string | null; address?: string } }>
  drift: Array<{ class: string; resource: { type: string; id: string; account: string; region: string; arn?: string }; address?: string; location?: { file: string; line: number }; changes: Array<{ path: string; iac: unknown; live: unknown }>; evidence: string[] }>
}

// ---- Terraform's side: raw .tfstate v4, as `terraform apply` leaves it ----

type Instance = StateInstance

const sgRule = (from: number, to: number, cidr: string, description = '') => ({ cidr_blocks: [cidr], description, from_port: from, to_port: to, protocol: 'tcp', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false })
const egressAll = STATE_EGRESS_ALL

const WEB_SG: Instance = {
  type: 'aws_security_group',
  name: 'web',
  attributes: { id: 'sg-0web', arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0web`, name: 'web', description: 'web tier', vpc_id: 'vpc-0app', ingress: [sgRule(443, 443, '0.0.0.0/0', 'https')], egress: [egressAll], tags: { team: 'web' }, tags_all: { team: 'web' }, revoke_rules_on_delete: false }
}
const DATA_VOLUME: Instance = {
  type: 'aws_ebs_volume',
  name: 'data',
  attributes: { id: 'vol-0data', arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-0data`, availability_zone: 'eu-west-1a', size: 20, type: 'gp3', encrypted: true, kms_key_id: '', iops: 3000, throughput: 125, tags: { team: 'data', env: 'prod' }, tags_all: { team: 'data', env: 'prod' } }
}
const REPORTS_BUCKET: Instance = {
  type: 'aws_s3_bucket',
  name: 'reports',
  attributes: { id: 'acme-reports-333', bucket: 'acme-reports-333', arn: 'arn:aws:s3:::acme-reports-333', tags: { team: 'data' }, tags_all: { team: 'data' }, force_destroy: false }
}
const APP_VPC: Instance = {
  type: 'aws_vpc',
  name: 'app',
  attributes: { id: 'vpc-0app', arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-0app`, cidr_block: '10.1.0.0/16', enable_dns_support: true, enable_dns_hostnames: true, instance_tenancy: 'default', tags: { Name: 'app' }, tags_all: { Name: 'app' } }
}

// ---- The live side: the same resources as Cloud Control returns them ----

function liveEstate(): ResourceSeed[] {
  return [
    { type: 'AWS::EC2::VPC', region: REGION, properties: { VpcId: 'vpc-0app', CidrBlock: '10.1.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true, InstanceTenancy: 'default', Tags: [{ Key: 'Name', Value: 'app' }] } },
    {
      type: 'AWS::EC2::SecurityGroup',
      region: REGION,
      properties: { Id: 'sg-0web', GroupId: 'sg-0web', GroupName: 'web', GroupDescription: 'web tier', VpcId: 'vpc-0app', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: 'https' }], SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }], Tags: [{ Key: 'team', Value: 'web' }] }
    },
    { type: 'AWS::EC2::Volume', region: REGION, properties: { VolumeId: 'vol-0data', AvailabilityZone: 'eu-west-1a', Size: 20, VolumeType: 'gp3', Encrypted: true, Iops: 3000, Throughput: 125, Tags: [{ Key: 'team', Value: 'data' }, { Key: 'env', Value: 'prod' }] } },
    { type: 'AWS::S3::Bucket', region: REGION, properties: { BucketName: 'acme-reports-333', Arn: 'arn:aws:s3:::acme-reports-333', Tags: [{ Key: 'team', Value: 'data' }] } },
    // What AWS creates in every region: the default VPC and its default security group.
    { type: 'AWS::EC2::VPC', region: REGION, properties: { VpcId: 'vpc-0default', CidrBlock: '172.31.0.0/16', IsDefault: true } },
    { type: 'AWS::EC2::SecurityGroup', region: REGION, properties: { Id: 'sg-0default', GroupId: 'sg-0default', GroupName: 'default', GroupDescription: 'default VPC security group', VpcId: 'vpc-0default' } },
    // A service-linked role AWS made.
    { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'AWSServiceRoleForSupport', Path: '/aws-service-role/support.amazonaws.com/', Arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`, AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } } }
  ]
}

type Edit = (seeds: ResourceSeed[]) => ResourceSeed[]
const editProperties = (id: string, edit: (p: Record<string, unknown>) => void): Edit => (seeds) =>
  seeds.map((s) => {
    const ids = [s.properties.GroupId, s.properties.VolumeId, s.properties.BucketName, s.properties.VpcId, s.properties.RoleName]
    if (!ids.includes(id)) return s
    const properties = structuredClone(s.properties)
    edit(properties)
    return { ...s, properties }
  })

let server: AwsServer
let keys: { accessKeyId: string; secretAccessKey: string }

beforeAll(async () => {
  server = await startAwsServer()
})
afterAll(async () => {
  await server.close()
})
afterEach(() => server.clearFaults())

const TYPES = 'AWS::EC2::VPC,AWS::EC2::SecurityGroup,AWS::EC2::Volume,AWS::S3::Bucket,AWS::IAM::Role'

async function scenario(edits: Edit[], states: Record<string, Instance[]>, extraArgs: string[] = []): Promise<{ results: Results; run: ProcessResult; workspace: string }> {
  let seeds = liveEstate()
  for (const edit of edits) seeds = edit(seeds)
  server.addAccount({ id: ACCOUNT, enabledRegions: ['us-east-1', REGION], resources: seeds })
  keys = server.createUserKeys(ACCOUNT, 'drift-auditor')
  const workspace = exampleWorkspace()
  const stateArgs: string[] = []
  for (const [file, instances] of Object.entries(states)) {
    writeFileSync(join(workspace, file), tfstate(instances))
    stateArgs.push('--state', file)
  }
  const env = awsCliEnv(server, keys, REGION)
  const run = await runNode(
    [join(ROOT, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--resource-types', TYPES, ...stateArgs, '--out', 'out', ...extraArgs],
    { cwd: workspace, env }
  )
  if (run.code !== 0 && run.code !== 1) throw new Error(`scan failed (${run.code}): ${run.stderr}`)
  return { results: JSON.parse(readFileSync(join(workspace, 'out/plumbline-results.json'), 'utf8')), run, workspace }
}

const ALL_STATE = { 'terraform.tfstate': [APP_VPC, WEB_SG, DATA_VOLUME, REPORTS_BUCKET] }
const classes = (r: Results) => r.drift.map((d) => `${d.class} ${d.resource.type} ${d.resource.id}`)

describe('drift scenarios over the wire', () => {
  it('in sync: nothing drifted, AWS defaults and service-linked roles are not unmanaged, coverage is 100 %', async () => {
    const { results } = await scenario([], ALL_STATE)
    expect(results.drift).toEqual([])
    expect(results.run.counts.drift).toEqual({ inSync: 4, changed: 0, missing: 0, unmanaged: 0 })
    expect(results.run.iacCoverage).toBe(100)
  })

  it('a security group opened by hand in the console: changed, and the live finding is labelled drift', async () => {
    const { results, run } = await scenario(
      [editProperties('sg-0web', (p) => (p.SecurityGroupIngress as unknown[]).push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }))],
      ALL_STATE
    )
    expect(classes(results)).toEqual(['changed AWS::EC2::SecurityGroup sg-0web'])
    expect(results.drift[0].changes).toEqual([{ path: 'SecurityGroupIngress[1]', iac: null, live: { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' } }])
    expect(results.drift[0].address).toBe('aws_security_group.web')
    const ssh = results.evaluations.find((e) => e.rule === 'ec2-sg-no-public-ssh' && e.resource.origin === 'live' && e.resource.id === 'sg-0web')
    expect(ssh).toMatchObject({ status: 'fail', delta: 'drift' })
    expect(run.stdout).toMatch(/drift: 1 changed, 0 missing, 0 unmanaged/)
  })

  it('a bucket deleted outside Terraform: missing', async () => {
    const { results } = await scenario([(seeds) => seeds.filter((s) => s.properties.BucketName !== 'acme-reports-333')], ALL_STATE)
    expect(classes(results)).toEqual(['missing AWS::S3::Bucket acme-reports-333'])
    expect(results.drift[0]).toMatchObject({ address: 'aws_s3_bucket.reports', resource: { account: ACCOUNT, region: REGION } })
    expect(results.run.iacCoverage).toBe(75)
  })

  it('an IAM role created by hand: unmanaged, with its ARN', async () => {
    const role = { type: 'AWS::IAM::Role', region: 'global', properties: { RoleName: 'quick-fix-admin', Path: '/', Arn: `arn:aws:iam::${ACCOUNT}:role/quick-fix-admin`, AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } }
    const { results } = await scenario([(seeds) => [...seeds, role]], ALL_STATE)
    expect(classes(results)).toEqual(['unmanaged AWS::IAM::Role quick-fix-admin'])
    expect(results.drift[0].resource.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/quick-fix-admin`)
    expect(results.run.iacCoverage).toBe(80)
  })

  it('encryption turned off on a volume, and its tags edited: one changed entry naming both', async () => {
    const { results } = await scenario(
      [
        editProperties('vol-0data', (p) => {
          p.Encrypted = false
          p.Tags = [{ Key: 'team', Value: 'platform' }, { Key: 'owner', Value: 'bob' }]
        })
      ],
      ALL_STATE
    )
    expect(classes(results)).toEqual(['changed AWS::EC2::Volume vol-0data'])
    const paths = results.drift[0].changes.map((c) => c.path)
    expect(paths).toContain('Encrypted')
    expect(paths.some((p) => p.startsWith('Tags'))).toBe(true)
    expect(results.drift[0].changes.find((c) => c.path === 'Encrypted')).toEqual({ path: 'Encrypted', iac: true, live: false })
  })

  it('a denied type: no false "missing", and the ledger says why', async () => {
    server.addFault({ kind: 'deny', service: 'cloudcontrol', typeName: 'AWS::EC2::Volume' })
    const { results } = await scenario([], ALL_STATE)
    expect(results.drift).toEqual([])
    expect(results.run.counts.drift).toEqual({ inSync: 3, changed: 0, missing: 0, unmanaged: 0 })
    expect(results.run.warnings.join('\n')).toMatch(/AWS::EC2::Volume denied/)
  })

  it('two states for two stacks in one account: both are Terraform\'s, nothing is unmanaged or missing', async () => {
    const { results } = await scenario([], { 'network.tfstate': [APP_VPC, WEB_SG], 'data.tfstate': [DATA_VOLUME, REPORTS_BUCKET] })
    expect(results.drift).toEqual([])
    expect(results.run.counts.drift.inSync).toBe(4)
  })

  it('fails the run with --fail-on-drift, and the ignore file silences what it names', async () => {
    const edits = [editProperties('vol-0data', (p) => (p.Tags = [{ Key: 'team', Value: 'platform' }, { Key: 'env', Value: 'prod' }]))]
    const failing = await scenario(edits, ALL_STATE, ['--fail-on-drift'])
    expect(failing.run.code).toBe(1)
    expect(failing.results.run.gate.reason).toMatch(/drift/)
    // `plumbline ignore --from` writes the ignore file from that run; with it, the same drift passes.
    const ignore = await runNode([join(ROOT, 'bin/plumbline.js'), 'ignore', '--from', 'out/plumbline-results.json'], { cwd: failing.workspace, env: cleanEnv() })
    expect(ignore.code).toBe(0)
    const ignoreFile = readFileSync(join(failing.workspace, '.plumbline-ignore'), 'utf8')
    expect(ignoreFile).toMatch(/^AWS::EC2::Volume vol-0data Tags/m)
    const env = awsCliEnv(server, keys, REGION)
    writeFileSync(join(failing.workspace, 'terraform.tfstate'), tfstate(ALL_STATE['terraform.tfstate']))
    const again = await runNode([join(ROOT, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--resource-types', TYPES, '--state', 'terraform.tfstate', '--out', 'out2', '--fail-on-drift', '--fail-on', 'none'], { cwd: failing.workspace, env })
    expect(again.code).toBe(0)
  })
})

describe('the posture delta of a pull request against the live estate', () => {
  let results: Results
  let sarif: { runs: Array<{ automationDetails: { id: string }; results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> }
  beforeAll(async () => {
    seedExampleEstate(server)
    const staging = server.createUserKeys(STAGING, 'pr-check')
    const workspace = exampleWorkspace()
    const env = awsCliEnv(server, staging, REGION, { GITHUB_EVENT_NAME: 'pull_request' })
    const run = await runNode([join(ROOT, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--out', 'out'], { cwd: workspace, env })
    if (run.code !== 0 && run.code !== 1) throw new Error(run.stderr)
    results = JSON.parse(readFileSync(join(workspace, 'out/plumbline-results.json'), 'utf8'))
    sarif = JSON.parse(readFileSync(join(workspace, 'out/plumbline.sarif'), 'utf8'))
  })

  it('puts drift into the live SARIF run: changed at the .tf block, unmanaged at the fallback with the ARN', () => {
    const live = sarif.runs.find((r) => r.automationDetails.id === 'plumbline/live/')
    const changed = live?.results.find((r) => r.ruleId === 'plumbline-drift-changed' && r.message.text.includes('sg-0c71e4a9b3d2f8a15'))
    expect(changed?.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'infra/network.tf' }, region: { startLine: 32 } })
    expect(changed?.message.text).toContain('SecurityGroupIngress[1]')
    expect(changed?.message.text).not.toContain('0.0.0.0/0')
    const unmanaged = live?.results.find((r) => r.ruleId === 'plumbline-drift-unmanaged' && r.message.text.includes('ops-admin'))
    expect(unmanaged?.locations[0].physicalLocation.artifactLocation.uri).toBe('README.md')
    expect(unmanaged?.message.text).toContain(`arn:aws:iam::${STAGING}:role/ops-admin`)
  })

  const find = (rule: string, origin: string, address: string) => results.evaluations.find((e) => e.rule === rule && e.resource.origin === origin && e.resource.address === address)

  it('a PR that fixes a live finding: the key rotation off live is fixed by the plan', () => {
    expect(find('kms-key-rotation-enabled', 'plan', 'aws_kms_key.main')).toMatchObject({ status: 'pass', delta: 'fixed' })
    expect(find('kms-key-rotation-enabled', 'live', 'aws_kms_key.main')).toMatchObject({ status: 'fail', delta: 'fixed' })
  })

  it('a PR that introduces a finding: the new unencrypted volume', () => {
    expect(find('ec2-ebs-volume-encrypted', 'plan', 'aws_ebs_volume.scratch')).toMatchObject({ status: 'fail', delta: 'introduced' })
  })

  it('SSH opened by hand before the PR: pre-existing for the plan (it is open live already), drift on the live side', () => {
    expect(find('ec2-sg-no-public-ssh', 'plan', 'aws_security_group.bastion')).toMatchObject({ status: 'fail', delta: 'pre-existing' })
    expect(find('ec2-sg-no-public-ssh', 'live', 'aws_security_group.bastion')).toMatchObject({ status: 'fail', delta: 'drift' })
  })

  it('drift of the example estate against the plan\'s prior state, placed at the .tf blocks', () => {
    const sg = results.drift.find((d) => d.resource.id === 'sg-0c71e4a9b3d2f8a15')
    expect(sg).toMatchObject({ class: 'changed', address: 'aws_security_group.bastion', location: { file: 'infra/network.tf', line: 32 } })
    expect(results.drift.filter((d) => d.class === 'unmanaged').map((d) => d.resource.id)).toEqual(expect.arrayContaining(['ops-admin']))
    // AWS's own: never unmanaged.
    const unmanagedIds = results.drift.filter((d) => d.class === 'unmanaged').map((d) => d.resource.id)
    for (const id of ['vpc-0d3fa017c0ffee000', 'sg-0defa017c0ffee000', 'AWSServiceRoleForSupport', '0a1b2c3d-aws-managed-ebs']) expect(unmanagedIds).not.toContain(id)
  })
})
