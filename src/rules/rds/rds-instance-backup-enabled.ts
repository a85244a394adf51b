import { builtinRule } from '../declarative/builtin.js'

export const rdsInstanceBackupEnabled = builtinRule({
  id: 'rds-instance-backup-enabled',
  title: 'RDS DB instance has automated backups enabled',
  severity: 'medium',
  description: 'Checks that the DB instance keeps automated backups (BackupRetentionPeriod greater than 0).',
  risk: 'Without automated backups there is no point-in-time recovery after data corruption, deletion or ransomware.',
  remediation: {
    text: 'Set a backup retention period of at least 7 days.',
    terraform: `resource "aws_db_instance" "this" {
  identifier              = "app"
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  backup_retention_period = 7
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_133'], prowler: ['rds_instance_backup_enabled'] },
  notes:
    'Read replicas (SourceDBInstanceIdentifier set) are skipped, as in Prowler, and so are Aurora members (backups are the cluster\'s). An absent BackupRetentionPeriod passes: the RDS API default is 1 day.',
  // Backups of an Aurora member are the cluster's; a read replica has none of its own. Only a known Aurora
  // engine or cluster decides here: an instance whose cluster is open is judged on its own retention.
  'applies-when': {
    not: {
      'any-of': [
        { property: 'Engine', matches: '^aurora', 'if-unknown': false },
        { property: 'DBClusterIdentifier', empty: false, 'if-unknown': false },
        { property: 'SourceDBInstanceIdentifier', empty: false }
      ]
    }
  },
  // An absent BackupRetentionPeriod is the RDS API default of 1 day.
  condition: { property: 'BackupRetentionPeriod', 'greater-than': 0, default: 1 },
  messages: {
    pass: 'DB instance {name} keeps backups for {value} day(s)',
    fail: 'DB instance {name} has automated backups disabled (retention {value})',
    unknown: 'the backup retention period'
  }
})
