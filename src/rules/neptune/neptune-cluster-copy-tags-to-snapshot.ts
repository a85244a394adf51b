import { builtinRule } from '../declarative/builtin.js'

export const neptuneClusterCopyTagsToSnapshot = builtinRule({
  id: 'neptune-cluster-copy-tags-to-snapshot',
  title: 'Neptune DB cluster copies its tags to snapshots',
  severity: 'low',
  description: 'Checks that snapshots of the Neptune cluster receive the cluster\'s tags (CopyTagsToSnapshot).',
  risk: 'Untagged snapshots escape tag-based access policies, cost allocation and retention automation, and their owner and data classification are lost.',
  remediation: {
    text: 'Set copy_tags_to_snapshot = true on the cluster.',
    terraform: `resource "aws_neptune_cluster" "this" {
  cluster_identifier    = "graph"
  engine                = "neptune"
  storage_encrypted     = true
  copy_tags_to_snapshot = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::Neptune::DBCluster'],
  aliases: { checkov: ['CKV_AWS_362'], prowler: ['neptune_cluster_copy_tags_to_snapshots'] },
  notes: 'An absent CopyTagsToSnapshot fails: the default is false.',
  condition: { property: 'CopyTagsToSnapshot', equals: true, default: false },
  messages: {
    pass: 'Neptune cluster {name} copies its tags to snapshots',
    fail: 'Neptune cluster {name} does not copy its tags to snapshots',
    unknown: 'the copy-tags-to-snapshot setting'
  }
})
