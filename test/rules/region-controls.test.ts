// Region controls: rules that judge the region pseudo-resource (Plumbline::Account::Region) through the
// region-has predicate. Live, every scanned region is judged; on the Terraform side only where it manages the type.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { regionResource } from '../../src/model/facts.js'
import { parseRuleSpec } from '../../src/rules/declarative/parse.js'
import { customRule, RULE_REGISTRY } from '../../src/rules/index.js'
import { FRAMEWORK_IDS } from '../../src/types.js'
import { ROOT } from '../e2e/helpers.js'
import type { Resource } from '../../src/types.js'
import { expected, judge, res, ruleById } from './builders.js'

const ACCOUNT = '111122223333'
/** A scanned region: `scanned` listed there, `unread` meant to be read but denied or failed. */
const liveRegion = (region: string, scanned: string[] | undefined = ['AWS::GuardDuty::Detector'], unread: string[] = []): Resource => {
  const r = regionResource(region, ACCOUNT, 'live', scanned)
  if (unread.length > 0) r.properties.UnreadTypes = unread
  return r
}
const liveIn = (region: string, type: string, id: string, properties: Record<string, unknown>): Resource => res(type, id, properties, { account: ACCOUNT, region })
const planIn = (region: string, type: string, address: string, properties: Record<string, unknown>, unknown: string[] = [], account?: string): Resource => ({
  type, id: null, address, origin: 'plan', action: 'create', region, properties, unknown, ...(account ? { account } : {})
})

describe('guardduty-enabled', () => {
  const rule = ruleById('guardduty-enabled')
  const DETECTOR = 'AWS::GuardDuty::Detector'

  it('live: passes a region with an enabled detector, fails one with none or a suspended one, unknown where the type could not be read, nothing where it was not scanned', () => {
    const regions = [
      liveRegion('us-east-1'),
      liveRegion('eu-west-1'),
      liveRegion('eu-central-1'),
      liveRegion('ap-south-1', ['AWS::S3::Bucket'], [DETECTOR]),
      liveRegion('ap-east-1', ['AWS::S3::Bucket']),
      liveRegion('sa-east-1', undefined)
    ]
    const context = [
      liveIn('us-east-1', DETECTOR, 'd-on', { Enable: true }),
      liveIn('eu-west-1', DETECTOR, 'd-off', { Enable: false }),
      // Another account's enabled detector in eu-central-1 does not count for this account.
      res(DETECTOR, 'd-other', { Enable: true }, { account: '444455556666', region: 'eu-central-1' }),
      liveIn('sa-east-1', DETECTOR, 'd-sa', { Enable: true })
    ]
    expect(judge(rule, regions, context)).toEqual(
      expected({
        pass: [`${ACCOUNT}/us-east-1`, `${ACCOUNT}/sa-east-1`],
        fail: [`${ACCOUNT}/eu-west-1`, `${ACCOUNT}/eu-central-1`],
        unknown: [`${ACCOUNT}/ap-south-1`],
        skipped: [`${ACCOUNT}/ap-east-1`]
      })
    )
  })

  it('live: one enabled detector among disabled ones is enough; messages say which', () => {
    const region = liveRegion('us-east-1')
    const context = [liveIn('us-east-1', DETECTOR, 'd-off', { Enable: false }), liveIn('us-east-1', DETECTOR, 'd-on', { Enable: true })]
    expect(rule.check(region, { ofType: (t) => context.filter((r) => r.type === t), find: () => undefined })).toEqual({
      status: 'pass',
      message: `${ACCOUNT}/us-east-1 has an enabled GuardDuty detector (d-on)`
    })
    const none = rule.check(liveRegion('eu-west-1'), { ofType: () => [], find: () => undefined })
    expect(none).toEqual({ status: 'fail', message: `${ACCOUNT}/eu-west-1 does not have an enabled GuardDuty detector: no AWS::GuardDuty::Detector there` })
    const suspended = liveIn('eu-west-1', DETECTOR, 'd-off', { Enable: false })
    expect(rule.check(liveRegion('eu-west-1'), { ofType: () => [suspended], find: () => undefined })?.message).toBe(
      `${ACCOUNT}/eu-west-1 does not have an enabled GuardDuty detector (Enable true): d-off has Enable false`
    )
  })

  it('plan: no verdict where the configuration manages no detector; fails a disabled one; unknown when Enable is known after apply', () => {
    const regions = [regionResource('us-east-1', undefined, 'plan'), regionResource('eu-west-1', undefined, 'plan'), regionResource('eu-central-1', undefined, 'plan'), regionResource('ap-south-1', undefined, 'plan')]
    const context = [
      planIn('eu-west-1', DETECTOR, 'aws_guardduty_detector.off', { Enable: false }),
      planIn('eu-central-1', DETECTOR, 'aws_guardduty_detector.on', { Enable: true }),
      planIn('ap-south-1', DETECTOR, 'aws_guardduty_detector.later', {}, ['Enable']),
      planIn('us-east-1', 'AWS::S3::Bucket', 'aws_s3_bucket.b', {})
    ]
    expect(judge(rule, regions, context)).toEqual(expected({ skipped: ['us-east-1'], fail: ['eu-west-1'], pass: ['eu-central-1'], unknown: ['ap-south-1'] }))
  })

  it('does not judge anything but the region pseudo-resource', () => {
    expect(rule.resourceTypes).toEqual(['Plumbline::Account::Region'])
    expect(rule.check(liveIn('us-east-1', DETECTOR, 'd', { Enable: false }), { ofType: () => [], find: () => undefined })).toBeNull()
  })

  it('carries the FSBP reference its Prowler alias gives', () => {
    expect(rule.frameworks).toEqual({ 'aws-fsbp': ['GuardDuty.1'] })
  })
})

describe('securityhub-enabled', () => {
  const rule = ruleById('securityhub-enabled')
  const HUB = 'AWS::SecurityHub::Hub'

  it('live: passes a region with a hub, fails one without; plan: no verdict without a managed hub', () => {
    const regions = [liveRegion('us-east-1', [HUB]), liveRegion('eu-west-1', [HUB]), liveRegion('ap-south-1', [], [HUB])]
    const context = [liveIn('us-east-1', HUB, `arn:aws:securityhub:us-east-1:${ACCOUNT}:hub/default`, { AutoEnableControls: true })]
    expect(judge(rule, regions, context)).toEqual(expected({ pass: [`${ACCOUNT}/us-east-1`], fail: [`${ACCOUNT}/eu-west-1`], unknown: [`${ACCOUNT}/ap-south-1`] }))
    const planned = [regionResource('us-east-1', ACCOUNT, 'plan'), regionResource('eu-west-1', ACCOUNT, 'plan')]
    expect(judge(rule, planned, [planIn('eu-west-1', HUB, 'aws_securityhub_account.this', {}, ['ARN'], ACCOUNT)])).toEqual(
      expected({ pass: [`${ACCOUNT}/eu-west-1`], skipped: [`${ACCOUNT}/us-east-1`] })
    )
  })

  it('carries the CIS references its Prowler alias gives', () => {
    expect(rule.frameworks).toEqual({ 'cis-aws-3.0': ['4.16'], 'cis-aws-4.0': ['4.16'], 'cis-aws-5.0': ['4.16'] })
  })
})

describe('accessanalyzer-enabled', () => {
  const rule = ruleById('accessanalyzer-enabled')
  const ANALYZER = 'AWS::AccessAnalyzer::Analyzer'
  const arn = (region: string, name: string) => `arn:aws:access-analyzer:${region}:${ACCOUNT}:analyzer/${name}`

  it('passes an account or organization analyzer, fails an unused-access one alone or none; unknown type is unknown', () => {
    const regions = ['us-east-1', 'us-east-2', 'eu-west-1', 'eu-west-2', 'eu-north-1'].map((r) => liveRegion(r, [ANALYZER]))
    const context = [
      liveIn('us-east-1', ANALYZER, arn('us-east-1', 'a'), { AnalyzerName: 'a', Type: 'ACCOUNT' }),
      liveIn('us-east-2', ANALYZER, arn('us-east-2', 'o'), { AnalyzerName: 'o', Type: 'ORGANIZATION' }),
      liveIn('eu-west-1', ANALYZER, arn('eu-west-1', 'u'), { AnalyzerName: 'u', Type: 'ACCOUNT_UNUSED_ACCESS' }),
      // Read from the list only: Type was not read.
      { ...liveIn('eu-north-1', ANALYZER, arn('eu-north-1', 'x'), { Arn: arn('eu-north-1', 'x') }), readProperties: ['Arn'] }
    ]
    expect(judge(rule, regions, context)).toEqual(
      expected({
        pass: [`${ACCOUNT}/us-east-1`, `${ACCOUNT}/us-east-2`],
        fail: [`${ACCOUNT}/eu-west-1`, `${ACCOUNT}/eu-west-2`],
        unknown: [`${ACCOUNT}/eu-north-1`]
      })
    )
  })

  it('never words a value the resource marks sensitive', () => {
    const hidden = { ...liveIn('eu-west-1', ANALYZER, arn('eu-west-1', 'h'), { AnalyzerName: 'h', Type: 'ACCOUNT_UNUSED_ACCESS' }), sensitive: ['Type'] }
    const message = rule.check(liveRegion('eu-west-1', [ANALYZER]), { ofType: () => [hidden], find: () => undefined })?.message
    expect(message).toContain('has Type a sensitive value')
    expect(message).not.toContain('ACCOUNT_UNUSED_ACCESS')
  })

  it('carries the CIS references its Prowler alias gives', () => {
    expect(rule.frameworks).toEqual({ 'cis-aws-3.0': ['1.20'], 'cis-aws-4.0': ['1.20'], 'cis-aws-5.0': ['1.19'] })
  })
})

describe('config-recorder-all-regions', () => {
  const rule = ruleById('config-recorder-all-regions')
  const RECORDER = 'AWS::Config::ConfigurationRecorder'
  const STATUS = 'Plumbline::Config::RecorderStatus'
  const BOTH = [RECORDER, STATUS]
  const recorder = (region: string, name: string, group: Record<string, unknown>) => liveIn(region, RECORDER, name, { Name: name, RecordingGroup: group })
  const status = (region: string, name: string, recording: boolean, lastStatus = 'Success') => liveIn(region, STATUS, name, { Name: name, Recording: recording, LastStatus: lastStatus })

  it('live: passes a recorder of all types that records; fails stopped, failing, partial or missing ones; unknown where unread', () => {
    const names = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-north-1']
    const regions = names.map((r) => (r === 'eu-north-1' ? liveRegion(r, [RECORDER], [STATUS]) : liveRegion(r, BOTH)))
    const context = [
      recorder('us-east-1', 'default', { AllSupported: true, IncludeGlobalResourceTypes: true }),
      status('us-east-1', 'default', true),
      recorder('us-east-2', 'default', { AllSupported: true }),
      status('us-east-2', 'default', false),
      recorder('us-west-1', 'default', { AllSupported: true }),
      status('us-west-1', 'default', true, 'Failure'),
      recorder('us-west-2', 'default', { AllSupported: false, ResourceTypes: ['AWS::S3::Bucket'] }),
      status('us-west-2', 'default', true),
      // A recorder without its status (none reported) does not record.
      recorder('eu-west-2', 'default', { AllSupported: true }),
      recorder('eu-north-1', 'default', { AllSupported: true })
    ]
    expect(judge(rule, regions, context)).toEqual(
      expected({
        pass: [`${ACCOUNT}/us-east-1`],
        fail: [`${ACCOUNT}/us-east-2`, `${ACCOUNT}/us-west-1`, `${ACCOUNT}/us-west-2`, `${ACCOUNT}/eu-west-1`, `${ACCOUNT}/eu-west-2`],
        unknown: [`${ACCOUNT}/eu-north-1`]
      })
    )
    const view = { ofType: (t: string) => context.filter((r) => r.type === t), find: () => undefined }
    // A scan asked for neither type says nothing.
    expect(rule.check(liveRegion('us-east-1', ['AWS::S3::Bucket']), view)).toBeNull()
    expect(rule.check(liveRegion('us-west-1', BOTH), view)?.message).toBe(`${ACCOUNT}/us-west-1 does not have an AWS Config recorder recording all resource types: default is in a failure state (LastStatus Failure)`)
  })

  it('plan: no verdict without Config resources; a recorder whose status is managed elsewhere is unknown; a stopped status alone fails', () => {
    const regions = ['us-east-1', 'eu-west-1', 'eu-west-2', 'eu-central-1'].map((r) => regionResource(r, undefined, 'plan'))
    const context = [
      planIn('us-east-1', 'AWS::S3::Bucket', 'aws_s3_bucket.b', {}),
      planIn('eu-west-1', RECORDER, 'aws_config_configuration_recorder.r', { Name: 'default', RecordingGroup: { AllSupported: true } }),
      planIn('eu-west-2', STATUS, 'aws_config_configuration_recorder_status.s', { Name: 'default', Recording: false }),
      planIn('eu-central-1', RECORDER, 'aws_config_configuration_recorder.r2', { Name: 'default', RecordingGroup: { AllSupported: true } }),
      planIn('eu-central-1', STATUS, 'aws_config_configuration_recorder_status.s2', { Name: 'default', Recording: true })
    ]
    expect(judge(rule, regions, context)).toEqual(expected({ skipped: ['us-east-1'], unknown: ['eu-west-1'], fail: ['eu-west-2'], pass: ['eu-central-1'] }))
  })

  it('carries the CIS and FSBP references its Prowler alias gives', () => {
    expect(rule.frameworks).toEqual({ 'cis-aws-3.0': ['3.3'], 'cis-aws-4.0': ['3.3'], 'cis-aws-5.0': ['3.3'], 'aws-fsbp': ['Config.1'] })
  })
})

describe('region-has in a user\'s rule (the example of docs/rules.md)', () => {
  it('loads as written and judges regions as the built-in controls do', () => {
    const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')
    const block = /## Region controls[\s\S]*?```yaml\n(id: acme-[\s\S]*?)```/.exec(doc)
    expect(block).not.toBeNull()
    const rule = customRule(parseRuleSpec(parseYaml(block![1]), [...FRAMEWORK_IDS]))
    expect(RULE_REGISTRY.builtin(rule.id)).toBe(false)
    const SESSION = 'AWS::Macie::Session'
    const regions = [liveRegion('us-east-1', [SESSION]), liveRegion('eu-west-1', [SESSION]), regionResource('eu-central-1', undefined, 'plan')]
    const context = [liveIn('us-east-1', SESSION, ACCOUNT, { Status: 'ENABLED' }), liveIn('eu-west-1', SESSION, ACCOUNT, { Status: 'PAUSED' })]
    expect(judge(rule, regions, context)).toEqual(expected({ pass: [`${ACCOUNT}/us-east-1`], fail: [`${ACCOUNT}/eu-west-1`], skipped: ['eu-central-1'] }))
  })
})
