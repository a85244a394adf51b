import { builtinRule } from '../declarative/builtin.js'

export const elasticacheReplicationGroupEncryptedAtRest = builtinRule({
  id: 'elasticache-replication-group-encrypted-at-rest',
  title: 'ElastiCache replication group encrypts its data at rest',
  severity: 'medium',
  description: 'Checks that the ElastiCache (Redis OSS or Valkey) replication group encrypts its data on disk, in swap and in backups (AtRestEncryptionEnabled).',
  risk: 'Without encryption at rest, the cache\'s data in backups and on the nodes\' storage is readable by anyone who obtains a copy.',
  remediation: {
    text: 'Create the replication group with encryption at rest (it cannot be turned on later: replace the group from a backup).',
    terraform: `resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "app-cache"
  description          = "Application cache"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  subnet_group_name    = aws_elasticache_subnet_group.app.name
  at_rest_encryption_enabled = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: ['CKV_AWS_29'], prowler: ['elasticache_redis_cluster_rest_encryption_enabled'] },
  notes: 'A Redis OSS group without the setting is unencrypted (the service\'s and the AWS provider\'s default); Valkey groups are encrypted by default in the AWS provider.',
  condition: { property: 'AtRestEncryptionEnabled', equals: true, default: false },
  messages: {
    pass: 'Replication group {name} encrypts its data at rest',
    fail: 'Replication group {name} does not encrypt its data at rest',
    unknown: 'the encryption at rest setting'
  }
})
