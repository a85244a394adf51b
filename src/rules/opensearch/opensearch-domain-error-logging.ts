import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'
import { logTypeEnabled } from './log-publishing.js'

export const opensearchDomainErrorLogging = builtinRule({
  id: 'opensearch-domain-error-logging',
  title: 'OpenSearch domain publishes error logs to CloudWatch Logs',
  severity: 'low',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain publishes its error (application) logs (LogPublishingOptions.ES_APPLICATION_LOGS enabled).',
  risk: 'Without error logs, failures of the domain (and signs of abuse in them) go unseen, and problems cannot be diagnosed after the fact.',
  remediation: {
    text: 'Publish ES_APPLICATION_LOGS to a CloudWatch Logs group whose resource policy lets the service write to it.',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
  }
}`
  },
  categories: ['logging'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_84'], prowler: [] },
  notes: 'Stricter than Checkov\'s CKV_AWS_84, which passes a domain publishing any log type (slow logs only, say): the error logs are what FSBP OpenSearch.4 / ES.4 ask for. A log_publishing_options block that omits enabled is on (the AWS provider\'s default).',
  condition: logTypeEnabled('ES_APPLICATION_LOGS'),
  messages: {
    pass: 'Domain {name} publishes its error logs',
    fail: 'Domain {name} does not publish its error logs',
    unknown: 'the error log publishing'
  }
})
