import { builtinRule } from '../declarative/builtin.js'

export const rdsGlobalClusterStorageEncrypted = builtinRule({
  id: 'rds-global-cluster-storage-encrypted',
  title: 'Aurora global database is encrypted',
  severity: 'high',
  description: 'Checks that the Aurora global database encrypts the storage of its clusters (StorageEncrypted).',
  risk: 'An unencrypted global database replicates readable copies of the data into every Region it spans, with their backups and snapshots.',
  remediation: {
    text: 'Create the global database with storage_encrypted = true, or from an encrypted source cluster (encryption cannot be turned on later).',
    terraform: `resource "aws_rds_global_cluster" "this" {
  global_cluster_identifier = "app-global"
  engine                    = "aurora-postgresql"
  engine_version            = "16.4"
  storage_encrypted         = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::RDS::GlobalCluster'],
  aliases: { checkov: ['CKV_AWS_140'], prowler: [] },
  notes:
    'A global database built from a source cluster that does not state StorageEncrypted takes the source\'s encryption: it gets no verdict (rds-cluster-storage-encrypted judges the source). Otherwise an absent setting fails: the default is unencrypted.',
  'applies-when': {
    not: { 'all-of': [{ property: 'StorageEncrypted', exists: false }, { property: 'SourceDBClusterIdentifier', empty: false }] }
  },
  condition: { property: 'StorageEncrypted', equals: true, default: false },
  messages: {
    pass: 'Global database {name} is encrypted',
    fail: 'Global database {name} is not encrypted',
    unknown: 'the storage encryption'
  }
})
