// The Redshift cluster rules: defaults of absent properties, and the AWS owned key that live reads name.
import { expected, judge, planned, res, ruleById } from './builders.js'

const RS = 'AWS::Redshift::Cluster'

/** The cases as live clusters, and a planned one whose `unknown` property is open (the rest from `known`). */
function verdicts(rule: string, cases: Record<string, Record<string, unknown>>, unknown: string, known: Record<string, unknown> = {}) {
  const resources = [...Object.entries(cases).map(([id, props]) => res(RS, id, props)), planned(RS, 'aws_redshift_cluster.unknown', known, [unknown])]
  return judge(ruleById(rule), resources)
}

describe('redshift-cluster-not-public', () => {
  it('fails on the flag alone; absent is the service default, private', () => {
    expect(verdicts('redshift-cluster-not-public', { pub: { PubliclyAccessible: true }, priv: { PubliclyAccessible: false }, absent: {} }, 'PubliclyAccessible')).toEqual(
      expected({ pass: ['priv', 'absent'], fail: ['pub'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-encrypted', () => {
  it('requires Encrypted', () => {
    expect(verdicts('redshift-cluster-encrypted', { enc: { Encrypted: true }, plain: { Encrypted: false }, absent: {} }, 'Encrypted')).toEqual(
      expected({ pass: ['enc'], fail: ['plain', 'absent'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-kms-cmk', () => {
  it('requires a named key, not the AWS owned key', () => {
    const key = 'arn:aws:kms:eu-west-1:123456789012:key/abc'
    expect(
      verdicts('redshift-cluster-kms-cmk', { cmk: { Encrypted: true, KmsKeyId: key }, owned: { Encrypted: true, KmsKeyId: 'AWS_OWNED_KMS_KEY' }, nokey: { Encrypted: true }, off: { Encrypted: false, KmsKeyId: key } }, 'KmsKeyId', { Encrypted: true })
    ).toEqual(expected({ pass: ['cmk'], fail: ['owned', 'nokey', 'off'], unknown: ['aws_redshift_cluster.unknown'] }))
  })
})

describe('redshift-cluster-enhanced-vpc-routing', () => {
  it('requires EnhancedVpcRouting; absent is off', () => {
    expect(verdicts('redshift-cluster-enhanced-vpc-routing', { on: { EnhancedVpcRouting: true }, absent: {} }, 'EnhancedVpcRouting')).toEqual(
      expected({ pass: ['on'], fail: ['absent'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-version-upgrade', () => {
  it('passes unless upgrades are refused', () => {
    expect(verdicts('redshift-cluster-version-upgrade', { off: { AllowVersionUpgrade: false }, absent: {}, on: { AllowVersionUpgrade: 'true' } }, 'AllowVersionUpgrade')).toEqual(
      expected({ pass: ['absent', 'on'], fail: ['off'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-automated-snapshots', () => {
  it('requires a retention above zero; absent is one day', () => {
    expect(verdicts('redshift-cluster-automated-snapshots', { zero: { AutomatedSnapshotRetentionPeriod: 0 }, absent: {}, week: { AutomatedSnapshotRetentionPeriod: '7' } }, 'AutomatedSnapshotRetentionPeriod')).toEqual(
      expected({ pass: ['absent', 'week'], fail: ['zero'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-non-default-admin-username', () => {
  it('fails awsuser in any case', () => {
    expect(verdicts('redshift-cluster-non-default-admin-username', { own: { MasterUsername: 'warehouse_admin' }, dflt: { MasterUsername: 'AWSUser' } }, 'MasterUsername')).toEqual(
      expected({ pass: ['own'], fail: ['dflt'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-non-default-database-name', () => {
  it('fails dev, named or by default', () => {
    expect(verdicts('redshift-cluster-non-default-database-name', { own: { DBName: 'warehouse' }, dev: { DBName: 'dev' }, absent: {} }, 'DBName')).toEqual(
      expected({ pass: ['own'], fail: ['dev', 'absent'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-multi-az', () => {
  it('requires MultiAZ; absent is single-AZ', () => {
    expect(verdicts('redshift-cluster-multi-az', { multi: { MultiAZ: true }, absent: {} }, 'MultiAZ')).toEqual(
      expected({ pass: ['multi'], fail: ['absent'], unknown: ['aws_redshift_cluster.unknown'] })
    )
  })
})

describe('redshift-cluster-audit-logging', () => {
  it('passes an S3 bucket or CloudWatch Logs as the destination, fails no logging', () => {
    expect(
      verdicts(
        'redshift-cluster-audit-logging',
        { s3: { LoggingProperties: { BucketName: 'audit' } }, cw: { LoggingProperties: { LogDestinationType: 'cloudwatch' } }, none: {}, empty: { LoggingProperties: {} } },
        'LoggingProperties.LogDestinationType'
      )
    ).toEqual(expected({ pass: ['s3', 'cw'], fail: ['none', 'empty'], unknown: ['aws_redshift_cluster.unknown'] }))
  })
})
