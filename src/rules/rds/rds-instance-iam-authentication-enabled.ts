import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'

export const rdsInstanceIamAuthenticationEnabled = builtinRule({
  id: 'rds-instance-iam-authentication-enabled',
  title: 'RDS DB instance accepts IAM database authentication',
  severity: 'medium',
  description:
    'Checks that a MySQL, MariaDB or PostgreSQL DB instance has IAM database authentication turned on (EnableIAMDatabaseAuthentication), so users can sign in with short-lived IAM tokens instead of stored passwords.',
  risk: 'Without IAM authentication every database user needs a long-lived password, which leaks into code, scripts and CI settings and is not revoked when the person leaves.',
  remediation: {
    text: 'Set iam_database_authentication_enabled = true and grant rds-db:connect to the roles that need database access.',
    terraform: `resource "aws_db_instance" "this" {
  identifier                          = "app"
  engine                              = "postgres"
  instance_class                      = "db.t4g.micro"
  allocated_storage                   = 20
  iam_database_authentication_enabled = true
}`
  },
  categories: ['identity-access'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_161'], prowler: ['rds_instance_iam_authentication_enabled'] },
  notes:
    'Only engines that support IAM authentication are judged (mysql, mariadb, postgres); Oracle, SQL Server and Db2 get no verdict. Aurora members are skipped: IAM authentication is the cluster\'s setting (rds-cluster-iam-authentication-enabled). An absent setting fails: it is off by default.',
  'applies-when': {
    'all-of': [{ not: AURORA_MEMBER }, { property: 'Engine', in: ['mysql', 'mariadb', 'postgres'] }]
  },
  condition: { property: 'EnableIAMDatabaseAuthentication', equals: true, default: false },
  messages: {
    pass: 'DB instance {name} accepts IAM database authentication',
    fail: 'DB instance {name} does not accept IAM database authentication',
    unknown: 'the IAM database authentication setting'
  }
})
