import { builtinRule } from '../declarative/builtin.js'
import { AURORA_MEMBER } from './aurora.js'

export const rdsInstanceCopyTagsToSnapshot = builtinRule({
  id: 'rds-instance-copy-tags-to-snapshot',
  title: 'RDS DB instance copies its tags to snapshots',
  severity: 'low',
  description: 'Checks that snapshots of the DB instance receive the instance\'s tags (CopyTagsToSnapshot).',
  risk: 'Untagged snapshots escape tag-based access policies, cost allocation and retention automation, and their owner and data classification are lost.',
  remediation: {
    text: 'Set copy_tags_to_snapshot = true on the instance.',
    terraform: `resource "aws_db_instance" "this" {
  identifier            = "app"
  engine                = "postgres"
  instance_class        = "db.t4g.micro"
  allocated_storage     = 20
  copy_tags_to_snapshot = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::RDS::DBInstance'],
  aliases: { checkov: ['CKV2_AWS_60'], prowler: ['rds_instance_copy_tags_to_snapshots'] },
  notes:
    'Aurora members are skipped: their snapshots are the cluster\'s (rds-cluster-copy-tags-to-snapshot). An absent setting fails: the default is false.',
  'applies-when': { not: AURORA_MEMBER },
  condition: { property: 'CopyTagsToSnapshot', equals: true, default: false },
  messages: {
    pass: 'DB instance {name} copies its tags to snapshots',
    fail: 'DB instance {name} does not copy its tags to snapshots',
    unknown: 'the copy-tags-to-snapshot setting'
  }
})
