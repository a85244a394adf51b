import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const CLUSTER = 'AWS::DocDB::DBCluster'
const PARAMS = 'AWS::DocDB::DBClusterParameterGroup'

describe('docdb-cluster-storage-encrypted', () => {
  it('requires StorageEncrypted true; absent is unencrypted', () => {
    const resources = [
      res(CLUSTER, 'd-pass', { StorageEncrypted: true }),
      res(CLUSTER, 'd-fail', { StorageEncrypted: false }),
      res(CLUSTER, 'd-fail-absent', {}),
      planned(CLUSTER, 'aws_docdb_cluster.unknown', {}, ['StorageEncrypted'])
    ]
    expect(judge(ruleById('docdb-cluster-storage-encrypted'), resources)).toEqual(
      expected({ pass: ['d-pass'], fail: ['d-fail', 'd-fail-absent'], unknown: ['aws_docdb_cluster.unknown'] })
    )
  })
})

describe('docdb-cluster-deletion-protection', () => {
  it('requires DeletionProtection true; absent is off', () => {
    const resources = [
      res(CLUSTER, 'd-pass', { DeletionProtection: true }),
      res(CLUSTER, 'd-fail-absent', {}),
      planned(CLUSTER, 'aws_docdb_cluster.unknown', {}, ['DeletionProtection'])
    ]
    expect(judge(ruleById('docdb-cluster-deletion-protection'), resources)).toEqual(
      expected({ pass: ['d-pass'], fail: ['d-fail-absent'], unknown: ['aws_docdb_cluster.unknown'] })
    )
  })
})

describe('docdb-cluster-backup-retention', () => {
  it('requires 7 days or more; absent is the 1-day default', () => {
    const resources = [
      res(CLUSTER, 'd-pass-35', { BackupRetentionPeriod: 35 }),
      res(CLUSTER, 'd-fail-1', { BackupRetentionPeriod: 1 }),
      res(CLUSTER, 'd-fail-absent', {}),
      planned(CLUSTER, 'aws_docdb_cluster.unknown', {}, ['BackupRetentionPeriod'])
    ]
    expect(judge(ruleById('docdb-cluster-backup-retention'), resources)).toEqual(
      expected({ pass: ['d-pass-35'], fail: ['d-fail-1', 'd-fail-absent'], unknown: ['aws_docdb_cluster.unknown'] })
    )
  })
})

describe('docdb-cluster-logs-exported', () => {
  it('requires both the audit and the profiler log', () => {
    const resources = [
      res(CLUSTER, 'd-pass', { EnableCloudwatchLogsExports: ['profiler', 'audit'] }),
      res(CLUSTER, 'd-fail-audit-only', { EnableCloudwatchLogsExports: ['audit'] }),
      res(CLUSTER, 'd-fail-absent', {}),
      planned(CLUSTER, 'aws_docdb_cluster.unknown', {}, ['EnableCloudwatchLogsExports'])
    ]
    expect(judge(ruleById('docdb-cluster-logs-exported'), resources)).toEqual(
      expected({ pass: ['d-pass'], fail: ['d-fail-audit-only', 'd-fail-absent'], unknown: ['aws_docdb_cluster.unknown'] })
    )
  })
})

describe('docdb-parameter-group-tls-enabled', () => {
  it('fails only tls disabled; a group that does not set tls keeps the default, enabled', () => {
    const resources = [
      res(PARAMS, 'p-pass-13', { Parameters: { tls: 'tls1.3+' } }),
      res(PARAMS, 'p-pass-unset', { Parameters: { profiler: 'enabled' } }),
      res(PARAMS, 'p-pass-no-parameters', {}),
      res(PARAMS, 'p-fail', { Parameters: { tls: 'Disabled' } }),
      planned(PARAMS, 'aws_docdb_cluster_parameter_group.unknown', {}, ['Parameters'])
    ]
    expect(judge(ruleById('docdb-parameter-group-tls-enabled'), resources)).toEqual(
      expected({
        pass: ['p-pass-13', 'p-pass-unset', 'p-pass-no-parameters'],
        fail: ['p-fail'],
        unknown: ['aws_docdb_cluster_parameter_group.unknown']
      })
    )
  })
})

describe('docdb-parameter-group-audit-logs-enabled', () => {
  it('passes a value that records events; disabled, none or not set fails', () => {
    const resources = [
      res(PARAMS, 'p-pass-enabled', { Parameters: { audit_logs: 'enabled' } }),
      res(PARAMS, 'p-pass-all', { Parameters: { audit_logs: 'all' } }),
      res(PARAMS, 'p-fail-none', { Parameters: { audit_logs: 'NONE' } }),
      res(PARAMS, 'p-fail-unset', { Parameters: { tls: 'enabled' } }),
      planned(PARAMS, 'aws_docdb_cluster_parameter_group.unknown', {}, ['Parameters'])
    ]
    expect(judge(ruleById('docdb-parameter-group-audit-logs-enabled'), resources)).toEqual(
      expected({
        pass: ['p-pass-enabled', 'p-pass-all'],
        fail: ['p-fail-none', 'p-fail-unset'],
        unknown: ['aws_docdb_cluster_parameter_group.unknown']
      })
    )
    expect(messages(ruleById('docdb-parameter-group-audit-logs-enabled'), [res(PARAMS, 'p', {})]).join('\n')).toContain('leaves audit logging off')
  })
})
