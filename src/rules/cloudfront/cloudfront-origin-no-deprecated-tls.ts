import { builtinRule } from '../declarative/builtin.js'

const PROTOCOLS = 'CustomOriginConfig.OriginSSLProtocols'
// CloudFormation's default when OriginSSLProtocols is left out.
const CFN_DEFAULT = ['TLSv1', 'SSLv3']

export const cloudfrontOriginNoDeprecatedTls = builtinRule({
  id: 'cloudfront-origin-no-deprecated-tls',
  title: 'CloudFront distribution does not offer SSLv3, TLS 1.0 or 1.1 to origins',
  severity: 'medium',
  description:
    'Checks that no custom origin of the distribution allows SSLv3, TLSv1 or TLSv1.1 (CustomOriginConfig.OriginSSLProtocols) for the connection from CloudFront to the origin.',
  risk: 'If the origin supports an old protocol CloudFront may use it, exposing the traffic to known attacks on SSLv3 and early TLS.',
  remediation: {
    text: 'Allow only TLSv1.2 in origin_ssl_protocols.',
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
  aliases: { checkov: [], prowler: ['cloudfront_distributions_using_deprecated_ssl_protocols'] },
  notes:
    'Stricter than FSBP CloudFront.10, which names SSLv3 only: TLSv1 and TLSv1.1 fail too, as in Prowler. An origin without OriginSSLProtocols has CloudFormation\'s default, TLSv1 and SSLv3, and fails. S3 origins are not judged.',
  condition: {
    property: 'DistributionConfig.Origins',
    none: {
      'all-of': [
        { property: 'CustomOriginConfig', exists: true },
        {
          'any-of': [
            { property: PROTOCOLS, contains: 'SSLv3', default: CFN_DEFAULT },
            { property: PROTOCOLS, contains: 'TLSv1', default: CFN_DEFAULT },
            { property: PROTOCOLS, contains: 'TLSv1.1', default: CFN_DEFAULT }
          ]
        }
      ]
    }
  },
  messages: {
    pass: 'Distribution {name} offers its custom origins TLS 1.2 only',
    fail: 'Distribution {name} offers a custom origin SSLv3, TLS 1.0 or TLS 1.1',
    unknown: 'the origin SSL protocols'
  }
})
