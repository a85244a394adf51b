import { builtinRule } from '../declarative/builtin.js'

export const elasticacheReplicationGroupAutomaticFailover = builtinRule({
  id: 'elasticache-replication-group-automatic-failover',
  title: 'ElastiCache replication group fails over automatically',
  severity: 'medium',
  description: 'Checks that the ElastiCache (Redis OSS or Valkey) replication group promotes a replica automatically when its primary fails (AutomaticFailoverEnabled).',
  risk: 'Without automatic failover, the loss of the primary node stops writes until someone intervenes.',
  remediation: {
    text: 'Enable automatic failover (it needs at least one replica).',
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
  aliases: { checkov: ['CKV2_AWS_50'], prowler: ['elasticache_redis_cluster_automatic_failover_enabled'] },
  condition: { property: 'AutomaticFailoverEnabled', equals: true, default: false },
  messages: {
    pass: 'Replication group {name} fails over automatically',
    fail: 'Replication group {name} does not fail over automatically',
    unknown: 'the automatic failover setting'
  }
})
