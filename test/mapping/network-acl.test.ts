// Network ACLs and their entries: aws_network_acl / aws_default_network_acl → AWS::EC2::NetworkAcl, and every
// entry (an aws_network_acl_rule, or an inline ingress/egress block) → one AWS::EC2::NetworkAclEntry.
import { mapTerraform } from '../../src/mapping/index.js'
import type { Resource } from '../../src/types.js'
import { tf } from './helpers.js'

const ENTRY = 'AWS::EC2::NetworkAclEntry'
const entries = (resources: Resource[]) => resources.filter((r) => r.type === ENTRY)

describe('aws_network_acl_rule', () => {
  test('maps every field, with Terraform\'s protocol names as CloudFormation\'s numbers', () => {
    const { resources, unmapped } = mapTerraform([
      tf('aws_network_acl_rule', 'ssh', {
        network_acl_id: 'acl-0123', rule_number: 100, egress: false, protocol: 'tcp', rule_action: 'allow',
        cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22
      }),
      tf('aws_network_acl_rule', 'all_v6', { network_acl_id: 'acl-0123', rule_number: '110', protocol: '-1', rule_action: 'deny', ipv6_cidr_block: '::/0', cidr_block: '' }),
      tf('aws_network_acl_rule', 'all_named', { network_acl_id: 'acl-0123', rule_number: 120, egress: true, protocol: 'all', rule_action: 'Allow', cidr_block: '10.0.0.0/8', from_port: 0, to_port: 0 }),
      tf('aws_network_acl_rule', 'udp_number', { network_acl_id: 'acl-0123', rule_number: 130, protocol: '17', rule_action: 'allow', cidr_block: '10.0.0.0/8', from_port: 53, to_port: 53 }),
      tf('aws_network_acl_rule', 'icmp', { network_acl_id: 'acl-0123', rule_number: 140, protocol: 'icmp', rule_action: 'allow', cidr_block: '10.0.0.0/8', icmp_type: -1, icmp_code: -1 })
    ])
    expect(unmapped).toEqual([])
    expect(resources.map((r) => [r.type, r.id, r.address])).toEqual([
      [ENTRY, null, 'aws_network_acl_rule.ssh'],
      [ENTRY, null, 'aws_network_acl_rule.all_v6'],
      [ENTRY, null, 'aws_network_acl_rule.all_named'],
      [ENTRY, null, 'aws_network_acl_rule.udp_number'],
      [ENTRY, null, 'aws_network_acl_rule.icmp']
    ])
    expect(resources.map((r) => r.properties)).toEqual([
      { NetworkAclId: 'acl-0123', RuleNumber: 100, Egress: false, Protocol: 6, RuleAction: 'allow', CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
      { NetworkAclId: 'acl-0123', RuleNumber: 110, Protocol: -1, RuleAction: 'deny', Ipv6CidrBlock: '::/0' },
      { NetworkAclId: 'acl-0123', RuleNumber: 120, Egress: true, Protocol: -1, RuleAction: 'allow', CidrBlock: '10.0.0.0/8', PortRange: { From: 0, To: 0 } },
      { NetworkAclId: 'acl-0123', RuleNumber: 130, Protocol: 17, RuleAction: 'allow', CidrBlock: '10.0.0.0/8', PortRange: { From: 53, To: 53 } },
      { NetworkAclId: 'acl-0123', RuleNumber: 140, Protocol: 1, RuleAction: 'allow', CidrBlock: '10.0.0.0/8', Icmp: { Type: -1, Code: -1 } }
    ])
  })

  test('an ACL known only after apply: NetworkAclId unknown, and the rule refers to the ACL', () => {
    const { resources } = mapTerraform([
      tf('aws_network_acl', 'main', { vpc_id: 'vpc-1' }, { unknown: ['id'] }),
      tf('aws_network_acl_rule', 'ssh', { rule_number: 100, protocol: 'tcp', rule_action: 'allow', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }, {
        unknown: ['network_acl_id'],
        references: { network_acl_id: ['aws_network_acl.main'] }
      })
    ])
    const [rule] = entries(resources)
    expect(rule.unknown).toEqual(['NetworkAclId'])
    expect(rule.references).toEqual({ NetworkAclId: ['aws_network_acl.main'] })
  })
})

describe('aws_network_acl and aws_default_network_acl', () => {
  test('the ACL itself, and one entry per inline block, named by its block', () => {
    const { resources, unmapped } = mapTerraform([
      tf('aws_network_acl', 'public', {
        id: 'acl-0pub', vpc_id: 'vpc-1', tags: { Name: 'public' },
        ingress: [
          { rule_no: 100, action: 'allow', protocol: 'tcp', cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', from_port: 443, to_port: 443, icmp_type: 0, icmp_code: 0 },
          { rule_no: 110, action: 'allow', protocol: '-1', cidr_block: '', ipv6_cidr_block: '::/0', from_port: 0, to_port: 0, icmp_type: 0, icmp_code: 0 }
        ],
        egress: [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_type: 0, icmp_code: 0 }]
      }, { action: 'no-op' }),
      tf('aws_default_network_acl', 'default', { default_network_acl_id: 'acl-0def', ingress: [], egress: [] }, { unknown: ['id', 'vpc_id'] })
    ])
    expect(unmapped).toEqual([])
    expect(resources.map((r) => [r.type, r.id, r.address, r.part ?? null])).toEqual([
      ['AWS::EC2::NetworkAcl', 'acl-0pub', 'aws_network_acl.public', null],
      ['AWS::EC2::NetworkAcl', 'acl-0def', 'aws_default_network_acl.default', null],
      [ENTRY, null, 'aws_network_acl.public', 'ingress[0]'],
      [ENTRY, null, 'aws_network_acl.public', 'ingress[1]'],
      [ENTRY, null, 'aws_network_acl.public', 'egress[0]']
    ])
    expect(resources[0].properties).toEqual({ Id: 'acl-0pub', VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'public' }] })
    expect(resources[1].isDefault).toBe(true)
    expect(entries(resources).map((r) => r.properties)).toEqual([
      { NetworkAclId: 'acl-0pub', Egress: false, RuleNumber: 100, RuleAction: 'allow', Protocol: 6, CidrBlock: '0.0.0.0/0', PortRange: { From: 443, To: 443 }, Icmp: { Type: 0, Code: 0 } },
      { NetworkAclId: 'acl-0pub', Egress: false, RuleNumber: 110, RuleAction: 'allow', Protocol: -1, Ipv6CidrBlock: '::/0', PortRange: { From: 0, To: 0 }, Icmp: { Type: 0, Code: 0 } },
      { NetworkAclId: 'acl-0pub', Egress: true, RuleNumber: 100, RuleAction: 'allow', Protocol: -1, CidrBlock: '0.0.0.0/0', PortRange: { From: 0, To: 0 }, Icmp: { Type: 0, Code: 0 } }
    ])
    // The entries of one ACL refer to it, so they can be read together even before it has an id.
    expect(entries(resources).every((r) => r.references?.NetworkAclId?.[0] === 'aws_network_acl.public')).toBe(true)
  })

  test('a block list known only after apply is one entry with every field unknown; an unknown field stays unknown', () => {
    const { resources } = mapTerraform([
      tf('aws_network_acl', 'dynamic', { vpc_id: 'vpc-1', egress: [] }, { unknown: ['id', 'ingress'] }),
      tf('aws_network_acl', 'cidr_later', {
        vpc_id: 'vpc-1', ingress: [{ rule_no: 100, action: 'allow', protocol: 'tcp', from_port: 22, to_port: 22 }]
      }, { unknown: ['id', 'ingress[0].cidr_block'] })
    ])
    const [dynamic, later] = entries(resources)
    expect(dynamic).toMatchObject({ address: 'aws_network_acl.dynamic', part: 'ingress', properties: { Egress: false } })
    expect(dynamic.unknown).toEqual(expect.arrayContaining(['NetworkAclId', 'RuleAction', 'Protocol', 'CidrBlock', 'Ipv6CidrBlock', 'PortRange']))
    expect(later).toMatchObject({ part: 'ingress[0]', properties: { Protocol: 6, PortRange: { From: 22, To: 22 } } })
    expect(later.unknown).toEqual(expect.arrayContaining(['NetworkAclId', 'CidrBlock']))
  })
})
