// who-changed's lookups (lookUpLastChanges) with the CloudTrail client's send stubbed: one LookupEvents by
// ResourceName per (account, lookup region, name), shared by the targets that name the same resource; global types
// looked up in the partition's global-events region; at most MAX_LOOKUPS per run; a denied (account, region) is one
// ledger entry and one warning, and its other lookups are not sent. The same lookups against the local AWS server,
// over the wire, are in test/e2e/changes.test.ts.
import { jest } from '@jest/globals'
import { CloudTrailClient, type LookupEventsCommandInput, type LookupEventsCommandOutput } from '@aws-sdk/client-cloudtrail'
import { LAST_CHANGE_TYPE, MAX_LOOKUPS, lookUpLastChanges, type LastChangeTarget } from '../../../src/sources/live/changes/who-changed.js'
import { targetKey } from '../../../src/sources/live/changes/targets.js'

const ACCOUNT = '111122223333'
const OTHER = '444455556666'
const REGION = 'eu-west-1'
const NOW = new Date('2026-12-04T12:00:00Z')
const credentials = async () => ({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' })
const session = (accountId: string, partition = 'aws') => ({ accountId, principalArn: `arn:${partition}:iam::${accountId}:user/auditor`, credentials })

interface Sent {
  region: string
  name: string
  input: LookupEventsCommandInput
}

let sent: Sent[]
/** What the stub answers, by lookup region and resource name: the events of one page (newest first), or an error. */
let answer: (region: string, name: string) => LookupEventsCommandOutput['Events'] | Error

const record = (eventName: string, time: string, identity: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ eventVersion: '1.11', eventSource: 'ec2.amazonaws.com', eventName, eventTime: time, awsRegion: REGION, userIdentity: identity, eventID: `${eventName}-${time}`, readOnly: false, ...extra })
const ALICE = { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/oncall/alice@example.com`, principalId: 'AROAEXAMPLE:alice@example.com', accountId: ACCOUNT }
const BOB = { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/bob`, userName: 'bob', accountId: ACCOUNT }

beforeEach(() => {
  sent = []
  answer = () => []
  jest.spyOn(CloudTrailClient.prototype, 'send').mockImplementation(async function (this: CloudTrailClient, command: { input: LookupEventsCommandInput }) {
    const region = await this.config.region()
    const name = command.input.LookupAttributes?.[0]?.AttributeValue ?? ''
    sent.push({ region, name, input: command.input })
    const events = answer(region, name)
    if (events instanceof Error) throw events
    return { Events: events, $metadata: {} }
  } as never)
})

afterEach(() => {
  jest.restoreAllMocks()
})

const target = (type: string, id: string, region = REGION, account = ACCOUNT, properties: Record<string, unknown> = {}): LastChangeTarget => ({ type, id, account, region, properties })
const lookUp = (targets: LastChangeTarget[], sessions = [session(ACCOUNT)]) => lookUpLastChanges(targets, { sessions, concurrency: 8, now: NOW, sleep: async () => undefined })
const denied = () => Object.assign(new Error('User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: cloudtrail:LookupEvents'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } })

describe('lookUpLastChanges', () => {
  it('names the newest write on each resource: principal, session, call, time; null when CloudTrail has none', async () => {
    answer = (_region, name) =>
      name === 'sg-0web'
        ? [
            // Newest first: a read naming the group, a failed write, then the last write that took effect.
            { EventName: 'DescribeSecurityGroups', ReadOnly: 'true', CloudTrailEvent: record('DescribeSecurityGroups', '2026-12-04T11:00:00Z', BOB, { readOnly: true }) },
            { EventName: 'RevokeSecurityGroupIngress', ReadOnly: 'false', CloudTrailEvent: record('RevokeSecurityGroupIngress', '2026-12-04T10:30:00Z', BOB, { errorCode: 'Client.UnauthorizedOperation' }) },
            { EventName: 'AuthorizeSecurityGroupIngress', ReadOnly: 'false', CloudTrailEvent: record('AuthorizeSecurityGroupIngress', '2026-12-04T10:00:00Z', ALICE) },
            { EventName: 'CreateSecurityGroup', ReadOnly: 'false', CloudTrailEvent: record('CreateSecurityGroup', '2026-11-01T10:00:00Z', BOB) }
          ]
        : []
    const web = target('AWS::EC2::SecurityGroup', 'sg-0web')
    const quiet = target('AWS::EC2::SecurityGroup', 'sg-0quiet')
    const result = await lookUp([web, quiet])
    expect(result.found.get(targetKey(web))).toEqual({ principal: ALICE.arn, sessionName: 'alice@example.com', eventName: 'AuthorizeSecurityGroupIngress', time: '2026-12-04T10:00:00Z' })
    expect(result.found.get(targetKey(quiet))).toBeNull()
    expect(result.coverage).toEqual([{ account: ACCOUNT, region: REGION, type: LAST_CHANGE_TYPE, state: 'scanned', count: 2, read: 'full' }])
    expect(result.warnings).toEqual([])
    // By ResourceName, over CloudTrail's 90 days up to now.
    expect(sent.find((s) => s.name === 'sg-0web')?.input).toMatchObject({
      LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'sg-0web' }],
      StartTime: new Date(NOW.getTime() - 90 * 86_400_000),
      EndTime: NOW,
      MaxResults: 50
    })
    expect(result.calls).toBe(2)
  })

  it('looks up each (account, region, name) once: targets naming the same resource share it', async () => {
    answer = (_region, name) => (name === 'acme-logs' ? [{ EventName: 'PutBucketPolicy', ReadOnly: 'false', CloudTrailEvent: record('PutBucketPolicy', '2026-12-01T09:00:00Z', BOB, { eventSource: 's3.amazonaws.com' }) }] : [])
    // The bucket and its policy are both found under the bucket's name; the same name in another region or
    // account is another lookup.
    const bucket = target('AWS::S3::Bucket', 'acme-logs')
    const policy = target('AWS::S3::BucketPolicy', 'acme-logs')
    const elsewhere = target('AWS::S3::Bucket', 'acme-logs', 'us-west-2')
    const otherAccount = target('AWS::S3::Bucket', 'acme-logs', REGION, OTHER)
    const result = await lookUp([bucket, policy, elsewhere, otherAccount], [session(ACCOUNT), session(OTHER)])
    expect(sent.map((s) => `${s.region} ${s.name}`).sort()).toEqual([`${REGION} acme-logs`, `${REGION} acme-logs`, 'us-west-2 acme-logs'])
    expect(result.calls).toBe(3)
    const change = { principal: BOB.arn, eventName: 'PutBucketPolicy', time: '2026-12-01T09:00:00Z' }
    expect(result.found.get(targetKey(bucket))).toEqual(change)
    expect(result.found.get(targetKey(policy))).toEqual(change)
    expect(result.found.get(targetKey(elsewhere))).toEqual(change)
    expect(result.found.get(targetKey(otherAccount))).toEqual(change)
    expect(result.coverage.map((c) => `${c.account} ${c.region} ${c.count}`).sort()).toEqual([`${ACCOUNT} ${REGION} 1`, `${ACCOUNT} us-west-2 1`, `${OTHER} ${REGION} 1`])
  })

  it('looks up global types in the partition\'s global-events region, by the name CloudTrail indexes', async () => {
    const role = target('AWS::IAM::Role', 'deploy', 'global')
    const cnRole = target('AWS::IAM::Role', 'deploy', 'global', OTHER)
    const key = target('AWS::KMS::Key', 'k-1', REGION, ACCOUNT, { Arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-1` })
    const result = await lookUp([role, cnRole, key], [session(ACCOUNT), session(OTHER, 'aws-cn')])
    expect(sent.map((s) => `${s.region} ${s.name}`).sort()).toEqual(['cn-north-1 deploy', `${REGION} arn:aws:kms:${REGION}:${ACCOUNT}:key/k-1`, 'us-east-1 deploy'])
    expect(result.found.get(targetKey(role))).toBeNull()
    expect(result.coverage.map((c) => `${c.account} ${c.region}`).sort()).toEqual([`${ACCOUNT} ${REGION}`, `${ACCOUNT} us-east-1`, `${OTHER} cn-north-1`])
  })

  it('leaves out targets CloudTrail does not index by name (with a warning) and accounts this run has no session for', async () => {
    const unnamed = target('AWS::Route53::HostedZone', 'Z123')
    const noSession = target('AWS::EC2::SecurityGroup', 'sg-0other', REGION, OTHER)
    const result = await lookUp([unnamed, noSession])
    expect(sent).toEqual([])
    expect(result.found.size).toBe(0)
    expect(result.warnings).toEqual(['who-changed: 1 changed resource(s) are of types CloudTrail\'s event history does not index by name; they are shown without who changed them'])
  })

  it(`looks up at most ${MAX_LOOKUPS} resources per run, and says the rest are shown without a name`, async () => {
    // One region each, so that CloudTrail's 2 per second per region does not pace the test.
    const targets = Array.from({ length: MAX_LOOKUPS + 3 }, (_, i) => target('AWS::EC2::SecurityGroup', `sg-${i}`, `test-${i}`))
    const result = await lookUp(targets)
    expect(sent).toHaveLength(MAX_LOOKUPS)
    expect(result.found.size).toBe(MAX_LOOKUPS)
    expect(targets.filter((t) => !result.found.has(targetKey(t)))).toHaveLength(3)
    expect(result.warnings).toEqual([`who-changed looked up the first ${MAX_LOOKUPS} of ${MAX_LOOKUPS + 3} changed resources (CloudTrail answers 2 lookups per second per region); the others are shown without who changed them`])
  })

  it('records a denied (account, region) once in the ledger, sends none of its other lookups, and goes on elsewhere', async () => {
    answer = (region) => (region === REGION ? denied() : [])
    const inDenied = Array.from({ length: 5 }, (_, i) => target('AWS::EC2::SecurityGroup', `sg-${i}`))
    const allowed = target('AWS::EC2::SecurityGroup', 'sg-west', 'us-west-2')
    const result = await lookUp([...inDenied, allowed])
    expect(sent.filter((s) => s.region === REGION)).toHaveLength(1)
    expect(result.coverage.find((c) => c.region === REGION)).toEqual({
      account: ACCOUNT,
      region: REGION,
      type: LAST_CHANGE_TYPE,
      state: 'denied',
      count: 0,
      read: 'full',
      error: 'AccessDeniedException: User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: cloudtrail:LookupEvents'
    })
    expect(result.warnings).toEqual([
      `who-changed: CloudTrail's event history of account ${ACCOUNT} ${REGION} could not be read (AccessDeniedException: User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: cloudtrail:LookupEvents); its drift is shown without who changed it`
    ])
    // Denied: absent (not looked up), never null (looked up, nothing found).
    for (const t of inDenied) expect(result.found.has(targetKey(t))).toBe(false)
    expect(result.found.get(targetKey(allowed))).toBeNull()
    expect(result.coverage.find((c) => c.region === 'us-west-2')).toMatchObject({ state: 'scanned', count: 1 })
  })

  it('marks a (account, region) failed when one lookup fails otherwise, and still sends its other lookups', async () => {
    answer = (_region, name) => (name === 'sg-1' ? Object.assign(new Error('Resource name is too long.'), { name: 'InvalidLookupAttributesException' }) : [])
    const targets = ['sg-0', 'sg-1', 'sg-2'].map((id) => target('AWS::EC2::SecurityGroup', id))
    const result = await lookUp(targets)
    expect(sent.map((s) => s.name)).toEqual(['sg-0', 'sg-1', 'sg-2'])
    expect(result.coverage).toEqual([{ account: ACCOUNT, region: REGION, type: LAST_CHANGE_TYPE, state: 'failed', count: 2, read: 'full', error: 'InvalidLookupAttributesException: Resource name is too long.' }])
    expect(targets.map((t) => result.found.get(targetKey(t)))).toEqual([null, undefined, null])
    expect(result.warnings).toHaveLength(1)
  })
})
