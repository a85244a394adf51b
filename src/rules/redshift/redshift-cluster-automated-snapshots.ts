import { builtinRule } from '../declarative/builtin.js'

export const redshiftClusterAutomatedSnapshots = builtinRule({
  id: 'redshift-cluster-automated-snapshots',
  title: 'Redshift cluster keeps automated snapshots',
  severity: 'high',
  description: 'Checks that the Redshift cluster takes automated snapshots (AutomatedSnapshotRetentionPeriod of at least one day).',
  risk: 'Without automated snapshots, data deleted or corrupted by mistake or by an attacker cannot be restored to a recent point.',
  remediation: {
    text: 'Keep automated snapshots for at least one day (seven or more for production).',
    terraform: `resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  automated_snapshot_retention_period = 7
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Redshift::Cluster'],
  aliases: { checkov: ['CKV_AWS_343'], prowler: ['redshift_cluster_automated_snapshot'] },
  notes: 'A cluster that does not set the retention keeps automated snapshots for one day (the service\'s and the AWS provider\'s default).',
  condition: { property: 'AutomatedSnapshotRetentionPeriod', 'greater-than': 0, default: 1 },
  messages: {
    pass: 'Redshift cluster {name} keeps automated snapshots ({value} days)',
    fail: 'Redshift cluster {name} takes no automated snapshots (retention {value})',
    unknown: 'the automated snapshot retention'
  }
})
