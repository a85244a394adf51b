import { builtinRule } from '../declarative/builtin.js'
import { VIEWERS_USE_HTTPS } from './viewer.js'

export const cloudfrontViewerHttpsRequired = builtinRule({
  id: 'cloudfront-viewer-https-required',
  title: 'CloudFront distribution requires HTTPS from viewers',
  severity: 'medium',
  description:
    'Checks that no cache behavior of the distribution, the default one or an ordered one, lets viewers use plain HTTP (ViewerProtocolPolicy is https-only or redirect-to-https, not allow-all).',
  risk: 'Content and cookies served over HTTP can be read and changed by anyone on the network path between the viewer and CloudFront.',
  remediation: {
    text: 'Set viewer_protocol_policy to redirect-to-https (or https-only) on every cache behavior.',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
}`
  },
  categories: ['encryption', 'internet-exposed'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: ['CKV_AWS_34'], prowler: ['cloudfront_distributions_https_enabled'] },
  notes: 'Stricter than Prowler, which reads only the default cache behavior: an ordered behavior that allows HTTP fails here, as in Checkov and FSBP CloudFront.3.',
  condition: VIEWERS_USE_HTTPS,
  messages: {
    pass: 'Distribution {name} requires HTTPS from viewers on every cache behavior',
    fail: 'Distribution {name} has a cache behavior that allows plain HTTP (ViewerProtocolPolicy allow-all)',
    unknown: 'the viewer protocol policies'
  }
})
