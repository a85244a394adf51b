import { builtinRule } from '../declarative/builtin.js'

export const neptuneClusterStorageEncrypted = builtinRule({
  id: 'neptune-cluster-storage-encrypted',
  title: 'Neptune DB cluster storage is encrypted',
  severity: 'high',
  description: 'Checks that the Neptune cluster encrypts its storage, backups and snapshots at rest (StorageEncrypted).',
  risk: 'The graph\'s data files, backups and snapshots are readable by anyone who obtains a copy of an unencrypted cluster\'s storage.',
  remediation: {
    text: 'Create the cluster with storage_encrypted = true (an existing cluster cannot be encrypted: restore an encrypted copy of a snapshot).',
    terraform: `resource "aws_neptune_cluster" "this" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::Neptune::DBCluster'],
  aliases: { checkov: ['CKV_AWS_44'], prowler: ['neptune_cluster_storage_encrypted'] },
  notes: 'An absent StorageEncrypted fails: Neptune\'s default is unencrypted.',
  condition: { property: 'StorageEncrypted', equals: true, default: false },
  messages: {
    pass: 'Neptune cluster {name} has encrypted storage',
    fail: 'Neptune cluster {name} has unencrypted storage',
    unknown: 'the storage encryption'
  }
})
