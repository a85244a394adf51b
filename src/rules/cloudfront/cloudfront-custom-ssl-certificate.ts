import { builtinRule } from '../declarative/builtin.js'
import { CUSTOM_CERTIFICATE } from './viewer.js'

export const cloudfrontCustomSslCertificate = builtinRule({
  id: 'cloudfront-custom-ssl-certificate',
  title: 'CloudFront distribution serves its own TLS certificate',
  severity: 'low',
  description:
    'Checks that the distribution serves a certificate of its own from ACM or IAM (ViewerCertificate.AcmCertificateArn or IamCertificateId) rather than the default *.cloudfront.net certificate.',
  risk: 'With the default certificate viewers reach the content only under the cloudfront.net name, and the distribution cannot require a TLS policy newer than TLS 1.0.',
  remediation: {
    text: 'Request an ACM certificate for your domain in us-east-1, add the domain as an alias, and serve the certificate.',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  aliases = ["cdn.example.com"]
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: [], prowler: ['cloudfront_distributions_custom_ssl_certificate'] },
  condition: CUSTOM_CERTIFICATE,
  messages: {
    pass: 'Distribution {name} serves its own certificate',
    fail: 'Distribution {name} serves the default CloudFront certificate',
    unknown: 'the viewer certificate'
  }
})
