import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const rdsClusterStorageEncrypted: RuleDefinition = {
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
  resourceTypes: ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_96'], prowler: ['rds_cluster_storage_encrypted'] },
  notes:
    'An absent StorageEncrypted fails. (Aurora Serverless v1 clusters are always encrypted, but CloudFormation then reports StorageEncrypted true.)',
  check(resource) {
    const encrypted = read(resource, 'StorageEncrypted')
    if (encrypted === UNKNOWN) return unknownAt(resource, 'StorageEncrypted', 'the storage encryption')
    if (isTrue(encrypted)) return pass(`DB cluster ${nameOf(resource)} has encrypted storage`, 'StorageEncrypted')
    return fail(`DB cluster ${nameOf(resource)} has unencrypted storage`, 'StorageEncrypted')
  }
}
