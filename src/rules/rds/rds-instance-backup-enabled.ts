import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'
import { isClusterMember } from './aurora.js'

export const rdsInstanceBackupEnabled: RuleDefinition = {
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
  resourceTypes: ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_133'], prowler: ['rds_instance_backup_enabled'] },
  notes:
    'Read replicas (SourceDBInstanceIdentifier set) are skipped, as in Prowler, and so are Aurora members (backups are the cluster\'s). An absent BackupRetentionPeriod passes: the RDS API default is 1 day.',
  check(resource) {
    if (isClusterMember(resource) === true) return null
    const source = read(resource, 'SourceDBInstanceIdentifier')
    if (typeof source === 'string' && source !== '') return null
    const path = 'BackupRetentionPeriod'
    const days = read(resource, path)
    if (days === UNKNOWN || source === UNKNOWN) return unknownAt(resource, path, 'the backup retention period')
    if (days === undefined || days === null) return pass(`DB instance ${nameOf(resource)} keeps backups for the default 1 day`, path)
    if (Number(days) > 0) return pass(`DB instance ${nameOf(resource)} keeps backups for ${Number(days)} day(s)`, path)
    return fail(`DB instance ${nameOf(resource)} has automated backups disabled (retention 0)`, path)
  }
}
