import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainHttpsRequired = builtinRule({
  id: 'opensearch-domain-https-required',
  title: 'OpenSearch domain accepts only HTTPS',
  severity: 'high',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain refuses plain HTTP requests (DomainEndpointOptions.EnforceHTTPS).',
  risk: 'A domain that accepts HTTP lets credentials, queries and documents travel unencrypted between clients and the domain.',
  remediation: {
    text: 'Require HTTPS on the domain endpoint.',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_83'], prowler: ['opensearch_service_domains_https_communications_enforced'] },
  notes: 'A domain without DomainEndpointOptions fails (the service leaves HTTP open unless asked). A domain_endpoint_options block that omits enforce_https gets the AWS provider\'s default, HTTPS required.',
  condition: { property: 'DomainEndpointOptions.EnforceHTTPS', equals: true, default: false },
  messages: {
    pass: 'Domain {name} requires HTTPS',
    fail: 'Domain {name} accepts plain HTTP',
    unknown: 'whether HTTPS is required'
  }
})
