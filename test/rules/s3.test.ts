import { mapTerraform } from '../../src/mapping/index.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, REDACTED, res, ruleById } from './builders.js'

const BUCKET = 'AWS::S3::Bucket'
const POLICY = 'AWS::S3::BucketPolicy'
const ACCOUNT_PAB = 'Plumbline::S3::AccountPublicAccessBlock'
const VERSIONING = 'Plumbline::S3::BucketVersioning'
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
    expect(messages(rule, [res(BUCKET, 'b', { VersioningConfiguration: { Status: 'Suspended' } })])[0]).toMatch(/Status is Suspended/)
  })
  it('passes a bucket with Object Lock, which S3 keeps versioned, however the lock is read', () => {
    const resources = [
      res(BUCKET, 'pass-lock-flag', { ObjectLockEnabled: true }),
      res(BUCKET, 'pass-lock-configuration', { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } }),
      // S3 refuses to suspend versioning while Object Lock is on: data saying so cannot describe the bucket.
      res(BUCKET, 'pass-lock-suspended', { ObjectLockEnabled: true, VersioningConfiguration: { Status: 'Suspended' } }),
      res(BUCKET, 'fail-lock-off', { ObjectLockEnabled: false }),
      planned(BUCKET, 'aws_s3_bucket.pass_new_lock', { ObjectLockEnabled: true }),
      planned(BUCKET, 'aws_s3_bucket.unknown_lock', {}, ['ObjectLockEnabled']),
      planned(BUCKET, 'aws_s3_bucket.pass_enabled_lock_unknown', { VersioningConfiguration: { Status: 'Enabled' } }, ['ObjectLockEnabled'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-lock-flag', 'pass-lock-configuration', 'pass-lock-suspended', 'aws_s3_bucket.pass_new_lock', 'aws_s3_bucket.pass_enabled_lock_unknown'],
        fail: ['fail-lock-off'],
        unknown: ['aws_s3_bucket.unknown_lock']
      })
    )
    expect(messages(rule, [resources[2]])[0]).toBe(
      'Bucket pass-lock-suspended has Object Lock enabled, which turns versioning on (S3 does not let it be suspended)'
    )
    expect(rule.check(resources[1], { ofType: () => [], find: () => undefined })?.path).toBe('ObjectLockConfiguration.ObjectLockEnabled')
  })
  it('passes a new bucket whose aws_s3_bucket_object_lock_configuration folds in, unknown without it', () => {
    // A bucket the plan creates knows neither its versioning nor its lock flag; the lock resource settles both.
    const unknown = ['id', 'arn', 'versioning', 'object_lock_enabled', 'object_lock_configuration', 'logging', 'server_side_encryption_configuration']
    const bucket = (name: string) => tf('aws_s3_bucket', name, { bucket: name }, { unknown })
    const lock = tf('aws_s3_bucket_object_lock_configuration', 'locked', {
      bucket: 'locked', object_lock_enabled: 'Enabled', rule: [{ default_retention: [{ mode: 'COMPLIANCE', days: 30, years: 0 }] }]
    }, { unknown: ['id'] })
    const { resources } = mapTerraform([bucket('locked'), lock, bucket('plain')])
    expect(judge(rule, resources.filter((r) => r.type === BUCKET))).toEqual(
      expected({ pass: ['locked'], unknown: ['plain'] })
    )
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
  it('confines with the keys naming the VPC endpoint\'s owner, like aws:SourceVpce', () => {
    const condition = (c: Record<string, unknown>) => statement({ Principal: '*', Condition: c })
    const resources = [
      res(POLICY, 'pass-vpce-account', { Bucket: 'a', PolicyDocument: condition({ StringEquals: { 'aws:VpceAccount': '123456789012' } }) }),
      res(POLICY, 'pass-vpce-org', { Bucket: 'b', PolicyDocument: condition({ StringEquals: { 'aws:VpceOrgID': 'o-a1b2c3d4e5' } }) }),
      res(POLICY, 'pass-vpce-org-paths', {
        Bucket: 'c',
        PolicyDocument: condition({ 'ForAnyValue:StringLike': { 'aws:VpceOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'] } })
      }),
      res(POLICY, 'fail-vpce-org-any', { Bucket: 'd', PolicyDocument: condition({ StringLike: { 'aws:VpceOrgID': '*' } }) }),
      res(POLICY, 'fail-vpce-account-negated', { Bucket: 'e', PolicyDocument: condition({ StringNotEquals: { 'aws:VpceAccount': '123456789012' } }) })
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['pass-vpce-account', 'pass-vpce-org', 'pass-vpce-org-paths'], fail: ['fail-vpce-org-any', 'fail-vpce-account-negated'] })
    )
  })
  it('an ARN pattern confines only as far as it pins the owner: not with a wildcard account, nor an S3 ARN of wildcards', () => {
    const arn = (name: string, operator: string, key: string, value: unknown) =>
      res(POLICY, name, { Bucket: name, PolicyDocument: statement({ Principal: '*', Condition: { [operator]: { [key]: value } } }) })
    const resources = [
      arn('fail-principal-arn-like', 'ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/reader'),
      arn('fail-principal-arn-equals', 'ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:role/reader'),
      arn('fail-principal-arn-partial-account', 'ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::12345678901?:role/reader'),
      arn('fail-one-of-several', 'ForAnyValue:ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::123456789012:role/a', 'arn:aws:sts::*:assumed-role/a/*']),
      arn('fail-string-like-any-account', 'StringLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/*'),
      arn('fail-string-like-spanning', 'StringLike', 'aws:PrincipalArn', 'arn:aws:iam::*'),
      arn('fail-source-arn-any-bucket', 'ArnLike', 'aws:SourceArn', 'arn:aws:s3:::*'),
      arn('fail-source-arn-any-object', 'ArnLike', 'aws:SourceArn', 'arn:aws:s3:::*/*'),
      arn('fail-access-point-any-account', 'ArnLike', 's3:DataAccessPointArn', 'arn:aws:s3:eu-west-1:*:accesspoint/*'),
      arn('pass-principal-own-account', 'ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::123456789012:role/*'),
      arn('pass-principal-any-region-field', 'ArnLike', 'aws:PrincipalArn', 'arn:*:iam::123456789012:role/reader'),
      arn('pass-source-arn-named-bucket', 'ArnLike', 'aws:SourceArn', 'arn:aws:s3:::acme-inventory-*'),
      arn('pass-access-point-own-account', 'ArnLike', 's3:DataAccessPointArn', 'arn:aws:s3:eu-west-1:123456789012:accesspoint/*'),
      // StringEquals has no wildcards: a literal * in the account field matches no caller.
      arn('pass-string-equals-literal', 'StringEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:role/reader'),
      // Not an ARN key: the account field rule does not apply to an org path.
      arn('pass-org-paths', 'ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/*')
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: [
          'pass-principal-own-account',
          'pass-principal-any-region-field',
          'pass-source-arn-named-bucket',
          'pass-access-point-own-account',
          'pass-string-equals-literal',
          'pass-org-paths'
        ],
        fail: [
          'fail-principal-arn-like',
          'fail-principal-arn-equals',
          'fail-principal-arn-partial-account',
          'fail-one-of-several',
          'fail-string-like-any-account',
          'fail-string-like-spanning',
          'fail-source-arn-any-bucket',
          'fail-source-arn-any-object',
          'fail-access-point-any-account'
        ]
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
  it('decides on the algorithm alone: a key id known after apply, or unreadable, still means KMS', () => {
    const withKey = (algorithm: unknown, key: unknown) => ({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm, KMSMasterKeyID: key }, BucketKeyEnabled: true }] }
    })
    const resources = [
      res(BUCKET, 'pass-live-key-redacted', withKey('aws:kms', REDACTED)),
      res(BUCKET, 'pass-live-key-arn', withKey('aws:kms', 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555')),
      res(BUCKET, 'unknown-live-algorithm-redacted', withKey(REDACTED, 'k')),
      planned(BUCKET, 'aws_s3_bucket.pass_new_key', withKey('aws:kms', undefined), [
        'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID'
      ]),
      planned(BUCKET, 'aws_s3_bucket.fail_aes_key_unknown', withKey('AES256', undefined), [
        'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID'
      ]),
      planned(BUCKET, 'aws_s3_bucket.unknown_rules', {}, ['BucketEncryption.ServerSideEncryptionConfiguration'])
    ]
    expect(judge(rule, resources)).toEqual(
      expected({
        pass: ['pass-live-key-redacted', 'pass-live-key-arn', 'aws_s3_bucket.pass_new_key'],
        fail: ['aws_s3_bucket.fail_aes_key_unknown'],
        unknown: ['unknown-live-algorithm-redacted', 'aws_s3_bucket.unknown_rules']
      })
    )
  })
})

describe('s3-bucket-mfa-delete-enabled', () => {
  const rule = ruleById('s3-bucket-mfa-delete-enabled')
  const versioning = (bucket: string, properties: Record<string, unknown>) => res(VERSIONING, bucket, { Bucket: bucket, ...properties }, { region: 'eu-west-1' })

  it('live: joins each bucket with its versioning fact by name; a bucket whose fact is missing is unknown, never a pass', () => {
    const buckets = ['pass-enabled', 'pass-enabled-suspended', 'fail-disabled', 'fail-never-configured', 'fail-never-versioned', 'unknown-not-read', 'unknown-redacted'].map((name) =>
      res(BUCKET, name, { BucketName: name })
    )
    const facts = [
      versioning('pass-enabled', { Status: 'Enabled', MFADelete: 'Enabled' }),
      // Prowler and FSBP S3.20 judge MFADelete alone: it stays Enabled while versioning is suspended.
      versioning('pass-enabled-suspended', { Status: 'Suspended', MFADelete: 'Enabled' }),
      versioning('fail-disabled', { Status: 'Enabled', MFADelete: 'Disabled' }),
      versioning('fail-never-configured', { Status: 'Enabled' }),
      versioning('fail-never-versioned', {}),
      versioning('unknown-redacted', { Status: 'Enabled', MFADelete: REDACTED }),
      // Another bucket's fact says nothing about these.
      versioning('other-bucket', { Status: 'Enabled', MFADelete: 'Enabled' })
    ]
    expect(judge(rule, buckets, facts)).toEqual(
      expected({
        pass: ['pass-enabled', 'pass-enabled-suspended'],
        fail: ['fail-disabled', 'fail-never-configured', 'fail-never-versioned'],
        unknown: ['unknown-not-read', 'unknown-redacted']
      })
    )
  })

  it('Terraform: a bucket without a versioning fact fails (S3 leaves MFA delete off); the fact joins by reference while names are unknown', () => {
    const iac = (address: string, name: string | null, unknown: string[] = []) => ({ ...planned(BUCKET, address, name === null ? {} : { BucketName: name }, unknown), id: name })
    const fact = (address: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      ({ ...planned(VERSIONING, address, properties), id: typeof properties.Bucket === 'string' ? properties.Bucket : null, ...extra })
    const buckets = [
      iac('aws_s3_bucket.pass_by_name', 'pass-by-name'),
      iac('aws_s3_bucket.pass_by_reference', null, ['BucketName']),
      iac('aws_s3_bucket.fail_no_versioning', 'fail-no-versioning'),
      iac('aws_s3_bucket.fail_disabled', 'fail-disabled'),
      iac('aws_s3_bucket.unknown_mfa_delete', 'unknown-mfa-delete'),
      iac('aws_s3_bucket.fail_new_no_versioning', null, ['BucketName'])
    ]
    const facts = [
      fact('aws_s3_bucket_versioning.by_name', { Bucket: 'pass-by-name', Status: 'Enabled', MFADelete: 'Enabled' }),
      fact('aws_s3_bucket_versioning.by_reference', { Status: 'Enabled', MFADelete: 'Enabled' }, { unknown: ['Bucket'], references: { Bucket: ['aws_s3_bucket.pass_by_reference'] } }),
      fact('aws_s3_bucket_versioning.disabled', { Bucket: 'fail-disabled', Status: 'Enabled', MFADelete: 'Disabled' }),
      fact('aws_s3_bucket_versioning.unknown', { Bucket: 'unknown-mfa-delete', Status: 'Enabled' }, { unknown: ['MFADelete'] })
    ]
    // Known names label the buckets by id; the bucket named after apply by its address.
    expect(judge(rule, buckets, facts)).toEqual(
      expected({
        pass: ['pass-by-name', 'aws_s3_bucket.pass_by_reference'],
        fail: ['fail-no-versioning', 'fail-disabled', 'aws_s3_bucket.fail_new_no_versioning'],
        unknown: ['unknown-mfa-delete']
      })
    )
    // A versioning resource naming its bucket through an expression that leads nowhere may be any bucket's: turning
    // MFA delete on, it opens the buckets without a fact of their own; turning it off, every bucket it could fail.
    const open = (mfaDelete: string) => fact('aws_s3_bucket_versioning.open', { Status: 'Enabled', MFADelete: mfaDelete }, { unknown: ['Bucket'] })
    expect(judge(rule, buckets, [...facts, open('Enabled')])).toEqual(
      expected({
        pass: ['pass-by-name', 'aws_s3_bucket.pass_by_reference'],
        fail: ['fail-disabled'],
        unknown: ['fail-no-versioning', 'unknown-mfa-delete', 'aws_s3_bucket.fail_new_no_versioning']
      })
    )
    expect(judge(rule, buckets, [...facts, open('Disabled')])).toEqual(
      expected({
        fail: ['fail-disabled'],
        unknown: ['pass-by-name', 'aws_s3_bucket.pass_by_reference', 'fail-no-versioning', 'unknown-mfa-delete', 'aws_s3_bucket.fail_new_no_versioning']
      })
    )
  })

  it('says what MFA delete is, and why it is not known, without showing a sensitive value', () => {
    const bucket = res(BUCKET, 'b', { BucketName: 'b' })
    expect(messages(rule, [bucket], [versioning('b', { MFADelete: 'Disabled' })])[0]).toBe('Bucket b does not have MFA delete enabled (MFADelete is Disabled)')
    expect(messages(rule, [bucket])[0]).toMatch(/^b: whether MFA delete is enabled is not known \(the bucket's versioning was not read: denied, failed or not scanned\)/)
    const hidden = { ...versioning('b', { MFADelete: 'Disabled' }), sensitive: ['MFADelete'] }
    expect(messages(rule, [bucket], [hidden])[0]).toBe('Bucket b does not have MFA delete enabled (MFADelete is a sensitive value)')
    expect(messages(rule, [{ ...planned(BUCKET, 'aws_s3_bucket.x', { BucketName: 'x' }), id: 'x' }])[0]).toMatch(/no versioning configuration of the code turns it on; S3 leaves it off/)
  })
})
