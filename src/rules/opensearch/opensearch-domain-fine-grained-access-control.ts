import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainFineGrainedAccessControl = builtinRule({
  id: 'opensearch-domain-fine-grained-access-control',
  title: 'OpenSearch domain has fine-grained access control',
  severity: 'high',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain enables fine-grained access control (AdvancedSecurityOptions.Enabled), which authorises requests per index, document and field.',
  risk: 'Without fine-grained access control, anyone the domain\'s access policy admits can read and change every index.',
  remediation: {
    text: 'Enable fine-grained access control with an IAM master user (it requires HTTPS, node-to-node encryption and encryption at rest).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = aws_iam_role.search_admin.arn
    }
  }
}`
  },
  categories: ['access-control'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV2_AWS_52'], prowler: ['opensearch_service_domains_access_control_enabled'] },
  notes: 'A domain without AdvancedSecurityOptions fails: fine-grained access control is off unless asked for.',
  condition: { property: 'AdvancedSecurityOptions.Enabled', equals: true, default: false },
  messages: {
    pass: 'Domain {name} has fine-grained access control',
    fail: 'Domain {name} has no fine-grained access control',
    unknown: 'the fine-grained access control setting'
  }
})
