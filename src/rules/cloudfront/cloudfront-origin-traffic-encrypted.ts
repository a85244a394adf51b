import { builtinRule } from '../declarative/builtin.js'
import { VIEWERS_USE_HTTPS } from './viewer.js'

const ORIGINS = 'DistributionConfig.Origins'
const POLICY = 'CustomOriginConfig.OriginProtocolPolicy'

export const cloudfrontOriginTrafficEncrypted = builtinRule({
  id: 'cloudfront-origin-traffic-encrypted',
  title: 'CloudFront distribution encrypts traffic to custom origins',
  severity: 'medium',
  description:
    'Checks that no custom origin of the distribution is reached over plain HTTP: OriginProtocolPolicy is not http-only, and match-viewer only where no cache behavior lets viewers use HTTP.',
  risk: 'Requests forwarded to the origin over HTTP, with their cookies and headers, can be read and changed between CloudFront and the origin.',
  remediation: {
    text: 'Set origin_protocol_policy to https-only on every custom origin (with a certificate on the origin).',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: [], prowler: ['cloudfront_distributions_origin_traffic_encrypted'] },
  notes:
    'S3 origins (without CustomOriginConfig) are reached over HTTPS and not judged. A match-viewer origin fails when any cache behavior, not only those that target it, allows HTTP viewers: slightly stricter than FSBP CloudFront.9.',
  condition: {
    'all-of': [
      { property: ORIGINS, none: { property: POLICY, equals: 'http-only' } },
      { 'any-of': [{ property: ORIGINS, none: { property: POLICY, equals: 'match-viewer' } }, VIEWERS_USE_HTTPS] }
    ]
  },
  messages: {
    pass: 'Distribution {name} reaches its custom origins over HTTPS',
    fail: 'Distribution {name} reaches a custom origin over HTTP (http-only, or match-viewer with HTTP viewers allowed)',
    unknown: 'the origin protocol policies'
  }
})
