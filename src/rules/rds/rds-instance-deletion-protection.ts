import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'
import { isClusterMember } from './aurora.js'

export const rdsInstanceDeletionProtection: RuleDefinition = {
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
  resourceTypes: ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_293'], prowler: ['rds_instance_deletion_protection'] },
  notes: 'Aurora members are skipped: deletion protection is set on the cluster (rds-cluster-deletion-protection).',
  check(resource) {
    const member = isClusterMember(resource)
    if (member === true) return null
    const path = 'DeletionProtection'
    const enabled = read(resource, path)
    if (enabled === UNKNOWN || member === UNKNOWN) return unknownAt(resource, path, 'the deletion protection')
    if (isTrue(enabled)) return pass(`DB instance ${nameOf(resource)} has deletion protection`, path)
    return fail(`DB instance ${nameOf(resource)} has no deletion protection`, path)
  }
}
