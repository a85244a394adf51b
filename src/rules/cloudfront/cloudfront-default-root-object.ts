import { builtinRule } from '../declarative/builtin.js'

export const cloudfrontDefaultRootObject = builtinRule({
  id: 'cloudfront-default-root-object',
  title: 'CloudFront distribution has a default root object',
  severity: 'medium',
  description: 'Checks that the distribution names the object it returns for a request to its root URL (DistributionConfig.DefaultRootObject).',
  risk: 'Without a default root object a request for the root is passed to the origin as it is, which for an S3 origin can list the bucket\'s contents or reveal how the origin is built.',
  remediation: {
    text: 'Set default_root_object to the page the root URL should serve (index.html).',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  enabled             = true
  default_root_object = "index.html"
  # origin, default_cache_behavior, restrictions, viewer_certificate ...
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: ['CKV_AWS_305'], prowler: ['cloudfront_distributions_default_root_object'] },
  notes: 'A distribution whose origin answers the root itself (an API or a website endpoint) fails too and needs a suppression with that reason.',
  condition: { property: 'DistributionConfig.DefaultRootObject', empty: false },
  messages: {
    pass: 'Distribution {name} has a default root object ({value})',
    fail: 'Distribution {name} has no default root object',
    unknown: 'the default root object'
  }
})
