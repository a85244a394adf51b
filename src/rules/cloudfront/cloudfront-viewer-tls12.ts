import { builtinRule } from '../declarative/builtin.js'

export const cloudfrontViewerTls12 = builtinRule({
  id: 'cloudfront-viewer-tls12',
  title: 'CloudFront distribution requires TLS 1.2 or later from viewers',
  severity: 'medium',
  description:
    'Checks that the distribution serves its own certificate with a security policy of TLS 1.2 or later (ViewerCertificate.MinimumProtocolVersion TLSv1.2_* or TLSv1.3_*, CloudFrontDefaultCertificate not true).',
  risk: 'Viewers can connect with TLS 1.0 or 1.1 and their weak ciphers, which a network attacker can downgrade to and attack.',
  remediation: {
    text: 'Serve an ACM certificate for your domain with minimum_protocol_version TLSv1.2_2021 (the default *.cloudfront.net certificate always accepts TLS 1.0).',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: ['CKV_AWS_174'], prowler: [] },
  notes: 'A distribution on the default CloudFront certificate fails whatever MinimumProtocolVersion says: CloudFront then accepts TLSv1, as Checkov reads it.',
  condition: {
    'all-of': [
      { property: 'DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate', 'not-equals': true },
      { property: 'DistributionConfig.ViewerCertificate.MinimumProtocolVersion', matches: '^TLSv1\\.[23]_\\d{4}$' }
    ]
  },
  messages: {
    pass: 'Distribution {name} requires TLS 1.2 or later from viewers',
    fail: {
      'DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate': 'Distribution {name} uses the default CloudFront certificate, which accepts TLS 1.0',
      'DistributionConfig.ViewerCertificate.MinimumProtocolVersion': 'Distribution {name} accepts protocols older than TLS 1.2 (MinimumProtocolVersion is {value})'
    },
    unknown: 'the viewer certificate settings'
  }
})
