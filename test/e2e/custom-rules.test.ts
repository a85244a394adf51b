// The user's own rules, end to end through the built CLI and the action bundle: the example file as written
// (on a saved live inventory), a rule on a mapped type judged on the plan and the .tf code with locations and
// suppressions, and a broken file that stops the run with one line naming file:line:column.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer } from '../aws-server/index.mjs'
import { REGION, STAGING } from '../fixtures/live-estate.mjs'
import { awsCliEnv, cleanEnv, exampleWorkspace, ROOT, runActionStep, runNode } from './helpers.js'

const cli = (args: string[], cwd: string) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd, env: cleanEnv() })

/** The example of issue 12, verbatim. */
const SQS_KMS = readFileSync(join(ROOT, 'test/fixtures/custom-rules/acme-sqs-kms.yml'), 'utf8')

/** A rule on a type the Terraform mapping knows: buckets say who owns them. */
const BUCKET_OWNER = `id: acme-bucket-owner-tag
title: S3 buckets carry an owner tag
severity: medium
resource-types: [AWS::S3::Bucket]
condition:
  property: Tags
  some: {property: Key, equals: owner}
messages:
  fail: Bucket {name} has no owner tag
frameworks:
  cis-aws-5.0: ["2.1.1"]
`

const QUEUE_ARN = (name: string) => `https://sqs.eu-west-1.amazonaws.com/123456789012/${name}`

/** A saved live inventory with two queues, one encrypted with a KMS key. */
function queueInventory(): string {
  return JSON.stringify({
    schemaVersion: 2,
    kind: 'plumbline-inventory',
    tool: { name: 'Plumbline', version: '0.1.0' },
    scannedAt: '2026-12-03T10:00:00.000Z',
    accounts: ['123456789012'],
    primaryAccount: '123456789012',
    regions: ['eu-west-1'],
    types: ['AWS::SQS::Queue'],
    resources: [
      { type: 'AWS::SQS::Queue', id: QUEUE_ARN('orders'), account: '123456789012', region: 'eu-west-1', origin: 'live', properties: { QueueName: 'orders', KmsMasterKeyId: 'alias/orders' } },
      { type: 'AWS::SQS::Queue', id: QUEUE_ARN('audit'), account: '123456789012', region: 'eu-west-1', origin: 'live', properties: { QueueName: 'audit', SqsManagedSseEnabled: true } }
    ],
    coverage: []
  })
}

function workspaceWith(rules: Record<string, string>, folder = '.plumbline/rules'): string {
  const ws = exampleWorkspace()
  mkdirSync(join(ws, folder), { recursive: true })
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(ws, folder, name), text)
  writeFileSync(join(ws, 'queues.json'), queueInventory())
  return ws
}

const evaluationsOf = (ws: string, rule: string) =>
  JSON.parse(readFileSync(join(ws, 'out/plumbline-results.json'), 'utf8')).evaluations.filter((e: { rule: string }) => e.rule === rule)

describe('plumbline scan with the user\'s rules', () => {
  it('runs the issue example as written from .plumbline/rules on a saved inventory', async () => {
    const ws = workspaceWith({ 'acme-sqs-kms.yml': SQS_KMS })
    const { code, stdout, stderr } = await cli(['scan', '--inventory', 'queues.json', '--out', 'out'], ws)
    expect(stderr).toBe('')
    expect(code).toBe(1) // the CLI fails on any failed check by default, as Checkov does
    expect(stdout).toContain(`HIGH     acme-sqs-kms  ${QUEUE_ARN('audit')}`)
    const evaluations = evaluationsOf(ws, 'acme-sqs-kms')
    expect(evaluations.map((e: { resource: { id: string }; status: string }) => [e.resource.id, e.status]).sort()).toEqual([
      [QUEUE_ARN('audit'), 'fail'],
      [QUEUE_ARN('orders'), 'pass']
    ])
    const sarif = JSON.parse(readFileSync(join(ws, 'out/plumbline.sarif'), 'utf8'))
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'acme-sqs-kms')
    expect(rule.shortDescription.text).toBe('SQS queues use a customer-managed KMS key.')
    expect(rule.properties.tags).toContain('custom')
    expect(rule.properties['security-severity']).toBe('8.0')
    expect(rule.help.text).toContain('Set kms_master_key_id on the aws_sqs_queue.')
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'acme-sqs-kms')).toHaveLength(1)
  })

  it('judges the plan and the .tf code with a rule on a mapped type, places findings on the block and honours skip-rules', async () => {
    const ws = workspaceWith({ 'buckets.yml': BUCKET_OWNER }, 'my-rules')
    const args = ['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--rules-dir', 'my-rules', '--out', 'out', '--fail-on', 'none']
    const withPlan = await cli(args, ws)
    expect(withPlan.stderr).toBe('')
    expect(withPlan.code).toBe(0)
    const planned = evaluationsOf(ws, 'acme-bucket-owner-tag')
    expect(planned.length).toBeGreaterThan(0)
    const failing = planned.filter((e: { status: string; resource: { origin: string } }) => e.status === 'fail' && e.resource.origin === 'plan')
    expect(failing.length).toBeGreaterThan(0)
    for (const e of failing) {
      expect(e.message).toMatch(/^Bucket \S+ has no owner tag$/)
      expect(e.location.file).toMatch(/^infra\/.+\.tf$/)
      expect(e.frameworks).toEqual({ 'cis-aws-5.0': ['2.1.1'] })
    }

    // The same rule on the code alone (no plan): the same buckets are judged.
    const codeOnly = await cli(['scan', '--tf-dir', 'infra', '--rules-dir', 'my-rules', '--out', 'out', '--fail-on', 'none'], ws)
    expect(codeOnly.code).toBe(0)
    const addresses = (list: Array<{ resource: { address: string; origin: string } }>, origin: string) =>
      list.filter((e) => e.resource.origin === origin).map((e) => e.resource.address).sort()
    const fromCode = evaluationsOf(ws, 'acme-bucket-owner-tag')
    expect(addresses(fromCode, 'hcl')).toEqual(addresses(planned, 'plan'))

    // skip-rules in the config file names the user's rule like one of ours.
    writeFileSync(join(ws, '.plumbline.yml'), 'skip-rules:\n  - acme-bucket-owner-tag\n')
    expect((await cli(args, ws)).code).toBe(0)
    expect(evaluationsOf(ws, 'acme-bucket-owner-tag')).toEqual([])
  })

  it('stops with one line naming file, line and column when a rule file is broken, and exit 2', async () => {
    const ws = workspaceWith({ 'acme-sqs-kms.yml': SQS_KMS.replace('  exists: true', '  exist: true') })
    const { code, stdout, stderr } = await cli(['scan', '--inventory', 'queues.json', '--out', 'out'], ws)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'plumbline: rule file .plumbline/rules/acme-sqs-kms.yml:7:3: unknown key "exist" in a condition (did you mean "exists"?); operators: exists, empty, equals, not-equals, in, not-in, greater-than, greater-or-equal, less-than, less-or-equal, contains, not-contains, matches; list conditions: every, some, none\n'
    )
  })

  it('refuses a rule that takes a built-in rule\'s id, and a --rules-dir that is not a folder', async () => {
    const ws = workspaceWith({ 'mine.yml': SQS_KMS.replace('acme-sqs-kms', 's3-bucket-versioning-enabled') })
    const taken = await cli(['scan', '--inventory', 'queues.json', '--out', 'out'], ws)
    expect(taken.code).toBe(2)
    expect(taken.stderr).toMatch(/^plumbline: rule file \.plumbline\/rules\/mine\.yml:1:1: rule id "s3-bucket-versioning-enabled" is a built-in rule's id; give your rule an id of its own/)
    const missing = await cli(['scan', '--inventory', 'queues.json', '--rules-dir', 'nope', '--out', 'out'], ws)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('plumbline: --rules-dir: nope is not a folder; give the folder that holds your rule files (*.yml)\n')
  })
})

describe('a live scan with the user\'s rules', () => {
  it('reads the types the user\'s rules judge, beyond the default set, and judges them', async () => {
    const server = await startAwsServer()
    try {
      const queue = (name: string, properties: Record<string, unknown>) => ({
        type: 'AWS::SQS::Queue',
        region: REGION,
        properties: { QueueUrl: `https://sqs.${REGION}.amazonaws.com/${STAGING}/${name}`, QueueName: name, Arn: `arn:aws:sqs:${REGION}:${STAGING}:${name}`, ...properties }
      })
      server.addAccount({ id: STAGING, enabledRegions: [REGION], resources: [queue('orders', { KmsMasterKeyId: 'alias/orders' }), queue('audit', { SqsManagedSseEnabled: true })] })
      const ws = workspaceWith({ 'acme-sqs-kms.yml': SQS_KMS })
      const env = awsCliEnv(server, server.createUserKeys(STAGING, 'auditor'), REGION)
      const run = await runNode([join(ROOT, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--out', 'out', '--fail-on', 'none'], { cwd: ws, env })
      expect(run.code).toBe(0)
      const sqsCalls = server.calls.filter((c) => c.typeName === 'AWS::SQS::Queue')
      expect(sqsCalls.length).toBeGreaterThan(0)
      const verdicts = evaluationsOf(ws, 'acme-sqs-kms').map((e: { resource: { id: string }; status: string }) => [e.resource.id.split('/').pop(), e.status]).sort()
      expect(verdicts).toEqual([
        ['audit', 'fail'],
        ['orders', 'pass']
      ])
      const inventory = JSON.parse(readFileSync(join(ws, 'out/plumbline-inventory.json'), 'utf8'))
      expect(inventory.types).toContain('AWS::SQS::Queue')
    } finally {
      await server.close()
    }
  })
})

describe('the action with the user\'s rules', () => {
  const payload = { pull_request: { number: 7, head: { sha: 'feedc0de'.repeat(5) } }, repository: { full_name: 'acme/infra' } }
  const prepare = (rule: string) => (ws: string) => {
    mkdirSync(join(ws, '.plumbline/rules'), { recursive: true })
    writeFileSync(join(ws, '.plumbline/rules/acme-sqs-kms.yml'), rule)
    writeFileSync(join(ws, 'queues.json'), queueInventory())
  }

  it('runs the issue example from .plumbline/rules, gates on it and writes it to SARIF', async () => {
    const run = await runActionStep({ inventory: 'queues.json', 'upload-sarif': 'false', 'upload-report': 'false', 'comment-on-pr': 'false' }, { payload, prepare: prepare(SQS_KMS) })
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'))
    const results = sarif.runs.flatMap((r: { results: Array<{ ruleId: string }> }) => r.results).filter((r: { ruleId: string }) => r.ruleId === 'acme-sqs-kms')
    expect(results).toHaveLength(1)
    expect(Number(run.outputs['findings-high'])).toBeGreaterThanOrEqual(1)
    expect(run.summary).toContain('acme-sqs-kms')
  })

  it('fails the step with one line naming the broken rule file', async () => {
    const run = await runActionStep({ inventory: 'queues.json', 'upload-sarif': 'false', 'upload-report': 'false', 'comment-on-pr': 'false' }, { payload, prepare: prepare(SQS_KMS.replace('severity: high', 'severity: urgent')) })
    expect(run.result.code).toBe(1)
    const errors = run.result.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toEqual([expect.stringContaining('rule file .plumbline/rules/acme-sqs-kms.yml:3:11: severity "urgent" is not one of critical, high, medium, low, info')])
    expect(run.result.stdout + run.result.stderr).not.toMatch(/\n\s+at /)
  })
})
