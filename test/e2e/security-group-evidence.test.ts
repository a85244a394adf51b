// Security-group evidence through the CLI as a person runs it (bin/plumbline.js → dist/cli.js): a value
// known only after apply and a rule resource that cannot be tied to its group must never end in a pass.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanEnv, ROOT, runNode } from './helpers.js'

const cli = (args: string[], cwd: string) => runNode([join(ROOT, 'bin/plumbline.js'), ...args], { cwd, env: cleanEnv() })

/** A git-looking workspace with the given .tf files under infra/. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-sg-'))
  mkdirSync(join(dir, '.git'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'infra', name, '..'), { recursive: true })
    writeFileSync(join(dir, 'infra', name), text)
  }
  return dir
}

interface ResultEvaluation {
  rule: string
  status: string
  resource: { type: string; address?: string; part?: string }
}

function evaluations(ws: string): ResultEvaluation[] {
  return JSON.parse(readFileSync(join(ws, 'plumbline-out/plumbline-results.json'), 'utf8')).evaluations as ResultEvaluation[]
}

describe('a port known only after apply (issue 9, item 15)', () => {
  // The input, verbatim: published module examples have the same shape.
  const mainTf = `variable "port" { type = number }
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`
  it('completes the plan-less run and answers unknown for SSH, never pass', async () => {
    const ws = workspace({ 'main.tf': mainTf })
    const { code, stderr } = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'high', '--gate-scope', 'all'], ws)
    expect(stderr).not.toMatch(/could not complete/)
    expect(code).toBe(0)
    const app = evaluations(ws).filter((e) => e.resource.address === 'aws_security_group.app')
    for (const rule of ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports']) {
      expect(app.find((e) => e.rule === rule)?.status).toBe('unknown')
    }
  })
})

describe('a rule resource reaching its group through a local, a module output, or not at all (issue 9, item 17)', () => {
  const ssh = (e: ResultEvaluation[], address: string) => e.filter((x) => x.rule === 'ec2-sg-no-public-ssh' && x.resource.address === address)

  it('.tf code of the security-group module shape: the group fails SSH and the gate fails', async () => {
    const ws = workspace({})
    cpSync(join(ROOT, 'test/fixtures/hcl/sg-module'), join(ws, 'infra'), { recursive: true })
    const { code, stdout } = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'high'], ws)
    expect(code).toBe(1)
    expect(stdout).not.toMatch(/no mapping yet/)
    expect(ssh(evaluations(ws), 'module.bastion_sg.aws_security_group.this[0]').map((e) => e.status)).toEqual(['fail'])
  })

  it('its plan (the group is new): the rule is judged on its own and the group is unknown, not pass; the gate fails', async () => {
    const ws = workspace({})
    cpSync(join(ROOT, 'test/fixtures/hcl/sg-module'), join(ws, 'infra'), { recursive: true })
    cpSync(join(ROOT, 'test/fixtures/plans/sg-module.json'), join(ws, 'infra/plan.json'))
    const { code, stdout } = await cli(['scan', '--plan', 'infra/plan.json', '--tf-dir', 'infra', '--fail-on', 'high'], ws)
    expect(code).toBe(1)
    expect(stdout).not.toMatch(/no mapping yet/)
    const results = evaluations(ws)
    expect(ssh(results, 'module.bastion_sg.aws_security_group.this[0]').map((e) => e.status)).toEqual(['unknown'])
    expect(ssh(results, 'module.bastion_sg.aws_security_group_rule.ingress_rules[0]').map((e) => [e.resource.type, e.resource.part, e.status])).toEqual([
      ['AWS::EC2::SecurityGroupIngress', 'cidr_blocks[0]', 'fail']
    ])
  })

  it('a rule on a variable or a literal id of a group managed elsewhere is checked, one result per source', async () => {
    const ws = workspace({
      'main.tf': `variable "sg_id" { type = string }
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = var.sg_id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
  ipv6_cidr_blocks  = ["::/0"]
}
resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "0.0.0.0/0"
}
`
    })
    const { code, stdout } = await cli(['scan', '--tf-dir', 'infra', '--fail-on', 'high'], ws)
    expect(code).toBe(1)
    expect(stdout).not.toMatch(/no mapping yet/)
    const results = evaluations(ws)
    expect(ssh(results, 'aws_security_group_rule.ssh').map((e) => [e.resource.part, e.status])).toEqual([
      ['cidr_blocks[0]', 'fail'],
      ['ipv6_cidr_blocks[0]', 'fail']
    ])
    // The group might be the one var.sg_id names: unknown for SSH, never pass.
    expect(ssh(results, 'aws_security_group.app').map((e) => e.status)).toEqual(['unknown'])
    expect(results.filter((e) => e.rule === 'ec2-sg-no-public-rdp' && e.resource.address === 'aws_vpc_security_group_ingress_rule.rdp').map((e) => e.status)).toEqual(['fail'])
    // Two parts of one Terraform resource are two alerts with fingerprints of their own.
    const sarif = JSON.parse(readFileSync(join(ws, 'plumbline-out/plumbline.sarif'), 'utf8'))
    const fingerprints = sarif.runs
      .flatMap((run: { results: Array<{ ruleId: string; message: { text: string }; partialFingerprints: Record<string, string> }> }) => run.results)
      .filter((r: { ruleId: string; message: { text: string } }) => r.ruleId === 'ec2-sg-no-public-ssh' && r.message.text.includes('aws_security_group_rule.ssh'))
      .map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['plumbline/v1'].split(':')[0])
    expect(fingerprints).toHaveLength(2)
    expect(new Set(fingerprints).size).toBe(2)
  })
})
