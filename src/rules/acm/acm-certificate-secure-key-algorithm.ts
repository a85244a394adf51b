import { builtinRule } from '../declarative/builtin.js'

export const acmCertificateSecureKeyAlgorithm = builtinRule({
  id: 'acm-certificate-secure-key-algorithm',
  title: 'ACM certificate uses a strong key algorithm',
  severity: 'high',
  description: 'Checks that the certificate\'s key is not RSA 1024 (KeyAlgorithm; RSA_2048 by default).',
  risk: 'A 1024-bit RSA key can be factored with enough computing power, letting an attacker impersonate the site or decrypt recorded traffic.',
  remediation: {
    text: 'Request a new certificate with RSA_2048 or stronger, or an ECDSA key, and switch to it.',
    terraform: `resource "aws_acm_certificate" "this" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
  key_algorithm = "EC_prime256v1"
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CertificateManager::Certificate'],
  aliases: { checkov: [], prowler: ['acm_certificates_with_secure_key_algorithms'] },
  notes: 'FSBP ACM.2. ACM issues no certificates with weaker keys; RSA_1024 appears on imported certificates and old requests. Cloud Control has no handlers for AWS::CertificateManager::Certificate, so a live scan does not read certificates: judged on Terraform and saved inventories.',
  condition: { property: 'KeyAlgorithm', 'not-in': ['RSA_1024'], default: 'RSA_2048' },
  messages: {
    pass: 'Certificate {name} uses {value}',
    fail: 'Certificate {name} uses the weak key algorithm {value}',
    unknown: 'the key algorithm'
  }
})
