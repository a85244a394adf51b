import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainDedicatedMasterNodes = builtinRule({
  id: 'opensearch-domain-dedicated-master-nodes',
  title: 'OpenSearch domain has at least three dedicated master nodes',
  severity: 'medium',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain uses dedicated master nodes (DedicatedMasterEnabled) and at least three of them (DedicatedMasterCount), in ClusterConfig or, for Elasticsearch, ElasticsearchClusterConfig.',
  risk: 'Without three dedicated masters, cluster management competes with the data nodes\' load and the loss of one master can leave the cluster without a quorum.',
  remediation: {
    text: 'Enable dedicated master nodes, three of them (or five for the largest domains).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type            = "r6g.large.search"
    instance_count           = 3
    dedicated_master_enabled = true
    dedicated_master_type    = "m6g.large.search"
    dedicated_master_count   = 3
  }
}`
  },
  categories: ['resilience'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_318', 'CKV2_AWS_59'], prowler: ['opensearch_service_domains_fault_tolerant_master_nodes'] },
  notes: 'Stricter than Checkov\'s CKV2_AWS_59, which asks only that dedicated masters be enabled: two masters cannot keep a quorum when one fails, so fewer than three fails here (as in CKV_AWS_318 and Prowler).',
  condition: {
    'all-of': [
      {
        'for-types': ['AWS::OpenSearchService::Domain'],
        condition: {
          'all-of': [
            { property: 'ClusterConfig.DedicatedMasterEnabled', equals: true, default: false },
            { property: 'ClusterConfig.DedicatedMasterCount', 'greater-or-equal': 3 }
          ]
        }
      },
      {
        'for-types': ['AWS::Elasticsearch::Domain'],
        condition: {
          'all-of': [
            { property: 'ElasticsearchClusterConfig.DedicatedMasterEnabled', equals: true, default: false },
            { property: 'ElasticsearchClusterConfig.DedicatedMasterCount', 'greater-or-equal': 3 }
          ]
        }
      }
    ]
  },
  messages: {
    pass: 'Domain {name} has at least three dedicated master nodes',
    fail: 'Domain {name} has fewer than three dedicated master nodes ({property}: {value})',
    unknown: 'the dedicated master configuration'
  }
})
