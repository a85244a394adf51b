// Security-group rules judged on their own (AWS::EC2::SecurityGroupIngress) and the groups they might belong to
// (issue 9, item 17): evidence that cannot be placed never turns into a pass.
import { evaluationKey } from '../../src/model/counts.js'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { mapTerraform } from '../../src/mapping/index.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, planned, res, ruleById } from './builders.js'

const SG = 'AWS::EC2::SecurityGroup'
const INGRESS = 'AWS::EC2::SecurityGroupIngress'
const SG_RULES = ['ec2-sg-no-public-ssh', 'ec2-sg-no-public-rdp', 'ec2-sg-no-public-all-ports']

/** A standalone rule whose group could not be found: GroupId unknown. */
const adrift = (address: string, entry: Record<string, unknown>, unknown: string[] = []) => planned(INGRESS, address, entry, ['GroupId', ...unknown])

describe('a standalone ingress rule', () => {
  it('is judged on its own, like one entry of a group', () => {
    const rules = [
      adrift('aws_security_group_rule.ssh_world', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }),
      adrift('aws_security_group_rule.all_v6', { IpProtocol: '-1', CidrIpv6: '::/0' }),
      adrift('aws_security_group_rule.https_private', { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }),
      adrift('aws_security_group_rule.port_unknown', { IpProtocol: 'tcp', CidrIp: '0.0.0.0/0' }, ['FromPort', 'ToPort']),
      res(INGRESS, 'sgr-live', { GroupId: 'sg-elsewhere', IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIp: '0.0.0.0/0' })
    ]
    expect(judge(ruleById('ec2-sg-no-public-ssh'), rules)).toEqual(
      expected({
        fail: ['aws_security_group_rule.ssh_world', 'aws_security_group_rule.all_v6'],
        pass: ['aws_security_group_rule.https_private', 'sgr-live'],
        unknown: ['aws_security_group_rule.port_unknown']
      })
    )
    expect(judge(ruleById('ec2-sg-no-public-rdp'), rules)).toEqual(
      expected({
        fail: ['aws_security_group_rule.all_v6', 'sgr-live'],
        pass: ['aws_security_group_rule.ssh_world', 'aws_security_group_rule.https_private'],
        unknown: ['aws_security_group_rule.port_unknown']
      })
    )
  })
})

describe('a group and the standalone rules that might be its own', () => {
  const closed = planned(SG, 'aws_security_group.closed', { GroupName: 'closed', SecurityGroupIngress: [] }, ['GroupId', 'Id'])
  const live = res(SG, 'sg-0live', { GroupId: 'sg-0live', SecurityGroupIngress: [] })

  it('is unknown, not pass, when a rule that might belong opens the port', () => {
    const ssh = adrift('module.sg.aws_security_group_rule.ingress_rules[0]', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' })
    expect(judge(ruleById('ec2-sg-no-public-ssh'), [closed, live], [ssh])).toEqual(expected({ unknown: ['aws_security_group.closed', 'sg-0live'] }))
    const outcome = ruleById('ec2-sg-no-public-ssh').check(closed, { ofType: (t) => (t === INGRESS ? [ssh] : []), find: () => undefined })
    expect(outcome?.message).toContain('module.sg.aws_security_group_rule.ingress_rules[0]')
    // The same rule opens nothing RDP cares about: no effect there.
    expect(judge(ruleById('ec2-sg-no-public-rdp'), [closed, live], [ssh])).toEqual(expected({ pass: ['aws_security_group.closed', 'sg-0live'] }))
  })

  it('changes nothing when the rule that might belong opens nothing relevant (443 from 10.0.0.0/8)', () => {
    const https = adrift('aws_security_group_rule.https', { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' })
    for (const id of SG_RULES) expect(judge(ruleById(id), [closed, live], [https])).toEqual(expected({ pass: ['aws_security_group.closed', 'sg-0live'] }))
  })

  it('fails when a standalone rule is known to be its own; a rule of another known group is not', () => {
    const own = res(INGRESS, 'sgr-1', { GroupId: 'sg-0live', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' })
    const other = res(INGRESS, 'sgr-2', { GroupId: 'sg-0other', IpProtocol: '-1', CidrIp: '0.0.0.0/0' })
    expect(judge(ruleById('ec2-sg-no-public-ssh'), [live], [own, other])).toEqual(expected({ fail: ['sg-0live'] }))
    expect(judge(ruleById('ec2-sg-no-public-all-ports'), [live], [own, other])).toEqual(expected({ pass: ['sg-0live'] }))
  })
})

describe('the parts of one Terraform rule', () => {
  it('are evaluated apart and keyed apart', () => {
    const { resources } = mapTerraform([
      tf('aws_security_group_rule', 'multi', {
        type: 'ingress', security_group_id: 'sg-elsewhere00000000', protocol: 'tcp', from_port: 22, to_port: 22,
        cidr_blocks: ['0.0.0.0/0', '10.0.0.0/8'], ipv6_cidr_blocks: ['::/0']
      })
    ])
    const rules = ALL_RULES.filter((r) => r.id === 'ec2-sg-no-public-ssh')
    const evaluations = evaluateInventory(resources, { rules, configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
    expect(evaluations.map((e) => [e.resource.part, e.status])).toEqual([
      ['cidr_blocks[0]', 'fail'],
      ['cidr_blocks[1]', 'pass'],
      ['ipv6_cidr_blocks[0]', 'fail']
    ])
    expect(new Set(evaluations.map(evaluationKey)).size).toBe(3)
    expect(evaluations.map((e) => e.message)).toEqual([
      expect.stringContaining('aws_security_group_rule.multi (cidr_blocks[0])'),
      expect.stringContaining('aws_security_group_rule.multi (cidr_blocks[1])'),
      expect.stringContaining('aws_security_group_rule.multi (ipv6_cidr_blocks[0])')
    ])
  })
})

describe('ec2-default-sg-restricts-all-traffic and standalone rules', () => {
  it('fails on a rule known to be the default group\'s and is unknown for one that might be', () => {
    const defaultGroup = res(SG, 'sg-0default', { GroupId: 'sg-0default', GroupName: 'default', SecurityGroupIngress: [], SecurityGroupEgress: [] })
    const known = res(INGRESS, 'sgr-1', { GroupId: 'sg-0default', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' })
    const adriftEgress = planned('AWS::EC2::SecurityGroupEgress', 'aws_vpc_security_group_egress_rule.out', { IpProtocol: '-1', CidrIp: '0.0.0.0/0' }, ['GroupId'])
    const rule = ruleById('ec2-default-sg-restricts-all-traffic')
    expect(judge(rule, [defaultGroup], [known])).toEqual(expected({ fail: ['sg-0default'] }))
    expect(judge(rule, [defaultGroup], [adriftEgress])).toEqual(expected({ unknown: ['sg-0default'] }))
    expect(judge(rule, [defaultGroup])).toEqual(expected({ pass: ['sg-0default'] }))
  })
})
