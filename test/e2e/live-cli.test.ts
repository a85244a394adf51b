// The CLI on the live side, as a person runs it: credentials from the environment (the SDK's default chain),
// `--live` against the local AWS server, then the saved inventory read back offline with `--inventory`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { REGION, STAGING, seedExampleEstate } from '../fixtures/live-estate.mjs'
import { awsCliEnv, exampleWorkspace, ROOT, runNode } from './helpers.js'

let server: AwsServer
let workspace: string
let env: NodeJS.ProcessEnv

const cli = (...args: string[]) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd: workspace, env })

beforeAll(async () => {
  server = await startAwsServer()
  seedExampleEstate(server)
  workspace = exampleWorkspace()
  env = awsCliEnv(server, server.createUserKeys(STAGING, 'auditor'), REGION)
})

afterAll(async () => {
  await server.close()
})

describe('plumbline scan --live', () => {
  it('scans with the environment credentials, writes the inventory, and reads it back offline to the same findings', async () => {
    const live = await cli('scan', '--live', '--region', REGION, '--tf-dir', 'infra', '--out', 'live-out', '--fail-on', 'none')
    // Progress on stderr (which identity scans), nothing else: no SDK warning, no error. 29: the bucket's versioning
    // fact (S3 GetBucketVersioning, for MFA delete), the estate's two EBS snapshots and its AMI are read too, and
    // IAM's access advisor for three principals (Plumbline::IAM::ServiceLastAccessed; the service-linked role is skipped).
    expect(live.stderr).toBe(
      `Using the default AWS credential chain: arn:aws:iam::${STAGING}:user/auditor (account ${STAGING})\n` +
        `account ${STAGING}: 29 resource(s) read in 1 region(s) and global\n`
    )
    expect(live.code).toBe(0)
    expect(live.stdout).toContain(`wrote ${join(workspace, 'live-out/plumbline-inventory.json')}`)
    expect(live.stdout).toMatch(/ec2-sg-no-public-ssh .*\n.*\n\s+live 123456789012\/eu-west-1/)
    const scannedCalls = server.calls.length
    expect(scannedCalls).toBeGreaterThan(20)

    const offline = await cli('scan', '--inventory', 'live-out/plumbline-inventory.json', '--tf-dir', 'infra', '--out', 'offline-out', '--fail-on', 'none')
    expect(offline.code).toBe(0)
    // No AWS call offline.
    expect(server.calls.length).toBe(scannedCalls)
    // Only a scan writes an inventory: reading one back does not copy it.
    expect(existsSync(join(workspace, 'offline-out/plumbline-inventory.json'))).toBe(false)
    const failing = (file: string) =>
      (JSON.parse(readFileSync(join(workspace, file), 'utf8')).evaluations as Array<{ rule: string; status: string; resource: { origin: string; id: string } }>)
        .filter((e) => e.resource.origin === 'live' && e.status === 'fail')
        .map((e) => `${e.rule} ${e.resource.id}`)
        .sort()
    expect(failing('offline-out/plumbline-results.json')).toEqual(failing('live-out/plumbline-results.json'))
    expect(failing('live-out/plumbline-results.json').length).toBeGreaterThan(5)
    // The region controls: the scanned region holds an enabled detector and a recording Config recorder, judged on its region pseudo-resource
    // (saved nowhere: the offline run makes it again from the inventory's coverage ledger).
    const regionVerdicts = (file: string) =>
      (JSON.parse(readFileSync(join(workspace, file), 'utf8')).evaluations as Array<{ rule: string; status: string; resource: { type: string; id: string } }>)
        .filter((e) => e.rule === 'guardduty-enabled' || e.rule === 'config-recorder-all-regions')
        .map((e) => `${e.status} ${e.resource.type} ${e.resource.id}`)
    expect(regionVerdicts('live-out/plumbline-results.json').sort()).toEqual([`pass Plumbline::Account::Region ${STAGING}/${REGION}`, `pass Plumbline::Account::Region ${STAGING}/${REGION}`])
    expect(regionVerdicts('offline-out/plumbline-results.json')).toEqual(regionVerdicts('live-out/plumbline-results.json'))
  })

  it('exits 1 with --fail-on-incomplete when a type was denied', async () => {
    server.addFault({ kind: 'deny', service: 'cloudcontrol', typeName: 'AWS::IAM::User' })
    try {
      const run = await cli('scan', '--live', '--region', REGION, '--resource-types', 'AWS::IAM::User,AWS::EC2::SecurityGroup', '--fail-on-incomplete', '--fail-on', 'none', '--out', 'incomplete-out')
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/gate: fail \(.*coverage is incomplete/)
      expect(run.stdout).toMatch(/coverage is incomplete: 1 of 2 .* 123456789012 global AWS::IAM::User denied \(AccessDeniedException: /)
    } finally {
      server.clearFaults()
    }
  })

  it('exits 3 with one line when AWS refuses the credentials, and 2 for an inventory of another version', async () => {
    const badKeys = await runNode([join(ROOT, 'bin/plumbline.js'), 'scan', '--live', '--region', REGION, '--out', 'x'], {
      cwd: workspace,
      env: { ...env, AWS_SECRET_ACCESS_KEY: 'not-the-secret-0000000000000000000000000' }
    })
    expect(badKeys.code).toBe(3)
    expect(badKeys.stderr.trim().split('\n')).toHaveLength(1)
    expect(badKeys.stderr).toMatch(/^plumbline: the run could not complete: /)
    expect(badKeys.stderr).not.toContain('not-the-secret')

    const old = join(workspace, 'old-inventory.json')
    writeFileSync(old, JSON.stringify({ schemaVersion: 0, kind: 'plumbline-inventory', resources: [], coverage: [] }))
    const wrongVersion = await cli('scan', '--inventory', 'old-inventory.json', '--out', 'y')
    expect(wrongVersion.code).toBe(2)
    expect(wrongVersion.stderr).toMatch(/^plumbline: --inventory: old-inventory\.json has inventory schema version 0, this Plumbline reads versions 1 and 2; .*\n$/)
  })
})
