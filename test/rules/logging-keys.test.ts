import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const TRAIL = 'AWS::CloudTrail::Trail'
const KEY = 'AWS::KMS::Key'
const VPC = 'AWS::EC2::VPC'
const FLOW = 'AWS::EC2::FlowLog'

describe('cloudtrail-multi-region-enabled', () => {
  it('requires a multi-region trail that is logging', () => {
    const resources = [
      res(TRAIL, 'pass-multi', { IsMultiRegionTrail: true, IsLogging: true }),
      res(TRAIL, 'pass-multi-logging-default', { IsMultiRegionTrail: true }),
      res(TRAIL, 'fail-single', { IsMultiRegionTrail: false, IsLogging: true }),
      res(TRAIL, 'fail-not-logging', { IsMultiRegionTrail: true, IsLogging: false }),
      planned(TRAIL, 'aws_cloudtrail.unknown', { IsLogging: true }, ['IsMultiRegionTrail']),
      planned(TRAIL, 'aws_cloudtrail.fail_despite_unknown', { IsLogging: false }, ['IsMultiRegionTrail'])
    ]
    expect(judge(ruleById('cloudtrail-multi-region-enabled'), resources)).toEqual(
      expected({
        pass: ['pass-multi', 'pass-multi-logging-default'],
        fail: ['fail-single', 'fail-not-logging', 'aws_cloudtrail.fail_despite_unknown'],
        unknown: ['aws_cloudtrail.unknown']
      })
    )
  })
})

describe('cloudtrail-log-file-validation-enabled', () => {
  it('requires EnableLogFileValidation', () => {
    const resources = [
      res(TRAIL, 'pass', { EnableLogFileValidation: true }),
      res(TRAIL, 'fail', {}),
      planned(TRAIL, 'aws_cloudtrail.unknown', {}, ['EnableLogFileValidation'])
    ]
    expect(judge(ruleById('cloudtrail-log-file-validation-enabled'), resources)).toEqual(
      expected({ pass: ['pass'], fail: ['fail'], unknown: ['aws_cloudtrail.unknown'] })
    )
  })
})

describe('cloudtrail-kms-encryption-enabled', () => {
  it('requires a KMS key id', () => {
    const resources = [
      res(TRAIL, 'pass', { KMSKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/abc' }),
      res(TRAIL, 'fail-empty', { KMSKeyId: '' }),
      res(TRAIL, 'fail-absent', {}),
      // A key created in the same plan: its ARN is known only after apply.
      planned(TRAIL, 'aws_cloudtrail.unknown', {}, ['KMSKeyId'])
    ]
    expect(judge(ruleById('cloudtrail-kms-encryption-enabled'), resources)).toEqual(
      expected({ pass: ['pass'], fail: ['fail-empty', 'fail-absent'], unknown: ['aws_cloudtrail.unknown'] })
    )
  })
  it('counts a key known after apply when the trail refers to a KMS key of the same configuration', () => {
    const rule = ruleById('cloudtrail-kms-encryption-enabled')
    const newKey = planned(KEY, 'aws_kms_key.trail', { EnableKeyRotation: true }, ['Arn', 'KeyId'])
    const refersTo = (address: string, addresses: string[]) => ({ ...planned(TRAIL, address, {}, ['KMSKeyId']), references: { KMSKeyId: addresses } })
    const resources = [
      refersTo('aws_cloudtrail.pass_new_key', ['aws_kms_key.trail']),
      // an alias, a data source or anything else that is not a key of this configuration stays undecided
      refersTo('aws_cloudtrail.unknown_alias', ['aws_kms_alias.trail']),
      refersTo('aws_cloudtrail.unknown_missing_key', ['aws_kms_key.elsewhere'])
    ]
    expect(judge(rule, resources, [newKey])).toEqual(
      expected({ pass: ['aws_cloudtrail.pass_new_key'], unknown: ['aws_cloudtrail.unknown_alias', 'aws_cloudtrail.unknown_missing_key'] })
    )
    expect(messages(rule, [resources[0]], [newKey])[0]).toBe('Trail aws_cloudtrail.pass_new_key encrypts its logs with KMS')
  })
  it('judges a live trail on its key ARN; an unreadable one stays unknown even beside the account\'s keys', () => {
    const rule = ruleById('cloudtrail-kms-encryption-enabled')
    const keyArn = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555'
    const key = res(KEY, '11111111-2222-3333-4444-555555555555', { Arn: keyArn, EnableKeyRotation: true })
    const resources = [res(TRAIL, 'pass-live', { KMSKeyId: keyArn }), res(TRAIL, 'unknown-live-redacted', { KMSKeyId: REDACTED })]
    expect(judge(rule, resources, [key])).toEqual(expected({ pass: ['pass-live'], unknown: ['unknown-live-redacted'] }))
  })
})

describe('kms-key-rotation-enabled', () => {
  it('judges enabled customer-managed symmetric keys only', () => {
    const resources = [
      res(KEY, 'pass-rotating', { EnableKeyRotation: true }),
      res(KEY, 'fail-not-rotating', { EnableKeyRotation: false, KeySpec: 'SYMMETRIC_DEFAULT' }),
      res(KEY, 'fail-absent', {}),
      res(KEY, 'aws-managed', { EnableKeyRotation: false }, { isDefault: true }),
      res(KEY, 'asymmetric', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
      res(KEY, 'hmac', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      res(KEY, 'imported', { Origin: 'EXTERNAL' }),
      res(KEY, 'disabled', { Enabled: false }),
      planned(KEY, 'aws_kms_key.unknown_spec', {}, ['KeySpec']),
      planned(KEY, 'aws_kms_key.unknown_rotation', {}, ['EnableKeyRotation'])
    ]
    expect(judge(ruleById('kms-key-rotation-enabled'), resources)).toEqual(
      expected({
        pass: ['pass-rotating'],
        fail: ['fail-not-rotating', 'fail-absent'],
        unknown: ['aws_kms_key.unknown_spec', 'aws_kms_key.unknown_rotation'],
        skipped: ['aws-managed', 'asymmetric', 'hmac', 'imported', 'disabled']
      })
    )
  })
})

describe('vpc-flow-logs-enabled', () => {
  const rule = ruleById('vpc-flow-logs-enabled')
  it('joins flow logs with ResourceType VPC on the VPC id', () => {
    const vpcs = [
      res(VPC, 'vpc-pass', { VpcId: 'vpc-pass' }),
      res(VPC, 'vpc-fail-subnet-log-only', { VpcId: 'vpc-fail-subnet-log-only' }),
      res(VPC, 'vpc-fail-none', { VpcId: 'vpc-fail-none' }),
      res(VPC, 'vpc-default-fail', { VpcId: 'vpc-default-fail' }, { isDefault: true })
    ]
    const logs = [
      res(FLOW, 'fl-1', { ResourceType: 'VPC', ResourceId: 'vpc-pass', TrafficType: 'REJECT' }),
      // A subnet-level flow log whose id collides textually must not count for the VPC.
      res(FLOW, 'fl-2', { ResourceType: 'Subnet', ResourceId: 'vpc-fail-subnet-log-only', TrafficType: 'ALL' })
    ]
    expect(judge(rule, vpcs, logs)).toEqual(
      expected({ pass: ['vpc-pass'], fail: ['vpc-fail-subnet-log-only', 'vpc-fail-none', 'vpc-default-fail'] })
    )
  })
  it('a new VPC is unknown while a flow log with an unknown ResourceId exists, and fails otherwise', () => {
    const vpc = planned(VPC, 'aws_vpc.new', { CidrBlock: '10.0.0.0/16' }, ['VpcId'])
    const pending = planned(FLOW, 'aws_flow_log.new', { ResourceType: 'VPC', TrafficType: 'ALL' }, ['ResourceId'])
    const existing = res(FLOW, 'fl-old', { ResourceType: 'VPC', ResourceId: 'vpc-old' })
    expect(judge(rule, [vpc], [pending, existing])).toEqual(expected({ unknown: ['aws_vpc.new'] }))
    expect(judge(rule, [vpc], [existing])).toEqual(expected({ fail: ['aws_vpc.new'] }))
  })
  it('a new VPC is matched through the Terraform reference of its flow log', () => {
    const vpc = { ...planned(VPC, 'aws_vpc.new', {}, ['VpcId']) }
    const own = { ...planned(FLOW, 'aws_flow_log.own', { ResourceType: 'VPC' }, ['ResourceId']), references: { ResourceId: ['aws_vpc.new'] } }
    const other = { ...planned(FLOW, 'aws_flow_log.other', { ResourceType: 'VPC' }, ['ResourceId']), references: { ResourceId: ['aws_vpc.other'] } }
    expect(judge(rule, [vpc], [own, other])).toEqual(expected({ pass: ['aws_vpc.new'] }))
    expect(judge(rule, [vpc], [other])).toEqual(expected({ fail: ['aws_vpc.new'] }))
  })
  it('a known VPC passes on its own log even when another flow log is still pending', () => {
    const vpc = res(VPC, 'vpc-1', { VpcId: 'vpc-1' })
    const pending = planned(FLOW, 'aws_flow_log.new', { ResourceType: 'VPC' }, ['ResourceId'])
    const own = res(FLOW, 'fl-1', { ResourceType: 'VPC', ResourceId: 'vpc-1' })
    expect(judge(rule, [vpc], [pending, own])).toEqual(expected({ pass: ['vpc-1'] }))
    expect(judge(rule, [vpc], [pending])).toEqual(expected({ unknown: ['vpc-1'] }))
  })
})
