import { builtinRule } from '../declarative/builtin.js'

export const elasticacheRedisBackupEnabled = builtinRule({
  id: 'elasticache-redis-backup-enabled',
  title: 'ElastiCache (Redis OSS / Valkey) takes automatic backups',
  severity: 'high',
  description: 'Checks that the ElastiCache Redis OSS or Valkey cache cluster or replication group keeps automatic daily backups (SnapshotRetentionLimit of at least one day). Memcached clusters, which have no backups, are not judged.',
  risk: 'Without automatic backups, data lost to a failure, a bad deployment or a FLUSHALL cannot be restored.',
  remediation: {
    text: 'Keep automatic backups for at least one day (seven or more for data that is not only a cache).',
    terraform: `resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "app-cache"
  description          = "Application cache"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  subnet_group_name    = aws_elasticache_subnet_group.app.name
  snapshot_retention_limit = 7
  snapshot_window          = "03:00-04:00"
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: ['CKV_AWS_134'], prowler: ['elasticache_redis_cluster_backup_enabled'] },
  notes: 'Any retention of one day or more passes, as FSBP ElastiCache.1 and Checkov read it; Prowler asks for at least seven days by default, so a retention of one to six days passes here and fails there. A cluster or group without the setting keeps no backups (the service\'s default).',
  'applies-when': {
    'for-types': ['AWS::ElastiCache::CacheCluster'],
    condition: { property: 'Engine', in: ['redis', 'valkey'], 'ignore-case': true }
  },
  condition: { property: 'SnapshotRetentionLimit', 'greater-or-equal': 1, default: 0 },
  messages: {
    pass: '{name} keeps automatic backups ({value} days)',
    fail: '{name} takes no automatic backups (retention {value})',
    unknown: 'the backup retention'
  }
})
