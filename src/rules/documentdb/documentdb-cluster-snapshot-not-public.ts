import { builtinRule } from '../declarative/builtin.js'
import { DOCUMENTDB_ENGINE } from '../rds/snapshot-engines.js'

export const documentdbClusterSnapshotNotPublic = builtinRule({
  id: 'documentdb-cluster-snapshot-not-public',
  title: 'DocumentDB manual cluster snapshot is not public',
  severity: 'critical',
  description:
    'Checks that no manual DocumentDB cluster snapshot the account owns can be restored by every AWS account (its restore attribute lists "all"), read with RDS DescribeDBClusterSnapshots and DescribeDBClusterSnapshotAttributes (DocumentDB shares RDS\'s API).',
  risk: 'Anyone can restore a public snapshot into their own account and read every document in it.',
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute (aws docdb modify-db-cluster-snapshot-attribute --values-to-remove all). A snapshot Terraform declares is private: keep snapshots in code.',
    terraform: `resource "aws_docdb_cluster_snapshot" "this" {
  db_cluster_identifier          = aws_docdb_cluster.main.id
  db_cluster_snapshot_identifier = "main-before-upgrade"
}`
  },
  categories: ['public-exposure'],
  'resource-types': ['Plumbline::RDS::DBClusterSnapshot'],
  aliases: { checkov: [], prowler: ['documentdb_cluster_public_snapshot'] },
  notes: 'Terraform cannot share a DocumentDB snapshot (aws_docdb_cluster_snapshot has no sharing setting): one it declares passes; live reads find one shared by hand. Checkov has no equivalent check.',
  'applies-when': DOCUMENTDB_ENGINE,
  condition: { property: 'Public', equals: false },
  messages: {
    pass: 'DocumentDB snapshot {name} is not public',
    fail: 'DocumentDB snapshot {name} can be restored by every AWS account',
    unknown: 'whether the snapshot is public'
  }
})
