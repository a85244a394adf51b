import { builtinRule } from '../declarative/builtin.js'

export const elasticacheCustomSubnetGroup = builtinRule({
  id: 'elasticache-custom-subnet-group',
  title: 'ElastiCache does not use the default subnet group',
  severity: 'medium',
  description: 'Checks that the ElastiCache cache cluster or replication group is placed in a subnet group of its own (CacheSubnetGroupName set, not "default").',
  risk: 'The default subnet group spans the default VPC\'s subnets, which are public: the cache is placed where it can be reached more widely than intended.',
  remediation: {
    text: 'Create a subnet group of private subnets for the cache and place the cluster in it (a cluster cannot change subnet group: replace it).',
    terraform: `resource "aws_elasticache_cluster" "this" {
  cluster_id        = "app-cache"
  engine            = "redis"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = aws_elasticache_subnet_group.app.name

}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: ['CKV_AWS_323'], prowler: [] },
  notes: 'Replication groups are judged as well as cache clusters (Checkov judges aws_elasticache_cluster only), as FSBP ElastiCache.7 asks of both.',
  condition: {
    'all-of': [
      { property: 'CacheSubnetGroupName', exists: true },
      { property: 'CacheSubnetGroupName', 'not-equals': 'default' }
    ]
  },
  messages: {
    pass: '{name} uses its own subnet group ({value})',
    fail: '{name} uses the default subnet group',
    unknown: 'the subnet group'
  }
})
