import { builtinRule } from '../declarative/builtin.js'

export const elasticacheReplicationGroupKmsCmk = builtinRule({
  id: 'elasticache-replication-group-kms-cmk',
  title: 'ElastiCache replication group is encrypted with a customer managed KMS key',
  severity: 'low',
  description: 'Checks that the ElastiCache replication group encrypts its data at rest with a KMS key it names (KmsKeyId), not the default service key.',
  risk: 'With the default key, the key policy cannot be restricted and the cached data cannot be cut off by disabling the key.',
  remediation: {
    text: 'Create the replication group with encryption at rest and a customer managed KMS key.',
    terraform: `resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "app-cache"
  description          = "Application cache"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  subnet_group_name    = aws_elasticache_subnet_group.app.name
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ElastiCache::ReplicationGroup'],
  aliases: { checkov: ['CKV_AWS_191'], prowler: [] },
  condition: {
    'all-of': [
      { property: 'AtRestEncryptionEnabled', equals: true, default: false },
      { property: 'KmsKeyId', exists: true }
    ]
  },
  messages: {
    pass: 'Replication group {name} is encrypted with the KMS key it names',
    fail: 'Replication group {name} is not encrypted with a customer managed KMS key',
    unknown: 'the encryption key'
  }
})
