import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterDeletionProtection = builtinRule({
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
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_139'], prowler: ['rds_cluster_deletion_protection'] },
  condition: { property: 'DeletionProtection', equals: true },
  messages: {
    pass: 'DB cluster {name} has deletion protection',
    fail: 'DB cluster {name} has no deletion protection',
    unknown: 'the deletion protection'
  }
})
