// One finding per (rule, resource) in every text writer: the plan side and the live side of the same finding
// are one entry that says where each side stands, and what blocks the gate is marked.
import { renderConsole } from '../../src/report/console-text.js'
import { renderPrComment } from '../../src/report/pr-comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { groupFindings } from '../../src/report/view.js'
import type { Evaluation } from '../../src/types.js'
import { buildModel, evaluation, resourceRef } from './model-builder.js'

function sshOnBothSides(): Evaluation[] {
  const address = 'aws_security_group.bastion'
  const plan = evaluation({
    rule: 'ec2-sg-no-public-ssh',
    severity: 'high',
    message: 'Security group allows SSH from the internet',
    resource: resourceRef({ type: 'AWS::EC2::SecurityGroup', address, origin: 'plan' }),
    location: { file: 'infra/network.tf', line: 32 },
    delta: 'introduced',
    blocksGate: true
  })
  const live = evaluation({
    rule: 'ec2-sg-no-public-ssh',
    severity: 'high',
    message: 'Security group sg-1 allows SSH from the internet',
    resource: resourceRef({ type: 'AWS::EC2::SecurityGroup', id: 'sg-1', address, origin: 'live' }),
    location: { file: 'infra/network.tf', line: 32 },
    delta: 'pre-existing'
  })
  const other = evaluation({ rule: 's3-bucket-versioning-enabled', severity: 'medium', message: 'Bucket has versioning off' })
  return [live, plan, other]
}

describe('findings grouped per (rule, resource)', () => {
  it('groupFindings joins the plan and live sides, Terraform side first, blocking groups first', () => {
    const groups = groupFindings(sshOnBothSides())
    expect(groups.map((g) => [g.rule, g.sides.map((e) => e.resource.origin), g.blocksGate])).toEqual([
      ['ec2-sg-no-public-ssh', ['plan', 'live'], true],
      ['s3-bucket-versioning-enabled', ['plan'], false]
    ])
    expect(groups[0].message).toBe('Security group allows SSH from the internet')
    expect(groups[0].delta).toBe('introduced')
  })

  it('the console lists the SSH finding once, with both sides and a blocking mark', () => {
    const model = buildModel({ evaluations: sshOnBothSides(), run: { gate: { verdict: 'fail', reason: '1 finding at or above high introduced by this change' } } })
    const text = renderConsole(model)
    expect(text.match(/ec2-sg-no-public-ssh/g)).toHaveLength(1)
    expect(text).toContain('infra/network.tf:32  BLOCKS THE GATE')
    expect(text).toContain('plan: introduced; live 123456789012/eu-west-1: pre-existing')
    expect(text).toContain('2 findings (distinct rule and resource), 1 blocking the gate')
  })

  it('the PR comment and the summary list it once and say it blocks the gate', () => {
    const model = buildModel({ evaluations: sshOnBothSides(), run: { gate: { verdict: 'fail', reason: 'x' } } })
    for (const md of [renderPrComment(model), renderSummary(model)]) {
      const rows = md.split('\n').filter((line) => line.includes('ec2-sg-no-public-ssh'))
      expect(rows).toHaveLength(1)
      expect(rows[0]).toContain('**blocks the gate** · plan: introduced; live 123456789012/eu-west-1: pre-existing')
    }
    expect(renderPrComment(model)).toContain('**2** finding(s) (3 failing checks), **1 blocking the gate**')
  })

  it('a run with failures and no threshold says "not gated", never passed', () => {
    const model = buildModel({ evaluations: sshOnBothSides(), run: { gate: { verdict: 'not-gated', reason: 'no fail-on-severity threshold: findings are reported, not gated' } } })
    expect(renderConsole(model)).toContain('gate: not gated (no fail-on-severity threshold')
    for (const md of [renderPrComment(model), renderSummary(model)]) {
      expect(md).toContain('⚪ not gated')
      expect(md).not.toMatch(/passed|✅/)
    }
  })
})
