import { builtinRule } from '../declarative/builtin.js'

export const docdbClusterLogsExported = builtinRule({
  id: 'docdb-cluster-logs-exported',
  title: 'DocumentDB cluster publishes its audit and profiler logs to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that the DocumentDB cluster exports both its audit log and its profiler log to CloudWatch Logs (EnableCloudwatchLogsExports).',
  risk: 'Without the audit log there is no lasting record of sign-ins and data definition changes; without the profiler log, abusive or runaway queries go unseen.',
  remediation: {
    text: 'Set enabled_cloudwatch_logs_exports = ["audit", "profiler"], and turn on audit_logs and profiler in the cluster parameter group so the engine writes them.',
    terraform: `resource "aws_docdb_cluster" "this" {
  cluster_identifier              = "docs"
  engine                          = "docdb"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::DocDB::DBCluster'],
  aliases: { checkov: ['CKV_AWS_85'], prowler: ['documentdb_cluster_cloudwatch_log_export'] },
  notes:
    'Both logs are required, as Checkov and Prowler require them; FSBP DocumentDB.4 asks only for the audit log, so a cluster exporting audit alone fails here but passes that control.',
  condition: {
    'all-of': [
      { property: 'EnableCloudwatchLogsExports', contains: 'audit' },
      { property: 'EnableCloudwatchLogsExports', contains: 'profiler' }
    ]
  },
  messages: {
    pass: 'DocumentDB cluster {name} exports its audit and profiler logs',
    fail: 'DocumentDB cluster {name} does not export both its audit and profiler logs (exports: {value})',
    unknown: 'the CloudWatch Logs exports'
  }
})
