import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterAuditLogging = builtinRule({
  id: 'redshift-cluster-audit-logging',
  title: 'Redshift cluster has audit logging',
  severity: 'medium',
  description: 'Checks that the Redshift cluster exports its audit logs (connection, user and user activity logs) to S3 or CloudWatch Logs (LoggingProperties: a BucketName, or LogDestinationType cloudwatch).',
  risk: 'Without audit logs, who connected to the warehouse and what they ran cannot be reconstructed after an incident.',
  remediation: {
    text: 'Enable audit logging to an S3 bucket or to CloudWatch Logs (aws_redshift_logging), and turn on enable_user_activity_logging in the parameter group for query logs.',
    terraform: `resource "aws_redshift_logging" "this" {
  cluster_identifier   = aws_redshift_cluster.this.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}`
  },
  categories: ['logging'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_71'], prowler: ['redshift_cluster_audit_logging'] },
  notes: 'Logging configured by an aws_redshift_logging resource counts, as well as the cluster\'s deprecated logging block (Checkov reads only the block). CloudWatch Logs as the destination passes as S3 does.',
  condition: {
    'any-of': [
      { property: 'LoggingProperties.BucketName', exists: true },
      { property: 'LoggingProperties.LogDestinationType', equals: 'cloudwatch' }
    ]
  },
  messages: {
    pass: 'Redshift cluster {name} exports its audit logs',
    fail: 'Redshift cluster {name} does not export audit logs',
    unknown: 'the audit logging configuration'
  }
})
