import { mapTerraform, normalizeRuleEntry } from '../../src/mapping/index.js'
import { tf } from './helpers.js'

describe('security groups', () => {
  test('inline rules split into one entry per source, self → own group, protocol and ports normalised', () => {
    const sg = tf('aws_security_group', 'web', {
      id: 'sg-0123',
      name: 'web',
      description: 'web tier',
      vpc_id: 'vpc-1',
      ingress: [
        { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'], ipv6_cidr_blocks: ['::/0'], prefix_list_ids: [], security_groups: [], self: false, description: '' },
        { from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: [], ipv6_cidr_blocks: [], prefix_list_ids: ['pl-1'], security_groups: ['sg-9'], self: true, description: 'peers' }
      ],
      egress: [{ from_port: 0, to_port: 0, protocol: 'all', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }]
    }, { action: 'no-op' })
    const [group] = mapTerraform([sg]).resources
    expect(group.type).toBe('AWS::EC2::SecurityGroup')
    expect(group.id).toBe('sg-0123')
    expect(group.properties).toEqual({
      GroupName: 'web',
      GroupDescription: 'web tier',
      VpcId: 'vpc-1',
      GroupId: 'sg-0123',
      Id: 'sg-0123',
      SecurityGroupIngress: [
        { IpProtocol: '-1', Description: 'peers', SourcePrefixListId: 'pl-1' },
        { IpProtocol: '-1', Description: 'peers', SourceSecurityGroupId: 'sg-0123' },
        { IpProtocol: '-1', Description: 'peers', SourceSecurityGroupId: 'sg-9' },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: '::/0' }
      ].sort(byJson),
      SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]
    })
    // Canonical order does not depend on Terraform's (set) order.
    const reversed = { ...sg, values: { ...sg.values, ingress: [...(sg.values.ingress as unknown[])].reverse() } }
    expect(mapTerraform([reversed]).resources[0].properties.SecurityGroupIngress).toEqual(group.properties.SecurityGroupIngress)
    expect(group.unknown).toBeUndefined()
  })

  test('standalone rules fold into their group (by reference and by id) and are not resources; duplicates of state collapse', () => {
    const sg = tf('aws_security_group', 'db', {
      id: 'sg-db', name: 'db', description: 'd', vpc_id: 'vpc-1',
      // state repeats separately managed rules inside the group
      ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['10.1.0.0/16'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' }],
      egress: []
    }, { origin: 'state', action: undefined })
    const legacy = tf('aws_security_group_rule', 'pg', {
      type: 'ingress', security_group_id: 'sg-db', from_port: '5432', to_port: '5432', protocol: '6', cidr_blocks: ['10.1.0.0/16', '10.2.0.0/16']
    }, { origin: 'state', action: undefined, references: { security_group_id: ['aws_security_group.db.id'] } })
    const modern = tf('aws_vpc_security_group_ingress_rule', 'ssh', {
      security_group_id: 'sg-db', ip_protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv4: '0.0.0.0/0'
    }, { origin: 'state', action: undefined })
    const out = tf('aws_vpc_security_group_egress_rule', 'all', { security_group_id: 'sg-db', ip_protocol: '-1', cidr_ipv6: '::/0' }, { origin: 'state', action: undefined })
    const { resources, unmapped } = mapTerraform([sg, legacy, modern, out])
    expect(unmapped).toEqual([])
    expect(resources).toHaveLength(1)
    expect(resources[0].properties.SecurityGroupIngress).toEqual([
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' },
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '10.1.0.0/16' },
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '10.2.0.0/16' }
    ].sort(byJson))
    expect(resources[0].properties.SecurityGroupEgress).toEqual([{ IpProtocol: '-1', CidrIpv6: '::/0' }])
  })

  test('unknown sources become entries with that field unknown; a new group has no id', () => {
    const sg = tf('aws_security_group', 'app', {
      name: 'app', description: 'a',
      ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['1.2.3.4/32', null], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: true }]
    }, { unknown: ['id', 'vpc_id', 'ingress[0].cidr_blocks[1]', 'egress'] })
    const rule = tf('aws_security_group_rule', 'x', { type: 'ingress', from_port: 443, to_port: 443, protocol: 'tcp' }, {
      unknown: ['security_group_id', 'cidr_blocks'], references: { security_group_id: ['aws_security_group.app'], cidr_blocks: ['aws_vpc.main'] }
    })
    const [group] = mapTerraform([sg, rule]).resources
    expect(group.id).toBeNull()
    const ingress = group.properties.SecurityGroupIngress as Array<Record<string, unknown>>
    expect(ingress).toHaveLength(4)
    const unknownEntries = (group.unknown ?? []).filter((p) => p.startsWith('SecurityGroupIngress'))
    expect(unknownEntries).toHaveLength(3)
    for (const path of unknownEntries) {
      const [, index, field] = /^SecurityGroupIngress\[(\d+)\]\.(\w+)$/.exec(path)!
      expect(ingress[Number(index)][field]).toBeUndefined()
    }
    expect(ingress).toContainEqual({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '1.2.3.4/32' })
    expect(ingress).toContainEqual({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443 })
    expect(group.unknown).toEqual(expect.arrayContaining(['GroupId', 'Id', 'VpcId', 'SecurityGroupEgress']))
  })

  test('aws_default_security_group is the VPC default group', () => {
    const [group] = mapTerraform([tf('aws_default_security_group', 'd', { id: 'sg-def', vpc_id: 'vpc-1', ingress: [], egress: [] })]).resources
    expect(group).toMatchObject({ type: 'AWS::EC2::SecurityGroup', id: 'sg-def', isDefault: true, properties: { GroupName: 'default', VpcId: 'vpc-1' } })
    expect(group.properties.SecurityGroupIngress).toBeUndefined()
  })

  test('a rule for a group managed elsewhere is judged in its standalone form, not turned into a half group', () => {
    const { resources, unmapped } = mapTerraform([tf('aws_security_group_rule', 'ext', { type: 'ingress', security_group_id: 'sg-elsewhere', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] })])
    expect(resources.map((r) => [r.type, r.address, r.part, r.properties])).toEqual([
      ['AWS::EC2::SecurityGroupIngress', 'aws_security_group_rule.ext', 'cidr_blocks[0]', { GroupId: 'sg-elsewhere', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }]
    ])
    expect(resources.some((r) => r.type === 'AWS::EC2::SecurityGroup')).toBe(false)
    expect(unmapped).toEqual([])
  })

  test('normalizeRuleEntry is the one normalisation (for the live side too)', () => {
    expect(normalizeRuleEntry({ IpProtocol: '17', FromPort: '53', ToPort: '53', Description: '' })).toEqual({ IpProtocol: 'udp', FromPort: 53, ToPort: 53 })
    expect(normalizeRuleEntry({ IpProtocol: -1, FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0' })).toEqual({ IpProtocol: '-1', CidrIp: '0.0.0.0/0' })
  })
})

function byJson(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const key = (e: Record<string, unknown>): string => JSON.stringify(Object.keys(e).sort().map((k) => [k, e[k]])) + '[]'
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}
