import { expected, judge, planned, res, ruleById } from './builders.js'

const CLUSTER = 'AWS::Neptune::DBCluster'

/** The cases every Neptune flag rule shares: set true passes, false or absent (the default, off) fails, open is unknown. */
describe.each([
  ['neptune-cluster-storage-encrypted', 'StorageEncrypted'],
  ['neptune-cluster-deletion-protection', 'DeletionProtection'],
  ['neptune-cluster-iam-authentication-enabled', 'IamAuthEnabled'],
  ['neptune-cluster-copy-tags-to-snapshot', 'CopyTagsToSnapshot']
])('%s', (ruleId, property) => {
  it(`requires ${property} true; absent is off`, () => {
    const resources = [
      res(CLUSTER, 'n-pass', { [property]: true }),
      // Sources spell scalars differently: a text "true" is true.
      res(CLUSTER, 'n-pass-text', { [property]: 'true' }),
      res(CLUSTER, 'n-fail', { [property]: false }),
      res(CLUSTER, 'n-fail-absent', {}),
      planned(CLUSTER, 'aws_neptune_cluster.unknown', {}, [property])
    ]
    expect(judge(ruleById(ruleId), resources)).toEqual(
      expected({ pass: ['n-pass', 'n-pass-text'], fail: ['n-fail', 'n-fail-absent'], unknown: ['aws_neptune_cluster.unknown'] })
    )
  })
})

// The describe names below are what the registry test looks for.
describe('neptune-cluster-storage-encrypted', () => {
  it('names the cluster in its failure message', () => {
    expect(judge(ruleById('neptune-cluster-storage-encrypted'), [res(CLUSTER, 'graph', {})]).fail).toEqual(['graph'])
  })
})
describe('neptune-cluster-deletion-protection', () => {
  it('is judged on the cluster alone', () => {
    expect(judge(ruleById('neptune-cluster-deletion-protection'), [res('AWS::Neptune::DBInstance', 'i', {})])).toEqual(expected({}))
  })
})
describe('neptune-cluster-iam-authentication-enabled', () => {
  it('reads IamAuthEnabled, not the RDS property name', () => {
    expect(judge(ruleById('neptune-cluster-iam-authentication-enabled'), [res(CLUSTER, 'n', { EnableIAMDatabaseAuthentication: true })]).fail).toEqual(['n'])
  })
})
describe('neptune-cluster-copy-tags-to-snapshot', () => {
  it('fails a cluster that does not say', () => {
    expect(judge(ruleById('neptune-cluster-copy-tags-to-snapshot'), [res(CLUSTER, 'n', {})]).fail).toEqual(['n'])
  })
})

describe('neptune-cluster-audit-logs-exported', () => {
  it('requires the audit log among the exports', () => {
    const resources = [
      res(CLUSTER, 'n-pass', { EnableCloudwatchLogsExports: ['slowquery', 'audit'] }),
      res(CLUSTER, 'n-fail-slowquery', { EnableCloudwatchLogsExports: ['slowquery'] }),
      res(CLUSTER, 'n-fail-absent', {}),
      planned(CLUSTER, 'aws_neptune_cluster.unknown', {}, ['EnableCloudwatchLogsExports'])
    ]
    expect(judge(ruleById('neptune-cluster-audit-logs-exported'), resources)).toEqual(
      expected({ pass: ['n-pass'], fail: ['n-fail-slowquery', 'n-fail-absent'], unknown: ['aws_neptune_cluster.unknown'] })
    )
  })
})

describe('neptune-cluster-backup-retention', () => {
  it('requires 7 days or more; absent is the 1-day default', () => {
    const resources = [
      res(CLUSTER, 'n-pass-7', { BackupRetentionPeriod: 7 }),
      res(CLUSTER, 'n-fail-6', { BackupRetentionPeriod: 6 }),
      res(CLUSTER, 'n-fail-absent', {}),
      planned(CLUSTER, 'aws_neptune_cluster.unknown', {}, ['BackupRetentionPeriod'])
    ]
    expect(judge(ruleById('neptune-cluster-backup-retention'), resources)).toEqual(
      expected({ pass: ['n-pass-7'], fail: ['n-fail-6', 'n-fail-absent'], unknown: ['aws_neptune_cluster.unknown'] })
    )
  })
})
