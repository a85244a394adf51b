// Manual RDS, Aurora, DocumentDB and Neptune snapshots, which no CloudFormation type holds (the Plumbline::RDS::
// DBSnapshot and ::DBClusterSnapshot facts): the rules on exact sets, and what the Terraform mapping gives them.
import { mapTerraform } from '../../src/mapping/index.js'
import { tf } from '../mapping/helpers.js'
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const DB = 'Plumbline::RDS::DBSnapshot'
const CLUSTER = 'Plumbline::RDS::DBClusterSnapshot'
const cluster = (id: string, engine: string, properties: Record<string, unknown>) => res(CLUSTER, id, { Engine: engine, ...properties })

describe('rds-snapshot-not-public', () => {
  const rule = ruleById('rds-snapshot-not-public')
  it('fails DB and Aurora cluster snapshots every account may restore; leaves DocumentDB and Neptune to their rules', () => {
    const resources = [
      res(DB, 'db-private', { Engine: 'postgres', Public: false }),
      res(DB, 'db-public', { Engine: 'mysql', Public: true }),
      cluster('aurora-public', 'aurora-postgresql', { Public: true }),
      cluster('docdb-public', 'docdb', { Public: true }),
      cluster('neptune-public', 'neptune', { Public: true }),
      { ...res(DB, 'db-not-read', { Engine: 'postgres' }), readProperties: ['Engine'] }
    ]
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['db-private'], fail: ['aurora-public', 'db-public'], unknown: ['db-not-read'], skipped: ['docdb-public', 'neptune-public'] })
    )
    expect(messages(rule, [resources[1]])[0]).toBe('Snapshot db-public can be restored by every AWS account')
  })

  it('maps shared_accounts: "all" among them is public, named accounts are not, an unknown entry leaves it open', () => {
    const { resources } = mapTerraform([
      tf('aws_db_snapshot', 'named', { db_instance_identifier: 'orders', db_snapshot_identifier: 'named', shared_accounts: ['111122223333'] }),
      tf('aws_db_cluster_snapshot', 'everyone', { db_cluster_identifier: 'orders', db_cluster_snapshot_identifier: 'everyone', shared_accounts: ['111122223333', 'all'] }),
      tf('aws_db_snapshot_copy', 'open', { source_db_snapshot_identifier: 'a', target_db_snapshot_identifier: 'open', shared_accounts: [null] }, { unknown: ['shared_accounts[0]'] })
    ])
    // Named by their snapshot identifiers, as RDS names them.
    expect(judge(rule, resources)).toEqual(expected({ pass: ['named'], fail: ['everyone'], unknown: ['open'] }))
  })
})

describe('documentdb-cluster-snapshot-not-public', () => {
  const rule = ruleById('documentdb-cluster-snapshot-not-public')
  it('judges DocumentDB cluster snapshots only; Terraform\'s (which cannot be shared) pass, with the engine known from the type', () => {
    const { resources: fromCode } = mapTerraform([tf('aws_docdb_cluster_snapshot', 'nightly', { db_cluster_identifier: 'catalog', db_cluster_snapshot_identifier: 'nightly' }, { unknown: ['engine', 'storage_encrypted'] })])
    expect(fromCode[0].properties).toEqual({ DBClusterSnapshotIdentifier: 'nightly', DBClusterIdentifier: 'catalog', Engine: 'docdb', Public: false })
    const resources = [...fromCode, cluster('docdb-public', 'docdb', { Public: true }), cluster('aurora-public', 'aurora-mysql', { Public: true })]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['nightly'], fail: ['docdb-public'], skipped: ['aurora-public'] }))
  })
})

describe('neptune-cluster-snapshot-not-public', () => {
  const rule = ruleById('neptune-cluster-snapshot-not-public')
  it('judges Neptune cluster snapshots only', () => {
    const resources = [
      cluster('graph-private', 'neptune', { Public: false }),
      cluster('graph-public', 'neptune', { Public: true }),
      cluster('docdb-public', 'docdb', { Public: true }),
      planned(CLUSTER, 'aws_db_cluster_snapshot.engine_open', { Public: true }, ['Engine'])
    ]
    // A cluster snapshot whose engine is not known yet may be Neptune's: public, it cannot pass.
    expect(judge(rule, resources)).toEqual(expected({ pass: ['graph-private'], fail: ['graph-public'], unknown: ['aws_db_cluster_snapshot.engine_open'], skipped: ['docdb-public'] }))
  })
})

describe('rds-snapshot-encrypted', () => {
  const rule = ruleById('rds-snapshot-encrypted')
  it('reads Encrypted on DB snapshots and StorageEncrypted on cluster snapshots', () => {
    const resources = [
      res(DB, 'db-sealed', { Engine: 'postgres', Encrypted: true }),
      res(DB, 'db-plain', { Engine: 'postgres', Encrypted: false }),
      cluster('aurora-sealed', 'aurora-postgresql', { StorageEncrypted: true }),
      cluster('aurora-plain', 'aurora-mysql', { StorageEncrypted: false }),
      cluster('docdb-plain', 'docdb', { StorageEncrypted: false })
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['aurora-sealed', 'db-sealed'], fail: ['aurora-plain', 'db-plain'], skipped: ['docdb-plain'] }))
  })

  it('in Terraform a snapshot is as encrypted as its database (unknown), a copy made with a KMS key is encrypted', () => {
    const { resources } = mapTerraform([
      tf('aws_kms_key', 'rds', {}, { unknown: ['arn', 'id', 'key_id'] }),
      tf('aws_db_snapshot', 'nightly', { db_instance_identifier: 'orders', db_snapshot_identifier: 'nightly' }, { unknown: ['encrypted', 'engine'] }),
      tf('aws_db_snapshot_copy', 'with_key', { source_db_snapshot_identifier: 'a', target_db_snapshot_identifier: 'with-key' }, { unknown: ['kms_key_id', 'encrypted'], references: { kms_key_id: ['aws_kms_key.rds.arn', 'aws_kms_key.rds'] } }),
      tf('aws_db_snapshot_copy', 'without_key', { source_db_snapshot_identifier: 'a', target_db_snapshot_identifier: 'without-key' }, { unknown: ['encrypted'] })
    ])
    expect(judge(rule, resources)).toEqual(
      expected({ pass: ['with-key'], unknown: ['nightly', 'without-key'] })
    )
  })
})
