import { builtinRule } from '../declarative/builtin.js'

export const cloudfrontWafEnabled = builtinRule({
  id: 'cloudfront-waf-enabled',
  title: 'CloudFront distribution is protected by a WAF web ACL',
  severity: 'medium',
  description: 'Checks that the distribution is associated with an AWS WAF web ACL (DistributionConfig.WebACLId).',
  risk: 'Without a web ACL, common web exploits, bots and request floods reach the origin unfiltered.',
  remediation: {
    text: 'Associate a WAFv2 web ACL of scope CLOUDFRONT (created in us-east-1) with the distribution.',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  web_acl_id = aws_wafv2_web_acl.cdn.arn
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: ['CKV_AWS_68'], prowler: ['cloudfront_distributions_using_waf'] },
  condition: { property: 'DistributionConfig.WebACLId', empty: false },
  messages: {
    pass: 'Distribution {name} is protected by a WAF web ACL',
    fail: 'Distribution {name} has no WAF web ACL',
    unknown: 'the WAF web ACL'
  }
})
