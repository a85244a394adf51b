// The S3 bucket and access point rules beyond the public-access and encryption ones, and the CloudTrail rules
// that judge a trail's delivery settings and its bucket.
import { expected, judge, planned, res, ruleById } from './builders.js'

const BUCKET = 'AWS::S3::Bucket'
const POLICY = 'AWS::S3::BucketPolicy'
const ACCESS_POINT = 'AWS::S3::AccessPoint'
const TRAIL = 'AWS::CloudTrail::Trail'

describe('s3-bucket-lifecycle-configured', () => {
  it('requires one enabled rule', () => {
    const rules = (...statuses: string[]) => ({ LifecycleConfiguration: { Rules: statuses.map((Status) => ({ Status })) } })
    const resources = [
      res(BUCKET, 'b-pass', rules('Disabled', 'Enabled')),
      res(BUCKET, 'b-fail-disabled', rules('Disabled')),
      res(BUCKET, 'b-fail-none', {}),
      planned(BUCKET, 'aws_s3_bucket.unknown', rules('Disabled'), ['LifecycleConfiguration.Rules[1]'])
    ]
    expect(judge(ruleById('s3-bucket-lifecycle-configured'), resources)).toEqual(
      expected({ pass: ['b-pass'], fail: ['b-fail-disabled', 'b-fail-none'], unknown: ['aws_s3_bucket.unknown'] })
    )
  })
})

describe('s3-bucket-event-notifications-enabled', () => {
  it('passes EventBridge or any topic, queue or function destination', () => {
    const resources = [
      res(BUCKET, 'b-pass-eventbridge', { NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } } }),
      res(BUCKET, 'b-pass-lambda', { NotificationConfiguration: { LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: 'arn:aws:lambda:eu-west-1:123456789012:function:f' }] } }),
      res(BUCKET, 'b-fail-empty', { NotificationConfiguration: { TopicConfigurations: [] } }),
      res(BUCKET, 'b-fail-none', {}),
      planned(BUCKET, 'aws_s3_bucket.unknown', {}, ['NotificationConfiguration'])
    ]
    expect(judge(ruleById('s3-bucket-event-notifications-enabled'), resources)).toEqual(
      expected({ pass: ['b-pass-eventbridge', 'b-pass-lambda'], fail: ['b-fail-empty', 'b-fail-none'], unknown: ['aws_s3_bucket.unknown'] })
    )
  })
})

describe('s3-bucket-object-lock-enabled', () => {
  it('reads the create-time flag or the lock configuration', () => {
    const resources = [
      res(BUCKET, 'b-pass-flag', { ObjectLockEnabled: true }),
      res(BUCKET, 'b-pass-configuration', { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } }),
      res(BUCKET, 'b-fail', { ObjectLockEnabled: false }),
      planned(BUCKET, 'aws_s3_bucket.unknown', {}, ['ObjectLockEnabled'])
    ]
    expect(judge(ruleById('s3-bucket-object-lock-enabled'), resources)).toEqual(
      expected({ pass: ['b-pass-configuration', 'b-pass-flag'], fail: ['b-fail'], unknown: ['aws_s3_bucket.unknown'] })
    )
  })
})

describe('s3-bucket-replication-enabled', () => {
  it('requires one enabled replication rule', () => {
    const resources = [
      res(BUCKET, 'b-pass', { ReplicationConfiguration: { Rules: [{ Status: 'Enabled' }] } }),
      res(BUCKET, 'b-fail', { ReplicationConfiguration: { Rules: [{ Status: 'Disabled' }] } }),
      res(BUCKET, 'b-fail-none', {}),
      planned(BUCKET, 'aws_s3_bucket.unknown', {}, ['ReplicationConfiguration'])
    ]
    expect(judge(ruleById('s3-bucket-replication-enabled'), resources)).toEqual(
      expected({ pass: ['b-pass'], fail: ['b-fail', 'b-fail-none'], unknown: ['aws_s3_bucket.unknown'] })
    )
  })
})

describe('s3-access-point-public-access-blocked', () => {
  it('requires all four settings; an unset one is on by default', () => {
    const resources = [
      res(ACCESS_POINT, 'ap-pass', { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }),
      res(ACCESS_POINT, 'ap-pass-default', {}),
      res(ACCESS_POINT, 'ap-fail', { PublicAccessBlockConfiguration: { RestrictPublicBuckets: false } }),
      planned(ACCESS_POINT, 'aws_s3_access_point.unknown', {}, ['PublicAccessBlockConfiguration.BlockPublicPolicy'])
    ]
    expect(judge(ruleById('s3-access-point-public-access-blocked'), resources)).toEqual(
      expected({ pass: ['ap-pass', 'ap-pass-default'], fail: ['ap-fail'], unknown: ['aws_s3_access_point.unknown'] })
    )
  })
})

describe('cloudtrail-bucket-not-public', () => {
  const OPEN = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }
  const ACLS_DISABLED = { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }
  const publicPolicy = (bucket: string) => res(POLICY, `${bucket}-policy`, { Bucket: bucket, PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] } })
  const trail = (id: string, bucket: string) => res(TRAIL, id, { TrailName: id, S3BucketName: bucket })

  it('passes a blocked bucket, fails a public policy or ACL, and leaves what it cannot see unknown', () => {
    const context = [
      res(BUCKET, 'blocked', { BucketName: 'blocked', PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }),
      res(BUCKET, 'private', { BucketName: 'private', PublicAccessBlockConfiguration: OPEN, ...ACLS_DISABLED }),
      res(BUCKET, 'public-policy', { BucketName: 'public-policy', PublicAccessBlockConfiguration: OPEN, ...ACLS_DISABLED }),
      publicPolicy('public-policy'),
      res(BUCKET, 'public-acl', { BucketName: 'public-acl', PublicAccessBlockConfiguration: OPEN, AccessControl: 'PublicRead' }),
      // ACLs enabled and the canned ACL not read (a live bucket): the grants cannot be seen.
      res(BUCKET, 'acl-unread', { BucketName: 'acl-unread', PublicAccessBlockConfiguration: OPEN }, { readProperties: ['BucketName', 'PublicAccessBlockConfiguration', 'OwnershipControls'] })
    ]
    const resources = [
      trail('t-pass-blocked', 'blocked'),
      trail('t-pass-private', 'private'),
      trail('t-fail-policy', 'public-policy'),
      trail('t-fail-acl', 'public-acl'),
      trail('t-unknown-acl', 'acl-unread'),
      trail('t-unknown-elsewhere', 'another-accounts-bucket')
    ]
    expect(judge(ruleById('cloudtrail-bucket-not-public'), resources, context)).toEqual(
      expected({ pass: ['t-pass-blocked', 't-pass-private'], fail: ['t-fail-acl', 't-fail-policy'], unknown: ['t-unknown-acl', 't-unknown-elsewhere'] })
    )
  })
})

describe('cloudtrail-cloudwatch-logs-enabled', () => {
  it('requires a log group', () => {
    const resources = [
      res(TRAIL, 't-pass', { CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:trail:*' }),
      res(TRAIL, 't-fail', {}),
      planned(TRAIL, 'aws_cloudtrail.unknown', {}, ['CloudWatchLogsLogGroupArn'])
    ]
    expect(judge(ruleById('cloudtrail-cloudwatch-logs-enabled'), resources)).toEqual(expected({ pass: ['t-pass'], fail: ['t-fail'], unknown: ['aws_cloudtrail.unknown'] }))
  })
})

describe('cloudtrail-sns-topic-defined', () => {
  it('requires a topic', () => {
    const resources = [res(TRAIL, 't-pass', { SnsTopicName: 'deliveries' }), res(TRAIL, 't-fail', {}), planned(TRAIL, 'aws_cloudtrail.unknown', {}, ['SnsTopicName'])]
    expect(judge(ruleById('cloudtrail-sns-topic-defined'), resources)).toEqual(expected({ pass: ['t-pass'], fail: ['t-fail'], unknown: ['aws_cloudtrail.unknown'] }))
  })
})

describe('cloudtrail-logging-enabled', () => {
  it('requires IsLogging', () => {
    const resources = [res(TRAIL, 't-pass', { IsLogging: true }), res(TRAIL, 't-fail', { IsLogging: false }), planned(TRAIL, 'aws_cloudtrail.unknown', {}, ['IsLogging'])]
    expect(judge(ruleById('cloudtrail-logging-enabled'), resources)).toEqual(expected({ pass: ['t-pass'], fail: ['t-fail'], unknown: ['aws_cloudtrail.unknown'] }))
  })
})

describe('s3-bucket-policy-no-public-write', () => {
  const policy = (id: string, statement: Record<string, unknown>) => res(POLICY, id, { Bucket: id, PolicyDocument: { Statement: [statement] } })
  const everyone = { Effect: 'Allow', Principal: '*', Resource: '*' }

  it('fails public write actions, wildcards and NotAction included, and passes reads and confined statements', () => {
    const resources = [
      policy('p-pass-read', { ...everyone, Action: ['s3:GetObject', 's3:ListBucket'] }),
      policy('p-pass-named', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/uploader' }, Action: 's3:PutObject', Resource: '*' }),
      policy('p-pass-confined', { ...everyone, Action: 's3:PutObject', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } } }),
      policy('p-pass-deny', { ...everyone, Effect: 'Deny', Action: 's3:*' }),
      policy('p-fail-put', { ...everyone, Action: 's3:PutObject' }),
      policy('p-fail-star', { ...everyone, Action: '*' }),
      policy('p-fail-glob', { ...everyone, Action: 's3:Del*' }),
      policy('p-fail-not-action', { ...everyone, NotAction: 's3:GetObject' }),
      policy('p-fail-not-principal', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:PutBucketPolicy', Resource: '*' }),
      planned(POLICY, 'aws_s3_bucket_policy.unknown', { Bucket: 'b' }, ['PolicyDocument'])
    ]
    expect(judge(ruleById('s3-bucket-policy-no-public-write'), resources)).toEqual(
      expected({
        pass: ['p-pass-confined', 'p-pass-deny', 'p-pass-named', 'p-pass-read'],
        fail: ['p-fail-glob', 'p-fail-not-action', 'p-fail-not-principal', 'p-fail-put', 'p-fail-star'],
        unknown: ['aws_s3_bucket_policy.unknown']
      })
    )
  })

  it('passes a public write that RestrictPublicBuckets on the bucket voids', () => {
    const bucket = res(BUCKET, 'voided', { BucketName: 'voided', PublicAccessBlockConfiguration: { RestrictPublicBuckets: true } })
    expect(judge(ruleById('s3-bucket-policy-no-public-write'), [policy('voided', { ...everyone, Action: 's3:PutObject' })], [bucket])).toEqual(expected({ pass: ['voided'] }))
  })
})

describe('s3-bucket-acl-no-public-write', () => {
  it('fails a public-read-write ACL unless ACLs are disabled or public ACLs ignored; an unread ACL is unknown', () => {
    const ACLS_ENABLED = { OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }
    const resources = [
      res(BUCKET, 'b-pass-disabled', { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }, AccessControl: 'PublicReadWrite' }),
      res(BUCKET, 'b-pass-ignored', { ...ACLS_ENABLED, PublicAccessBlockConfiguration: { IgnorePublicAcls: true }, AccessControl: 'PublicReadWrite' }),
      res(BUCKET, 'b-pass-read-only', { ...ACLS_ENABLED, AccessControl: 'PublicRead' }),
      res(BUCKET, 'b-fail', { ...ACLS_ENABLED, AccessControl: 'PublicReadWrite' }),
      res(BUCKET, 'b-unknown-live', { ...ACLS_ENABLED }, { readProperties: ['OwnershipControls', 'PublicAccessBlockConfiguration'] })
    ]
    expect(judge(ruleById('s3-bucket-acl-no-public-write'), resources)).toEqual(
      expected({ pass: ['b-pass-disabled', 'b-pass-ignored', 'b-pass-read-only'], fail: ['b-fail'], unknown: ['b-unknown-live'] })
    )
  })
})
