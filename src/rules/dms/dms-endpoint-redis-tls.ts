import { builtinRule } from '../declarative/builtin.js'

export const dmsEndpointRedisTls = builtinRule({
  id: 'dms-endpoint-redis-tls',
  title: 'DMS Redis endpoint encrypts its connection',
  severity: 'medium',
  description:
    'Checks that a Redis OSS target endpoint connects with TLS (RedisSettings.SslSecurityProtocol is ssl-encryption, DMS\'s default, not plaintext). Endpoints of other engines get no verdict.',
  risk: 'Over a plaintext connection the migrated data and the Redis credentials cross the network readable by anyone on the path.',
  remediation: {
    text: 'Set the SSL security protocol to ssl-encryption (the cluster must have in-transit encryption on).',
    terraform: `resource "aws_dms_endpoint" "this" {
  endpoint_id   = "redis-target"
  endpoint_type = "target"
  engine_name   = "redis"
  redis_settings {
    server_name           = "redis.example.internal"
    port                  = 6379
    auth_type             = "auth-token"
    ssl_security_protocol = "ssl-encryption"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::DMS::Endpoint'],
  aliases: { checkov: [], prowler: ['dms_endpoint_redis_in_transit_encryption_enabled'] },
  'applies-when': { property: 'EngineName', in: ['redis'], 'ignore-case': true },
  condition: { property: 'RedisSettings.SslSecurityProtocol', 'not-equals': 'plaintext', default: 'ssl-encryption', 'ignore-case': true },
  messages: {
    pass: 'Endpoint {name} connects to Redis with TLS',
    fail: 'Endpoint {name} connects to Redis in plaintext',
    unknown: 'the Redis SSL security protocol'
  }
})
