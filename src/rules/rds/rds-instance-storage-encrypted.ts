import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'
import { isClusterMember } from './aurora.js'

export const rdsInstanceStorageEncrypted: RuleDefinition = {
  id: 'rds-instance-storage-encrypted',
  title: 'RDS DB instance storage is encrypted',
  severity: 'high',
  description: 'Checks that the DB instance encrypts its storage, automated backups, replicas and snapshots (StorageEncrypted).',
  risk: 'Database files, backups and snapshots of an unencrypted instance are readable by anyone who obtains a copy.',
  remediation: {
    text: 'Create the instance with storage encryption (existing instances must be restored from an encrypted snapshot copy).',
    terraform: `resource "aws_db_instance" "this" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}`
  },
  categories: ['encryption'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_16'], prowler: ['rds_instance_storage_encrypted'] },
  notes: 'Aurora cluster members are skipped: their encryption is the cluster\'s (rds-cluster-storage-encrypted).',
  check(resource) {
    const member = isClusterMember(resource)
    if (member === true) return null
    const encrypted = read(resource, 'StorageEncrypted')
    if (encrypted === UNKNOWN || member === UNKNOWN) return unknownAt(resource, 'StorageEncrypted', 'the storage encryption')
    if (isTrue(encrypted)) return pass(`DB instance ${nameOf(resource)} has encrypted storage`, 'StorageEncrypted')
    return fail(`DB instance ${nameOf(resource)} has unencrypted storage`, 'StorageEncrypted')
  }
}
