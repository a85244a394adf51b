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

describe('rds-instance-iam-authentication-enabled', () => {
  it('judges MySQL, MariaDB and PostgreSQL instances only, absent is off, Aurora members are the cluster\'s', () => {
    const resources = [
      res(DB, 'db-pass', { Engine: 'mariadb', EnableIAMDatabaseAuthentication: true }),
      res(DB, 'db-fail-absent', { Engine: 'mysql' }),
      res(DB, 'db-fail-false', { Engine: 'postgres', EnableIAMDatabaseAuthentication: false }),
      res(DB, 'db-sqlserver', { Engine: 'sqlserver-ex' }),
      aurora('db-aurora-member'),
      // The engine decides whether the rule applies: open, the missing setting cannot pass.
      planned(DB, 'aws_db_instance.open_engine', {}, ['Engine']),
      planned(DB, 'aws_db_instance.unknown', { Engine: 'postgres' }, ['EnableIAMDatabaseAuthentication'])
    ]
    expect(judge(ruleById('rds-instance-iam-authentication-enabled'), resources)).toEqual(
      expected({
        pass: ['db-pass'],
        fail: ['db-fail-absent', 'db-fail-false'],
        unknown: ['aws_db_instance.open_engine', 'aws_db_instance.unknown'],
        skipped: ['db-sqlserver', 'db-aurora-member']
      })
    )
  })
})

describe('rds-instance-cloudwatch-logs-exported', () => {
  it('passes any exported log, fails none or an empty list, skips Aurora members', () => {
    const resources = [
      res(DB, 'db-pass', { Engine: 'mysql', EnableCloudwatchLogsExports: ['error'] }),
      res(DB, 'db-fail-absent', { Engine: 'postgres' }),
      res(DB, 'db-fail-empty', { Engine: 'postgres', EnableCloudwatchLogsExports: [] }),
      aurora('db-aurora-member'),
      planned(DB, 'aws_db_instance.unknown', { Engine: 'postgres' }, ['EnableCloudwatchLogsExports'])
    ]
    expect(judge(ruleById('rds-instance-cloudwatch-logs-exported'), resources)).toEqual(
      expected({ pass: ['db-pass'], fail: ['db-fail-absent', 'db-fail-empty'], unknown: ['aws_db_instance.unknown'], skipped: ['db-aurora-member'] })
    )
  })
})

describe('rds-instance-enhanced-monitoring-enabled', () => {
  it('requires a MonitoringInterval above 0 on every instance, Aurora members included', () => {
    const resources = [
      res(DB, 'db-pass', { MonitoringInterval: 1 }),
      aurora('db-aurora-member-pass', { MonitoringInterval: 60 }),
      aurora('db-aurora-member-fail', { MonitoringInterval: 0 }),
      res(DB, 'db-fail-absent', {}),
      planned(DB, 'aws_db_instance.unknown', {}, ['MonitoringInterval'])
    ]
    expect(judge(ruleById('rds-instance-enhanced-monitoring-enabled'), resources)).toEqual(
      expected({ pass: ['db-pass', 'db-aurora-member-pass'], fail: ['db-aurora-member-fail', 'db-fail-absent'], unknown: ['aws_db_instance.unknown'] })
    )
  })
})

describe('rds-instance-copy-tags-to-snapshot', () => {
  it('requires CopyTagsToSnapshot true, absent is false, Aurora members are skipped', () => {
    const resources = [
      res(DB, 'db-pass', { Engine: 'postgres', CopyTagsToSnapshot: true }),
      res(DB, 'db-fail-absent', { Engine: 'postgres' }),
      aurora('db-aurora-member', { CopyTagsToSnapshot: false }),
      planned(DB, 'aws_db_instance.unknown', { Engine: 'postgres' }, ['CopyTagsToSnapshot'])
    ]
    expect(judge(ruleById('rds-instance-copy-tags-to-snapshot'), resources)).toEqual(
      expected({ pass: ['db-pass'], fail: ['db-fail-absent'], unknown: ['aws_db_instance.unknown'], skipped: ['db-aurora-member'] })
    )
  })
})

describe('rds-instance-custom-admin-username', () => {
  it('fails the well-known administrator names whatever their case', () => {
    const resources = [
      res(DB, 'db-pass', { Engine: 'postgres', MasterUsername: 'app_owner' }),
      // A name that merely contains a default one is the user's own.
      res(DB, 'db-pass-admin-prefix', { Engine: 'mysql', MasterUsername: 'admin_app' }),
      res(DB, 'db-fail-postgres', { Engine: 'postgres', MasterUsername: 'postgres' }),
      res(DB, 'db-fail-root-upper', { Engine: 'mariadb', MasterUsername: 'ROOT' }),
      aurora('db-aurora-member', { MasterUsername: 'admin' }),
      planned(DB, 'aws_db_instance.unknown', { Engine: 'postgres' }, ['MasterUsername'])
    ]
    expect(judge(ruleById('rds-instance-custom-admin-username'), resources)).toEqual(
      expected({
        pass: ['db-pass', 'db-pass-admin-prefix'],
        fail: ['db-fail-postgres', 'db-fail-root-upper'],
        unknown: ['aws_db_instance.unknown'],
        skipped: ['db-aurora-member']
      })
    )
  })
})

describe('rds-cluster-iam-authentication-enabled', () => {
  it('judges MySQL- and PostgreSQL-family clusters, absent is off', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { Engine: 'aurora-mysql', EnableIAMDatabaseAuthentication: true }),
      res(CLUSTER, 'c-fail-absent', { Engine: 'aurora-postgresql' }),
      res(CLUSTER, 'c-fail-multi-az-cluster', { Engine: 'postgres', EnableIAMDatabaseAuthentication: false }),
      // Cloud Control lists DocumentDB and Neptune clusters as RDS clusters too: their own rules judge them.
      res(CLUSTER, 'c-docdb', { Engine: 'docdb' }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', { Engine: 'aurora-mysql' }, ['EnableIAMDatabaseAuthentication'])
    ]
    expect(judge(ruleById('rds-cluster-iam-authentication-enabled'), resources)).toEqual(
      expected({
        pass: ['c-pass'],
        fail: ['c-fail-absent', 'c-fail-multi-az-cluster'],
        unknown: ['aws_rds_cluster.unknown'],
        skipped: ['c-docdb']
      })
    )
  })
})

describe('rds-cluster-cloudwatch-logs-exported', () => {
  it('passes any exported log', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { Engine: 'aurora-mysql', EnableCloudwatchLogsExports: ['slowquery'] }),
      res(CLUSTER, 'c-fail', { Engine: 'aurora-postgresql' }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', {}, ['EnableCloudwatchLogsExports'])
    ]
    expect(judge(ruleById('rds-cluster-cloudwatch-logs-exported'), resources)).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_rds_cluster.unknown'] })
    )
  })
})

describe('rds-cluster-audit-logs-exported', () => {
  it('asks MySQL-family clusters for the audit log and leaves PostgreSQL alone', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { Engine: 'aurora-mysql', EnableCloudwatchLogsExports: ['error', 'audit'] }),
      res(CLUSTER, 'c-fail-other-logs', { Engine: 'mysql', EnableCloudwatchLogsExports: ['error', 'general'] }),
      res(CLUSTER, 'c-fail-absent', { Engine: 'aurora' }),
      res(CLUSTER, 'c-postgres', { Engine: 'aurora-postgresql' }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', { Engine: 'aurora-mysql' }, ['EnableCloudwatchLogsExports'])
    ]
    expect(judge(ruleById('rds-cluster-audit-logs-exported'), resources)).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail-other-logs', 'c-fail-absent'], unknown: ['aws_rds_cluster.unknown'], skipped: ['c-postgres'] })
    )
  })
})

describe('rds-cluster-copy-tags-to-snapshot', () => {
  it('requires CopyTagsToSnapshot true, absent is false', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { CopyTagsToSnapshot: true }),
      res(CLUSTER, 'c-fail', {}),
      planned(CLUSTER, 'aws_rds_cluster.unknown', {}, ['CopyTagsToSnapshot'])
    ]
    expect(judge(ruleById('rds-cluster-copy-tags-to-snapshot'), resources)).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_rds_cluster.unknown'] })
    )
  })
})

describe('rds-cluster-backtrack-enabled', () => {
  it('judges Aurora MySQL clusters only, absent is 0', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { Engine: 'aurora-mysql', BacktrackWindow: 3600 }),
      res(CLUSTER, 'c-fail-absent', { Engine: 'aurora' }),
      res(CLUSTER, 'c-fail-zero', { Engine: 'aurora-mysql', BacktrackWindow: 0 }),
      res(CLUSTER, 'c-postgres', { Engine: 'aurora-postgresql' }),
      res(CLUSTER, 'c-multi-az-mysql', { Engine: 'mysql' }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', { Engine: 'aurora-mysql' }, ['BacktrackWindow'])
    ]
    expect(judge(ruleById('rds-cluster-backtrack-enabled'), resources)).toEqual(
      expected({
        pass: ['c-pass'],
        fail: ['c-fail-absent', 'c-fail-zero'],
        unknown: ['aws_rds_cluster.unknown'],
        skipped: ['c-postgres', 'c-multi-az-mysql']
      })
    )
  })
})

describe('rds-cluster-custom-admin-username', () => {
  it('fails the well-known administrator names whatever their case', () => {
    const resources = [
      res(CLUSTER, 'c-pass', { MasterUsername: 'app_owner' }),
      res(CLUSTER, 'c-fail', { MasterUsername: 'Admin' }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', {}, ['MasterUsername'])
    ]
    expect(judge(ruleById('rds-cluster-custom-admin-username'), resources)).toEqual(
      expected({ pass: ['c-pass'], fail: ['c-fail'], unknown: ['aws_rds_cluster.unknown'] })
    )
  })
})

describe('rds-cluster-non-default-port', () => {
  it('compares the port with the engine family\'s default, absent is the default', () => {
    const resources = [
      res(CLUSTER, 'c-pass-mysql', { Engine: 'aurora-mysql', Port: 3307 }),
      res(CLUSTER, 'c-pass-postgres-on-3306', { Engine: 'aurora-postgresql', Port: 3306 }),
      res(CLUSTER, 'c-fail-mysql-absent', { Engine: 'aurora-mysql' }),
      res(CLUSTER, 'c-fail-postgres-text', { Engine: 'postgres', Port: '5432' }),
      res(CLUSTER, 'c-neptune', { Engine: 'neptune', Port: 8182 }),
      planned(CLUSTER, 'aws_rds_cluster.unknown_port', { Engine: 'aurora-postgresql' }, ['Port']),
      // Port 5432 is the default of one family only: which one is open.
      planned(CLUSTER, 'aws_rds_cluster.unknown_engine', { Port: 5432 }, ['Engine'])
    ]
    expect(judge(ruleById('rds-cluster-non-default-port'), resources)).toEqual(
      expected({
        pass: ['c-pass-mysql', 'c-pass-postgres-on-3306'],
        fail: ['c-fail-mysql-absent', 'c-fail-postgres-text'],
        unknown: ['aws_rds_cluster.unknown_port', 'aws_rds_cluster.unknown_engine'],
        skipped: ['c-neptune']
      })
    )
  })
})

describe('rds-cluster-auto-minor-version-upgrade', () => {
  it('fails only an explicit false (the default is true)', () => {
    const resources = [
      res(CLUSTER, 'c-pass-true', { Engine: 'mysql', AutoMinorVersionUpgrade: true }),
      res(CLUSTER, 'c-pass-default', { Engine: 'aurora-mysql' }),
      res(CLUSTER, 'c-fail', { Engine: 'postgres', AutoMinorVersionUpgrade: 'false' }),
      planned(CLUSTER, 'aws_rds_cluster.unknown', {}, ['AutoMinorVersionUpgrade'])
    ]
    expect(judge(ruleById('rds-cluster-auto-minor-version-upgrade'), resources)).toEqual(
      expected({ pass: ['c-pass-true', 'c-pass-default'], fail: ['c-fail'], unknown: ['aws_rds_cluster.unknown'] })
    )
  })
})

describe('rds-instance-performance-insights-enabled', () => {
  it('requires EnablePerformanceInsights on every instance, Aurora members included', () => {
    const resources = [
      res(DB, 'db-pass', { Engine: 'postgres', EnablePerformanceInsights: true }),
      aurora('db-aurora-member-fail', { EnablePerformanceInsights: false }),
      res(DB, 'db-fail-absent', { Engine: 'mysql' }),
      planned(DB, 'aws_db_instance.unknown', {}, ['EnablePerformanceInsights'])
    ]
    expect(judge(ruleById('rds-instance-performance-insights-enabled'), resources)).toEqual(
      expected({ pass: ['db-pass'], fail: ['db-aurora-member-fail', 'db-fail-absent'], unknown: ['aws_db_instance.unknown'] })
    )
  })
})

describe('rds-instance-ca-certificate-current', () => {
  it('passes the current authorities and an unstated one (the default is current), fails rds-ca-2019', () => {
    const resources = [
      res(DB, 'db-pass-4096', { CACertificateIdentifier: 'rds-ca-rsa4096-g1' }),
      res(DB, 'db-pass-unstated', {}),
      res(DB, 'db-fail-2019', { CACertificateIdentifier: 'rds-ca-2019' }),
      aurora('db-aurora-member-fail', { CACertificateIdentifier: 'rds-ca-2015' }),
      planned(DB, 'aws_db_instance.unknown', {}, ['CACertificateIdentifier'])
    ]
    expect(judge(ruleById('rds-instance-ca-certificate-current'), resources)).toEqual(
      expected({ pass: ['db-pass-4096', 'db-pass-unstated'], fail: ['db-fail-2019', 'db-aurora-member-fail'], unknown: ['aws_db_instance.unknown'] })
    )
  })
})

describe('rds-global-cluster-storage-encrypted', () => {
  const GLOBAL = 'AWS::RDS::GlobalCluster'
  it('requires StorageEncrypted, and leaves a global database that takes its source\'s encryption to the source', () => {
    const resources = [
      res(GLOBAL, 'g-pass', { StorageEncrypted: true }),
      res(GLOBAL, 'g-pass-from-source', { StorageEncrypted: true, SourceDBClusterIdentifier: 'arn:aws:rds:eu-west-1:123456789012:cluster:a' }),
      res(GLOBAL, 'g-fail-absent', {}),
      res(GLOBAL, 'g-fail-from-source', { StorageEncrypted: false, SourceDBClusterIdentifier: 'arn:aws:rds:eu-west-1:123456789012:cluster:b' }),
      res(GLOBAL, 'g-from-source-unstated', { SourceDBClusterIdentifier: 'arn:aws:rds:eu-west-1:123456789012:cluster:c' }),
      planned(GLOBAL, 'aws_rds_global_cluster.unknown', {}, ['StorageEncrypted'])
    ]
    expect(judge(ruleById('rds-global-cluster-storage-encrypted'), resources)).toEqual(
      expected({
        pass: ['g-pass', 'g-pass-from-source'],
        fail: ['g-fail-absent', 'g-fail-from-source'],
        unknown: ['aws_rds_global_cluster.unknown'],
        skipped: ['g-from-source-unstated']
      })
    )
  })
})
