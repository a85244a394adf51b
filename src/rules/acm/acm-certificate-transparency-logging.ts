import { builtinRule } from '../declarative/builtin.js'

export const acmCertificateTransparencyLogging = builtinRule({
  id: 'acm-certificate-transparency-logging',
  title: 'ACM certificate is logged in public certificate transparency logs',
  severity: 'medium',
  description: 'Checks that an Amazon-issued certificate is not opted out of certificate transparency logging (CertificateTransparencyLoggingPreference other than DISABLED).',
  risk: 'Browsers distrust public certificates missing from transparency logs, and opting out hides mis-issued certificates for your domains from monitoring.',
  remediation: {
    text: 'Leave certificate transparency logging enabled (the default).',
    terraform: `resource "aws_acm_certificate" "this" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "ENABLED"
  }
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::CertificateManager::Certificate'],
  aliases: { checkov: ['CKV_AWS_234'], prowler: ['acm_certificates_transparency_logs_enabled'] },
  notes: 'Certificates issued by a private CA (CertificateAuthorityArn) are skipped: transparency logs are for publicly trusted certificates, as in Prowler. A certificate without the setting gets ACM\'s default (ENABLED) and passes. Cloud Control has no handlers for AWS::CertificateManager::Certificate, so a live scan does not read certificates: judged on Terraform and saved inventories.',
  'applies-when': { property: 'CertificateAuthorityArn', exists: false },
  condition: { property: 'CertificateTransparencyLoggingPreference', 'not-equals': 'DISABLED', default: 'ENABLED' },
  messages: {
    pass: 'Certificate {name} is logged in certificate transparency logs',
    fail: 'Certificate {name} is opted out of certificate transparency logging',
    unknown: 'the certificate transparency logging preference'
  }
})
