import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainNodeToNodeEncryption = builtinRule({
  id: 'opensearch-domain-node-to-node-encryption',
  title: 'OpenSearch domain encrypts traffic between its nodes',
  severity: 'high',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain encrypts the traffic between its nodes with TLS (NodeToNodeEncryptionOptions.Enabled).',
  risk: 'Without node-to-node encryption, documents and queries cross the domain\'s network in clear text, readable by anything that can observe it.',
  remediation: {
    text: 'Enable node-to-node encryption (on engine versions before Elasticsearch 6.7, migrate to a new domain).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  node_to_node_encryption {
    enabled = true
  }
}`
  },
  categories: ['encryption'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_6'], prowler: ['opensearch_service_domains_node_to_node_encryption_enabled'] },
  notes: 'A domain without NodeToNodeEncryptionOptions fails: the option is off unless asked for.',
  condition: { property: 'NodeToNodeEncryptionOptions.Enabled', equals: true, default: false },
  messages: {
    pass: 'Domain {name} encrypts traffic between its nodes',
    fail: 'Domain {name} does not encrypt traffic between its nodes',
    unknown: 'the node-to-node encryption setting'
  }
})
