import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterStorageEncrypted = builtinRule({
  id: 'rds-cluster-storage-encrypted',
  title: 'RDS DB cluster storage is encrypted',
  severity: 'high',
  description: 'Checks that the DB cluster encrypts its storage and snapshots (StorageEncrypted).',
  risk: 'Cluster volumes, backups and snapshots of an unencrypted cluster are readable by anyone who obtains a copy.',
  remediation: {
    text: 'Create the cluster with storage encryption (existing clusters must be restored from an encrypted snapshot).',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier = "app"
  engine             = "aurora-postgresql"
  master_username    = "app"
  manage_master_user_password = true
  storage_encrypted  = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_96'], prowler: ['rds_cluster_storage_encrypted'] },
  notes:
    'An absent StorageEncrypted fails. (Aurora Serverless v1 clusters are always encrypted, but CloudFormation then reports StorageEncrypted true.)',
  condition: { property: 'StorageEncrypted', equals: true },
  messages: {
    pass: 'DB cluster {name} has encrypted storage',
    fail: 'DB cluster {name} has unencrypted storage',
    unknown: 'the storage encryption'
  }
})
