import { builtinRule } from '../declarative/builtin.js'
import { SEARCH_DOMAIN_TYPES } from './domain-types.js'

export const opensearchDomainInVpc = builtinRule({
  id: 'opensearch-domain-in-vpc',
  title: 'OpenSearch domain is placed in a VPC',
  severity: 'high',
  description: 'Checks that the OpenSearch (or legacy Elasticsearch) domain has VPC access (VPCOptions.SubnetIds), so its endpoint has no public address.',
  risk: 'A domain outside a VPC has an internet-facing endpoint: only its access policy stands between the internet and the data.',
  remediation: {
    text: 'Create the domain with VPC access in private subnets, with a security group admitting only the clients (a public domain cannot be moved into a VPC: create a new one and restore a snapshot).',
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  vpc_options {
    subnet_ids         = [aws_subnet.private_a.id]
    security_group_ids = [aws_security_group.search.id]
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': SEARCH_DOMAIN_TYPES,
  aliases: { checkov: ['CKV_AWS_137'], prowler: [] },
  notes: 'Judges placement only; opensearch-domain-not-public also passes a domain outside a VPC whose access policy admits no one anonymous.',
  condition: { property: 'VPCOptions.SubnetIds', empty: false },
  messages: {
    pass: 'Domain {name} is in a VPC',
    fail: 'Domain {name} is not in a VPC: its endpoint is public',
    unknown: 'the VPC placement'
  }
})
