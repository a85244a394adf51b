// CloudTrail LookupEvents on the local AWS server, exercised only through the real @aws-sdk/client-cloudtrail: a
// wrong wire shape would fail to parse or surface under another error name.
import { CloudTrailClient, LookupEventsCommand, paginateLookupEvents, type Event, type LookupEventsCommandInput } from '@aws-sdk/client-cloudtrail'
import { LOOKUP_EVENTS_PER_SECOND, recordTrailEvent, startAwsServer, trailRecord, type AwsServer, type CloudTrailRecord } from './index.mjs'
import { restoreEnv } from '../e2e/helpers.js'

const ACCOUNT_A = '111111111111'
const ACCOUNT_B = '222222222222'
const ACCOUNT_C = '333333333333'
const EAST = 'us-east-1'
const WEST = 'us-west-2'
const PAGING_REGION = 'eu-west-1'
const PAGED_EVENTS = 120
const HOUR = 3600_000
const DAY = 24 * HOUR

interface Credentials {
  accessKeyId: string
  secretAccessKey: string
}

const savedEnv = { ...process.env }
let server: AwsServer
let keysA: Credentials
let keysB: Credentials
let keysC: Credentials
const now = Date.now()
const records: Record<string, CloudTrailRecord> = {}

function seed(name: string, record: CloudTrailRecord): void {
  records[name] = record
  recordTrailEvent(server.trail, { record })
}

beforeAll(async () => {
  server = await startAwsServer({ lookupEventsPerSecond: null })
  Object.assign(process.env, server.env(), { AWS_REGION: EAST, AWS_EC2_METADATA_DISABLED: 'true' })
  server.addAccount({ id: ACCOUNT_A })
  server.addAccount({ id: ACCOUNT_B })
  server.addAccount({ id: ACCOUNT_C })
  keysA = server.createUserKeys(ACCOUNT_A, 'auditor')
  keysB = server.createUserKeys(ACCOUNT_B, 'auditor')
  keysC = server.createUserKeys(ACCOUNT_C, 'auditor')
  const inA = { account: ACCOUNT_A, region: EAST }
  seed('ingress', trailRecord({
    ...inA,
    time: now - 2 * HOUR,
    eventSource: 'ec2',
    eventName: 'AuthorizeSecurityGroupIngress',
    identity: { role: 'deployer', session: 'alice@example.com' },
    requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
    responseElements: { requestId: 'f1b2', _return: true }
  }))
  seed('createGroup', trailRecord({
    ...inA,
    time: now - 3 * HOUR,
    eventSource: 'ec2.amazonaws.com',
    eventName: 'CreateSecurityGroup',
    identity: { user: 'bob' },
    requestParameters: { groupName: 'web', groupDescription: 'web', vpcId: 'vpc-0aaa' },
    responseElements: { requestId: 'a9c1', _return: true, groupId: 'sg-0fedcba9876543210' }
  }))
  seed('describe', trailRecord({ ...inA, time: now - 1 * HOUR, eventSource: 'ec2', eventName: 'DescribeInstances', identity: { user: 'bob' }, requestParameters: { filterSet: {} } }))
  seed('bucketPolicy', trailRecord({ ...inA, time: now - DAY, eventSource: 's3', eventName: 'PutBucketPolicy', identity: { root: true }, requestParameters: { bucketName: 'logs-east', policy: '' } }))
  seed('attachRole', trailRecord({
    ...inA,
    time: now - 2 * DAY,
    eventSource: 'iam',
    eventName: 'AttachRolePolicy',
    identity: { role: 'AWSReservedSSO_Admin_0123456789abcdef', session: 'carol' },
    requestParameters: { roleName: 'admin', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }
  }))
  seed('keyDeletion', trailRecord({
    ...inA,
    time: now - 3 * DAY,
    eventSource: 'kms',
    eventName: 'ScheduleKeyDeletion',
    identity: { user: 'bob' },
    requestParameters: { keyId: 'k-1', pendingWindowInDays: 7 },
    resources: [{ accountId: ACCOUNT_A, type: 'AWS::KMS::Key', ARN: `arn:aws:kms:${EAST}:${ACCOUNT_A}:key/k-1` }]
  }))
  seed('day89', trailRecord({ ...inA, time: now - 89 * DAY, eventSource: 'ec2', eventName: 'ModifyInstanceAttribute', identity: { user: 'bob' } }))
  seed('day91', trailRecord({ ...inA, time: now - 91 * DAY, eventSource: 'ec2', eventName: 'ModifyInstanceAttribute', identity: { user: 'bob' } }))
  // A data event: in a trail's logs, never in the event history.
  seed('dataEvent', { ...trailRecord({ ...inA, time: now - 30 * 60_000, eventSource: 's3', eventName: 'GetObject', requestParameters: { bucketName: 'logs-east', key: 'a' } }), managementEvent: false, eventCategory: 'Data', eventType: 'AwsApiCall' })

  seed('west', trailRecord({ account: ACCOUNT_A, region: WEST, time: now - HOUR, eventSource: 'ec2', eventName: 'AuthorizeSecurityGroupIngress', requestParameters: { groupId: 'sg-west' } }))
  seed('accountB', trailRecord({ account: ACCOUNT_B, region: EAST, time: now - HOUR, eventSource: 'ec2', eventName: 'AuthorizeSecurityGroupIngress', requestParameters: { groupId: 'sg-0123456789abcdef0' } }))
  // Recorded in shuffled order: the server must sort them.
  const order = Array.from({ length: PAGED_EVENTS }, (_, i) => i).sort((a, b) => ((a * 37) % PAGED_EVENTS) - ((b * 37) % PAGED_EVENTS))
  for (const i of order) {
    recordTrailEvent(server.trail, { record: trailRecord({ account: ACCOUNT_A, region: PAGING_REGION, time: now - (i + 1) * 60_000, eventSource: 'ec2', eventName: 'RunInstances', eventID: `paged-${String(i).padStart(3, '0')}` }) })
  }
})

afterAll(async () => {
  await server.close()
  restoreEnv(savedEnv)
})

afterEach(() => {
  server.clearFaults()
  server.setLookupEventsRate(null)
})

// maxAttempts 1: an error must reach the test as the service sent it, not be retried away.
const trail = (credentials: Credentials = keysA, region = EAST, maxAttempts = 1) => new CloudTrailClient({ region, credentials, maxAttempts })
const lookup = (input: LookupEventsCommandInput = {}, credentials: Credentials = keysA, region = EAST) => trail(credentials, region).send(new LookupEventsCommand(input))
const byAttribute = async (AttributeKey: string, AttributeValue: string) =>
  (await lookup({ LookupAttributes: [{ AttributeKey: AttributeKey as 'EventName', AttributeValue }] })).Events ?? []
const ids = (events: Event[] | undefined) => (events ?? []).map((e) => e.EventId)
const idOf = (name: string) => records[name].eventID
const lookupCalls = () => server.calls.filter((c) => c.service === 'cloudtrail' && c.operation === 'LookupEvents')

async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

describe('CloudTrail LookupEvents', () => {
  test('an event carries the fields CloudTrail derives from its record', async () => {
    const [event, ...rest] = await byAttribute('EventId', idOf('ingress'))
    expect(rest).toEqual([])
    const record = records.ingress
    expect(event).toEqual({
      EventId: record.eventID,
      EventName: 'AuthorizeSecurityGroupIngress',
      ReadOnly: 'false',
      AccessKeyId: record.userIdentity?.accessKeyId,
      EventTime: new Date(Math.floor((now - 2 * HOUR) / 1000) * 1000),
      EventSource: 'ec2.amazonaws.com',
      // An assumed role's events are listed under the session name, not the role's.
      Username: 'alice@example.com',
      Resources: [{ ResourceType: 'AWS::EC2::SecurityGroup', ResourceName: 'sg-0123456789abcdef0' }],
      CloudTrailEvent: expect.any(String)
    })
    expect(record.userIdentity?.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    const full = JSON.parse(event.CloudTrailEvent ?? '') as CloudTrailRecord
    expect(full).toEqual(record)
    expect(full).toMatchObject({
      eventVersion: '1.11',
      eventTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      awsRegion: EAST,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCOUNT_A,
      eventCategory: 'Management',
      readOnly: false,
      userIdentity: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${ACCOUNT_A}:assumed-role/deployer/alice@example.com`,
        principalId: expect.stringMatching(/^AROA\w+:alice@example\.com$/),
        sessionContext: { sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${ACCOUNT_A}:role/deployer`, userName: 'deployer' } }
      }
    })
  })

  test('Username: the IAM user name, the role session name, root', async () => {
    expect(ids(await byAttribute('Username', 'bob'))).toEqual([idOf('describe'), idOf('createGroup'), idOf('keyDeletion'), idOf('day89')])
    expect(ids(await byAttribute('Username', 'carol'))).toEqual([idOf('attachRole')])
    expect(ids(await byAttribute('Username', 'root'))).toEqual([idOf('bucketPolicy')])
    // The role's own name is not a user name here.
    expect(await byAttribute('Username', 'deployer')).toEqual([])
  })

  test('ResourceName and ResourceType: from the parameters of known types and the record\'s resources', async () => {
    expect(ids(await byAttribute('ResourceName', 'sg-0123456789abcdef0'))).toEqual([idOf('ingress')])
    // CreateSecurityGroup names its group in the response.
    expect(ids(await byAttribute('ResourceName', 'sg-0fedcba9876543210'))).toEqual([idOf('createGroup')])
    expect(await byAttribute('ResourceName', 'logs-east')).toEqual([expect.objectContaining({ EventId: idOf('bucketPolicy'), Resources: [{ ResourceType: 'AWS::S3::Bucket', ResourceName: 'logs-east' }] })])
    expect(await byAttribute('ResourceName', 'admin')).toEqual([expect.objectContaining({ EventId: idOf('attachRole'), Resources: [{ ResourceType: 'AWS::IAM::Role', ResourceName: 'admin' }] })])
    expect(ids(await byAttribute('ResourceName', `arn:aws:kms:${EAST}:${ACCOUNT_A}:key/k-1`))).toEqual([idOf('keyDeletion')])
    expect(ids(await byAttribute('ResourceType', 'AWS::EC2::SecurityGroup'))).toEqual([idOf('ingress'), idOf('createGroup')])
    expect(ids(await byAttribute('ResourceType', 'AWS::KMS::Key'))).toEqual([idOf('keyDeletion')])
    // Matching is exact.
    expect(await byAttribute('ResourceName', 'sg-0123')).toEqual([])
    // An event with no known resource lists none.
    expect((await byAttribute('EventId', idOf('describe')))[0].Resources).toEqual([])
  })

  test('EventName, ReadOnly, EventSource and AccessKeyId', async () => {
    expect(ids(await byAttribute('EventName', 'ModifyInstanceAttribute'))).toEqual([idOf('day89')])
    const reads = await byAttribute('ReadOnly', 'true')
    expect(ids(reads)).toEqual([idOf('describe')])
    expect(reads[0].ReadOnly).toBe('true')
    const writes = await byAttribute('ReadOnly', 'false')
    expect(ids(writes)).toEqual([idOf('ingress'), idOf('createGroup'), idOf('bucketPolicy'), idOf('attachRole'), idOf('keyDeletion'), idOf('day89')])
    expect(writes.every((e) => e.ReadOnly === 'false')).toBe(true)
    expect(ids(await byAttribute('EventSource', 'iam.amazonaws.com'))).toEqual([idOf('attachRole')])
    expect(ids(await byAttribute('AccessKeyId', records.bucketPolicy.userIdentity?.accessKeyId ?? ''))).toEqual([idOf('bucketPolicy')])
  })

  test('without attributes: the region\'s management events of the last 90 days, newest first', async () => {
    const { Events, NextToken } = await lookup()
    expect(NextToken).toBeUndefined()
    // Not the 91-day-old event, not the data event, not another region's or account's.
    expect(ids(Events)).toEqual([idOf('describe'), idOf('ingress'), idOf('createGroup'), idOf('bucketPolicy'), idOf('attachRole'), idOf('keyDeletion'), idOf('day89')])
    const times = (Events ?? []).map((e) => e.EventTime?.getTime() ?? 0)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    // Asking for older events does not bring them back.
    expect(ids((await lookup({ StartTime: new Date(now - 200 * DAY), EndTime: new Date(now - 60 * DAY) })).Events)).toEqual([idOf('day89')])
    expect((await lookup({ StartTime: new Date(now - 200 * DAY), EndTime: new Date(now - 90 * DAY - HOUR) })).Events).toEqual([])
  })

  test('StartTime and EndTime bound the events, both inclusive', async () => {
    const at = (name: string) => new Date(records[name].eventTime)
    expect(ids((await lookup({ StartTime: at('attachRole'), EndTime: at('createGroup') })).Events)).toEqual([idOf('createGroup'), idOf('bucketPolicy'), idOf('attachRole')])
    expect(ids((await lookup({ StartTime: at('ingress') })).Events)).toEqual([idOf('describe'), idOf('ingress')])
    expect(ids((await lookup({ EndTime: at('keyDeletion') })).Events)).toEqual([idOf('keyDeletion'), idOf('day89')])
    // A window combines with an attribute.
    expect(ids((await lookup({ StartTime: at('createGroup'), LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: 'bob' }] })).Events)).toEqual([idOf('describe'), idOf('createGroup')])
  })

  test('pages of at most 50 (the default) with NextToken, newest first, across more than 50 events', async () => {
    const before = lookupCalls().length
    const pages: Event[][] = []
    for await (const page of paginateLookupEvents({ client: trail(keysA, PAGING_REGION) }, {})) pages.push(page.Events ?? [])
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20])
    const all = pages.flat()
    expect(ids(all)).toEqual(Array.from({ length: PAGED_EVENTS }, (_, i) => `paged-${String(i).padStart(3, '0')}`))
    expect(lookupCalls().length - before).toBe(3)

    const first = await lookup({ MaxResults: 7 }, keysA, PAGING_REGION)
    expect(ids(first.Events)).toEqual(ids(all.slice(0, 7)))
    expect(first.NextToken).toEqual(expect.any(String))
    const second = await lookup({ MaxResults: 7, NextToken: first.NextToken }, keysA, PAGING_REGION)
    expect(ids(second.Events)).toEqual(ids(all.slice(7, 14)))
    // MaxResults is the page size and may change between pages.
    expect(ids((await lookup({ MaxResults: 50, NextToken: first.NextToken }, keysA, PAGING_REGION)).Events)).toEqual(ids(all.slice(7, 57)))
  })

  test('a page boundary holds when newer events arrive between pages', async () => {
    const inC = { account: ACCOUNT_C, region: EAST, eventSource: 'ec2', eventName: 'CreateTags' }
    for (let i = 0; i < 5; i++) recordTrailEvent(server.trail, { record: trailRecord({ ...inC, time: now - (i + 1) * HOUR, eventID: `c-${i}` }) })
    const first = await lookup({ MaxResults: 2 }, keysC)
    expect(ids(first.Events)).toEqual(['c-0', 'c-1'])
    server.recordTrailEvent({ record: trailRecord({ ...inC, time: now, eventID: 'c-new' }) })
    expect(ids((await lookup({ MaxResults: 2, NextToken: first.NextToken }, keysC)).Events)).toEqual(['c-2', 'c-3'])
    expect(ids((await lookup({}, keysC)).Events)).toEqual(['c-new', 'c-0', 'c-1', 'c-2', 'c-3', 'c-4'])
  })

  test('a NextToken is only good with the parameters that produced it', async () => {
    const { NextToken } = await lookup({ MaxResults: 1 })
    expect(NextToken).toEqual(expect.any(String))
    const misuses = [
      lookup({ MaxResults: 1, NextToken, LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: 'bob' }] }),
      lookup({ MaxResults: 1, NextToken, StartTime: new Date(now - DAY) }),
      lookup({ MaxResults: 1, NextToken }, keysA, PAGING_REGION),
      lookup({ MaxResults: 1, NextToken }, keysB),
      lookup({ NextToken: 'not-a-token' })
    ]
    for (const misuse of misuses) {
      const error = await rejectionOf(misuse)
      expect(error.name).toBe('InvalidNextTokenException')
      expect(error.$metadata?.httpStatusCode).toBe(400)
    }
    await expect(lookup({ MaxResults: 1, NextToken })).resolves.toHaveProperty('Events', [expect.objectContaining({ EventId: idOf('ingress') })])
  })

  test('events are per Region (the signing scope\'s) and per account (the credentials\')', async () => {
    expect(ids((await lookup({}, keysA, WEST)).Events)).toEqual([idOf('west')])
    expect(ids((await lookup({}, keysB)).Events)).toEqual([idOf('accountB')])
    expect(ids(await byAttribute('ResourceName', 'sg-west'))).toEqual([])
    // A region the account has not enabled refuses the credentials, as for the other regional services.
    expect((await rejectionOf(lookup({}, keysA, 'ap-south-1'))).name).toBe('UnrecognizedClientException')
  })

  test('invalid parameters: the documented errors, HTTP 400', async () => {
    const cases: Array<[LookupEventsCommandInput, string]> = [
      [{ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'a' }, { AttributeKey: 'Username', AttributeValue: 'b' }] }, 'InvalidLookupAttributesException'],
      [{ LookupAttributes: [{ AttributeKey: 'UserName' as 'Username', AttributeValue: 'bob' }] }, 'InvalidLookupAttributesException'],
      [{ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: '' }] }, 'InvalidLookupAttributesException'],
      [{ StartTime: new Date(now), EndTime: new Date(now - HOUR) }, 'InvalidTimeRangeException'],
      [{ MaxResults: 0 }, 'InvalidMaxResultsException'],
      [{ MaxResults: 51 }, 'InvalidMaxResultsException'],
      [{ EventCategory: 'management' as 'insight' }, 'InvalidEventCategoryException']
    ]
    for (const [input, name] of cases) {
      const error = await rejectionOf(lookup(input))
      expect([name, error.name]).toEqual([name, name])
      expect(error.$metadata?.httpStatusCode).toBe(400)
    }
    // The only valid category is insight; this history has no Insights events.
    expect((await lookup({ EventCategory: 'insight' })).Events).toEqual([])
    // StartTime equal to EndTime is a valid (one-instant) window.
    const at = new Date(records.ingress.eventTime)
    expect(ids((await lookup({ StartTime: at, EndTime: at })).Events)).toEqual([idOf('ingress')])
  })

  test('deny fault: AccessDeniedException in the usual words, for the named calls only', async () => {
    server.addFault({ kind: 'deny', service: 'cloudtrail', operation: 'LookupEvents', region: WEST })
    const denied = await rejectionOf(lookup({}, keysA, WEST))
    expect(denied.name).toBe('AccessDeniedException')
    expect(denied.$metadata?.httpStatusCode).toBe(400)
    expect(denied.message).toBe(
      `User: arn:aws:iam::${ACCOUNT_A}:user/auditor is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`
    )
    await expect(lookup({}, keysA, EAST)).resolves.toHaveProperty('Events')
    expect(lookupCalls().slice(-2)).toEqual([
      { service: 'cloudtrail', operation: 'LookupEvents', action: 'cloudtrail:LookupEvents', account: ACCOUNT_A, region: WEST, status: 400, errorCode: 'AccessDeniedException' },
      { service: 'cloudtrail', operation: 'LookupEvents', action: 'cloudtrail:LookupEvents', account: ACCOUNT_A, region: EAST, status: 200 }
    ])
  })

  test('the documented target form (com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents) is answered too', async () => {
    const client = trail()
    let sent: unknown
    client.middlewareStack.add(
      (next) => async (args) => {
        const headers = (args.request as { headers: Record<string, string> }).headers
        sent = headers['x-amz-target']
        headers['x-amz-target'] = `com.amazonaws.cloudtrail.v20131101.${String(sent)}`
        return next(args)
      },
      { step: 'build' }
    )
    const { Events } = await client.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'PutBucketPolicy' }] }))
    // What the SDK itself sends.
    expect(sent).toBe('CloudTrail_20131101.LookupEvents')
    expect(ids(Events)).toEqual([idOf('bucketPolicy')])
  })
})

describe('CloudTrail LookupEvents throttling', () => {
  test('without retries: beyond the rate per account and Region, ThrottlingException (HTTP 400); another Region has its own budget', async () => {
    server.setLookupEventsRate(2)
    const before = lookupCalls().length
    const results = await Promise.allSettled([lookup(), lookup(), lookup()])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2)
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect((rejected.reason as Error).name).toBe('ThrottlingException')
    expect((rejected.reason as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(400)
    await expect(lookup({}, keysA, WEST)).resolves.toHaveProperty('Events')
    await expect(lookup({}, keysB)).resolves.toHaveProperty('Events')
    const calls = lookupCalls().slice(before)
    expect(calls).toHaveLength(5)
    expect(calls.filter((c) => c.errorCode === 'ThrottlingException')).toEqual([expect.objectContaining({ account: ACCOUNT_A, region: EAST, status: 400 })])
    // A throttled call does not use the budget up: a second later the region answers again.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await expect(lookup()).resolves.toHaveProperty('Events')
  })

  test('the rate is exact: N per second for N set, none refused with the limit off', async () => {
    server.setLookupEventsRate(5)
    const five = await Promise.allSettled(Array.from({ length: 7 }, () => lookup({ MaxResults: 1 })))
    expect(five.filter((r) => r.status === 'fulfilled')).toHaveLength(5)
    server.setLookupEventsRate(null)
    const unlimited = await Promise.allSettled(Array.from({ length: 20 }, () => lookup({ MaxResults: 1 })))
    expect(unlimited.filter((r) => r.status === 'fulfilled')).toHaveLength(20)
  })

  test('with the SDK\'s retries every page arrives, and the call log counts every attempt', async () => {
    server.setLookupEventsRate(LOOKUP_EVENTS_PER_SECOND)
    const before = lookupCalls().length
    const events: Event[] = []
    // Three pages in well under a second: the third is throttled at least once, then retried after a backoff.
    for await (const page of paginateLookupEvents({ client: trail(keysA, PAGING_REGION, 10) }, {})) events.push(...(page.Events ?? []))
    expect(events).toHaveLength(PAGED_EVENTS)
    expect(new Set(ids(events)).size).toBe(PAGED_EVENTS)
    const calls = lookupCalls().slice(before)
    expect(calls.filter((c) => c.status === 200)).toHaveLength(3)
    expect(calls.filter((c) => c.errorCode === 'ThrottlingException').length).toBeGreaterThanOrEqual(1)
    expect(calls.every((c) => c.status === 200 || c.errorCode === 'ThrottlingException')).toBe(true)
  })

  test('a server started without the option limits LookupEvents to 2 per second, as AWS documents', async () => {
    expect(LOOKUP_EVENTS_PER_SECOND).toBe(2)
    const fresh = await startAwsServer()
    try {
      fresh.addAccount({ id: ACCOUNT_A })
      const keys = fresh.createUserKeys(ACCOUNT_A)
      const client = new CloudTrailClient({ region: EAST, credentials: keys, maxAttempts: 1, endpoint: fresh.url })
      const results = await Promise.allSettled([1, 2, 3].map(() => client.send(new LookupEventsCommand({}))))
      expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as Error).name)).sort()).toEqual(['ThrottlingException', 'ok', 'ok'])
    } finally {
      await fresh.close()
    }
  })
})
