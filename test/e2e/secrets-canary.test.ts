// Canaries: secret values planted where a review found them leaking, then looked for — raw and base64 — in
// everything Plumbline writes or sends: SARIF, the HTML report, the results JSON, the inventory, the job summary,
// the annotations and the rest of the log, the pull-request comment, the CLI's console output, the archived
// artifact and the code-scanning upload. The action runs as the runner runs it, against the local AWS server
// (live scan through OIDC) and the local GitHub server (publishing); the CLI as a person runs it.
//
// - A live instance's UserData (base64, as Cloud Control returns it) holds `export DB_PASSWORD=...`.
// - A live Lambda function's environment holds a password next to ordinary values (`staging`, `orders`...),
//   which must not be masked in the log: they are common words.
// - The plan marks aws_s3_bucket.x's `bucket` sensitive; its aws_s3_bucket_policy carries the same value unmarked
//   (as Terraform does when a provider-computed value loses the mark) and fails a rule whose message names it.
// The repository is public: account ids are masked in the files too, except where the inventory needs them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { startGitHubServer, type GitHubServer } from '../github-server/index.mjs'
import { unzip } from '../github-server/unzip.mjs'
import { planFromHcl } from '../rules/plan-from-hcl.js'
import type { TfResource } from '../../src/types.js'
import { ROOT, awsCliEnv, exampleWorkspace, runActionStep, runNode, withReportData, type ActionRun, type ProcessResult } from './helpers.js'

const ACCOUNT = '123456789012'
const REGION = 'eu-west-1'
const REPOSITORY = 'acme/orders'
const SCAN_ROLE = `arn:aws:iam::${ACCOUNT}:role/plumbline-scan`
const TOKEN = 'ghs_' + 'd'.repeat(36)

const USERDATA_PASSWORD = 'Canary-UserData-7f3a9c2e41'
const USERDATA = Buffer.from(`#!/bin/bash\nexport DB_PASSWORD=${USERDATA_PASSWORD}\n/opt/app/start --stage staging\n`).toString('base64')
const LAMBDA_PASSWORD = 'Canary-Lambda-0b5d8e1f93'
const SENSITIVE_BUCKET = 'canary-bucket-5e0c71a2d9'
const COMMON_WORDS = ['staging', 'orders', 'terraform', 'eu-west-1a']

const CANARIES: Record<string, string> = {
  'UserData password': USERDATA_PASSWORD,
  'UserData password, base64': Buffer.from(USERDATA_PASSWORD).toString('base64'),
  'UserData, base64 as Cloud Control returns it': USERDATA,
  'Lambda password': LAMBDA_PASSWORD,
  'Lambda password, base64': Buffer.from(LAMBDA_PASSWORD).toString('base64'),
  'sensitive bucket name': SENSITIVE_BUCKET,
  'sensitive bucket name, base64': Buffer.from(SENSITIVE_BUCKET).toString('base64')
}

function seed(server: AwsServer): void {
  server.addRole({ arn: SCAN_ROLE, maxSessionDuration: 3600, oidc: { aud: 'sts.amazonaws.com', sub: `repo:${REPOSITORY}:*` } })
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: ['us-east-1', REGION],
    resources: [
      {
        type: 'AWS::EC2::Instance',
        region: REGION,
        properties: { InstanceId: 'i-0ca0a7e5ca0a7e5c1', ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', UserData: USERDATA, Tags: [{ Key: 'Name', Value: 'worker' }] },
        metadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' }
      },
      {
        type: 'AWS::Lambda::Function',
        region: REGION,
        properties: {
          FunctionName: 'orders-sync',
          Arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-sync`,
          Runtime: 'python3.12',
          Role: `arn:aws:iam::${ACCOUNT}:role/orders-sync`,
          Environment: { Variables: { DB_PASSWORD: LAMBDA_PASSWORD, STAGE: 'staging', TEAM: 'orders', MANAGED_BY: 'terraform', ZONE: 'eu-west-1a' } }
        }
      }
    ]
  })
}

/** A plan whose bucket name is sensitive on the bucket and carried unmarked by its (public) bucket policy. */
function writeLeakPlan(dir: string): string {
  const tf = (address: string, values: Record<string, unknown>, extra: Partial<TfResource> = {}): TfResource => {
    const [type, name] = address.split('.')
    return { address, type, name, values, unknown: [], sensitive: [], origin: 'plan', ...extra }
  }
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${SENSITIVE_BUCKET}/*` }]
  })
  const resources = [
    tf('aws_s3_bucket.x', { bucket: SENSITIVE_BUCKET, force_destroy: false, tags: { Team: 'orders' }, tags_all: { Team: 'orders' } }, { sensitive: ['bucket'] }),
    tf('aws_s3_bucket_policy.x', { bucket: SENSITIVE_BUCKET, policy }, { references: { bucket: ['aws_s3_bucket.x'] } })
  ]
  const file = join(dir, 'plan.json')
  writeFileSync(file, JSON.stringify(planFromHcl(resources, REGION)))
  return file
}

function findCanaries(texts: Record<string, string>): string[] {
  const found: string[] = []
  for (const [where, text] of Object.entries(texts)) {
    for (const [canary, value] of Object.entries(CANARIES)) if (text.includes(value)) found.push(`${canary} in ${where}`)
  }
  return found
}

const withoutMaskCommands = (stdout: string) => stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')

describe('secret canaries in every output', () => {
  let aws: AwsServer
  let github: GitHubServer
  let action: ActionRun
  let cli: ProcessResult
  let cliWorkspace: string

  beforeAll(async () => {
    aws = await startAwsServer()
    seed(aws)
    aws.setTokenClaims({ sub: `repo:${REPOSITORY}:pull_request`, repository: REPOSITORY, repository_owner: 'acme', event_name: 'pull_request' })
    github = await startGitHubServer({ repository: REPOSITORY })
    github.addToken(TOKEN, { issues: 'write', pull_requests: 'write', security_events: 'write' })
    const planFile = writeLeakPlan(mkdtempSync(join(tmpdir(), 'plumbline-canary-')))
    const types = 'AWS::EC2::Instance\nAWS::Lambda::Function'
    action = await runActionStep(
      { 'role-to-assume': SCAN_ROLE, live: 'true', 'aws-region': REGION, regions: REGION, 'resource-types': types, 'terraform-plan': planFile, 'fail-on-severity': 'none' },
      {
        repository: REPOSITORY,
        payload: { pull_request: { number: 7, head: { sha: 'feedc0de'.repeat(5) } }, repository: { full_name: REPOSITORY, private: false, visibility: 'public' } },
        env: { ...aws.env(), ...github.env(), NODE_NO_WARNINGS: '1', 'INPUT_GITHUB-TOKEN': TOKEN, NODE_OPTIONS: `--import ${join(ROOT, 'test/aws-server/resolve-localhost.mjs')}` }
      }
    )
    cliWorkspace = exampleWorkspace()
    cli = await runNode(
      [join(ROOT, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--regions', REGION, '--resource-types', types.replace('\n', ','), '--plan', planFile, '--out', 'out', '--fail-on', 'none'],
      { cwd: cliWorkspace, env: awsCliEnv(aws, aws.createUserKeys(ACCOUNT, 'auditor'), REGION) }
    )
  }, 180_000)
  afterAll(async () => {
    await aws?.close()
    await github?.close()
  })

  it('ran: scanned live, judged the plan, published', () => {
    expect(action.result.code).toBe(0)
    expect(cli.code).toBe(0)
    const results = JSON.parse(readFileSync(action.outputs['results-file'], 'utf8'))
    expect(results.evaluations.some((e: { rule: string; status: string }) => e.rule === 's3-bucket-policy-not-public' && e.status === 'fail')).toBe(true)
    expect(results.evaluations.some((e: { rule: string; resource: { origin: string } }) => e.rule === 'lambda-function-no-secrets-in-env' && e.resource.origin === 'live')).toBe(true)
    const inventory = JSON.parse(readFileSync(action.outputs['inventory-file'], 'utf8'))
    expect(inventory.resources.map((r: { type: string }) => r.type).sort()).toEqual(['AWS::EC2::Instance', 'AWS::Lambda::Function'])
    expect(github.comments.some((c) => c.body.includes('plumbline:pr-comment'))).toBe(true)
    expect(github.sarifUploads.length).toBeGreaterThan(0)
    expect(github.artifacts.some((a) => a.archived)).toBe(true)
  })

  it('writes no canary, raw or base64, into any output', () => {
    const out = (name: string) => readFileSync(action.outputs[name], 'utf8')
    const archived = github.artifacts.filter((a) => a.archived && a.finalized).flatMap((a) => [...unzip(a.bytes).entries()])
    const texts: Record<string, string> = {
      SARIF: out('sarif-file'),
      'HTML report': out('report-file'),
      'results JSON': out('results-file'),
      inventory: out('inventory-file'),
      'job summary': action.summary,
      'annotations and the rest of the log': withoutMaskCommands(action.result.stdout) + action.result.stderr,
      'step outputs': JSON.stringify(action.outputs),
      'pull-request comment': github.comments.map((c) => c.body).join('\n'),
      'code-scanning upload': github.sarifUploads.map((u) => u.sarifText).join('\n'),
      'CLI console output': cli.stdout + cli.stderr,
      'CLI files': ['plumbline.sarif', 'plumbline-report.html', 'plumbline-results.json', 'plumbline-inventory.json'].map((f) => readFileSync(join(cliWorkspace, 'out', f), 'utf8')).join('\n'),
      ...Object.fromEntries(archived.map(([name, bytes]) => [`archived artifact ${name}`, bytes.toString('utf8')])),
      ...Object.fromEntries(github.artifacts.filter((a) => !a.archived).map((a) => [`artifact ${a.name}`, a.bytes.toString('utf8')]))
    }
    expect(archived.length).toBeGreaterThanOrEqual(3)
    // The report's data blocks are read inflated: its findings (the Lambda's secret-in-environment among them) are there.
    const report = texts['HTML report']
    expect(withReportData(report).slice(report.length)).toContain('lambda-function-no-secrets-in-env')
    expect(findCanaries(Object.fromEntries(Object.entries(texts).map(([where, text]) => [where, withReportData(text)])))).toEqual([])
  })

  it('masks the secrets in the log, and no common word', () => {
    const masked = [...action.result.stdout.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1])
    expect(masked).toEqual(expect.arrayContaining([USERDATA_PASSWORD, LAMBDA_PASSWORD, SENSITIVE_BUCKET]))
    for (const word of COMMON_WORDS) expect(masked).not.toContain(word)
  })

  it('masks account ids in the archived files of a public repository, keeping only what the inventory needs', () => {
    const data = github.artifacts.find((a) => a.archived && a.finalized)
    const files = unzip(data!.bytes)
    for (const name of ['plumbline.sarif', 'plumbline-results.json']) expect(files.get(name)!.toString('utf8')).not.toContain(ACCOUNT)
    const inventory = JSON.parse(files.get('plumbline-inventory.json')!.toString('utf8'))
    // Kept: which account each resource and ledger entry belongs to, and the resources' identifiers.
    expect(inventory.accounts).toEqual([ACCOUNT])
    expect(inventory.resources.every((r: { account: string }) => r.account === ACCOUNT)).toBe(true)
    expect(inventory.coverage.every((c: { account: string }) => c.account === ACCOUNT)).toBe(true)
    // Masked: account ids inside property values (the function's ARN and role).
    const fn = inventory.resources.find((r: { type: string }) => r.type === 'AWS::Lambda::Function')
    expect(fn.properties.Arn).toBe(`arn:aws:lambda:${REGION}:********9012:function:orders-sync`)
    const withoutKept = JSON.stringify({ ...inventory, accounts: [], primaryAccount: '', resources: inventory.resources.map((r: object) => ({ ...r, account: '' })), coverage: inventory.coverage.map((c: object) => ({ ...c, account: '' })) })
    expect(withoutKept).not.toContain(ACCOUNT)
    // The un-archived report too.
    expect(withReportData(github.artifacts.find((a) => !a.archived)!.bytes.toString('utf8'))).not.toContain(ACCOUNT)
  })
})
