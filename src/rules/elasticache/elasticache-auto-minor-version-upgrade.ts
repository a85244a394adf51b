import { builtinRule } from '../declarative/builtin.js'

export const elasticacheAutoMinorVersionUpgrade = builtinRule({
  id: 'elasticache-auto-minor-version-upgrade',
  title: 'ElastiCache takes minor engine upgrades automatically',
  severity: 'medium',
  description: 'Checks that the ElastiCache cache cluster or replication group applies minor engine version upgrades in its maintenance window (AutoMinorVersionUpgrade).',
  risk: 'A cache that refuses minor upgrades keeps running engine versions with known security fixes missing.',
  remediation: {
    text: 'Leave automatic minor version upgrades on (the default).',
    terraform: `resource "aws_elasticache_cluster" "this" {
  cluster_id        = "app-cache"
  engine            = "redis"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = aws_elasticache_subnet_group.app.name
  auto_minor_version_upgrade = true
}`
  },
  categories: ['vulnerabilities'],
  'resource-types': ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: ['CKV_AWS_322'], prowler: ['elasticache_redis_cluster_auto_minor_version_upgrades'] },
  notes: 'A cluster or group without the setting takes minor upgrades (the service\'s and the AWS provider\'s default). Memcached clusters are judged too: the setting applies to them as well.',
  condition: { property: 'AutoMinorVersionUpgrade', equals: true, default: true },
  messages: {
    pass: '{name} takes minor version upgrades',
    fail: '{name} refuses minor version upgrades',
    unknown: 'the minor version upgrade setting'
  }
})
