import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterAuditLogsExported = builtinRule({
  id: 'rds-cluster-audit-logs-exported',
  title: 'Aurora MySQL DB cluster publishes its audit log to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that a MySQL-family DB cluster exports its audit log to CloudWatch Logs (EnableCloudwatchLogsExports contains audit).',
  risk: 'Without the audit log there is no lasting record of who connected and what they ran: a breach or an insider cannot be traced.',
  remediation: {
    text: 'Add "audit" to enabled_cloudwatch_logs_exports, and turn on server_audit_logging in the cluster parameter group so there is something to export.',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier              = "app"
  engine                          = "aurora-mysql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_325'], prowler: [] },
  notes:
    'Judges clusters of the MySQL family (aurora, aurora-mysql, mysql), as FSBP RDS.34 and Checkov do; PostgreSQL has no audit log of that name. Exporting the audit log does not make the engine write it: the server_audit_logging parameter does, which this rule does not read.',
  'applies-when': { property: 'Engine', in: ['aurora', 'aurora-mysql', 'mysql'] },
  condition: { property: 'EnableCloudwatchLogsExports', contains: 'audit' },
  messages: {
    pass: 'DB cluster {name} exports its audit log to CloudWatch Logs',
    fail: 'DB cluster {name} does not export its audit log (exports: {value})',
    unknown: 'the CloudWatch Logs exports'
  }
})
