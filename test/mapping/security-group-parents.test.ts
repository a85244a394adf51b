// Which group a separate security-group rule belongs to (issue 9, item 17): its security_group_id reaches the
// group through a local, concat(...)[0], element(), a splat, a conditional or a module output, in .tf code
// and in the plan Terraform prints for it. A rule that cannot be tied to exactly one group is judged on its
// own (AWS::EC2::SecurityGroupIngress), never listed as "no mapping yet".
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mapTerraform } from '../../src/mapping/index.js'
import { loadTerraformDir } from '../../src/sources/hcl/index.js'
import { readPlan } from '../../src/sources/plan.js'
import type { Resource } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import { tf } from './helpers.js'

const MODULE_FIXTURE = join(ROOT, 'test/fixtures/hcl/sg-module')
const MODULE_PLAN = join(ROOT, 'test/fixtures/plans/sg-module.json')

const groups = (resources: Resource[]) => resources.filter((r) => r.type === 'AWS::EC2::SecurityGroup')
const standalone = (resources: Resource[]) => resources.filter((r) => r.type === 'AWS::EC2::SecurityGroupIngress')
const ports = (group: Resource) => ((group.properties.SecurityGroupIngress ?? []) as Array<{ FromPort?: number }>).map((e) => e.FromPort).sort()

async function fromHcl(files: Record<string, string>): Promise<Resource[]> {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-sg-parents-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const { resources } = await loadTerraformDir(dir, { repoRoot: dir, env: {} })
  const mapped = mapTerraform(resources)
  expect(mapped.unmapped).toEqual([])
  return mapped.resources
}

describe('the security-group module shape (a local over concat(...)[0] behind a conditional, and a module output)', () => {
  test('.tf code: both rules fold into the module\'s group', async () => {
    const { resources } = await loadTerraformDir(MODULE_FIXTURE, { repoRoot: MODULE_FIXTURE, env: {} })
    const mapped = mapTerraform(resources)
    expect(mapped.unmapped).toEqual([])
    expect(standalone(mapped.resources)).toEqual([])
    const [group] = groups(mapped.resources)
    expect(group.address).toBe('module.bastion_sg.aws_security_group.this[0]')
    expect(ports(group)).toEqual([22, 3389]) // ssh-tcp through local.this_sg_id, RDP through module.bastion_sg.security_group_id
  })

  test('the plan: the module output is followed; a local (written as local.NAME only) leaves the rule on its own', async () => {
    const plan = await readPlan(MODULE_PLAN)
    const mapped = mapTerraform(plan.resources)
    expect(mapped.unmapped).toEqual([])
    const [group] = groups(mapped.resources)
    expect(group.id).toBeNull() // created by this plan: its id is known only after apply
    expect(ports(group)).toEqual([3389])
    const [ssh] = standalone(mapped.resources)
    expect(standalone(mapped.resources)).toHaveLength(1)
    expect(ssh).toMatchObject({
      address: 'module.bastion_sg.aws_security_group_rule.ingress_rules[0]',
      part: 'cidr_blocks[0]',
      properties: { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }
    })
    expect(ssh.unknown).toEqual(['GroupId'])
    expect(ssh.references).toBeUndefined() // joined to a group by a known id only, never by a guess
  })
})

describe('expressions naming the group', () => {
  const group = (name: string) => `resource "aws_security_group" "${name}" {\n  count  = 1\n  name   = "${name}"\n  vpc_id = "vpc-1"\n}\n`
  const rule = (name: string, sgExpression: string, port: number) =>
    `resource "aws_security_group_rule" "${name}" {\n  type              = "ingress"\n  security_group_id = ${sgExpression}\n  protocol          = "tcp"\n  from_port         = ${port}\n  to_port           = ${port}\n  cidr_blocks       = ["0.0.0.0/0"]\n}\n`

  test('element(), splat and a conditional with a variable on the other branch', async () => {
    const resources = await fromHcl({
      'main.tf': [
        'variable "create" {\n  type    = bool\n  default = true\n}\nvariable "existing_id" {\n  type    = string\n  default = null\n}\n',
        group('app'),
        rule('by_element', 'element(aws_security_group.app.*.id, 0)', 22),
        rule('by_splat', 'aws_security_group.app[*].id[0]', 80),
        rule('by_conditional', 'var.create ? aws_security_group.app[0].id : var.existing_id', 443)
      ].join('\n')
    })
    expect(standalone(resources)).toEqual([])
    expect(ports(groups(resources)[0])).toEqual([22, 443, 80].sort())
  })

  test('a group on neither branch, a literal id, a variable, or two candidate groups: judged on its own', async () => {
    const resources = await fromHcl({
      'main.tf': [
        'variable "sg_id" {\n  type = string\n}\n',
        group('a'),
        group('b'),
        rule('literal', '"sg-0123456789abcdef0"', 22),
        rule('variable', 'var.sg_id', 22),
        rule('two_groups', 'var.sg_id == "" ? aws_security_group.a[0].id : aws_security_group.b[0].id', 22)
      ].join('\n')
    })
    expect(groups(resources).map(ports)).toEqual([[], []])
    expect(standalone(resources).map((r) => [r.address, r.properties.GroupId ?? null, r.unknown ?? []])).toEqual([
      ['aws_security_group_rule.literal', 'sg-0123456789abcdef0', []],
      ['aws_security_group_rule.variable', null, ['GroupId']],
      ['aws_security_group_rule.two_groups', null, ['GroupId']]
    ])
  })

  test('a known id decides over a reference to a group on the branch not taken', () => {
    const existing = tf('aws_security_group', 'this', { id: 'sg-new0000000000000', name: 'this' }, { action: 'no-op', index: 0, address: 'aws_security_group.this[0]' })
    const rule = tf('aws_security_group_rule', 'r', {
      type: 'ingress', security_group_id: 'sg-elsewhere00000000', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0']
    }, { references: { security_group_id: ['aws_security_group.this[0].id', 'aws_security_group.this'] } })
    const { resources } = mapTerraform([existing, rule])
    expect(ports(groups(resources)[0])).toEqual([])
    expect(standalone(resources).map((r) => r.properties.GroupId)).toEqual(['sg-elsewhere00000000'])
  })

  test('one Terraform rule with several sources is one standalone resource per source, named by part', () => {
    const { resources } = mapTerraform([
      tf('aws_security_group_rule', 'multi', {
        type: 'ingress', security_group_id: 'sg-elsewhere00000000', protocol: 'tcp', from_port: 22, to_port: 22,
        cidr_blocks: ['0.0.0.0/0', '10.0.0.0/8'], ipv6_cidr_blocks: ['::/0']
      }),
      tf('aws_vpc_security_group_egress_rule', 'out', { security_group_id: 'sg-elsewhere00000000', security_group_rule_id: 'sgr-0abc', ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' })
    ])
    expect(resources.map((r) => [r.type, r.id, r.part ?? null, r.properties.CidrIp ?? r.properties.CidrIpv6])).toEqual([
      ['AWS::EC2::SecurityGroupIngress', null, 'cidr_blocks[0]', '0.0.0.0/0'],
      ['AWS::EC2::SecurityGroupIngress', null, 'cidr_blocks[1]', '10.0.0.0/8'],
      ['AWS::EC2::SecurityGroupIngress', null, 'ipv6_cidr_blocks[0]', '::/0'],
      ['AWS::EC2::SecurityGroupEgress', 'sgr-0abc', null, '0.0.0.0/0']
    ])
  })
})

describe('a counted group and rules made with for_each (the node-group shape of cluster modules)', () => {
  test('every rule folds into the group, by index or through a local, and the group fails SSH and RDP', async () => {
    const dir = join(ROOT, 'test/fixtures/hcl/sg-counted-group')
    const { resources } = await loadTerraformDir(dir, { repoRoot: ROOT, env: {} })
    const rules = resources.filter((r) => r.type === 'aws_security_group_rule')
    expect(rules.map((r) => r.address).sort()).toEqual([
      'aws_security_group_rule.node["egress_all"]',
      'aws_security_group_rule.node["ingress_cluster_443"]',
      'aws_security_group_rule.node["ingress_self_all"]',
      'aws_security_group_rule.node["ingress_ssh_anywhere"]',
      'aws_security_group_rule.through_local'
    ])
    const mapped = mapTerraform(resources)
    expect(mapped.unmapped.filter((u) => u.type.includes('security_group'))).toEqual([])
    expect(standalone(mapped.resources).map((r) => r.address)).toEqual([])
    const node = groups(mapped.resources).find((g) => g.address === 'aws_security_group.node[0]')!
    const ingress = node.properties.SecurityGroupIngress as Array<Record<string, unknown>>
    expect(ingress).toEqual(expect.arrayContaining([expect.objectContaining({ FromPort: 22, CidrIp: '0.0.0.0/0' }), expect.objectContaining({ FromPort: 3389, CidrIp: '0.0.0.0/0' })]))
    expect((node.properties.SecurityGroupEgress as unknown[]).length).toBe(1)
  })
})

describe('module outputs in the plan', () => {
  test('an output of an output (module.net → module.sg) and a module called with count lead to the group', async () => {
    const group = (address: string, module: string) => ({ address, mode: 'managed', type: 'aws_security_group', name: 'this', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws', values: { name: 'g', vpc_id: 'vpc-1' }, sensitive_values: {}, module })
    const rule = { address: 'aws_vpc_security_group_ingress_rule.ssh', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'ssh', provider_name: 'registry.terraform.io/hashicorp/aws', values: { ip_protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv4: '0.0.0.0/0' }, sensitive_values: {} }
    const sgModule = {
      outputs: { id: { expression: { references: ['aws_security_group.this[0].id', 'aws_security_group.this[0]', 'aws_security_group.this'] } } },
      resources: [{ address: 'aws_security_group.this', mode: 'managed', type: 'aws_security_group', name: 'this', provider_config_key: 'aws', expressions: {}, count_expression: { constant_value: 1 } }]
    }
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [rule],
          child_modules: [{ address: 'module.net[0]', child_modules: [{ address: 'module.net[0].module.sg', resources: [group('module.net[0].module.sg.aws_security_group.this[0]', 'module.net[0].module.sg')] }] }]
        }
      },
      resource_changes: [
        { address: rule.address, mode: 'managed', type: rule.type, name: rule.name, change: { actions: ['create'], before: null, after: rule.values, after_unknown: { security_group_id: true, id: true } } },
        { address: 'module.net[0].module.sg.aws_security_group.this[0]', module_address: 'module.net[0].module.sg', mode: 'managed', type: 'aws_security_group', name: 'this', index: 0, change: { actions: ['create'], before: null, after: { name: 'g', vpc_id: 'vpc-1' }, after_unknown: { id: true, ingress: true, egress: true } } }
      ],
      configuration: {
        root_module: {
          resources: [{ address: rule.address, mode: 'managed', type: rule.type, name: rule.name, provider_config_key: 'aws', expressions: { security_group_id: { references: ['module.net[0].sg_id', 'module.net[0]', 'module.net'] } } }],
          module_calls: {
            net: {
              source: './net',
              count_expression: { constant_value: 1 },
              module: { outputs: { sg_id: { expression: { references: ['module.sg.id', 'module.sg'] } } }, module_calls: { sg: { source: './sg', module: sgModule } } }
            }
          }
        }
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'plumbline-outputs-')), 'plan.json')
    writeFileSync(file, JSON.stringify(plan))
    const { resources: tfResources } = await readPlan(file)
    expect(tfResources.find((r) => r.address === rule.address)?.references).toEqual({ security_group_id: ['module.net.module.sg.aws_security_group.this'] })
    const mapped = mapTerraform(tfResources)
    expect(standalone(mapped.resources)).toEqual([])
    expect(ports(groups(mapped.resources)[0])).toEqual([22])
  })
})
