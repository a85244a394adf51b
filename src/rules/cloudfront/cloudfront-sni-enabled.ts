import { builtinRule } from '../declarative/builtin.js'
import { CUSTOM_CERTIFICATE } from './viewer.js'

export const cloudfrontSniEnabled = builtinRule({
  id: 'cloudfront-sni-enabled',
  title: 'CloudFront distribution serves its certificate with SNI',
  severity: 'low',
  description:
    'Checks that a distribution serving its own certificate does so with Server Name Indication (ViewerCertificate.SslSupportMethod sni-only) rather than dedicated IP addresses (vip) or the static-ip method.',
  risk: 'Dedicated IP addresses cost a monthly fee per distribution and serve legacy clients that lack SNI and, usually, modern TLS.',
  remediation: {
    text: 'Set ssl_support_method to sni-only.',
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
  aliases: { checkov: [], prowler: ['cloudfront_distributions_https_sni_enabled'] },
  notes: 'Distributions on the default CloudFront certificate get no verdict: they have no SSL support method.',
  'applies-when': CUSTOM_CERTIFICATE,
  condition: { property: 'DistributionConfig.ViewerCertificate.SslSupportMethod', equals: 'sni-only' },
  messages: {
    pass: 'Distribution {name} serves its certificate with SNI',
    fail: 'Distribution {name} serves its certificate from dedicated IP addresses (SslSupportMethod is {value})',
    unknown: 'the SSL support method'
  }
})
