// A finding decided by a companion folded into its resource (a security-group rule resource opening SSH, a
// versioning resource suspending versioning, an attachment of AdministratorAccess) is placed on the companion's
// block: the results JSON carries `cause` {address, location}, SARIF puts the result there and names the companion,
// and an inline suppression in the companion's block applies. Through the bundled CLI on .tf code.
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Sarif from 'sarif'
import { cleanEnv, ROOT, runNode } from './helpers.js'
import type { Evaluation } from '../../src/types.js'

let evaluations: Evaluation[]
let sarif: Sarif.Log

beforeAll(async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'plumbline-cause-'))
  mkdirSync(join(workspace, '.git'))
  cpSync(join(ROOT, 'test/fixtures/hcl/companion-cause'), join(workspace, 'infra'), { recursive: true })
  const run = await runNode([join(ROOT, 'bin/plumbline.js'), 'scan', '--tf-dir', 'infra', '--fail-on', 'none', '--out', 'out'], { cwd: workspace, env: cleanEnv() })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  evaluations = (JSON.parse(readFileSync(join(workspace, 'out/plumbline-results.json'), 'utf8')) as { evaluations: Evaluation[] }).evaluations
  sarif = JSON.parse(readFileSync(join(workspace, 'out/plumbline.sarif'), 'utf8')) as Sarif.Log
}, 60_000)

function finding(rule: string, address: string): Evaluation {
  const found = evaluations.filter((e) => e.rule === rule && e.resource.address === address)
  expect(found).toHaveLength(1)
  return found[0]
}

test.each([
  ['ec2-sg-no-public-ssh', 'aws_security_group.app', 'aws_security_group_rule.ssh_from_anywhere', 7],
  ['s3-bucket-versioning-enabled', 'aws_s3_bucket.logs', 'aws_s3_bucket_versioning.logs', 35],
  ['iam-no-administrator-access-attached', 'aws_iam_role.ci', 'aws_iam_role_policy_attachment.ci_admin', 50]
])('%s on %s is placed on %s (line %d)', (rule, address, companion, line) => {
  const e = finding(rule, address)
  expect(e.status).toBe('fail')
  expect(e.cause).toEqual({ address: companion, location: { file: 'infra/main.tf', line } })
  expect(e.location).toEqual({ file: 'infra/main.tf', line })
  const result = sarif.runs[0].results!.find((r) => r.ruleId === rule && r.locations![0].logicalLocations!.some((l) => l.name === address))
  expect(result?.locations![0].physicalLocation!.region!.startLine).toBe(line)
  expect(result?.locations![0].logicalLocations![0].name).toBe(companion)
  expect(result?.message.text).toContain(`set by ${companion}`)
})

test("an inline suppression in the companion's block applies to the finding it decided", () => {
  const e = finding('ec2-sg-no-public-ssh', 'aws_security_group.bastion')
  expect(e.status).toBe('suppressed')
  expect(e.suppression?.reason).toBe('The bastion is reached from anywhere on purpose, with keys only')
  expect(e.cause?.address).toBe('aws_security_group_rule.bastion_ssh')
})

test("a verdict the resource's own block decides stays on it, without a cause", () => {
  const e = finding('s3-bucket-public-access-block-enabled', 'aws_s3_bucket.logs')
  expect(e.cause).toBeUndefined()
  expect(e.location).toEqual({ file: 'infra/main.tf', line: 31 })
})
