// The Terraform types of the region controls, and the region pseudo-resources the Terraform side adds.
import { mapTerraform } from '../../src/mapping/index.js'
import { adoptRegionAccount, terraformRegionResources, withRegionResources } from '../../src/mapping/region-resources.js'
import type { Evaluation, Resource } from '../../src/types.js'
import { tf } from './helpers.js'

const one = (...args: Parameters<typeof tf>): Resource => {
  const { resources, unmapped } = mapTerraform([tf(...args)])
  expect(unmapped).toEqual([])
  expect(resources).toHaveLength(1)
  return resources[0]
}

describe('region-control mappers', () => {
  test('aws_guardduty_detector: Enable, FindingPublishingFrequency and tags; id is the detector id', () => {
    const r = one('aws_guardduty_detector', 'main', {
      id: '12abc34d567e8fa901bc2d34e56789f0', enable: false, finding_publishing_frequency: 'SIX_HOURS', tags: { team: 'sec' }, tags_all: { team: 'sec', env: 'prod' },
      account_id: '111122223333', arn: 'arn:aws:guardduty:eu-west-1:111122223333:detector/12abc34d567e8fa901bc2d34e56789f0'
    }, { action: 'no-op' })
    expect([r.type, r.id, r.region, r.account]).toEqual(['AWS::GuardDuty::Detector', '12abc34d567e8fa901bc2d34e56789f0', 'eu-west-1', '111122223333'])
    expect(r.properties).toStrictEqual({
      Enable: false,
      FindingPublishingFrequency: 'SIX_HOURS',
      Id: '12abc34d567e8fa901bc2d34e56789f0',
      Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'sec' }]
    })
  })

  test('aws_guardduty_detector without enable is on (the provider default); a new one has no id yet', () => {
    const r = one('aws_guardduty_detector', 'new', { finding_publishing_frequency: null }, { unknown: ['id', 'finding_publishing_frequency', 'tags_all'] })
    expect(r.id).toBeNull()
    expect(r.properties.Enable).toBe(true)
    expect(r.unknown).toEqual(expect.arrayContaining(['FindingPublishingFrequency', 'Tags']))
  })

  test('aws_securityhub_account: an AWS::SecurityHub::Hub named by its ARN, with the provider defaults', () => {
    const arn = 'arn:aws:securityhub:eu-west-1:111122223333:hub/default'
    const r = one('aws_securityhub_account', 'this', { id: '111122223333', arn, control_finding_generator: 'SECURITY_CONTROL', enable_default_standards: false }, { action: 'no-op' })
    expect([r.type, r.id]).toEqual(['AWS::SecurityHub::Hub', arn])
    expect(r.properties).toStrictEqual({ ARN: arn, ControlFindingGenerator: 'SECURITY_CONTROL', AutoEnableControls: true, EnableDefaultStandards: false })
    const created = one('aws_securityhub_account', 'new', {}, { unknown: ['arn', 'id', 'control_finding_generator'] })
    expect(created.id).toBeNull()
    expect(created.properties).toMatchObject({ AutoEnableControls: true, EnableDefaultStandards: true })
  })

  test('aws_accessanalyzer_analyzer: name, type (ACCOUNT unless stated), ARN and tags', () => {
    const arn = 'arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/org'
    const r = one('aws_accessanalyzer_analyzer', 'org', { analyzer_name: 'org', type: 'ORGANIZATION', arn, id: 'org', tags_all: { team: 'sec' } }, { action: 'no-op' })
    expect([r.type, r.id]).toEqual(['AWS::AccessAnalyzer::Analyzer', arn])
    expect(r.properties).toStrictEqual({ AnalyzerName: 'org', Arn: arn, Type: 'ORGANIZATION', Tags: [{ Key: 'team', Value: 'sec' }] })
    expect(one('aws_accessanalyzer_analyzer', 'plain', { analyzer_name: 'plain' }, { unknown: ['arn', 'id'] }).properties).toStrictEqual({ AnalyzerName: 'plain', Type: 'ACCOUNT' })
  })

  test('aws_config_configuration_recorder: named by its name, recording group and mode in CloudFormation names', () => {
    const r = one('aws_config_configuration_recorder', 'main', {
      id: 'main', name: 'main', role_arn: 'arn:aws:iam::111122223333:role/config',
      recording_group: [{ all_supported: false, include_global_resource_types: false, resource_types: ['AWS::S3::Bucket'], exclusion_by_resource_types: [], recording_strategy: [{ use_only: 'INCLUSION_BY_RESOURCE_TYPES' }] }],
      recording_mode: [{ recording_frequency: 'DAILY', recording_mode_override: [] }]
    }, { action: 'no-op' })
    expect([r.type, r.id]).toEqual(['AWS::Config::ConfigurationRecorder', 'main'])
    expect(r.properties).toStrictEqual({
      Name: 'main',
      RoleARN: 'arn:aws:iam::111122223333:role/config',
      RecordingGroup: { AllSupported: false, IncludeGlobalResourceTypes: false, ResourceTypes: ['AWS::S3::Bucket'], RecordingStrategy: { UseOnly: 'INCLUSION_BY_RESOURCE_TYPES' } },
      RecordingMode: { RecordingFrequency: 'DAILY' }
    })
  })

  test('aws_config_configuration_recorder without a recording group (or with one naming no types) records everything; the name defaults to "default"', () => {
    expect(one('aws_config_configuration_recorder', 'bare', { role_arn: 'arn:aws:iam::111122223333:role/config' }, { origin: 'hcl', action: undefined }).properties).toStrictEqual({
      Name: 'default', RoleARN: 'arn:aws:iam::111122223333:role/config', RecordingGroup: { AllSupported: true }
    })
    const globalOnly = one('aws_config_configuration_recorder', 'g', { name: 'g', recording_group: [{ include_global_resource_types: true }] }, { origin: 'hcl', action: undefined })
    expect(globalOnly.properties.RecordingGroup).toStrictEqual({ IncludeGlobalResourceTypes: true, AllSupported: true })
    const later = one('aws_config_configuration_recorder', 'later', { name: 'later' }, { unknown: ['recording_group'] })
    expect(later.unknown).toContain('RecordingGroup')
  })

  test('aws_config_configuration_recorder_status: Plumbline::Config::RecorderStatus, is_enabled as Recording', () => {
    const r = one('aws_config_configuration_recorder_status', 's', { id: 'main', name: 'main', is_enabled: false }, { action: 'no-op' })
    expect([r.type, r.id, r.region]).toEqual(['Plumbline::Config::RecorderStatus', 'main', 'eu-west-1'])
    expect(r.properties).toStrictEqual({ Name: 'main', Recording: false })
  })

  test('an unknown enable stays unknown', () => {
    const r = one('aws_guardduty_detector', 'maybe', {}, { unknown: ['enable', 'id'] })
    expect(r.unknown).toContain('Enable')
  })
})

describe('region pseudo-resources on the Terraform side', () => {
  const base = (type: string, id: string, region: string, account?: string): Resource => ({ type, id, region, ...(account ? { account } : {}), origin: 'plan', properties: {} })

  test('one per (account, region) the resources fall in; none for global; the region alone names it without an account', () => {
    const resources = [
      base('AWS::S3::Bucket', 'a', 'eu-west-1', '111122223333'),
      base('AWS::S3::Bucket', 'b', 'eu-west-1', '111122223333'),
      base('AWS::EC2::VPC', 'vpc-1', 'us-east-1'),
      base('AWS::IAM::Role', 'r', 'global', '111122223333'),
      base('AWS::KMS::Key', 'k', 'eu-west-1', '444455556666')
    ]
    expect(terraformRegionResources(resources)).toEqual([
      { type: 'Plumbline::Account::Region', id: '111122223333/eu-west-1', account: '111122223333', region: 'eu-west-1', origin: 'plan', properties: { AccountId: '111122223333', Region: 'eu-west-1' } },
      { type: 'Plumbline::Account::Region', id: 'us-east-1', region: 'us-east-1', origin: 'plan', properties: { Region: 'us-east-1' } },
      { type: 'Plumbline::Account::Region', id: '444455556666/eu-west-1', account: '444455556666', region: 'eu-west-1', origin: 'plan', properties: { AccountId: '444455556666', Region: 'eu-west-1' } }
    ])
    expect(withRegionResources(resources)).toHaveLength(8)
    expect(withRegionResources([base('AWS::IAM::Role', 'r', 'global')])).toHaveLength(1)
  })

  test('with a live side, a region without an account takes the scanned account (so the delta pairs plan and live)', () => {
    const region = terraformRegionResources([base('AWS::EC2::VPC', 'vpc-1', 'us-east-1')])[0]
    const ref = { type: region.type, id: region.id, region: region.region, origin: region.origin }
    const evaluation = { rule: 'guardduty-enabled', status: 'fail', resource: ref } as Evaluation
    const stated = { rule: 'guardduty-enabled', status: 'fail', resource: { ...ref, id: '444455556666/us-east-1', account: '444455556666' } } as Evaluation
    adoptRegionAccount([evaluation, stated], '111122223333')
    expect(evaluation.resource).toMatchObject({ id: '111122223333/us-east-1', account: '111122223333' })
    expect(stated.resource).toMatchObject({ id: '444455556666/us-east-1', account: '444455556666' })
  })
})
