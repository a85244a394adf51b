import { builtinRule } from '../declarative/builtin.js'

export const acmCertificateNoWildcard = builtinRule({
  id: 'acm-certificate-no-wildcard',
  title: 'ACM certificate does not cover a wildcard domain',
  severity: 'low',
  description: 'Checks that neither the certificate\'s domain name nor its alternative names is a wildcard (*.example.com).',
  risk: 'One compromised host holding a wildcard certificate can impersonate every subdomain of the domain.',
  remediation: {
    text: 'Request certificates for the exact names each service serves.',
    terraform: `resource "aws_acm_certificate" "this" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
  subject_alternative_names = ["www.example.com"]
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::CertificateManager::Certificate'],
  aliases: { checkov: ['CKV2_AWS_71'], prowler: [] },
  notes: 'Cloud Control has no handlers for AWS::CertificateManager::Certificate, so a live scan does not read certificates: judged on Terraform and saved inventories.',
  condition: {
    'all-of': [
      { not: { property: 'DomainName', matches: '^\\*' } },
      { property: 'SubjectAlternativeNames', none: { matches: '^\\*' } }
    ]
  },
  messages: {
    pass: 'Certificate {name} names no wildcard domain',
    fail: { DomainName: 'Certificate {name} is for the wildcard domain {value}', SubjectAlternativeNames: 'Certificate {name} covers a wildcard domain' },
    unknown: { DomainName: 'the domain name', SubjectAlternativeNames: 'the alternative names' }
  }
})
