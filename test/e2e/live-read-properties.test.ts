// Read vs absent on the live side (issue 9, item 17): a property the scan did not read is unknown, never absent.
// With lambda:ListFunctions denied, a function is known from Cloud Control's list only (its name): its
// environment was not read, so the secrets rule must answer unknown — not "has no environment variables" —
// and the key in its environment reaches no output. The CLI as a person runs it, over the local AWS server.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { awsCliEnv, exampleWorkspace, ROOT, runNode, type ProcessResult } from './helpers.js'

const ACCOUNT = '210987654321'
const REGION = 'eu-west-1'
// An access key id shape under an ordinary variable name: only its value gives it away.
const ACCESS_KEY_VALUE = 'AKIAZ7XQ3PLUMBLINE01'

let server: AwsServer
let workspace: string
let env: NodeJS.ProcessEnv

const cli = (...args: string[]) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd: workspace, env })

beforeAll(async () => {
  server = await startAwsServer()
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [REGION],
    resources: [
      {
        type: 'AWS::Lambda::Function',
        region: REGION,
        properties: {
          FunctionName: 'billing-sync',
          Arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:billing-sync`,
          Runtime: 'python3.12',
          Role: `arn:aws:iam::${ACCOUNT}:role/billing`,
          Environment: { Variables: { UPSTREAM_CLIENT: ACCESS_KEY_VALUE, STAGE: 'prod' } }
        }
      }
    ]
  })
  workspace = exampleWorkspace()
  env = awsCliEnv(server, server.createUserKeys(ACCOUNT, 'auditor'), REGION)
})

afterAll(async () => {
  await server.close()
})

afterEach(() => server.clearFaults())

interface Result {
  evaluations: Array<{ rule: string; status: string; message: string; resource: { id: string } }>
}

function secretsRule(out: string): { status: string; message: string } {
  const results = JSON.parse(readFileSync(join(workspace, out, 'plumbline-results.json'), 'utf8')) as Result
  const found = results.evaluations.filter((e) => e.rule === 'lambda-function-no-secrets-in-env' && e.resource.id === 'billing-sync')
  expect(found).toHaveLength(1)
  return found[0]
}

function expectNowhere(run: ProcessResult, out: string): void {
  const dir = join(workspace, out)
  for (const text of [run.stdout, run.stderr, ...readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))]) {
    expect(text).not.toContain(ACCESS_KEY_VALUE)
  }
}

const scan = (out: string) => cli('scan', '--live', '--region', REGION, '--regions', REGION, '--resource-types', 'AWS::Lambda::Function', '--fail-on', 'critical', '--out', out)

describe('a Lambda function whose configuration was not read', () => {
  it('answers unknown, never pass, with lambda:ListFunctions denied; the key is in no output; offline too', async () => {
    server.addFault({ kind: 'deny', service: 'lambda', operation: 'ListFunctions' })
    const run = await scan('denied-out')
    expect(run.code).toBe(0) // unknown never fails the gate
    const outcome = secretsRule('denied-out')
    expect(outcome.status).toBe('unknown')
    expect(outcome.message).not.toMatch(/has no environment variables/)
    expectNowhere(run, 'denied-out')
    // The inventory records what the partial read returned, so "not read" survives the file.
    const inventory = JSON.parse(readFileSync(join(workspace, 'denied-out/plumbline-inventory.json'), 'utf8'))
    const fn = inventory.resources.find((r: { id: string }) => r.id === 'billing-sync')
    expect(fn.readProperties).toEqual(['FunctionName'])
    const offline = await cli('scan', '--inventory', 'denied-out/plumbline-inventory.json', '--fail-on', 'critical', '--out', 'denied-offline')
    expect(offline.code).toBe(0)
    expect(secretsRule('denied-offline').status).toBe('unknown')
  })

  it('is judged when ListFunctions answers: the key fails the gate, and is still in no output', async () => {
    const run = await scan('read-out')
    expect(run.code).toBe(1)
    expect(secretsRule('read-out')).toMatchObject({ status: 'fail', message: expect.stringContaining('UPSTREAM_CLIENT') })
    expectNowhere(run, 'read-out')
  })
})
