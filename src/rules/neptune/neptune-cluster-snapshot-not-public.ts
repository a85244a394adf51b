import { builtinRule } from '../declarative/builtin.js'
import { NEPTUNE_ENGINE } from '../rds/snapshot-engines.js'

export const neptuneClusterSnapshotNotPublic = builtinRule({
  id: 'neptune-cluster-snapshot-not-public',
  title: 'Neptune DB cluster snapshot is not public',
  severity: 'critical',
  description:
    'Checks that no manual Neptune DB cluster snapshot the account owns can be restored by every AWS account (its restore attribute lists "all"), read with RDS DescribeDBClusterSnapshots and DescribeDBClusterSnapshotAttributes (Neptune shares RDS\'s API).',
  risk: 'Anyone can restore a public snapshot into their own account and read the whole graph.',
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute (aws neptune modify-db-cluster-snapshot-attribute --values-to-remove all). A snapshot Terraform declares is private: keep snapshots in code.',
    terraform: `resource "aws_neptune_cluster_snapshot" "this" {
  db_cluster_identifier          = aws_neptune_cluster.main.id
  db_cluster_snapshot_identifier = "main-before-upgrade"
}`
  },
  categories: ['public-exposure'],
  'resource-types': ['Plumbline::RDS::DBClusterSnapshot'],
  aliases: { checkov: [], prowler: ['neptune_cluster_public_snapshot'] },
  notes: 'Terraform cannot share a Neptune snapshot (aws_neptune_cluster_snapshot has no sharing setting): one it declares passes; live reads find one shared by hand. Checkov has no equivalent check.',
  'applies-when': NEPTUNE_ENGINE,
  condition: { property: 'Public', equals: false },
  messages: {
    pass: 'Neptune snapshot {name} is not public',
    fail: 'Neptune snapshot {name} can be restored by every AWS account',
    unknown: 'whether the snapshot is public'
  }
})
