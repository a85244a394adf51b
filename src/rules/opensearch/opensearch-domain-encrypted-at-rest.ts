import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainEncryptedAtRest = builtinRule({
  id: 'opensearch-domain-encrypted-at-rest',
  title: 'OpenSearch domain encrypts its data at rest',
  severity: 'high',
  description:
    'Checks that the OpenSearch (or legacy Elasticsearch) domain encrypts its indices, logs, swap files and automated snapshots at rest (EncryptionAtRestOptions.Enabled).',
  risk: 'Without encryption at rest, anyone who obtains the domain\'s storage or snapshots reads every indexed document.',
  remediation: {
    text: 'Enable encryption at rest (a domain created without it must be migrated to a new domain on older engine versions).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled = true
  }
}`
  },
  categories: ['encryption'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_5'], prowler: ['opensearch_service_domains_encryption_at_rest_enabled'] },
  notes: 'A domain without EncryptionAtRestOptions fails, as CloudFormation and the AWS provider leave encryption off when it is not asked for (Checkov fails it too).',
  condition: { property: 'EncryptionAtRestOptions.Enabled', equals: true, default: false },
  messages: {
    pass: 'Domain {name} encrypts its data at rest',
    fail: 'Domain {name} does not encrypt its data at rest',
    unknown: 'the encryption at rest setting'
  }
})
