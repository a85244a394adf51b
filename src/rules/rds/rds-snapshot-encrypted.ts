import { builtinRule } from '../declarative/builtin.js'
import { DOCUMENT_OR_GRAPH_ENGINE } from './snapshot-engines.js'

export const rdsSnapshotEncrypted = builtinRule({
  id: 'rds-snapshot-encrypted',
  title: 'RDS snapshot is encrypted',
  severity: 'high',
  description: 'Checks that every manual RDS DB snapshot and Aurora DB cluster snapshot the account owns is encrypted at rest.',
  risk: 'An unencrypted snapshot is a full copy of the database readable by anyone who can copy or share it, and what is restored from it is unencrypted too.',
  remediation: {
    text: 'Copy the snapshot with a KMS key (aws_db_snapshot_copy with kms_key_id), restore encrypted databases from the copy and delete the unencrypted snapshot.',
    terraform: `resource "aws_db_snapshot_copy" "encrypted" {
  source_db_snapshot_identifier = aws_db_snapshot.orders.db_snapshot_arn
  target_db_snapshot_identifier = "orders-encrypted"
  kms_key_id                    = aws_kms_key.rds.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['Plumbline::RDS::DBSnapshot', 'Plumbline::RDS::DBClusterSnapshot'],
  aliases: { checkov: ['CKV_AWS_146'], prowler: ['rds_snapshots_encrypted'] },
  notes:
    'A snapshot is as encrypted as its database (a copy can add a key): in Terraform it is unknown until apply unless the code states it, where Checkov (CKV_AWS_146, cluster snapshots) fails a snapshot that does not say storage_encrypted = true. DocumentDB and Neptune snapshots are left out: a snapshot is as encrypted as its cluster, which their cluster rules judge.',
  'applies-when': { not: DOCUMENT_OR_GRAPH_ENGINE },
  condition: {
    'all-of': [
      { 'for-types': ['Plumbline::RDS::DBSnapshot'], condition: { property: 'Encrypted', equals: true } },
      { 'for-types': ['Plumbline::RDS::DBClusterSnapshot'], condition: { property: 'StorageEncrypted', equals: true } }
    ]
  },
  messages: {
    pass: 'Snapshot {name} is encrypted',
    fail: 'Snapshot {name} is not encrypted',
    unknown: 'the snapshot encryption'
  }
})
