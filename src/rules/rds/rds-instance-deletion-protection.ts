import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'

export const rdsInstanceDeletionProtection = builtinRule({
  id: 'rds-instance-deletion-protection',
  title: 'RDS DB instance has deletion protection enabled',
  severity: 'medium',
  description: 'Checks that the DB instance cannot be deleted until deletion protection is turned off (DeletionProtection).',
  risk: 'A mistaken terraform destroy, console click or script can delete the database and, with it, its automated backups.',
  remediation: {
    text: 'Set deletion_protection = true.',
    terraform: `resource "aws_db_instance" "this" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  deletion_protection = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_293'], prowler: ['rds_instance_deletion_protection'] },
  notes: 'Aurora members are skipped: deletion protection is set on the cluster (rds-cluster-deletion-protection).',
  'applies-when': { not: AURORA_MEMBER },
  condition: { property: 'DeletionProtection', equals: true },
  messages: {
    pass: 'DB instance {name} has deletion protection',
    fail: 'DB instance {name} has no deletion protection',
    unknown: 'the deletion protection'
  }
})
