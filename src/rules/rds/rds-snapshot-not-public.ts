import { builtinRule } from '../declarative/builtin.js'
import { DOCUMENT_OR_GRAPH_ENGINE } from './snapshot-engines.js'

export const rdsSnapshotNotPublic = builtinRule({
  id: 'rds-snapshot-not-public',
  title: 'RDS snapshot is not public',
  severity: 'critical',
  description:
    'Checks that no manual RDS DB snapshot or Aurora DB cluster snapshot the account owns can be restored by every AWS account (its restore attribute lists "all"). Snapshots have no CloudFormation type: the scan reads them with RDS DescribeDBSnapshots and DescribeDBClusterSnapshots and their attributes.',
  risk: 'Anyone can restore a public snapshot into their own account and read the whole database.',
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute (share it with named accounts only).',
    terraform: `resource "aws_db_snapshot" "this" {
  db_instance_identifier = aws_db_instance.orders.identifier
  db_snapshot_identifier = "orders-before-migration"
  shared_accounts        = ["111122223333"] # named accounts, never "all"
}`
  },
  categories: ['public-exposure'],
  'resource-types': ['Plumbline::RDS::DBSnapshot', 'Plumbline::RDS::DBClusterSnapshot'],
  aliases: { checkov: ['CKV_AWS_302'], prowler: ['rds_snapshots_public_access'] },
  notes:
    'DocumentDB and Neptune cluster snapshots share RDS\'s API; their own rules judge them (documentdb-cluster-snapshot-not-public, neptune-cluster-snapshot-not-public). Read live with one DescribeDB[Cluster]SnapshotAttributes call per manual snapshot, as Prowler does; automated snapshots cannot be shared.',
  'applies-when': { not: DOCUMENT_OR_GRAPH_ENGINE },
  condition: { property: 'Public', equals: false },
  messages: {
    pass: 'Snapshot {name} is not public',
    fail: 'Snapshot {name} can be restored by every AWS account',
    unknown: 'whether the snapshot is public'
  }
})
