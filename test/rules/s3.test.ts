import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const BUCKET = 'AWS::S3::Bucket'
const POLICY = 'AWS::S3::BucketPolicy'
const ACCOUNT_PAB = 'Plumbline::S3::AccountPublicAccessBlock'
const allBlocked = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }

describe('s3-bucket-versioning-enabled', () => {
  const rule = ruleById('s3-bucket-versioning-enabled')
  it('passes Enabled, fails Suspended and absent, unknown when known only after apply', () => {
    const resources = [
      res(BUCKET, 'pass-enabled', { VersioningConfiguration: { Status: 'Enabled' } }),
      res(BUCKET, 'fail-suspended', { VersioningConfiguration: { Status: 'Suspended' } }),
      res(BUCKET, 'fail-absent', {}),
      planned(BUCKET, 'aws_s3_bucket.unknown_status', { VersioningConfiguration: {} }, ['VersioningConfiguration.Status']),
      planned(BUCKET, 'aws_s3_bucket.unknown_parent', {}, ['VersioningConfiguration']),
      res(BUCKET, 'unknown-redacted', { VersioningConfiguration: REDACTED })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-enabled'],
        fail: ['fail-suspended', 'fail-absent'],
        unknown: ['aws_s3_bucket.unknown_status', 'aws_s3_bucket.unknown_parent', 'unknown-redacted']
      })
    )
  })
  it('says which state versioning is in', () => {
    expect(messages(rule, [res(BUCKET, 'b', { VersioningConfiguration: { Status: 'Suspended' } })])[0]).toMatch(/suspended/)
  })
})

describe('s3-bucket-access-logging-enabled', () => {
  const rule = ruleById('s3-bucket-access-logging-enabled')
  it('passes any logging configuration, fails none', () => {
    const resources = [
      res(BUCKET, 'pass-target', { LoggingConfiguration: { DestinationBucketName: 'logs', LogFilePrefix: 'a/' } }),
      res(BUCKET, 'pass-self', { LoggingConfiguration: {} }),
      res(BUCKET, 'fail-none', {}),
      // Logging to a bucket the same plan creates: the target's name is known after apply, logging is on now.
      planned(BUCKET, 'aws_s3_bucket.new-target', { LoggingConfiguration: {} }, ['LoggingConfiguration.DestinationBucketName']),
      planned(BUCKET, 'aws_s3_bucket.unknown', {}, ['LoggingConfiguration'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['pass-target', 'pass-self', 'aws_s3_bucket.new-target'], fail: ['fail-none'], unknown: ['aws_s3_bucket.unknown'] })
    )
  })
})

describe('s3-bucket-public-access-block-enabled', () => {
  const rule = ruleById('s3-bucket-public-access-block-enabled')
  const buckets = [
    res(BUCKET, 'pass-all-four', { PublicAccessBlockConfiguration: allBlocked }),
    res(BUCKET, 'fail-three', { PublicAccessBlockConfiguration: { ...allBlocked, RestrictPublicBuckets: false } }),
    res(BUCKET, 'fail-none', {}),
    planned(BUCKET, 'aws_s3_bucket.unknown_flag', { PublicAccessBlockConfiguration: { ...allBlocked, BlockPublicAcls: null } }, [
      'PublicAccessBlockConfiguration.BlockPublicAcls'
    ]),
    // An unknown flag does not save a bucket that is known to miss another one.
    planned(BUCKET, 'aws_s3_bucket.fail_despite_unknown', { PublicAccessBlockConfiguration: { BlockPublicAcls: true } }, [
      'PublicAccessBlockConfiguration.IgnorePublicAcls'
    ]),
    // New buckets get all four settings from AWS (April 2023); one the plan only updates may predate that.
    planned(BUCKET, 'aws_s3_bucket.pass_new_without_block', {}),
    { ...planned(BUCKET, 'aws_s3_bucket.fail_updated_without_block', {}), action: 'update' as const },
    planned(BUCKET, 'aws_s3_bucket.fail_new_partial_block', { PublicAccessBlockConfiguration: { ...allBlocked, BlockPublicPolicy: false } })
  ]
  it('requires all four flags on the bucket', () => {
    expect(judge(rule, buckets)).toEqual(
      expected({
        pass: ['pass-all-four', 'aws_s3_bucket.pass_new_without_block'],
        fail: [
          'fail-three',
          'fail-none',
          'aws_s3_bucket.fail_despite_unknown',
          'aws_s3_bucket.fail_updated_without_block',
          'aws_s3_bucket.fail_new_partial_block'
        ],
        unknown: ['aws_s3_bucket.unknown_flag']
      })
    )
  })
  it('passes every bucket when the account-level block is fully set, not when it is partial', () => {
    const full = judge(rule, buckets, [res(ACCOUNT_PAB, '123456789012', allBlocked)])
    expect(full.pass.length).toBe(buckets.length)
    const partial = judge(rule, buckets, [res(ACCOUNT_PAB, '123456789012', { ...allBlocked, BlockPublicPolicy: false })])
    expect(partial.fail).toContain('fail-none')
  })
  it('names the missing flags', () => {
    expect(messages(rule, [buckets[1]])[0]).toMatch(/RestrictPublicBuckets/)
  })
})

describe('s3-account-public-access-block-enabled', () => {
  const rule = ruleById('s3-account-public-access-block-enabled')
  it('judges the account fact', () => {
    const resources = [
      res(ACCOUNT_PAB, 'pass-full', allBlocked),
      res(ACCOUNT_PAB, 'fail-partial', { ...allBlocked, IgnorePublicAcls: false }),
      res(ACCOUNT_PAB, 'fail-empty', {}),
      planned(ACCOUNT_PAB, 'aws_s3_account_public_access_block.unknown', { ...allBlocked, BlockPublicPolicy: null }, ['BlockPublicPolicy'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['pass-full'], fail: ['fail-partial', 'fail-empty'], unknown: ['aws_s3_account_public_access_block.unknown'] })
    )
  })
})

describe('s3-bucket-policy-not-public', () => {
  const rule = ruleById('s3-bucket-policy-not-public')
  const statement = (extra: Record<string, unknown>) => ({
    Version: '2012-10-17',
    Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...extra }
  })
  const policies = [
    res(POLICY, 'fail-star', { Bucket: 'fail-star', PolicyDocument: statement({ Principal: '*' }) }),
    res(POLICY, 'fail-aws-star', { Bucket: 'fail-aws-star', PolicyDocument: statement({ Principal: { AWS: ['*'] } }) }),
    res(POLICY, 'fail-non-confining-condition', {
      Bucket: 'x',
      PolicyDocument: statement({ Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })
    }),
    res(POLICY, 'pass-account', { Bucket: 'y', PolicyDocument: statement({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }) }),
    res(POLICY, 'pass-org-condition', {
      Bucket: 'z',
      PolicyDocument: statement({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })
    }),
    res(POLICY, 'pass-deny-star', {
      Bucket: 'w',
      PolicyDocument: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }] }
    }),
    planned(POLICY, 'aws_s3_bucket_policy.unknown', { Bucket: 'v' }, ['PolicyDocument']),
    // Allow with NotPrincipal: everyone except the named role, anonymous callers included.
    res(POLICY, 'fail-not-principal', { Bucket: 'u', PolicyDocument: statement({ NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/r' } }) }),
    // Conditions that name a confining key but confine nothing.
    res(POLICY, 'fail-negated-operator', {
      Bucket: 't',
      PolicyDocument: statement({ Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': '123456789012' } } })
    }),
    res(POLICY, 'fail-if-exists', {
      Bucket: 's',
      PolicyDocument: statement({ Principal: '*', Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' } } })
    }),
    res(POLICY, 'fail-wildcard-value', {
      Bucket: 'r',
      PolicyDocument: statement({ Principal: { AWS: '*' }, Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })
    }),
    res(POLICY, 'fail-any-ip', { Bucket: 'q', PolicyDocument: statement({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0'] } } }) }),
    res(POLICY, 'fail-null-check', { Bucket: 'p', PolicyDocument: statement({ Principal: '*', Condition: { Null: { 'aws:SourceVpce': 'false' } } }) }),
    res(POLICY, 'pass-source-ip', { Bucket: 'o', PolicyDocument: statement({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }) }),
    res(POLICY, 'pass-vpce-any-value', {
      Bucket: 'n',
      PolicyDocument: statement({ Principal: '*', Condition: { 'ForAnyValue:StringEquals': { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } } })
    })
  ]
  it('fails Allow to everyone without a confining condition', () => {
    expect(judge(rule, policies)).toEqual(
      expected({
        pass: ['pass-account', 'pass-org-condition', 'pass-deny-star', 'pass-source-ip', 'pass-vpce-any-value'],
        fail: [
          'fail-star',
          'fail-aws-star',
          'fail-non-confining-condition',
          'fail-not-principal',
          'fail-negated-operator',
          'fail-if-exists',
          'fail-wildcard-value',
          'fail-any-ip',
          'fail-null-check'
        ],
        unknown: ['aws_s3_bucket_policy.unknown']
      })
    )
  })
  it('passes a public statement voided by RestrictPublicBuckets on its bucket', () => {
    const bucket = res(BUCKET, 'fail-star', { BucketName: 'fail-star', PublicAccessBlockConfiguration: allBlocked })
    const verdicts = judge(rule, policies.slice(0, 2), [bucket])
    expect(verdicts).toEqual(expected({ pass: ['fail-star'], fail: ['fail-aws-star'] }))
  })
  it('finds a new bucket through the policy reference, and ignores another account\'s block', () => {
    const policy = {
      ...planned(POLICY, 'aws_s3_bucket_policy.p', { PolicyDocument: statement({ Principal: '*' }) }, ['Bucket']),
      references: { Bucket: ['aws_s3_bucket.b'] }
    }
    const bucket = planned(BUCKET, 'aws_s3_bucket.b', { PublicAccessBlockConfiguration: allBlocked }, ['BucketName'])
    expect(judge(rule, [policy], [bucket])).toEqual(expected({ pass: ['aws_s3_bucket_policy.p'] }))
    const mine = { ...policies[0], account: '111111111111' }
    const otherAccount = res(ACCOUNT_PAB, '222222222222', allBlocked, { account: '222222222222' })
    expect(judge(rule, [mine], [otherAccount])).toEqual(expected({ fail: ['fail-star'] }))
  })
})

describe('s3-bucket-tls-only', () => {
  const rule = ruleById('s3-bucket-tls-only')
  const denyHttp = (condition: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: 's3:GetObject', Resource: '*' },
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: condition, ...extra }
    ]
  })
  it('joins bucket policies by name and looks for the Deny on aws:SecureTransport false', () => {
    const buckets = [
      res(BUCKET, 'pass-tls', { BucketName: 'pass-tls' }),
      res(BUCKET, 'pass-bool-if-exists', { BucketName: 'pass-bool-if-exists' }),
      res(BUCKET, 'fail-no-policy', { BucketName: 'fail-no-policy' }),
      res(BUCKET, 'fail-true-condition', { BucketName: 'fail-true-condition' }),
      res(BUCKET, 'fail-getobject-only', { BucketName: 'fail-getobject-only' }),
      res(BUCKET, 'unknown-document', { BucketName: 'unknown-document' }),
      res(BUCKET, 'pass-upper-case-action', { BucketName: 'pass-upper-case-action' }),
      res(BUCKET, 'fail-narrowed-by-vpce', { BucketName: 'fail-narrowed-by-vpce' }),
      res(BUCKET, 'fail-narrowed-same-block', { BucketName: 'fail-narrowed-same-block' })
    ]
    const context = [
      res(POLICY, 'p1', { Bucket: 'pass-tls', PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'false' } }) }),
      res(POLICY, 'p2', { Bucket: 'pass-bool-if-exists', PolicyDocument: denyHttp({ BoolIfExists: { 'aws:SecureTransport': false } }) }),
      res(POLICY, 'p3', { Bucket: 'fail-true-condition', PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'true' } }) }),
      res(POLICY, 'p4', {
        Bucket: 'fail-getobject-only',
        PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'false' } }, { Action: 's3:GetObject' })
      }),
      res(POLICY, 'p5', { Bucket: 'unknown-document', PolicyDocument: REDACTED }),
      res(POLICY, 'p6', {
        Bucket: 'pass-upper-case-action',
        PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': false } }, { Action: ['S3:*'] })
      }),
      // Denies plain HTTP only through one VPC endpoint: plain HTTP from anywhere else is still allowed.
      res(POLICY, 'p7', {
        Bucket: 'fail-narrowed-by-vpce',
        PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } })
      }),
      res(POLICY, 'p8', {
        Bucket: 'fail-narrowed-same-block',
        PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'false', 'aws:MultiFactorAuthPresent': 'true' } })
      })
    ]
    expect(judge(rule, buckets, context)).toEqual(
      expected({
        pass: ['pass-tls', 'pass-bool-if-exists', 'pass-upper-case-action'],
        fail: ['fail-no-policy', 'fail-true-condition', 'fail-getobject-only', 'fail-narrowed-by-vpce', 'fail-narrowed-same-block'],
        unknown: ['unknown-document']
      })
    )
  })
  it('a new bucket is unknown while a policy with an unknown Bucket exists, and fails without one', () => {
    const bucket = planned(BUCKET, 'aws_s3_bucket.new', {}, ['BucketName'])
    const pending = planned(POLICY, 'aws_s3_bucket_policy.new', { PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'false' } }) }, [
      'Bucket'
    ])
    expect(judge(rule, [bucket], [pending])).toEqual(expected({ unknown: ['aws_s3_bucket.new'] }))
    expect(judge(rule, [bucket])).toEqual(expected({ fail: ['aws_s3_bucket.new'] }))
    // With the Terraform reference the policy is known to be this bucket's.
    const referenced = { ...pending, references: { Bucket: ['aws_s3_bucket.new'] } }
    expect(judge(rule, [bucket], [referenced])).toEqual(expected({ pass: ['aws_s3_bucket.new'] }))
    const elsewhere = { ...pending, references: { Bucket: ['aws_s3_bucket.other'] } }
    expect(judge(rule, [bucket], [elsewhere])).toEqual(expected({ fail: ['aws_s3_bucket.new'] }))
    // A policy for some other, existing bucket does not belong to the new one.
    const other = res(POLICY, 'other', { Bucket: 'other', PolicyDocument: denyHttp({ Bool: { 'aws:SecureTransport': 'false' } }) })
    expect(judge(rule, [bucket], [other])).toEqual(expected({ fail: ['aws_s3_bucket.new'] }))
  })
})

describe('s3-bucket-acls-disabled', () => {
  const rule = ruleById('s3-bucket-acls-disabled')
  it('passes BucketOwnerEnforced and new buckets, fails other ownership, unknown when not in the code', () => {
    const resources = [
      res(BUCKET, 'pass-enforced', { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }),
      res(BUCKET, 'fail-preferred', { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } }),
      res(BUCKET, 'fail-live-absent', {}),
      planned(BUCKET, 'aws_s3_bucket.pass_new_default', {}),
      { ...res(BUCKET, 'unknown-state-absent', {}), origin: 'state' as const },
      planned(BUCKET, 'aws_s3_bucket.unknown_rule', { OwnershipControls: { Rules: [{}] } }, ['OwnershipControls.Rules[0].ObjectOwnership'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-enforced', 'aws_s3_bucket.pass_new_default'],
        fail: ['fail-preferred', 'fail-live-absent'],
        unknown: ['unknown-state-absent', 'aws_s3_bucket.unknown_rule']
      })
    )
  })
})

const sse = (algorithm: string) => ({
  BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm } }] }
})

describe('s3-bucket-kms-encryption', () => {
  const rule = ruleById('s3-bucket-kms-encryption')
  it('passes aws:kms and aws:kms:dsse only', () => {
    const resources = [
      res(BUCKET, 'pass-kms', sse('aws:kms')),
      res(BUCKET, 'pass-dsse', sse('aws:kms:dsse')),
      res(BUCKET, 'fail-aes', sse('AES256')),
      res(BUCKET, 'fail-live-none', {}),
      planned(BUCKET, 'aws_s3_bucket.fail_new_default', {}),
      { ...res(BUCKET, 'unknown-state', {}), origin: 'state' as const },
      planned(BUCKET, 'aws_s3_bucket.unknown_algorithm', sse('aws:kms'), [
        'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm'
      ])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-kms', 'pass-dsse'],
        fail: ['fail-aes', 'fail-live-none', 'aws_s3_bucket.fail_new_default'],
        unknown: ['unknown-state', 'aws_s3_bucket.unknown_algorithm']
      })
    )
  })
})
