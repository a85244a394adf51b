// Manual RDS DB snapshots and DB cluster snapshots (Aurora, DocumentDB, Neptune): no CloudFormation type has them, so
// they are the Plumbline:: facts src/model/facts.ts documents, in the shapes RDS's own API gives them live.
//   aws_db_snapshot, aws_db_snapshot_copy                                   → Plumbline::RDS::DBSnapshot
//   aws_db_cluster_snapshot, aws_docdb_cluster_snapshot, aws_neptune_cluster_snapshot → Plumbline::RDS::DBClusterSnapshot
// Public is whether `shared_accounts` holds "all" (RDS's restore attribute); the DocumentDB and Neptune resources
// cannot share a snapshot, so theirs is false.
import { DB_CLUSTER_SNAPSHOT_TYPE, DB_SNAPSHOT_TYPE } from '../../model/facts.js'
import { isUnknownAttr, ResourceBuilder } from '../builder.js'
import { copyFields, nonEmpty, toBoolean, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'
import type { TfResource } from '../../types.js'

/** Public from `shared_accounts`: "all" among them makes the snapshot public; an unknown list or item leaves it open. */
function setPublic(b: ResourceBuilder, tf: TfResource, shareable: boolean): void {
  if (!shareable) {
    b.set('Public', false, [])
    return
  }
  const shared = tf.values.shared_accounts
  const items = Array.isArray(shared) ? shared : []
  if (items.includes('all')) b.set('Public', true, ['shared_accounts'])
  else if (isUnknownAttr(tf, 'shared_accounts') || items.some((_, i) => isUnknownAttr(tf, `shared_accounts[${i}]`))) b.markUnknown('Public')
  else b.set('Public', false, ['shared_accounts'])
}

/**
 * The encryption of a snapshot is its source's, computed by AWS (a copy may add a key): left out of the code, it is
 * not known yet.
 */
function encryptionOrUnknown(b: ResourceBuilder, tf: TfResource, property: string, attribute: string): void {
  if (tf.values[attribute] === undefined || tf.values[attribute] === null) b.markUnknown(property)
}

/**
 * A copy made with a KMS key is encrypted whatever its source was: a key stated, or one known only after apply that
 * the expression takes from an aws_kms_key of the configuration.
 */
function copiedWithKey(tf: TfResource): boolean {
  if (!isUnknownAttr(tf, 'kms_key_id')) return typeof tf.values.kms_key_id === 'string' && tf.values.kms_key_id !== ''
  return (tf.references?.kms_key_id ?? []).some((ref) => /(^|\.)aws_kms_key\./.test(ref))
}

function dbSnapshot(tfType: string, idAttribute: string, instanceAttribute: string | undefined): ResourceMapper {
  const fields: Field[] = [
    ['DBSnapshotIdentifier', idAttribute, nonEmpty],
    ['Engine', 'engine', nonEmpty],
    ['Encrypted', 'encrypted', toBoolean],
    ['KmsKeyId', 'kms_key_id', nonEmpty],
    ['Status', 'status', nonEmpty]
  ]
  if (instanceAttribute) fields.push(['DBInstanceIdentifier', instanceAttribute, nonEmpty])
  return {
    tfType,
    map(tf) {
      const b = new ResourceBuilder(DB_SNAPSHOT_TYPE, tf)
      b.id = idFrom(tf.values, idAttribute, 'id')
      copyFields(b, fields)
      if (tfType === 'aws_db_snapshot_copy' && copiedWithKey(tf)) {
        b.clear('Encrypted')
        // No source path: the key's ARN may be unknown, the encryption is not.
        b.set('Encrypted', true, [])
      } else encryptionOrUnknown(b, tf, 'Encrypted', 'encrypted')
      setPublic(b, tf, true)
      return b
    }
  }
}

/** `engine` is the type's own for DocumentDB and Neptune (RDS's API serves their snapshots with that engine). */
function clusterSnapshot(tfType: string, shareable: boolean, engine?: string): ResourceMapper {
  const fields: Field[] = [
    ['DBClusterSnapshotIdentifier', 'db_cluster_snapshot_identifier', nonEmpty],
    ['DBClusterIdentifier', 'db_cluster_identifier', nonEmpty],
    ['Engine', 'engine', nonEmpty],
    ['StorageEncrypted', 'storage_encrypted', toBoolean],
    ['KmsKeyId', 'kms_key_id', nonEmpty],
    ['Status', 'status', nonEmpty]
  ]
  return {
    tfType,
    map(tf) {
      const b = new ResourceBuilder(DB_CLUSTER_SNAPSHOT_TYPE, tf)
      b.id = idFrom(tf.values, 'db_cluster_snapshot_identifier', 'id')
      copyFields(b, fields)
      encryptionOrUnknown(b, tf, 'StorageEncrypted', 'storage_encrypted')
      if (engine !== undefined) {
        // Known from the type even where the plan has the attribute as computed.
        b.clear('Engine')
        b.set('Engine', engine, [])
      }
      setPublic(b, tf, shareable)
      return b
    }
  }
}

export const dbSnapshotFact = dbSnapshot('aws_db_snapshot', 'db_snapshot_identifier', 'db_instance_identifier')
export const dbSnapshotCopyFact = dbSnapshot('aws_db_snapshot_copy', 'target_db_snapshot_identifier', undefined)
export const dbClusterSnapshotFact = clusterSnapshot('aws_db_cluster_snapshot', true)
export const docdbClusterSnapshotFact = clusterSnapshot('aws_docdb_cluster_snapshot', false, 'docdb')
export const neptuneClusterSnapshotFact = clusterSnapshot('aws_neptune_cluster_snapshot', false, 'neptune')
