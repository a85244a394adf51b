// ec2-network-acl-no-public-admin-ports: ingress entries of network ACLs (AWS::EC2::NetworkAclEntry) that allow
// TCP 22 or 3389 from the internet, as CloudFormation resources and through the Terraform mapping (the fixture in
// test/fixtures/rules/ec2-network-acl-no-public-admin-ports runs .tf code and its plan).
import { mapTerraform } from '../../src/mapping/index.js'
import { DEFAULT_LIVE_TYPES } from '../../src/sources/live/types.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const ENTRY = 'AWS::EC2::NetworkAclEntry'
const rule = ruleById('ec2-network-acl-no-public-admin-ports')
const ACL = 'acl-0main'
const entry = (id: string, properties: Record<string, unknown>) =>
  res(ENTRY, id, { NetworkAclId: ACL, Egress: false, RuleAction: 'allow', ...properties })
const tcp = (from: number, to: number) => ({ Protocol: 6, PortRange: { From: from, To: to } })
const ANY4 = { CidrBlock: '0.0.0.0/0' }
const ANY6 = { Ipv6CidrBlock: '::/0' }

describe('ec2-network-acl-no-public-admin-ports', () => {
  it('fails ingress allows of 22, 3389 or all traffic from the internet; passes the rest; skips egress', () => {
    const resources = [
      entry('ssh-open', { RuleNumber: 100, ...tcp(22, 22), ...ANY4 }),
      entry('rdp-ipv6', { RuleNumber: 101, ...tcp(3389, 3389), ...ANY6 }),
      entry('range-covering-22', { RuleNumber: 102, ...tcp(0, 1023), ...ANY4 }),
      entry('all-traffic', { RuleNumber: 103, Protocol: -1, ...ANY4 }),
      entry('all-traffic-string', { RuleNumber: 104, Protocol: '-1', CidrBlock: '0.0.0.0/00' }),
      entry('ssh-protocol-name', { RuleNumber: 105, Protocol: 'tcp', PortRange: { From: 22, To: 22 }, ...ANY4 }),
      entry('https-open', { RuleNumber: 110, ...tcp(443, 443), ...ANY4 }),
      entry('ssh-private', { RuleNumber: 111, ...tcp(22, 22), CidrBlock: '10.0.0.0/8' }),
      entry('udp-22', { RuleNumber: 112, Protocol: 17, PortRange: { From: 22, To: 22 }, ...ANY4 }),
      entry('ssh-denied', { RuleNumber: 113, RuleAction: 'deny', ...tcp(22, 22), ...ANY4 }),
      entry('egress-all', { RuleNumber: 100, Egress: true, Protocol: -1, ...ANY4 }),
      // Egress absent: CloudFormation's default is an ingress entry.
      res(ENTRY, 'egress-absent-ssh', { NetworkAclId: 'acl-other', RuleNumber: 100, RuleAction: 'allow', ...tcp(22, 22), ...ANY4 }),
      planned(ENTRY, 'aws_network_acl_rule.cidr_unknown', { NetworkAclId: ACL, Egress: false, RuleNumber: 120, RuleAction: 'allow', ...tcp(22, 22) }, ['CidrBlock']),
      planned(ENTRY, 'aws_network_acl_rule.action_unknown', { NetworkAclId: ACL, Egress: false, RuleNumber: 121, ...tcp(3389, 3389), ...ANY4 }, ['RuleAction']),
      planned(ENTRY, 'aws_network_acl_rule.ports_unknown', { NetworkAclId: ACL, Egress: false, RuleNumber: 122, RuleAction: 'allow', Protocol: 6, ...ANY4 }, ['PortRange']),
      // Unknown ports do not matter for a private source, nor an unknown source for a port that is not 22/3389.
      planned(ENTRY, 'aws_network_acl_rule.private_ports_unknown', { NetworkAclId: ACL, Egress: false, RuleNumber: 123, RuleAction: 'allow', Protocol: 6, CidrBlock: '10.0.0.0/8' }, ['PortRange']),
      planned(ENTRY, 'aws_network_acl_rule.https_cidr_unknown', { NetworkAclId: ACL, Egress: false, RuleNumber: 124, RuleAction: 'allow', ...tcp(443, 443) }, ['CidrBlock']),
      planned(ENTRY, 'aws_network_acl_rule.direction_unknown', { NetworkAclId: ACL, RuleNumber: 125, RuleAction: 'allow', ...tcp(22, 22), ...ANY4 }, ['Egress'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        fail: ['ssh-open', 'rdp-ipv6', 'range-covering-22', 'all-traffic', 'all-traffic-string', 'ssh-protocol-name', 'egress-absent-ssh'],
        pass: ['https-open', 'ssh-private', 'udp-22', 'ssh-denied', 'aws_network_acl_rule.private_ports_unknown', 'aws_network_acl_rule.https_cidr_unknown'],
        unknown: [
          'aws_network_acl_rule.cidr_unknown',
          'aws_network_acl_rule.action_unknown',
          'aws_network_acl_rule.ports_unknown',
          'aws_network_acl_rule.direction_unknown'
        ],
        skipped: ['egress-all']
      })
    )
  })

  it('passes an allow that a lower-numbered deny of the same ACL, from the same address family, decides first', () => {
    const allowAll = entry('allow-all', { RuleNumber: 200, Protocol: -1, ...ANY4 })
    const denySsh = entry('deny-ssh', { RuleNumber: 90, RuleAction: 'deny', ...tcp(22, 22), ...ANY4 })
    const denyRdp = entry('deny-rdp', { RuleNumber: 91, RuleAction: 'deny', ...tcp(3389, 3389), ...ANY4 })
    const allowSsh = entry('allow-ssh', { RuleNumber: 100, ...tcp(22, 22), ...ANY4 })
    const allowSsh6 = entry('allow-ssh-v6', { RuleNumber: 101, ...tcp(22, 22), ...ANY6 })
    const allowSshFirst = entry('allow-ssh-before-deny', { RuleNumber: 80, ...tcp(22, 22), ...ANY4 })
    const otherAcl = res(ENTRY, 'other-acl-ssh', { NetworkAclId: 'acl-other', Egress: false, RuleNumber: 100, RuleAction: 'allow', ...tcp(22, 22), ...ANY4 })
    expect(judge(rule, [allowAll, allowSsh, allowSsh6, allowSshFirst, otherAcl], [denySsh])).toEqual(
      expected({ pass: ['allow-ssh'], fail: ['allow-all', 'allow-ssh-v6', 'allow-ssh-before-deny', 'other-acl-ssh'] })
    )
    // With both ports denied first, the all-traffic allow opens neither.
    expect(judge(rule, [allowAll], [denySsh, denyRdp])).toEqual(expected({ pass: ['allow-all'] }))
    expect(messages(rule, [allowSsh], [denySsh])).toEqual(['Network ACL entry allow-ssh (rule 100) allows TCP 22 from the internet, but deny-ssh (rule 90) denies it first'])
  })

  it('names the entry, its rule number and the source, and points at the CIDR', () => {
    const view = { ofType: () => [], find: () => undefined }
    expect(rule.check(entry('all', { RuleNumber: 100, Protocol: -1, ...ANY6 }), view)).toEqual({
      status: 'fail',
      message: 'Network ACL entry all (rule 100) allows all traffic, TCP 22 and 3389 included, from the internet (::/0)',
      path: 'Ipv6CidrBlock'
    })
    expect(messages(rule, [entry('https', { RuleNumber: 100, ...tcp(443, 443), ...ANY4 }), entry('low-ports', { RuleNumber: 110, ...tcp(0, 4000), ...ANY4 })])).toEqual([
      'Network ACL entry https (rule 100) does not allow TCP 22 or 3389 from the internet',
      'Network ACL entry low-ports (rule 110) allows TCP 22 and 3389 from the internet (0.0.0.0/0)'
    ])
  })

  it('judges entries mapped from Terraform: rules, inline blocks, and a rule that a deny of the same new ACL shadows', () => {
    const { resources } = mapTerraform([
      tf('aws_network_acl', 'public', {
        vpc_id: 'vpc-1',
        ingress: [
          { rule_no: 100, action: 'allow', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 443, to_port: 443 },
          { rule_no: 110, action: 'allow', protocol: '-1', ipv6_cidr_block: '::/0', from_port: 0, to_port: 0 }
        ],
        egress: [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }]
      }, { unknown: ['id'] }),
      tf('aws_network_acl', 'guarded', { vpc_id: 'vpc-1', ingress: [], egress: [] }, { unknown: ['id'] }),
      tf('aws_network_acl_rule', 'deny_ssh', { rule_number: 90, protocol: 'tcp', rule_action: 'deny', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }, {
        unknown: ['network_acl_id'], references: { network_acl_id: ['aws_network_acl.guarded'] }
      }),
      tf('aws_network_acl_rule', 'allow_ssh', { rule_number: 100, protocol: '6', rule_action: 'allow', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }, {
        unknown: ['network_acl_id'], references: { network_acl_id: ['aws_network_acl.guarded'] }
      }),
      tf('aws_network_acl_rule', 'rdp_elsewhere', { network_acl_id: 'acl-0elsewhere', rule_number: 100, protocol: 'tcp', rule_action: 'allow', cidr_block: '0.0.0.0/0', from_port: 3389, to_port: 3389 })
    ])
    const label = (r: (typeof resources)[number]) => (r.part ? `${r.address} ${r.part}` : r.address!)
    const judged = resources.filter((r) => r.type === ENTRY).map((r) => ({ ...r, id: label(r) }))
    expect(judge(rule, judged)).toEqual(
      expected({
        pass: ['aws_network_acl.public ingress[0]', 'aws_network_acl_rule.deny_ssh', 'aws_network_acl_rule.allow_ssh'],
        fail: ['aws_network_acl.public ingress[1]', 'aws_network_acl_rule.rdp_elsewhere'],
        skipped: ['aws_network_acl.public egress[0]']
      })
    )
  })

  it('is not read live yet: Cloud Control cannot list AWS::EC2::NetworkAclEntry', () => {
    expect(DEFAULT_LIVE_TYPES).not.toContain(ENTRY)
  })
})
