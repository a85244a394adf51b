import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainThreeDataNodes = builtinRule({
  id: 'opensearch-domain-three-data-nodes',
  title: 'OpenSearch domain has at least three data nodes across Availability Zones',
  severity: 'medium',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain runs at least three data nodes (InstanceCount) with zone awareness enabled (ZoneAwarenessEnabled), in ClusterConfig or, for Elasticsearch, ElasticsearchClusterConfig.',
  risk: 'With fewer data nodes, or all in one Availability Zone, the loss of a node or a zone makes shards unavailable and can lose data.',
  remediation: {
    text: 'Run three or more data nodes and enable zone awareness (two or three Availability Zones).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 3
    zone_awareness_enabled = true
    zone_awareness_config {
      availability_zone_count = 3
    }
  }
}`
  },
  categories: ['resilience'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: [], prowler: ['opensearch_service_domains_fault_tolerant_data_nodes'] },
  notes: 'A domain that does not state its instance count has one data node (the service\'s and the AWS provider\'s default); zone awareness is off unless enabled.',
  condition: {
    'all-of': [
      {
        'for-types': ['AWS::OpenSearchService::Domain'],
        condition: {
          'all-of': [
            { property: 'ClusterConfig.InstanceCount', 'greater-or-equal': 3, default: 1 },
            { property: 'ClusterConfig.ZoneAwarenessEnabled', equals: true, default: false }
          ]
        }
      },
      {
        'for-types': ['AWS::Elasticsearch::Domain'],
        condition: {
          'all-of': [
            { property: 'ElasticsearchClusterConfig.InstanceCount', 'greater-or-equal': 3, default: 1 },
            { property: 'ElasticsearchClusterConfig.ZoneAwarenessEnabled', equals: true, default: false }
          ]
        }
      }
    ]
  },
  messages: {
    pass: 'Domain {name} has at least three data nodes across Availability Zones',
    fail: 'Domain {name} has fewer than three data nodes or no zone awareness ({property}: {value})',
    unknown: 'the data node count or zone awareness'
  }
})
