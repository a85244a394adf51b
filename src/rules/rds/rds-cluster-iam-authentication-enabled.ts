import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterIamAuthenticationEnabled = builtinRule({
  id: 'rds-cluster-iam-authentication-enabled',
  title: 'RDS DB cluster accepts IAM database authentication',
  severity: 'medium',
  description:
    'Checks that an Aurora or Multi-AZ DB cluster (MySQL or PostgreSQL) has IAM database authentication turned on (EnableIAMDatabaseAuthentication), so users can sign in with short-lived IAM tokens instead of stored passwords.',
  risk: 'Without IAM authentication every database user needs a long-lived password, which leaks into code, scripts and CI settings and is not revoked when the person leaves.',
  remediation: {
    text: 'Set iam_database_authentication_enabled = true and grant rds-db:connect to the roles that need database access.',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier                  = "app"
  engine                              = "aurora-postgresql"
  master_username                     = "app_owner"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_162'], prowler: ['rds_cluster_iam_authentication_enabled'] },
  notes: 'Clusters of the MySQL and PostgreSQL families are judged (aurora, aurora-mysql, aurora-postgresql, mysql, postgres); an absent setting fails: it is off by default.',
  'applies-when': { property: 'Engine', in: ['aurora', 'aurora-mysql', 'aurora-postgresql', 'mysql', 'postgres'] },
  condition: { property: 'EnableIAMDatabaseAuthentication', equals: true, default: false },
  messages: {
    pass: 'DB cluster {name} accepts IAM database authentication',
    fail: 'DB cluster {name} does not accept IAM database authentication',
    unknown: 'the IAM database authentication setting'
  }
})
