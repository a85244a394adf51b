import { expected, judge, planned, res, ruleById } from './builders.js'

const DB = 'AWS::RDS::DBInstance'
const CLUSTER = 'AWS::RDS::DBCluster'
const aurora = (id: string, props: Record<string, unknown> = {}) =>
  res(DB, id, { Engine: 'aurora-postgresql', DBClusterIdentifier: 'c1', ...props })

describe('rds-instance-storage-encrypted', () => {
  it('requires StorageEncrypted and skips Aurora members', () => {
    const resources = [
      res(DB, 'db-pass', { Engine: 'postgres', StorageEncrypted: true }),
      res(DB, 'db-fail-false', { Engine: 'postgres', StorageEncrypted: false }),
      res(DB, 'db-fail-absent', { Engine: 'mysql' }),
      aurora('db-aurora-member', { StorageEncrypted: false }),
      planned(DB, 'aws_db_instance.unknown', { Engine: 'postgres' }, ['StorageEncrypted']),
      // A new Aurora member: its cluster's identifier is known only after apply, its engine already says Aurora.
      planned(DB, 'aws_rds_cluster_instance.new_member', { Engine: 'aurora-mysql' }, ['DBClusterIdentifier'])
    ]
    expect(judge(ruleById('rds-instance-storage-encrypted'), resources)).toEqual(
      expected({
        pass: ['db-pass'],
        fail: ['db-fail-false', 'db-fail-absent'],
        unknown: ['aws_db_instance.unknown'],
        skipped: ['aws_rds_cluster_instance.new_member', 'db-aurora-member']
      })
    )
  })
})

describe('rds-cluster-storage-encrypted', () => {
  it('requires StorageEncrypted on the cluster', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { StorageEncrypted: true }),
      res(CLUSTER, 'c-fail', {}),
      planned(CLUSTER, 'aws_rds_cluster.unknown', {}, ['StorageEncrypted'])
    ]
    expect(judge(ruleById('rds-cluster-storage-encrypted'), resources)).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_rds_cluster.unknown'] })
    )
  })
})

describe('rds-instance-not-publicly-accessible', () => {
  it('fails on the flag alone (Checkov semantics), whatever the security groups', () => {
    const resources = [
      res(DB, 'db-fail-public', { PubliclyAccessible: true, VPCSecurityGroups: ['sg-closed'] }),
      res(DB, 'db-pass-private', { PubliclyAccessible: false }),
      res(DB, 'db-pass-absent', {}),
      planned(DB, 'aws_db_instance.unknown', {}, ['PubliclyAccessible'])
    ]
    expect(judge(ruleById('rds-instance-not-publicly-accessible'), resources)).toEqual(
      expected({ pass: ['db-pass-private', 'db-pass-absent'], fail: ['db-fail-public'], unknown: ['aws_db_instance.unknown'] })
    )
  })
})

describe('rds-instance-backup-enabled', () => {
  it('requires a retention above 0, skips replicas and Aurora members, absent is the 1-day default', () => {
    const resources = [
      res(DB, 'db-pass-7', { BackupRetentionPeriod: 7 }),
      res(DB, 'db-pass-default', {}),
      res(DB, 'db-fail-0', { BackupRetentionPeriod: 0 }),
      res(DB, 'db-replica', { BackupRetentionPeriod: 0, SourceDBInstanceIdentifier: 'db-pass-7' }),
      aurora('db-aurora-member', { BackupRetentionPeriod: 0 }),
      planned(DB, 'aws_db_instance.unknown', {}, ['BackupRetentionPeriod'])
    ]
    expect(judge(ruleById('rds-instance-backup-enabled'), resources)).toEqual(
      expected({
        pass: ['db-pass-7', 'db-pass-default'],
        fail: ['db-fail-0'],
        unknown: ['aws_db_instance.unknown'],
        skipped: ['db-replica', 'db-aurora-member']
      })
    )
  })
})

describe('rds-instance-multi-az', () => {
  it('requires MultiAZ and skips Aurora members', () => {
    const resources = [
      res(DB, 'db-pass', { MultiAZ: true }),
      res(DB, 'db-fail', { MultiAZ: false }),
      res(DB, 'db-fail-absent', {}),
      aurora('db-aurora-member'),
      planned(DB, 'aws_db_instance.unknown', {}, ['MultiAZ']),
      planned(DB, 'aws_db_instance.unknown_cluster_membership', { MultiAZ: false }, ['DBClusterIdentifier'])
    ]
    expect(judge(ruleById('rds-instance-multi-az'), resources)).toEqual(
      expected({
        pass: ['db-pass'],
        fail: ['db-fail', 'db-fail-absent'],
        unknown: ['aws_db_instance.unknown', 'aws_db_instance.unknown_cluster_membership'],
        skipped: ['db-aurora-member']
      })
    )
  })
})

describe('rds-instance-deletion-protection', () => {
  it('requires DeletionProtection on standalone instances', () => {
    const resources = [
      res(DB, 'db-pass', { DeletionProtection: true }),
      res(DB, 'db-fail', {}),
      aurora('db-aurora-member'),
      planned(DB, 'aws_db_instance.unknown', {}, ['DeletionProtection'])
    ]
    expect(judge(ruleById('rds-instance-deletion-protection'), resources)).toEqual(
      expected({ pass: ['db-pass'], fail: ['db-fail'], unknown: ['aws_db_instance.unknown'], skipped: ['db-aurora-member'] })
    )
  })
})

describe('rds-cluster-deletion-protection', () => {
  it('requires DeletionProtection on the cluster', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { DeletionProtection: true }),
      res(CLUSTER, 'c-fail', { DeletionProtection: false }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', {}, ['DeletionProtection'])
    ]
    expect(judge(ruleById('rds-cluster-deletion-protection'), resources)).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_rds_cluster.unknown'] })
    )
  })
})

describe('rds-instance-auto-minor-version-upgrade', () => {
  it('fails only an explicit false (the default is true)', () => {
    const resources = [
      res(DB, 'db-pass-true', { AutoMinorVersionUpgrade: true }),
      res(DB, 'db-pass-default', {}),
      res(DB, 'db-fail', { AutoMinorVersionUpgrade: false }),
      planned(DB, 'aws_db_instance.unknown', {}, ['AutoMinorVersionUpgrade'])
    ]
    expect(judge(ruleById('rds-instance-auto-minor-version-upgrade'), resources)).toEqual(
      expected({ pass: ['db-pass-true', 'db-pass-default'], fail: ['db-fail'], unknown: ['aws_db_instance.unknown'] })
    )
  })
})

describe('instance rules whose applicability is open (the declarative form: a condition that holds passes)', () => {
  it('pass an instance whose cluster membership is open when the setting holds, and stay unknown when it does not', () => {
    // Member or not, an instance with MultiAZ true has nothing to fail: as a member it is skipped, else it passes.
    const resources = [
      planned(DB, 'aws_db_instance.open_member_multi_az', { Engine: 'postgres', MultiAZ: true }, ['DBClusterIdentifier']),
      planned(DB, 'aws_db_instance.open_member_single_az', { Engine: 'postgres', MultiAZ: false }, ['DBClusterIdentifier']),
      // An engine known only after apply does not make the instance a member: it is judged on its own.
      planned(DB, 'aws_db_instance.open_engine', { MultiAZ: false, DBClusterIdentifier: '' }, ['Engine'])
    ]
    expect(judge(ruleById('rds-instance-multi-az'), resources)).toEqual(
      expected({
        pass: ['aws_db_instance.open_member_multi_az'],
        fail: ['aws_db_instance.open_engine'],
        unknown: ['aws_db_instance.open_member_single_az']
      })
    )
  })
})
