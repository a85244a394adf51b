import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const SG = 'AWS::EC2::SecurityGroup'
const sg = (id: string, ingress: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
  res(SG, id, { GroupName: id, VpcId: 'vpc-1', SecurityGroupIngress: ingress, ...extra })
const tcp = (from: number, to: number, source: Record<string, unknown>) => ({ IpProtocol: 'tcp', FromPort: from, ToPort: to, ...source })
const ANY4 = { CidrIp: '0.0.0.0/0' }
const ANY6 = { CidrIpv6: '::/0' }

// One set of groups judged by all three port rules, so each rule's exact boundaries show side by side.
const groups = [
  sg('ssh-exact', [tcp(22, 22, ANY4)]),
  sg('ssh-ipv6', [tcp(22, 22, ANY6)]),
  sg('range-covering-22', [tcp(20, 25, ANY4)]),
  sg('proto-number-6', [{ IpProtocol: '6', FromPort: 22, ToPort: 22, ...ANY4 }]),
  sg('rdp-exact', [tcp(3389, 3389, ANY6)]),
  sg('all-traffic', [{ IpProtocol: '-1', FromPort: -1, ToPort: -1, ...ANY4 }]),
  sg('all-traffic-v6', [{ IpProtocol: '-1', ...ANY6 }]),
  sg('tcp-full-range', [tcp(0, 65535, ANY4)]),
  sg('udp-22', [{ IpProtocol: 'udp', FromPort: 22, ToPort: 22, ...ANY4 }]),
  sg('https-only', [tcp(443, 443, ANY4)]),
  sg('ssh-private', [tcp(22, 22, { CidrIp: '10.0.0.0/8' })]),
  sg('ssh-from-sg', [tcp(22, 22, { SourceSecurityGroupId: 'sg-2' })]),
  sg('no-rules', []),
  planned(SG, 'aws_security_group.cidr_unknown', { SecurityGroupIngress: [tcp(22, 22, {})] }, ['SecurityGroupIngress[0].CidrIp']),
  // The unknown CIDR is on a port the rule does not care about; another entry is known open.
  planned(SG, 'aws_security_group.open_despite_unknown', { SecurityGroupIngress: [tcp(80, 80, {}), tcp(0, 65535, ANY4)] }, [
    'SecurityGroupIngress[0].CidrIp'
  ]),
  planned(SG, 'aws_security_group.list_unknown', {}, ['SecurityGroupIngress'])
]

describe('ec2-sg-no-public-ssh', () => {
  it('uses Prowler semantics: -1 always, else TCP with 22 in range', () => {
    expect(judge(ruleById('ec2-sg-no-public-ssh'), groups)).toEqual(
      expected({
        fail: [
          'ssh-exact',
          'ssh-ipv6',
          'range-covering-22',
          'proto-number-6',
          'all-traffic',
          'all-traffic-v6',
          'tcp-full-range',
          'aws_security_group.open_despite_unknown'
        ],
        pass: ['rdp-exact', 'udp-22', 'https-only', 'ssh-private', 'ssh-from-sg', 'no-rules'],
        unknown: ['aws_security_group.cidr_unknown', 'aws_security_group.list_unknown']
      })
    )
  })
  it('points at the offending entry', () => {
    const outcome = ruleById('ec2-sg-no-public-ssh').check(sg('x', [tcp(443, 443, ANY4), tcp(22, 22, ANY4)]), {
      ofType: () => [],
      find: () => undefined
    })
    expect(outcome).toMatchObject({ status: 'fail', path: 'SecurityGroupIngress[1]' })
  })
})

describe('internet sources however spelled', () => {
  it('treats any /0 prefix as the whole address family, not only the strings 0.0.0.0/0 and ::/0', () => {
    // Terraform's CIDR validation compares parsed addresses, so these non-canonical spellings reach the plan as written.
    const spelled = [
      sg('v6-zero-group', [tcp(22, 22, { CidrIpv6: '0::/0' })]),
      sg('v6-trailing-zero', [tcp(22, 22, { CidrIpv6: '::0/0' })]),
      sg('v6-long-form', [{ IpProtocol: '-1', CidrIpv6: '0:0:0:0:0:0:0:0/0' }]),
      sg('v4-canonical', [tcp(22, 22, ANY4)]),
      sg('v6-slash-1', [tcp(22, 22, { CidrIpv6: '::/1' })]),
      sg('v4-host-zero', [tcp(22, 22, { CidrIp: '0.0.0.0/32' })]),
      sg('v4-slash-10', [tcp(22, 22, { CidrIp: '100.64.0.0/10' })])
    ]
    expect(judge(ruleById('ec2-sg-no-public-ssh'), spelled)).toEqual(
      expected({
        fail: ['v6-zero-group', 'v6-trailing-zero', 'v6-long-form', 'v4-canonical'],
        pass: ['v6-slash-1', 'v4-host-zero', 'v4-slash-10']
      })
    )
  })
})

describe('ec2-sg-no-public-rdp', () => {
  it('fails 3389 and all-traffic entries only', () => {
    expect(judge(ruleById('ec2-sg-no-public-rdp'), groups)).toEqual(
      expected({
        fail: ['rdp-exact', 'all-traffic', 'all-traffic-v6', 'tcp-full-range', 'aws_security_group.open_despite_unknown'],
        pass: [
          'ssh-exact',
          'ssh-ipv6',
          'range-covering-22',
          'proto-number-6',
          'udp-22',
          'https-only',
          'ssh-private',
          'ssh-from-sg',
          'no-rules',
          // Its CIDR is unknown, but a TCP 22 entry cannot open 3389 whatever the CIDR.
          'aws_security_group.cidr_unknown'
        ],
        unknown: ['aws_security_group.list_unknown']
      })
    )
  })
})

describe('ec2-sg-no-public-all-ports', () => {
  it('fails protocol -1 and 0-65535 from the internet', () => {
    const udpAll = sg('udp-full-range', [{ IpProtocol: 'udp', FromPort: 0, ToPort: 65535, ...ANY4 }])
    expect(judge(ruleById('ec2-sg-no-public-all-ports'), [...groups, udpAll])).toEqual(
      expected({
        fail: ['all-traffic', 'all-traffic-v6', 'tcp-full-range', 'udp-full-range', 'aws_security_group.open_despite_unknown'],
        pass: [
          'ssh-exact',
          'ssh-ipv6',
          'range-covering-22',
          'proto-number-6',
          'rdp-exact',
          'udp-22',
          'https-only',
          'ssh-private',
          'ssh-from-sg',
          'no-rules',
          'aws_security_group.cidr_unknown'
        ],
        unknown: ['aws_security_group.list_unknown']
      })
    )
  })
})

describe('ec2-default-sg-restricts-all-traffic', () => {
  const rule = ruleById('ec2-default-sg-restricts-all-traffic')
  it('judges only default groups, which must have no rules at all', () => {
    const resources = [
      res(SG, 'sg-pass-empty', { GroupName: 'default', SecurityGroupIngress: [], SecurityGroupEgress: [] }),
      res(SG, 'sg-pass-absent', { GroupName: 'default' }),
      res(SG, 'sg-fail-self', { GroupName: 'default', SecurityGroupIngress: [{ IpProtocol: '-1', SourceSecurityGroupId: 'sg-fail-self' }] }),
      res(SG, 'sg-fail-egress', { GroupName: 'default', SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] }),
      res(SG, 'sg-fail-flagged-default', { GroupName: 'x', SecurityGroupIngress: [tcp(22, 22, ANY4)] }, { isDefault: true }),
      res(SG, 'sg-not-default', { GroupName: 'web', SecurityGroupIngress: [tcp(22, 22, ANY4)] }),
      { ...planned(SG, 'aws_default_security_group.unknown', { GroupName: 'default', SecurityGroupIngress: [] }, ['SecurityGroupEgress']) }
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['sg-pass-empty', 'sg-pass-absent'],
        fail: ['sg-fail-self', 'sg-fail-egress', 'sg-fail-flagged-default'],
        unknown: ['aws_default_security_group.unknown'],
        skipped: ['sg-not-default']
      })
    )
  })
})

describe('ec2-ebs-volume-encrypted', () => {
  const rule = ruleById('ec2-ebs-volume-encrypted')
  it('requires Encrypted true', () => {
    const V = 'AWS::EC2::Volume'
    const resources = [
      res(V, 'vol-pass', { Encrypted: true }),
      res(V, 'vol-fail-false', { Encrypted: false }),
      res(V, 'vol-fail-absent', {}),
      planned(V, 'aws_ebs_volume.unknown', {}, ['Encrypted'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['vol-pass'], fail: ['vol-fail-false', 'vol-fail-absent'], unknown: ['aws_ebs_volume.unknown'] })
    )
  })
})

describe('ec2-ebs-default-encryption-enabled', () => {
  const rule = ruleById('ec2-ebs-default-encryption-enabled')
  it('judges the per-region account fact', () => {
    const T = 'Plumbline::EC2::EbsEncryptionByDefault'
    const resources = [
      res(T, 'eu-west-1', { EbsEncryptionByDefault: true, KmsKeyId: 'alias/aws/ebs' }, { region: 'eu-west-1' }),
      res(T, 'us-east-1', { EbsEncryptionByDefault: false }, { region: 'us-east-1' }),
      planned(T, 'aws_ebs_encryption_by_default.unknown', {}, ['EbsEncryptionByDefault'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['eu-west-1'], fail: ['us-east-1'], unknown: ['aws_ebs_encryption_by_default.unknown'] })
    )
    expect(messages(rule, [resources[1]])[0]).toMatch(/us-east-1/)
  })
})

describe('ec2-instance-imdsv2-required', () => {
  const rule = ruleById('ec2-instance-imdsv2-required')
  it('requires HttpTokens required (or the endpoint off); absent options fail in code, unknown live', () => {
    const I = 'AWS::EC2::Instance'
    const resources = [
      res(I, 'i-pass-required', { MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' } }),
      res(I, 'i-pass-endpoint-off', { MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'disabled' } }),
      res(I, 'i-fail-optional', { MetadataOptions: { HttpTokens: 'optional' } }),
      res(I, 'i-unknown-live-absent', {}),
      { ...res(I, 'i-fail-code-absent', {}), origin: 'hcl' as const },
      planned(I, 'aws_instance.unknown_tokens', { MetadataOptions: { HttpEndpoint: 'enabled' } }, ['MetadataOptions.HttpTokens'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['i-pass-required', 'i-pass-endpoint-off'],
        fail: ['i-fail-optional', 'i-fail-code-absent'],
        unknown: ['i-unknown-live-absent', 'aws_instance.unknown_tokens']
      })
    )
  })
})
