// Checking .tf code without a plan through the bundled CLI: what the code alone decides is decided. A group
// with `count = var.create_bastion ? 1 : 0` (false) does not exist, so its open SSH rule is not judged; a
// group whose ingress comes from a dynamic block over a variable defaulting to [] has no ingress rule, so the
// public-port rules pass instead of answering unknown.
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanEnv, ROOT, runNode } from './helpers.js'

interface Evaluation {
  rule: string
  status: string
  resource: { address: string }
}

test('a count-0 resource yields no evaluation; a dynamic block over a default [] yields no ingress rule, so the group passes', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'plumbline-known-'))
  mkdirSync(join(workspace, '.git'))
  cpSync(join(ROOT, 'test/fixtures/hcl/known-without-plan'), join(workspace, 'infra'), { recursive: true })
  const run = await runNode([join(ROOT, 'bin/plumbline.js'), 'scan', '--tf-dir', 'infra', '--fail-on', 'none', '--out', 'out'], { cwd: workspace, env: cleanEnv() })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const { evaluations } = JSON.parse(readFileSync(join(workspace, 'out/plumbline-results.json'), 'utf8')) as { evaluations: Evaluation[] }
  expect(evaluations.filter((e) => e.resource.address.startsWith('aws_security_group.bastion'))).toEqual([])
  const app = evaluations.filter((e) => e.resource.address === 'aws_security_group.app')
  const publicPortRules = ['ec2-sg-no-public-all-ports', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-ssh']
  expect(app.filter((e) => publicPortRules.includes(e.rule)).map((e) => [e.rule, e.status]).sort()).toEqual(publicPortRules.map((rule) => [rule, 'pass']))
  expect(evaluations.filter((e) => e.status === 'unknown')).toEqual([])
})
