import { builtinRule } from '../declarative/builtin.js'

export const iamServerCertificatesNotExpired = builtinRule({
  id: 'iam-server-certificates-not-expired',
  title: 'No expired SSL/TLS certificate is stored in IAM',
  severity: 'high',
  description: "Checks, in the account's list of IAM server certificates, that none had expired when the scan read it.",
  risk: 'An expired certificate left in IAM can be deployed by mistake to a load balancer or CloudFront, breaking clients or weakening trust in the site it serves.',
  remediation: {
    text: 'Delete expired certificates (aws iam delete-server-certificate --server-certificate-name NAME), and prefer AWS Certificate Manager, which renews its certificates.',
    terraform: `# Remove the expired certificate's resource, or replace it with an ACM certificate.
resource "aws_acm_certificate" "site" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}`
  },
  categories: ['encryption'],
  'resource-types': ['Plumbline::IAM::ServerCertificates'],
  aliases: { checkov: [], prowler: ['iam_no_expired_server_certificates_stored'] },
  notes:
    "Live only: judged once per account on IAM ListServerCertificates (the certificate body is write-only in CloudFormation, so Cloud Control does not give the expiry), against the time the list was read, so an inventory read later gives the same verdict. Prowler reports each certificate; the message here names every expired one.",
  condition: { predicate: 'no-expired-server-certificates' }
})
