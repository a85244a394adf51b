import { expected, judge, planned, res, ruleById } from './builders.js'

const INSTANCE = 'AWS::DMS::ReplicationInstance'
const ENDPOINT = 'AWS::DMS::Endpoint'

describe('dms-replication-instance-not-public', () => {
  it('requires PubliclyAccessible false; absent is the API default, public', () => {
    const resources = [
      res(INSTANCE, 'ri-pass', { PubliclyAccessible: false }),
      res(INSTANCE, 'ri-fail-true', { PubliclyAccessible: true }),
      res(INSTANCE, 'ri-fail-absent', {}),
      planned(INSTANCE, 'aws_dms_replication_instance.unknown', {}, ['PubliclyAccessible'])
    ]
    expect(judge(ruleById('dms-replication-instance-not-public'), resources)).toEqual(
      expected({ pass: ['ri-pass'], fail: ['ri-fail-absent', 'ri-fail-true'], unknown: ['aws_dms_replication_instance.unknown'] })
    )
  })
})

describe('dms-replication-instance-auto-minor-upgrade', () => {
  it('requires AutoMinorVersionUpgrade; absent is the API default, on', () => {
    const resources = [
      res(INSTANCE, 'ri-pass-true', { AutoMinorVersionUpgrade: true }),
      res(INSTANCE, 'ri-pass-absent', {}),
      res(INSTANCE, 'ri-fail', { AutoMinorVersionUpgrade: false }),
      planned(INSTANCE, 'aws_dms_replication_instance.unknown', {}, ['AutoMinorVersionUpgrade'])
    ]
    expect(judge(ruleById('dms-replication-instance-auto-minor-upgrade'), resources)).toEqual(
      expected({ pass: ['ri-pass-absent', 'ri-pass-true'], fail: ['ri-fail'], unknown: ['aws_dms_replication_instance.unknown'] })
    )
  })
})

describe('dms-replication-instance-multi-az', () => {
  it('requires MultiAZ; absent is single-AZ', () => {
    const resources = [
      res(INSTANCE, 'ri-pass', { MultiAZ: true }),
      res(INSTANCE, 'ri-fail-false', { MultiAZ: false }),
      res(INSTANCE, 'ri-fail-absent', {}),
      planned(INSTANCE, 'aws_dms_replication_instance.unknown', {}, ['MultiAZ'])
    ]
    expect(judge(ruleById('dms-replication-instance-multi-az'), resources)).toEqual(
      expected({ pass: ['ri-pass'], fail: ['ri-fail-absent', 'ri-fail-false'], unknown: ['aws_dms_replication_instance.unknown'] })
    )
  })
})

describe('dms-replication-instance-kms-key', () => {
  it('requires a key of the customer\'s', () => {
    const resources = [
      res(INSTANCE, 'ri-pass', { KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1' }),
      res(INSTANCE, 'ri-fail', {}),
      planned(INSTANCE, 'aws_dms_replication_instance.unknown', {}, ['KmsKeyId'])
    ]
    expect(judge(ruleById('dms-replication-instance-kms-key'), resources)).toEqual(
      expected({ pass: ['ri-pass'], fail: ['ri-fail'], unknown: ['aws_dms_replication_instance.unknown'] })
    )
  })
})

describe('dms-endpoint-ssl-enabled', () => {
  it('requires an SSL mode other than none, absent is none, and skips engines without an SSL mode', () => {
    const resources = [
      res(ENDPOINT, 'ep-pass', { EngineName: 'postgres', SslMode: 'require' }),
      res(ENDPOINT, 'ep-fail-none', { EngineName: 'mysql', SslMode: 'NONE' }),
      res(ENDPOINT, 'ep-fail-absent', { EngineName: 'oracle' }),
      res(ENDPOINT, 'ep-s3', { EngineName: 's3', SslMode: 'none' }),
      res(ENDPOINT, 'ep-dynamodb', { EngineName: 'DynamoDB' }),
      planned(ENDPOINT, 'aws_dms_endpoint.unknown', { EngineName: 'postgres' }, ['SslMode'])
    ]
    expect(judge(ruleById('dms-endpoint-ssl-enabled'), resources)).toEqual(
      expected({ pass: ['ep-pass'], fail: ['ep-fail-absent', 'ep-fail-none'], unknown: ['aws_dms_endpoint.unknown'], skipped: ['ep-dynamodb', 'ep-s3'] })
    )
  })
})

describe('dms-endpoint-mongodb-authentication', () => {
  it('judges MongoDB endpoints only; no authentication fails, unset is password', () => {
    const resources = [
      res(ENDPOINT, 'ep-pass', { EngineName: 'mongodb', MongoDbSettings: { AuthType: 'password' } }),
      res(ENDPOINT, 'ep-pass-default', { EngineName: 'mongodb' }),
      res(ENDPOINT, 'ep-fail', { EngineName: 'MongoDB', MongoDbSettings: { AuthType: 'no' } }),
      res(ENDPOINT, 'ep-postgres', { EngineName: 'postgres' }),
      planned(ENDPOINT, 'aws_dms_endpoint.unknown', { EngineName: 'mongodb' }, ['MongoDbSettings.AuthType'])
    ]
    expect(judge(ruleById('dms-endpoint-mongodb-authentication'), resources)).toEqual(
      expected({ pass: ['ep-pass', 'ep-pass-default'], fail: ['ep-fail'], unknown: ['aws_dms_endpoint.unknown'], skipped: ['ep-postgres'] })
    )
  })
})

describe('dms-endpoint-redis-tls', () => {
  it('judges Redis endpoints only; plaintext fails, unset is ssl-encryption', () => {
    const resources = [
      res(ENDPOINT, 'ep-pass', { EngineName: 'redis', RedisSettings: { SslSecurityProtocol: 'ssl-encryption' } }),
      res(ENDPOINT, 'ep-pass-default', { EngineName: 'redis', RedisSettings: {} }),
      res(ENDPOINT, 'ep-fail', { EngineName: 'redis', RedisSettings: { SslSecurityProtocol: 'plaintext' } }),
      res(ENDPOINT, 'ep-mysql', { EngineName: 'mysql' }),
      planned(ENDPOINT, 'aws_dms_endpoint.unknown', { EngineName: 'redis' }, ['RedisSettings.SslSecurityProtocol'])
    ]
    expect(judge(ruleById('dms-endpoint-redis-tls'), resources)).toEqual(
      expected({ pass: ['ep-pass', 'ep-pass-default'], fail: ['ep-fail'], unknown: ['aws_dms_endpoint.unknown'], skipped: ['ep-mysql'] })
    )
  })
})
