import { builtinRule } from '../declarative/builtin.js'

export const elasticacheReplicationGroupMultiAz = builtinRule({
  id: 'elasticache-replication-group-multi-az',
  title: 'ElastiCache replication group is Multi-AZ',
  severity: 'medium',
  description: 'Checks that the ElastiCache (Redis OSS or Valkey) replication group keeps its replicas in other Availability Zones and fails over across them (MultiAZEnabled).',
  risk: 'A single-AZ group loses its primary and replicas together when the Availability Zone is impaired.',
  remediation: {
    text: 'Enable Multi-AZ (with automatic failover and at least one replica).',
    terraform: `resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "app-cache"
  description          = "Application cache"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  subnet_group_name    = aws_elasticache_subnet_group.app.name
  automatic_failover_enabled = true
  multi_az_enabled           = true
}`
  },
  categories: ['resilience'],
  'resource-types': ['AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: [], prowler: ['elasticache_redis_cluster_multi_az_enabled'] },
  condition: { property: 'MultiAZEnabled', equals: true, default: false },
  messages: {
    pass: 'Replication group {name} is Multi-AZ',
    fail: 'Replication group {name} is not Multi-AZ',
    unknown: 'the Multi-AZ setting'
  }
})
