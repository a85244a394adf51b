import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'
import { logTypeEnabled } from './log-publishing.js'

export const opensearchDomainSlowLogs = builtinRule({
  id: 'opensearch-domain-slow-logs',
  title: 'OpenSearch domain publishes search and index slow logs to CloudWatch Logs',
  severity: 'low',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain publishes both its search and its index slow logs (LogPublishingOptions.SEARCH_SLOW_LOGS and INDEX_SLOW_LOGS enabled).',
  risk: 'Without slow logs, expensive queries and indexing (including abusive ones) cannot be traced to their source.',
  remediation: {
    text: 'Publish SEARCH_SLOW_LOGS and INDEX_SLOW_LOGS to CloudWatch Logs groups, and set slow log thresholds on the indices.',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  log_publishing_options {
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_slow.arn
  }
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.index_slow.arn
  }
}`
  },
  categories: ['logging'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: [], prowler: ['opensearch_service_domains_cloudwatch_logging_enabled'] },
  notes: 'Both slow logs must be published, as Prowler asks. A log_publishing_options block that omits enabled is on (the AWS provider\'s default). The error logs are opensearch-domain-error-logging.',
  condition: { 'all-of': [logTypeEnabled('SEARCH_SLOW_LOGS'), logTypeEnabled('INDEX_SLOW_LOGS')] },
  messages: {
    pass: 'Domain {name} publishes its search and index slow logs',
    fail: 'Domain {name} does not publish both its search and index slow logs',
    unknown: 'the slow log publishing'
  }
})
