// ec2-sg-no-public-cifs: TCP 445 and 139 from the internet, on groups and standalone ingress rules, as
// CloudFormation resources (live-shaped) and through the Terraform mapping (the fixture in
// test/fixtures/rules/ec2-sg-no-public-cifs runs the same cases as .tf code and as a plan).
import { mapTerraform } from '../../src/mapping/index.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const SG = 'AWS::EC2::SecurityGroup'
const INGRESS = 'AWS::EC2::SecurityGroupIngress'
const rule = ruleById('ec2-sg-no-public-cifs')
const sg = (id: string, ingress: Array<Record<string, unknown>>) => res(SG, id, { GroupId: id, GroupName: id, VpcId: 'vpc-1', SecurityGroupIngress: ingress })
const tcp = (from: number, to: number, source: Record<string, unknown>) => ({ IpProtocol: 'tcp', FromPort: from, ToPort: to, ...source })
const ANY4 = { CidrIp: '0.0.0.0/0' }
const ANY6 = { CidrIpv6: '::/0' }

describe('ec2-sg-no-public-cifs', () => {
  it('fails 445, 139, ranges covering them and all traffic from the internet; passes the rest', () => {
    const resources = [
      sg('smb-open', [tcp(445, 445, ANY4)]),
      sg('smb-ipv6-non-canonical', [tcp(445, 445, { CidrIpv6: '0::/0' })]),
      sg('netbios-open', [tcp(139, 139, ANY6)]),
      sg('range-covering-445', [tcp(400, 500, ANY4)]),
      sg('all-traffic', [{ IpProtocol: '-1', ...ANY4 }]),
      sg('smb-private', [tcp(445, 445, { CidrIp: '10.0.0.0/8' })]),
      sg('udp-445', [{ IpProtocol: 'udp', FromPort: 445, ToPort: 445, ...ANY4 }]),
      sg('ssh-open-only', [tcp(22, 22, ANY4)]),
      sg('no-rules', []),
      planned(SG, 'aws_security_group.cidr_unknown', { SecurityGroupIngress: [tcp(445, 445, {})] }, ['SecurityGroupIngress[0].CidrIp']),
      planned(SG, 'aws_security_group.list_unknown', {}, ['SecurityGroupIngress']),
      res(INGRESS, 'sgr-smb', { GroupId: 'sg-elsewhere', ...tcp(445, 445, ANY4) }),
      res(INGRESS, 'sgr-https', { GroupId: 'sg-elsewhere', ...tcp(443, 443, ANY4) })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        fail: ['smb-open', 'smb-ipv6-non-canonical', 'netbios-open', 'range-covering-445', 'all-traffic', 'sgr-smb'],
        pass: ['smb-private', 'udp-445', 'ssh-open-only', 'no-rules', 'sgr-https'],
        unknown: ['aws_security_group.cidr_unknown', 'aws_security_group.list_unknown']
      })
    )
  })

  it('is unknown for a rule whose port is unknown, and for a group that rule might belong to', () => {
    // GroupId unknown: the rule could not be tied to a group, so it might be any group's.
    const adrift = planned(INGRESS, 'aws_security_group_rule.port_unknown', { IpProtocol: 'tcp', CidrIp: '0.0.0.0/0' }, ['GroupId', 'FromPort', 'ToPort'])
    expect(judge(rule, [adrift, sg('closed', [])])).toEqual(expected({ unknown: ['aws_security_group_rule.port_unknown', 'closed'] }))
  })

  it('says which port is open and which entry, and names the group when it passes', () => {
    const view = { ofType: () => [], find: () => undefined }
    expect(rule.check(sg('x', [tcp(22, 22, ANY4), tcp(139, 139, ANY4)]), view)).toMatchObject({
      status: 'fail',
      path: 'SecurityGroupIngress[1]',
      message: expect.stringContaining('NetBIOS session service (TCP 139)')
    })
    expect(rule.check(sg('y', [tcp(445, 445, ANY4)]), view)?.message).toContain('CIFS (TCP 445)')
    expect(messages(rule, [sg('closed', [])])).toEqual(['closed does not allow CIFS (TCP 445 or 139) from the internet'])
  })

  it('judges Terraform groups and a standalone rule folded into its group through the mapping', () => {
    const { resources } = mapTerraform([
      tf('aws_security_group', 'files', { id: 'sg-0files', name: 'files', vpc_id: 'vpc-1', ingress: [] }, { action: 'no-op' }),
      tf('aws_vpc_security_group_ingress_rule', 'smb', {
        security_group_id: 'sg-0files',
        ip_protocol: 'tcp',
        from_port: 445,
        to_port: 445,
        cidr_ipv4: '0.0.0.0/0'
      }),
      tf('aws_security_group', 'web', { name: 'web', vpc_id: 'vpc-1', ingress: [{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] }] })
    ])
    const judged = resources.filter((r) => rule.resourceTypes.includes(r.type))
    expect(judge(rule, judged, resources)).toEqual(expected({ fail: ['sg-0files'], pass: ['aws_security_group.web'] }))
  })
})
