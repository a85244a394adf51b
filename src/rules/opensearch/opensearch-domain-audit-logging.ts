import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'
import { logTypeEnabled } from './log-publishing.js'

export const opensearchDomainAuditLogging = builtinRule({
  id: 'opensearch-domain-audit-logging',
  title: 'OpenSearch domain publishes audit logs to CloudWatch Logs',
  severity: 'medium',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain publishes its audit logs (LogPublishingOptions.AUDIT_LOGS enabled), which record authentication results and index and document access.',
  risk: 'Without audit logs, who read or changed which index, and failed sign-in attempts, cannot be reconstructed after an incident.',
  remediation: {
    text: 'Publish AUDIT_LOGS to a CloudWatch Logs group (audit logging needs fine-grained access control, and must then be turned on in the domain\'s security settings).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn
  }
}`
  },
  categories: ['logging'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_317'], prowler: ['opensearch_service_domains_audit_logging_enabled'] },
  notes: 'A log_publishing_options block that omits enabled is on (the AWS provider\'s default). Whether audit logging is also switched on inside the domain (its security plugin settings) is not visible to CloudFormation.',
  condition: logTypeEnabled('AUDIT_LOGS'),
  messages: {
    pass: 'Domain {name} publishes its audit logs',
    fail: 'Domain {name} does not publish its audit logs',
    unknown: 'the audit log publishing'
  }
})
