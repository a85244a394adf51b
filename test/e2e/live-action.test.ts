// The committed action bundle scanning live AWS the way a scheduled workflow runs it: GitHub's OIDC token from
// the runner's token endpoint, STS web identity into the staging account, role chaining into a second account,
// the Cloud Control inventory and the account facts, rules, SARIF, outputs. Everything goes over the wire to the
// local AWS server (test/aws-server) through AWS_ENDPOINT_URL_* and ACTIONS_ID_TOKEN_REQUEST_URL: nothing is
// stubbed. One type is denied in the second account and one region is throttled in the first, and the coverage
// ledger must say exactly that.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { EXTERNAL_ID, REGION, REPOSITORY, SCAN_ROLE, SHARED, SHARED_ROLE, STAGING, seedExampleEstate } from '../fixtures/live-estate.mjs'
import { actionAllowed, type PolicyDocument } from '../../src/sources/live/permissions.js'
import { ROOT, runActionStep, shippedReadOnlyPolicy, withReportData, type ActionRun } from './helpers.js'

type LiveRun = ActionRun

const TYPES = [
  'AWS::EC2::SecurityGroup',
  'AWS::KMS::Key',
  'AWS::S3::Bucket',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'Plumbline::IAM::AccountSummary',
  'Plumbline::IAM::CredentialReport',
  'Plumbline::EC2::EbsEncryptionByDefault'
]

async function runLiveAction(server: AwsServer, inputs: Record<string, string>, event = 'schedule'): Promise<LiveRun> {
  return runActionStep(inputs, {
    repository: REPOSITORY,
    event,
    runId: '77',
    payload: { repository: { full_name: REPOSITORY, private: true } },
    env: {
      ...server.env(),
      // S3 Control calls <account>.localhost: the test resolver answers it (the system resolver does not).
      NODE_OPTIONS: `--import ${join(ROOT, 'test/aws-server/resolve-localhost.mjs')}`,
      NODE_NO_WARNINGS: '1'
    }
  })
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

describe('the action bundle scanning live AWS', () => {
  let server: AwsServer
  let run: LiveRun

  beforeAll(async () => {
    server = await startAwsServer()
    seedExampleEstate(server)
    server.setTokenClaims({ sub: `repo:${REPOSITORY}:ref:refs/heads/main`, repository: REPOSITORY, repository_owner: 'acme', event_name: 'schedule' })
    server.addFault({ kind: 'deny', service: 'cloudcontrol', account: SHARED, region: REGION, typeName: 'AWS::KMS::Key' })
    server.addFault({ kind: 'throttle', service: 'cloudcontrol', account: STAGING, region: 'us-east-1' })
    server.addFault({ kind: 'throttle', service: 'ec2', account: STAGING, region: 'us-east-1' })
    run = await runLiveAction(server, {
      'role-to-assume': SCAN_ROLE,
      'additional-role-arns': SHARED_ROLE,
      'role-external-id': EXTERNAL_ID,
      'aws-region': REGION,
      regions: `${REGION}, us-east-1, global`,
      'resource-types': TYPES.join('\n'),
      'terraform-plan': 'infra/plan.json',
      'terraform-dir': 'infra'
    })
  }, 120_000)

  afterAll(async () => {
    await server.close()
  })

  it('authenticates with the OIDC token, chains into the second account and finishes', () => {
    expect(run.result.stdout).not.toMatch(/^::error::/m)
    expect(run.result.code).toBe(0)
    const sts = server.calls.filter((c) => c.service === 'sts' && c.status === 200).map((c) => `${c.operation} ${c.account}`)
    expect(sts).toEqual(expect.arrayContaining([`AssumeRoleWithWebIdentity ${STAGING}`, `AssumeRole ${STAGING}`]))
    expect(new Set(server.calls.filter((c) => c.service === 'cloudcontrol').map((c) => c.account))).toEqual(new Set([STAGING, SHARED]))
  })

  it('records the denied type and the throttled region in the ledger, exactly, and nothing else', () => {
    const inventory = read(run.outputs['inventory-file'])
    const incomplete = (inventory.coverage as Array<{ account: string; region: string; type: string; state: string; error?: string }>)
      .filter((c) => c.state !== 'scanned')
      .map((c) => `${c.account} ${c.region} ${c.type} ${c.state}`)
      .sort()
    expect(incomplete).toEqual(
      [
        `${SHARED} ${REGION} AWS::KMS::Key denied`,
        `${STAGING} us-east-1 AWS::EC2::SecurityGroup failed`,
        `${STAGING} us-east-1 AWS::KMS::Key failed`,
        `${STAGING} us-east-1 Plumbline::EC2::EbsEncryptionByDefault failed`
      ].sort()
    )
    for (const entry of inventory.coverage.filter((c: { state: string }) => c.state === 'failed')) expect(entry.error).toMatch(/^still throttled after every retry: (ThrottlingException|RequestLimitExceeded)/)
    expect(run.outputs['coverage-complete']).toBe('false')
    // The rest was read: both accounts' resources are in the inventory.
    const ids = inventory.resources.map((r: { account: string; id: string }) => `${r.account}/${r.id}`)
    expect(ids).toEqual(expect.arrayContaining([`${STAGING}/sg-0c71e4a9b3d2f8a15`, `${STAGING}/ops-admin`, `${SHARED}/sg-0a11ce5e11a11ce50`, `${SHARED}/acme-shared-artifacts`]))
    expect(inventory.accounts).toEqual([STAGING, SHARED].sort())
  })

  it('places live findings at the .tf block of the resource, or at the fallback with the ARN, in their account\'s category', () => {
    const sarif = read(run.outputs['sarif-file'])
    type Run = { automationDetails: { id: string }; results: Array<{ ruleId: string; message: { text: string } }> }
    // Two accounts: the live side is one category per account (sarif-live-categories: auto).
    expect(sarif.runs.map((r: Run) => r.automationDetails.id)).toEqual(['plumbline/plan/', 'plumbline/live/', ...[STAGING, SHARED].sort().map((account) => `plumbline/live/${account}/`)])
    const runOf = (account: string): Run => sarif.runs.find((r: Run) => r.automationDetails.id === `plumbline/live/${account}/`)
    for (const account of [STAGING, SHARED]) {
      for (const result of runOf(account).results) expect(result.message.text).toContain(account)
    }
    const live = { results: sarif.runs.filter((r: Run) => r.automationDetails.id.startsWith('plumbline/live/')).flatMap((r: Run) => r.results) }
    expect(runOf(STAGING).results.some((r) => r.ruleId === 'ec2-sg-no-public-ssh' && r.message.text.includes('sg-0c71e4a9b3d2f8a15'))).toBe(true)
    expect(runOf(SHARED).results.some((r) => r.ruleId === 'ec2-sg-no-public-rdp')).toBe(true)
    const ssh = live.results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === 'ec2-sg-no-public-ssh' && r.message.text.includes('sg-0c71e4a9b3d2f8a15'))
    expect(ssh.locations[0].physicalLocation.artifactLocation.uri).toBe('infra/network.tf')
    expect(ssh.locations[0].physicalLocation.region.startLine).toBe(32)
    expect(ssh.message.text).toContain(`arn:aws:ec2:${REGION}:${STAGING}:security-group/sg-0c71e4a9b3d2f8a15`)
    const rdp = live.results.find((r: { ruleId: string }) => r.ruleId === 'ec2-sg-no-public-rdp')
    expect(rdp.locations[0].physicalLocation.artifactLocation.uri).toBe('.github/workflows/gate.yml')
    expect(rdp.message.text).toContain(`arn:aws:ec2:${REGION}:${SHARED}:security-group/sg-0a11ce5e11a11ce50`)
    expect(rdp.locations[0].logicalLocations[0].name).toBe('AWS::EC2::SecurityGroup/sg-0a11ce5e11a11ce50')
    // Live-only rules ran on the account facts.
    expect(live.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['iam-root-no-access-keys', 'iam-root-mfa-enabled', 'iam-user-console-mfa-enabled']))
  })

  it('sets the live and drift outputs and writes the inventory file', () => {
    expect(run.outputs['inventory-file']).toBe(join(run.workspace, 'plumbline-out/plumbline-inventory.json'))
    const results = read(run.outputs['results-file'])
    // Drift of the plan's prior state against the scan (bastion SSH opened by hand, bucket retagged, console-made role).
    expect(Number(run.outputs['drift-changed'])).toBe(results.run.counts.drift.changed)
    expect(Number(run.outputs['drift-changed'])).toBeGreaterThanOrEqual(1)
    expect(Number(run.outputs['drift-unmanaged'])).toBe(results.run.counts.drift.unmanaged)
    expect(run.outputs['drift-missing']).toBe(String(results.run.counts.drift.missing))
    expect(Number(run.outputs['iac-coverage'])).toBe(results.run.iacCoverage)
    expect(run.summary).toContain('### Posture delta')
    expect(Number(run.outputs.findings)).toBeGreaterThan(0)
    expect(results.coverage.length).toBeGreaterThan(10)
    expect(results.run.accounts).toEqual(expect.arrayContaining([STAGING, SHARED]))
  })

  it('masks every credential part before it could be printed, and never writes one', () => {
    const masked = [...run.result.stdout.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1])
    // Token, and key id, secret and session token of each of the two sessions (at least).
    expect(masked.length).toBeGreaterThanOrEqual(7)
    expect(masked.some((m) => m.startsWith('ASIA'))).toBe(true)
    const elsewhere = run.result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.result.stderr
    // The report with its data blocks read: what it shows is compressed in it.
    const files = withReportData(['sarif-file', 'report-file', 'results-file', 'inventory-file'].map((o) => readFileSync(run.outputs[o], 'utf8')).join('\n'))
    for (const secret of masked) {
      expect(elsewhere.includes(secret)).toBe(false)
      expect(files.includes(secret)).toBe(false)
      expect(run.summary.includes(secret)).toBe(false)
    }
  })

  it('made only calls the shipped read-only policy allows (besides the STS calls of the trust relationships)', () => {
    const policy = shippedReadOnlyPolicy() as PolicyDocument
    const actions = [...new Set(server.calls.filter((c) => c.service !== 'sts' && c.service !== 'oidc').map((c) => c.action))].sort()
    expect(actions).toEqual(expect.arrayContaining(['cloudformation:GetResource', 'cloudformation:ListResources', 'iam:GetAccountSummary', 'iam:GetCredentialReport', 'ec2:GetEbsEncryptionByDefault', 's3:ListAllMyBuckets']))
    expect(actions.filter((a) => !actionAllowed(policy, a))).toEqual([])
  })
})

describe('the action bundle on bad live input', () => {
  let server: AwsServer
  beforeAll(async () => {
    server = await startAwsServer()
    seedExampleEstate(server)
    server.setTokenClaims({ sub: `repo:${REPOSITORY}:ref:refs/heads/main`, repository: REPOSITORY })
  })
  afterAll(async () => {
    await server.close()
  })

  const errorsOf = (run: LiveRun) => run.result.stdout.split('\n').filter((l) => l.startsWith('::error::'))

  it.each([
    [{ 'role-to-assume': 'arn:aws:iam::12345:role/x' }, /^::error::input role-to-assume: .*arn:aws:iam::123456789012:role\//],
    [{ 'role-to-assume': SCAN_ROLE, regions: 'us-east-1, mars-north-9x' }, /^::error::input regions: "mars-north-9x" is not an AWS region name/],
    [{ 'role-to-assume': SCAN_ROLE, 'resource-types': 'AWS::Nope::Thing' }, /^::error::input resource-types: "AWS::Nope::Thing" is not a type Plumbline can read/]
  ])('fails with one line naming the input: %j', async (inputs, message) => {
    const run = await runLiveAction(server, { ...inputs, 'terraform-dir': 'infra' })
    expect(run.result.code).toBe(1)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(server.calls.filter((c) => c.service === 'sts')).toHaveLength(0)
  })

  it('refuses a well-formed region name AWS does not list, after asking EC2, with one line', async () => {
    const run = await runLiveAction(server, { 'role-to-assume': SCAN_ROLE, 'aws-region': REGION, regions: `${REGION}, us-east-7`, 'terraform-dir': 'infra' })
    expect(run.result.code).toBe(1)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error::input regions: "us-east-7" is not a region AWS lists for account 123456789012; use names like /)
    expect(server.calls.filter((c) => c.service === 'cloudcontrol')).toHaveLength(0)
  })

  it('says what to change when the trust policy refuses the token, naming sub and aud', async () => {
    server.setTokenClaims({ sub: 'repo:someone-else/fork:pull_request', repository: 'someone-else/fork' })
    const run = await runLiveAction(server, { 'role-to-assume': SCAN_ROLE, 'terraform-dir': 'infra' })
    expect(run.result.code).toBe(1)
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(SCAN_ROLE)
    expect(errors[0]).toContain('repo:someone-else/fork:pull_request')
    expect(errors[0]).toContain('sts.amazonaws.com')
  })

  it('says the job needs id-token: write when the runner gives no token endpoint', async () => {
    const noTokenServer = { ...server, env: () => Object.fromEntries(Object.entries(server.env()).filter(([k]) => !k.startsWith('ACTIONS_ID_TOKEN'))) } as AwsServer
    const run = await runLiveAction(noTokenServer, { 'role-to-assume': SCAN_ROLE, 'terraform-dir': 'infra' })
    const errors = errorsOf(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/id-token: write/)
  })
})
