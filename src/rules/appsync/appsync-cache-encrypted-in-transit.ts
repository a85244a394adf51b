import { builtinRule } from '../declarative/builtin.js'

export const appsyncCacheEncryptedInTransit = builtinRule({
  id: 'appsync-cache-encrypted-in-transit',
  title: 'AppSync API cache is encrypted in transit',
  severity: 'medium',
  description: 'Checks that traffic between AppSync and its cache is encrypted (TransitEncryptionEnabled is true; false when not set).',
  risk: 'Unencrypted, cached resolver results cross the network between AppSync and the cache nodes in the clear.',
  remediation: {
    text: 'Create the cache with encryption in transit (the cache is recreated).',
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
  aliases: { checkov: ['CKV_AWS_215'], prowler: [] },
  condition: { property: 'TransitEncryptionEnabled', equals: true, default: false },
  messages: {
    pass: 'API cache {name} is encrypted in transit',
    fail: 'API cache {name} is not encrypted in transit',
    unknown: 'whether the cache is encrypted in transit'
  }
})
