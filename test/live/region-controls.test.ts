// Region controls on a live scan against the local AWS server: the real SDK clients read the control types
// (Cloud Control, and AWS Config's own API for the recorder status), the region pseudo-resources come from the
// coverage ledger, and each scanned region gets a verdict: pass, fail, or unknown where the type could not be read.
import '../aws-server/resolve-localhost.mjs'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { EMPTY_CONFIG_FILE } from '../../src/config-file.js'
import { evaluateInventory } from '../../src/evaluate.js'
import { ALL_RULES, findRules } from '../../src/rules/index.js'
import { liveRegionResources } from '../../src/sources/live/region-resources.js'
import { scanLive, type LiveScanOptions } from '../../src/sources/live/scan.js'
import { actionAllowed, type PolicyDocument } from '../../src/sources/live/permissions.js'
import { shippedReadOnlyPolicy } from '../e2e/helpers.js'

const ACCOUNT = '222233334444'
const [ON, OFF, NONE, DENIED] = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2']

const savedEnv = { ...process.env }
let server: AwsServer
let keys: { accessKeyId: string; secretAccessKey: string }

beforeAll(async () => {
  server = await startAwsServer()
  Object.assign(process.env, server.env(), { AWS_REGION: ON })
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [ON, OFF, NONE, DENIED, 'ca-central-1'],
    resources: [
      { type: 'AWS::GuardDuty::Detector', region: ON, properties: { Id: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', Enable: true, FindingPublishingFrequency: 'FIFTEEN_MINUTES' } },
      { type: 'AWS::GuardDuty::Detector', region: OFF, properties: { Id: 'f6e5d4c3b2a1f6e5d4c3b2a1f6e5d4c3', Enable: false, FindingPublishingFrequency: 'SIX_HOURS' } },
      { type: 'AWS::GuardDuty::Detector', region: DENIED, properties: { Id: '00112233445566778899aabbccddeeff', Enable: true } },
      { type: 'AWS::SecurityHub::Hub', region: ON, properties: { ARN: `arn:aws:securityhub:${ON}:${ACCOUNT}:hub/default`, AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL', Tags: { team: 'sec' } } },
      { type: 'AWS::AccessAnalyzer::Analyzer', region: ON, properties: { Arn: `arn:aws:access-analyzer:${ON}:${ACCOUNT}:analyzer/external`, AnalyzerName: 'external', Type: 'ACCOUNT' } },
      { type: 'AWS::AccessAnalyzer::Analyzer', region: OFF, properties: { Arn: `arn:aws:access-analyzer:${OFF}:${ACCOUNT}:analyzer/unused`, AnalyzerName: 'unused', Type: 'ACCOUNT_UNUSED_ACCESS' } }
    ],
    facts: {
      configRecorders: {
        [ON]: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] }, recordingMode: { recordingFrequency: 'CONTINUOUS' }, recording: true, lastStatus: 'Success' }],
        [OFF]: [{ name: 'default', recordingGroup: { allSupported: true }, recording: false }],
        [DENIED]: [{ name: 'default', recordingGroup: { allSupported: true }, recording: true, lastStatus: 'Success' }]
      }
    }
  })
  keys = server.createUserKeys(ACCOUNT, 'scanner')
})

afterAll(async () => {
  await server.close()
  process.env = savedEnv
})

function options(types: string[]): LiveScanOptions {
  return {
    sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
    regions: { named: [ON, OFF, NONE, DENIED], all: false, global: false },
    types,
    homeRegion: ON,
    rateLimit: 0,
    concurrency: 8,
    retry: { baseMs: 1, capMs: 5, attempts: 1 },
    sleep: async () => undefined
  }
}

async function verdicts(ruleId: string, types: string[]): Promise<Record<string, string>> {
  const scan = await scanLive(options(types))
  const rule = ALL_RULES.find((r) => r.id === ruleId)!
  const evaluations = evaluateInventory([...scan.resources, ...liveRegionResources(scan.coverage)], { rules: [rule], configFile: EMPTY_CONFIG_FILE, blocks: new Map(), lookup: findRules })
  return Object.fromEntries(evaluations.map((e) => [e.resource.id!, e.status]))
}

describe('region controls on a live scan', () => {
  afterEach(() => server.clearFaults())

  it('guardduty-enabled: every scanned region judged; a region whose detectors could not be listed is unknown, not failing', async () => {
    server.addFault({ kind: 'deny', service: 'cloudcontrol', typeName: 'AWS::GuardDuty::Detector', region: DENIED })
    expect(await verdicts('guardduty-enabled', ['AWS::GuardDuty::Detector'])).toEqual({
      [`${ACCOUNT}/${ON}`]: 'pass',
      [`${ACCOUNT}/${OFF}`]: 'fail',
      [`${ACCOUNT}/${NONE}`]: 'fail',
      [`${ACCOUNT}/${DENIED}`]: 'unknown'
    })
    // Not scanned, so not judged: ca-central-1 is enabled in the account but was not among the regions.
  })

  it('securityhub-enabled and accessanalyzer-enabled: read through Cloud Control and judged per region', async () => {
    expect(await verdicts('securityhub-enabled', ['AWS::SecurityHub::Hub'])).toEqual({
      [`${ACCOUNT}/${ON}`]: 'pass',
      [`${ACCOUNT}/${OFF}`]: 'fail',
      [`${ACCOUNT}/${NONE}`]: 'fail',
      [`${ACCOUNT}/${DENIED}`]: 'fail'
    })
    expect(await verdicts('accessanalyzer-enabled', ['AWS::AccessAnalyzer::Analyzer'])).toEqual({
      [`${ACCOUNT}/${ON}`]: 'pass',
      // Only an unused-access analyzer there: no external-access one.
      [`${ACCOUNT}/${OFF}`]: 'fail',
      [`${ACCOUNT}/${NONE}`]: 'fail',
      [`${ACCOUNT}/${DENIED}`]: 'fail'
    })
  })

  it('config-recorder-all-regions: the recorders and their status read with AWS Config\'s own API (JSON 1.1), within the policy', async () => {
    server.calls.length = 0
    server.addFault({ kind: 'deny', service: 'config', region: DENIED })
    const types = ['AWS::Config::ConfigurationRecorder', 'Plumbline::Config::RecorderStatus']
    const scan = await scanLive(options(types))
    expect(scan.resources.filter((r) => r.region === ON).map((r) => [r.type, r.id, r.properties])).toEqual([
      ['AWS::Config::ConfigurationRecorder', 'default', { Name: 'default', RoleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, RecordingGroup: { AllSupported: true, IncludeGlobalResourceTypes: true }, RecordingMode: { RecordingFrequency: 'CONTINUOUS' } }],
      ['Plumbline::Config::RecorderStatus', 'default', { Name: 'default', Recording: true, LastStatus: 'Success' }]
    ].sort())
    expect(scan.coverage.filter((c) => c.region === DENIED).map((c) => c.state)).toEqual(['denied', 'denied'])
    expect(scan.coverage.filter((c) => c.region === NONE).map((c) => [c.type, c.state, c.count])).toEqual([
      ['AWS::Config::ConfigurationRecorder', 'scanned', 0],
      ['Plumbline::Config::RecorderStatus', 'scanned', 0]
    ])
    const policy = shippedReadOnlyPolicy() as PolicyDocument
    const actions = [...new Set(server.calls.map((c) => c.action))].sort()
    expect(actions).toEqual(expect.arrayContaining(['config:DescribeConfigurationRecorderStatus', 'config:DescribeConfigurationRecorders']))
    expect(actions.filter((action) => action !== '' && !actionAllowed(policy, action))).toEqual([])

    expect(await verdicts('config-recorder-all-regions', types)).toEqual({
      [`${ACCOUNT}/${ON}`]: 'pass',
      [`${ACCOUNT}/${OFF}`]: 'fail',
      [`${ACCOUNT}/${NONE}`]: 'fail',
      [`${ACCOUNT}/${DENIED}`]: 'unknown'
    })
  })

  it('makes one region pseudo-resource per scanned (account, region) from the coverage ledger: not global, not a region that is not enabled', () => {
    const coverage = [
      { account: ACCOUNT, region: 'global', type: 'AWS::IAM::Role', state: 'scanned' as const, count: 1 },
      { account: ACCOUNT, region: ON, type: 'AWS::GuardDuty::Detector', state: 'scanned' as const, count: 1 },
      { account: ACCOUNT, region: ON, type: 'AWS::SecurityHub::Hub', state: 'denied' as const, count: 0 },
      { account: ACCOUNT, region: 'ap-east-1', type: 'AWS::GuardDuty::Detector', state: 'unsupported' as const, count: 0 }
    ]
    expect(liveRegionResources(coverage)).toEqual([
      {
        type: 'Plumbline::Account::Region',
        id: `${ACCOUNT}/${ON}`,
        account: ACCOUNT,
        region: ON,
        origin: 'live',
        properties: { AccountId: ACCOUNT, Region: ON, ScannedTypes: ['AWS::GuardDuty::Detector'], UnreadTypes: ['AWS::SecurityHub::Hub'] }
      }
    ])
  })
})
