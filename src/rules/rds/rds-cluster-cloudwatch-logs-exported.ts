import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterCloudwatchLogsExported = builtinRule({
  id: 'rds-cluster-cloudwatch-logs-exported',
  title: 'RDS DB cluster publishes its logs to CloudWatch Logs',
  severity: 'medium',
  description:
    'Checks that the DB cluster exports at least one database log (audit, error, general, slowquery, postgresql...) to CloudWatch Logs (EnableCloudwatchLogsExports).',
  risk: 'Logs kept only in the cluster rotate away within days: failed logins, errors and suspicious queries cannot be alerted on or investigated.',
  remediation: {
    text: 'List the engine\'s logs in enabled_cloudwatch_logs_exports (aurora-postgresql: postgresql; aurora-mysql: audit, error, general and slowquery).',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier              = "app"
  engine                          = "aurora-postgresql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_324'], prowler: ['rds_cluster_integration_cloudwatch_logs'] },
  notes: 'Any exported log passes, as in Checkov and Prowler; rds-cluster-audit-logs-exported asks Aurora MySQL for its audit log in particular.',
  condition: { property: 'EnableCloudwatchLogsExports', empty: false },
  messages: {
    pass: 'DB cluster {name} exports {value} to CloudWatch Logs',
    fail: 'DB cluster {name} exports no logs to CloudWatch Logs',
    unknown: 'the CloudWatch Logs exports'
  }
})
