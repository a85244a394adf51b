import { builtinRule } from '../declarative/builtin.js'

export const docdbParameterGroupAuditLogsEnabled = builtinRule({
  id: 'docdb-parameter-group-audit-logs-enabled',
  title: 'DocumentDB cluster parameter group turns audit logging on',
  severity: 'medium',
  description: 'Checks that the DocumentDB cluster parameter group sets the audit_logs parameter to a value that records events (enabled, all, ddl, dml_read, dml_write).',
  risk: 'With audit logging off (the default) the cluster records no authentication or data definition events, even when the cluster exports its audit log.',
  remediation: {
    text: 'Set the audit_logs parameter to enabled (or all) and export the audit log to CloudWatch Logs from the cluster.',
    terraform: `resource "aws_docdb_cluster_parameter_group" "this" {
  name   = "docs"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::DocDB::DBClusterParameterGroup'],
  aliases: { checkov: ['CKV_AWS_104'], prowler: [] },
  notes:
    'Judges the parameter group, as Checkov does; a group that does not set audit_logs keeps the default, disabled, and fails. Checkov passes only "enabled"; we also pass the finer values DocumentDB 5.0 added (all, ddl, dml_read, dml_write, and lists of them).',
  condition: {
    'all-of': [
      { property: 'Parameters.audit_logs', exists: true },
      { property: 'Parameters.audit_logs', 'not-in': ['disabled', 'none'], 'ignore-case': true }
    ]
  },
  messages: {
    pass: 'DocumentDB parameter group {name} turns audit logging on ({value})',
    fail: 'DocumentDB parameter group {name} leaves audit logging off ({value})',
    unknown: 'the audit_logs parameter'
  }
})
