import { builtinRule } from '../declarative/builtin.js'

export const neptuneClusterAuditLogsExported = builtinRule({
  id: 'neptune-cluster-audit-logs-exported',
  title: 'Neptune DB cluster publishes its audit log to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that the Neptune cluster exports its audit log to CloudWatch Logs (EnableCloudwatchLogsExports contains audit).',
  risk: 'Without the audit log there is no lasting record of who connected and which queries they ran: misuse of the graph cannot be traced.',
  remediation: {
    text: 'Add "audit" to enable_cloudwatch_logs_exports, and set neptune_enable_audit_log = 1 in the cluster parameter group so the engine writes it.',
    terraform: `resource "aws_neptune_cluster" "this" {
  cluster_identifier             = "graph"
  engine                         = "neptune"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["audit"]
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::Neptune::DBCluster'],
  aliases: { checkov: ['CKV_AWS_101'], prowler: ['neptune_cluster_integration_cloudwatch_logs'] },
  notes: 'Exporting the audit log does not make the engine write it: the neptune_enable_audit_log parameter does, which this rule does not read. The slowquery log alone does not pass.',
  condition: { property: 'EnableCloudwatchLogsExports', contains: 'audit' },
  messages: {
    pass: 'Neptune cluster {name} exports its audit log to CloudWatch Logs',
    fail: 'Neptune cluster {name} does not export its audit log (exports: {value})',
    unknown: 'the CloudWatch Logs exports'
  }
})
