import { builtinRule } from '../declarative/builtin.js'

export const rdsClusterCopyTagsToSnapshot = builtinRule({
  id: 'rds-cluster-copy-tags-to-snapshot',
  title: 'RDS DB cluster copies its tags to snapshots',
  severity: 'low',
  description: 'Checks that snapshots of the DB cluster receive the cluster\'s tags (CopyTagsToSnapshot).',
  risk: 'Untagged snapshots escape tag-based access policies, cost allocation and retention automation, and their owner and data classification are lost.',
  remediation: {
    text: 'Set copy_tags_to_snapshot = true on the cluster.',
    terraform: `resource "aws_rds_cluster" "this" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app_owner"
  manage_master_user_password = true
  copy_tags_to_snapshot       = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::RDS::DBCluster'],
  aliases: { checkov: ['CKV_AWS_313'], prowler: ['rds_cluster_copy_tags_to_snapshots'] },
  notes: 'An absent setting fails: the default is false.',
  condition: { property: 'CopyTagsToSnapshot', equals: true, default: false },
  messages: {
    pass: 'DB cluster {name} copies its tags to snapshots',
    fail: 'DB cluster {name} does not copy its tags to snapshots',
    unknown: 'the copy-tags-to-snapshot setting'
  }
})
