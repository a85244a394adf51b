import { builtinRule } from '../declarative/builtin.js'

export const neptuneClusterBackupRetention = builtinRule({
  id: 'neptune-cluster-backup-retention',
  title: 'Neptune DB cluster keeps automated backups for at least 7 days',
  severity: 'medium',
  description: 'Checks that the Neptune cluster keeps its automated backups for 7 days or more (BackupRetentionPeriod).',
  risk: 'With the 1-day default, corruption or a destructive change noticed after a weekend can no longer be undone by a point-in-time restore.',
  remediation: {
    text: 'Set backup_retention_period to 7 days or more (up to 35).',
    terraform: `resource "aws_neptune_cluster" "this" {
  cluster_identifier      = "graph"
  engine                  = "neptune"
  storage_encrypted       = true
  backup_retention_period = 7
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Neptune::DBCluster'],
  aliases: { checkov: ['CKV_AWS_361'], prowler: ['neptune_cluster_backup_enabled'] },
  notes: 'The 7-day minimum is FSBP Neptune.5\'s, Checkov\'s and Prowler\'s default. An absent BackupRetentionPeriod fails: the default is 1 day.',
  condition: { property: 'BackupRetentionPeriod', 'greater-or-equal': 7, default: 1 },
  messages: {
    pass: 'Neptune cluster {name} keeps backups for {value} days',
    fail: 'Neptune cluster {name} keeps backups for {value} day(s), fewer than 7',
    unknown: 'the backup retention period'
  }
})
