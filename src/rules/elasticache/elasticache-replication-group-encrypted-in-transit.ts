import { builtinRule } from '../declarative/builtin.js'

export const elasticacheReplicationGroupEncryptedInTransit = builtinRule({
  id: 'elasticache-replication-group-encrypted-in-transit',
  title: 'ElastiCache replication group encrypts traffic in transit',
  severity: 'medium',
  description: 'Checks that the ElastiCache (Redis OSS or Valkey) replication group uses TLS between clients and nodes and between nodes (TransitEncryptionEnabled).',
  risk: 'Without TLS, commands, keys and values (and any AUTH token) cross the network in clear text.',
  remediation: {
    text: 'Enable in-transit encryption (existing groups: set transit encryption mode preferred, move clients to TLS, then required).',
    terraform: `resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "app-cache"
  description          = "Application cache"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  subnet_group_name    = aws_elasticache_subnet_group.app.name
  transit_encryption_enabled = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: ['CKV_AWS_30'], prowler: ['elasticache_redis_cluster_in_transit_encryption_enabled'] },
  condition: { property: 'TransitEncryptionEnabled', equals: true, default: false },
  messages: {
    pass: 'Replication group {name} encrypts traffic in transit',
    fail: 'Replication group {name} does not encrypt traffic in transit',
    unknown: 'the in-transit encryption setting'
  }
})
