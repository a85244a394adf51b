import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const rdsClusterDeletionProtection: RuleDefinition = {
  id: 'rds-cluster-deletion-protection',
  title: 'RDS DB cluster has deletion protection enabled',
  severity: 'medium',
  description: 'Checks that the DB cluster cannot be deleted until deletion protection is turned off (DeletionProtection).',
  risk: 'A mistaken terraform destroy, console click or script can delete the cluster and its automated backups.',
  remediation: {
    text: 'Set deletion_protection = true on the cluster.',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection         = true
}`
  },
  categories: ['resilience'],
  resourceTypes: ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_139'], prowler: ['rds_cluster_deletion_protection'] },
  check(resource) {
    const path = 'DeletionProtection'
    const enabled = read(resource, path)
    if (enabled === UNKNOWN) return unknownAt(resource, path, 'the deletion protection')
    if (isTrue(enabled)) return pass(`DB cluster ${nameOf(resource)} has deletion protection`, path)
    return fail(`DB cluster ${nameOf(resource)} has no deletion protection`, path)
  }
}
