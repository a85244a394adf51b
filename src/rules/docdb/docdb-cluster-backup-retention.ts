import { builtinRule } from '../declarative/builtin.js'

export const docdbClusterBackupRetention = builtinRule({
  id: 'docdb-cluster-backup-retention',
  title: 'DocumentDB cluster keeps automated backups for at least 7 days',
  severity: 'medium',
  description: 'Checks that the DocumentDB cluster keeps its automated backups for 7 days or more (BackupRetentionPeriod).',
  risk: 'With the 1-day default, corruption or a destructive change noticed after a weekend can no longer be undone by a point-in-time restore.',
  remediation: {
    text: 'Set backup_retention_period to 7 days or more (up to 35).',
    terraform: `resource "aws_docdb_cluster" "this" {
  cluster_identifier          = "docs"
  engine                      = "docdb"
  master_username             = "app_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::DocDB::DBCluster'],
  aliases: { checkov: ['CKV_AWS_360'], prowler: ['documentdb_cluster_backup_enabled'] },
  notes: 'The 7-day minimum is FSBP DocumentDB.2\'s, Checkov\'s and Prowler\'s default. An absent BackupRetentionPeriod fails: the default is 1 day.',
  condition: { property: 'BackupRetentionPeriod', 'greater-or-equal': 7, default: 1 },
  messages: {
    pass: 'DocumentDB cluster {name} keeps backups for {value} days',
    fail: 'DocumentDB cluster {name} keeps backups for {value} day(s), fewer than 7',
    unknown: 'the backup retention period'
  }
})
