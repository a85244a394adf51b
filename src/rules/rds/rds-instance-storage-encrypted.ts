import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'

export const rdsInstanceStorageEncrypted = builtinRule({
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
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_16'], prowler: ['rds_instance_storage_encrypted'] },
  notes: 'Aurora cluster members are skipped: their encryption is the cluster\'s (rds-cluster-storage-encrypted).',
  'applies-when': { not: AURORA_MEMBER },
  condition: { property: 'StorageEncrypted', equals: true },
  messages: {
    pass: 'DB instance {name} has encrypted storage',
    fail: 'DB instance {name} has unencrypted storage',
    unknown: 'the storage encryption'
  }
})
