import { builtinRule } from '../declarative/builtin.js'

export const appsyncCacheEncryptedAtRest = builtinRule({
  id: 'appsync-cache-encrypted-at-rest',
  title: 'AppSync API cache is encrypted at rest',
  severity: 'medium',
  description: 'Checks that the API\'s cache encrypts what it stores (AtRestEncryptionEnabled is true; false when not set).',
  risk: 'The cache holds resolver results, the same data the API serves; unencrypted it is exposed on the cache nodes\' storage and in their backups.',
  remediation: {
    text: 'Create the cache with encryption at rest (the cache is recreated).',
    terraform: `resource "aws_appsync_api_cache" "this" {
  api_id                     = aws_appsync_graphql_api.this.id
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::AppSync::ApiCache'],
  aliases: { checkov: ['CKV_AWS_214'], prowler: [] },
  condition: { property: 'AtRestEncryptionEnabled', equals: true, default: false },
  messages: {
    pass: 'API cache {name} is encrypted at rest',
    fail: 'API cache {name} is not encrypted at rest',
    unknown: 'whether the cache is encrypted at rest'
  }
})
