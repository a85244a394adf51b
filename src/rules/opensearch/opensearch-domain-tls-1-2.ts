import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainTls12 = builtinRule({
  id: 'opensearch-domain-tls-1-2',
  title: 'OpenSearch domain requires TLS 1.2 or later',
  severity: 'medium',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain\'s endpoint uses a TLS security policy whose minimum version is TLS 1.2 (DomainEndpointOptions.TLSSecurityPolicy Policy-Min-TLS-1-2-2019-07 or Policy-Min-TLS-1-2-PFS-2023-10).',
  risk: 'TLS 1.0 and 1.1 have known weaknesses; a client negotiated down to them exposes its traffic to the domain.',
  remediation: {
    text: 'Set the domain\'s TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10 (or Policy-Min-TLS-1-2-2019-07).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_228'], prowler: [] },
  notes: 'A domain that does not state its policy fails: the service\'s default policy allows TLS 1.0. Checkov accepts only Policy-Min-TLS-1-2-2019-07; the newer Policy-Min-TLS-1-2-PFS-2023-10 passes here too, as its minimum is also TLS 1.2.',
  condition: { property: 'DomainEndpointOptions.TLSSecurityPolicy', in: ['Policy-Min-TLS-1-2-2019-07', 'Policy-Min-TLS-1-2-PFS-2023-10'] },
  messages: {
    pass: 'Domain {name} requires TLS 1.2 or later ({value})',
    fail: 'Domain {name} allows TLS versions before 1.2 (policy {value})',
    unknown: 'the TLS security policy'
  }
})
