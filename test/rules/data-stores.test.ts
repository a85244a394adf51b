// The DynamoDB, DAX and ElastiCache rules: defaults of absent properties, the types each rule judges, and what an
// open value gives.
import { expected, judge, planned, res, ruleById } from './builders.js'

const TABLE = 'AWS::DynamoDB::Table'
const DAX = 'AWS::DAX::Cluster'
const GROUP = 'AWS::ElastiCache::ReplicationGroup'
const CLUSTER = 'AWS::ElastiCache::CacheCluster'
const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/abc'

describe('dynamodb-table-pitr-enabled', () => {
  it('requires point-in-time recovery; absent is off', () => {
    const resources = [
      res(TABLE, 'on', { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
      res(TABLE, 'absent', {}),
      planned(TABLE, 'aws_dynamodb_table.open', {}, ['PointInTimeRecoverySpecification'])
    ]
    expect(judge(ruleById('dynamodb-table-pitr-enabled'), resources)).toEqual(expected({ pass: ['on'], fail: ['absent'], unknown: ['aws_dynamodb_table.open'] }))
  })
})

describe('dynamodb-table-kms-encrypted', () => {
  it('passes the AWS managed key and a customer key, fails the AWS owned key', () => {
    const resources = [
      res(TABLE, 'managed', { SSESpecification: { SSEEnabled: true, SSEType: 'KMS' } }),
      res(TABLE, 'customer', { SSESpecification: { SSEEnabled: true, KMSMasterKeyId: KEY } }),
      res(TABLE, 'owned', { SSESpecification: { SSEEnabled: false } }),
      res(TABLE, 'absent', {})
    ]
    expect(judge(ruleById('dynamodb-table-kms-encrypted'), resources)).toEqual(expected({ pass: ['managed', 'customer'], fail: ['owned', 'absent'] }))
  })
})

describe('dynamodb-table-kms-cmk', () => {
  it('requires a named key with KMS encryption on', () => {
    const resources = [
      res(TABLE, 'customer', { SSESpecification: { SSEEnabled: true, KMSMasterKeyId: KEY } }),
      res(TABLE, 'managed', { SSESpecification: { SSEEnabled: true } }),
      res(TABLE, 'key-but-off', { SSESpecification: { SSEEnabled: false, KMSMasterKeyId: KEY } })
    ]
    expect(judge(ruleById('dynamodb-table-kms-cmk'), resources)).toEqual(expected({ pass: ['customer'], fail: ['managed', 'key-but-off'] }))
  })
})

describe('dynamodb-table-deletion-protection', () => {
  it('requires DeletionProtectionEnabled; absent is off', () => {
    const resources = [res(TABLE, 'on', { DeletionProtectionEnabled: 'true' }), res(TABLE, 'absent', {})]
    expect(judge(ruleById('dynamodb-table-deletion-protection'), resources)).toEqual(expected({ pass: ['on'], fail: ['absent'] }))
  })
})

describe('dax-cluster-encrypted', () => {
  it('requires SSESpecification.SSEEnabled; absent is unencrypted', () => {
    const resources = [
      res(DAX, 'on', { SSESpecification: { SSEEnabled: true } }),
      res(DAX, 'absent', {}),
      planned(DAX, 'aws_dax_cluster.open', {}, ['SSESpecification.SSEEnabled'])
    ]
    expect(judge(ruleById('dax-cluster-encrypted'), resources)).toEqual(expected({ pass: ['on'], fail: ['absent'], unknown: ['aws_dax_cluster.open'] }))
  })
})

describe('dax-cluster-tls-endpoint', () => {
  it('requires endpoint encryption TLS; absent is NONE', () => {
    const resources = [res(DAX, 'tls', { ClusterEndpointEncryptionType: 'TLS' }), res(DAX, 'none', { ClusterEndpointEncryptionType: 'NONE' }), res(DAX, 'absent', {})]
    expect(judge(ruleById('dax-cluster-tls-endpoint'), resources)).toEqual(expected({ pass: ['tls'], fail: ['none', 'absent'] }))
  })
})

describe('elasticache-replication-group-encrypted-at-rest', () => {
  it('requires AtRestEncryptionEnabled; absent is unencrypted', () => {
    const resources = [res(GROUP, 'on', { AtRestEncryptionEnabled: true }), res(GROUP, 'absent', {})]
    expect(judge(ruleById('elasticache-replication-group-encrypted-at-rest'), resources)).toEqual(expected({ pass: ['on'], fail: ['absent'] }))
  })
})

describe('elasticache-replication-group-encrypted-in-transit', () => {
  it('requires TransitEncryptionEnabled', () => {
    const resources = [res(GROUP, 'on', { TransitEncryptionEnabled: true }), res(GROUP, 'off', { TransitEncryptionEnabled: false })]
    expect(judge(ruleById('elasticache-replication-group-encrypted-in-transit'), resources)).toEqual(expected({ pass: ['on'], fail: ['off'] }))
  })
})

describe('elasticache-replication-group-automatic-failover', () => {
  it('requires AutomaticFailoverEnabled; absent is off', () => {
    const resources = [res(GROUP, 'on', { AutomaticFailoverEnabled: true }), res(GROUP, 'absent', {})]
    expect(judge(ruleById('elasticache-replication-group-automatic-failover'), resources)).toEqual(expected({ pass: ['on'], fail: ['absent'] }))
  })
})

describe('elasticache-replication-group-multi-az', () => {
  it('requires MultiAZEnabled; automatic failover alone is not Multi-AZ', () => {
    const resources = [res(GROUP, 'on', { MultiAZEnabled: true }), res(GROUP, 'failover-only', { AutomaticFailoverEnabled: true })]
    expect(judge(ruleById('elasticache-replication-group-multi-az'), resources)).toEqual(expected({ pass: ['on'], fail: ['failover-only'] }))
  })
})

describe('elasticache-replication-group-kms-cmk', () => {
  it('requires encryption at rest with a named key', () => {
    const resources = [
      res(GROUP, 'cmk', { AtRestEncryptionEnabled: true, KmsKeyId: KEY }),
      res(GROUP, 'default-key', { AtRestEncryptionEnabled: true }),
      res(GROUP, 'key-but-off', { AtRestEncryptionEnabled: false, KmsKeyId: KEY })
    ]
    expect(judge(ruleById('elasticache-replication-group-kms-cmk'), resources)).toEqual(expected({ pass: ['cmk'], fail: ['default-key', 'key-but-off'] }))
  })
})

describe('elasticache-redis-backup-enabled', () => {
  it('requires a retention of a day or more, skips Memcached clusters, judges an engine that is open', () => {
    const resources = [
      res(GROUP, 'group-week', { SnapshotRetentionLimit: 7 }),
      res(GROUP, 'group-absent', {}),
      res(CLUSTER, 'valkey-one', { Engine: 'Valkey', SnapshotRetentionLimit: 1 }),
      res(CLUSTER, 'memcached', { Engine: 'memcached' }),
      planned(CLUSTER, 'aws_elasticache_cluster.engine_open', { SnapshotRetentionLimit: 0 }, ['Engine'])
    ]
    expect(judge(ruleById('elasticache-redis-backup-enabled'), resources)).toEqual(
      expected({ pass: ['group-week', 'valkey-one'], fail: ['group-absent'], unknown: ['aws_elasticache_cluster.engine_open'], skipped: ['memcached'] })
    )
  })
})

describe('elasticache-auto-minor-version-upgrade', () => {
  it('passes unless minor upgrades are refused, on clusters and groups', () => {
    const resources = [res(CLUSTER, 'absent', {}), res(GROUP, 'group-off', { AutoMinorVersionUpgrade: false }), res(CLUSTER, 'on', { AutoMinorVersionUpgrade: true })]
    expect(judge(ruleById('elasticache-auto-minor-version-upgrade'), resources)).toEqual(expected({ pass: ['absent', 'on'], fail: ['group-off'] }))
  })
})

describe('elasticache-custom-subnet-group', () => {
  it('fails the default subnet group, named or absent', () => {
    const resources = [res(CLUSTER, 'own', { CacheSubnetGroupName: 'app-cache' }), res(GROUP, 'default', { CacheSubnetGroupName: 'default' }), res(CLUSTER, 'absent', {})]
    expect(judge(ruleById('elasticache-custom-subnet-group'), resources)).toEqual(expected({ pass: ['own'], fail: ['default', 'absent'] }))
  })
})
