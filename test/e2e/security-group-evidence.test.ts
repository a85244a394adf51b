// Security-group evidence through the CLI as a person runs it (bin/plumbline.js → dist/cli.js): a value
// known only after apply and a rule resource that cannot be tied to its group must never end in a pass.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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
  resource: { type: string; address?: string }
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
