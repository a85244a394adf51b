import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'

export const rdsInstanceCloudwatchLogsExported = builtinRule({
  id: 'rds-instance-cloudwatch-logs-exported',
  title: 'RDS DB instance publishes its logs to CloudWatch Logs',
  severity: 'medium',
  description:
    'Checks that the DB instance exports at least one database log (error, general, slow query, audit, postgresql...) to CloudWatch Logs (EnableCloudwatchLogsExports).',
  risk: 'Logs kept only on the instance rotate away within days and vanish with it: failed logins, errors and suspicious queries cannot be alerted on or investigated.',
  remediation: {
    text: 'List the engine\'s logs in enabled_cloudwatch_logs_exports (postgres: postgresql and upgrade; mysql and mariadb: error, general, slowquery and audit).',
    terraform: `resource "aws_db_instance" "this" {
  identifier                      = "app"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV_AWS_129'], prowler: ['rds_instance_integration_cloudwatch_logs'] },
  notes:
    'Any exported log passes, as in Checkov and Prowler; which logs are worth exporting depends on the engine. Aurora members are skipped: their log exports are the cluster\'s (rds-cluster-cloudwatch-logs-exported).',
  'applies-when': { not: AURORA_MEMBER },
  condition: { property: 'EnableCloudwatchLogsExports', empty: false },
  messages: {
    pass: 'DB instance {name} exports {value} to CloudWatch Logs',
    fail: 'DB instance {name} exports no logs to CloudWatch Logs',
    unknown: 'the CloudWatch Logs exports'
  }
})
