import { builtinRule } from '../declarative/builtin.js'

export const docdbClusterStorageEncrypted = builtinRule({
  id: 'docdb-cluster-storage-encrypted',
  title: 'DocumentDB cluster storage is encrypted',
  severity: 'high',
  description: 'Checks that the DocumentDB cluster encrypts its storage, backups and snapshots at rest (StorageEncrypted).',
  risk: 'The documents, backups and snapshots of an unencrypted cluster are readable by anyone who obtains a copy of its storage.',
  remediation: {
    text: 'Create the cluster with storage_encrypted = true (an existing cluster cannot be encrypted: restore a snapshot into an encrypted cluster).',
    terraform: `resource "aws_docdb_cluster" "this" {
  cluster_identifier          = "docs"
  engine                      = "docdb"
  master_username             = "app_owner"
  manage_master_user_password = true
  storage_encrypted           = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DocDB::DBCluster'],
  aliases: { checkov: ['CKV_AWS_74'], prowler: ['documentdb_cluster_storage_encrypted'] },
  notes: 'An absent StorageEncrypted fails: the API default is unencrypted (the console encrypts by default, CloudFormation and Terraform do not).',
  condition: { property: 'StorageEncrypted', equals: true, default: false },
  messages: {
    pass: 'DocumentDB cluster {name} has encrypted storage',
    fail: 'DocumentDB cluster {name} has unencrypted storage',
    unknown: 'the storage encryption'
  }
})
