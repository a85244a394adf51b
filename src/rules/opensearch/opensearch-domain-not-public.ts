import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainNotPublic = builtinRule({
  id: 'opensearch-domain-not-public',
  title: 'OpenSearch domain is not open to the internet',
  severity: 'critical',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain is in a VPC, or, with a public endpoint, that its access policy grants nothing to everyone (Principal "*" or NotPrincipal without a condition confining it to an account, organisation, network or source).',
  risk: 'A public endpoint whose access policy allows everyone lets anyone on the internet read, change and delete the indices: such domains are found by scanners and wiped or ransomed within hours.',
  remediation: {
    text: 'Put the domain in a VPC, or restrict its access policy to named principals or source addresses (and enable fine-grained access control).',
    terraform: `resource "aws_opensearch_domain_policy" "this" {
  domain_name = aws_opensearch_domain.this.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.search_client.arn }
      Action    = "es:ESHttp*"
      Resource  = "\${aws_opensearch_domain.this.arn}/*"
    }]
  })
}`
  },
  categories: ['internet-exposed'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: [], prowler: ['opensearch_service_domains_not_publicly_accessible'] },
  notes: 'As Prowler does, a domain in a VPC passes whatever its policy says (the VPC\'s security groups decide who reaches it), and a public domain passes when its policy is confined; an IP condition counts as confining unless it admits every address (0.0.0.0/0). opensearch-domain-in-vpc asks for VPC placement alone (FSBP OpenSearch.2 / ES.2 as AWS evaluates them).',
  condition: { predicate: 'search-domain-not-public' }
})
