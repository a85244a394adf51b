import { builtinRule } from '../declarative/builtin.js'

export const cloudfrontS3OriginAccessControl = builtinRule({
  id: 'cloudfront-s3-origin-access-control',
  title: 'CloudFront distribution reaches S3 origins through origin access control',
  severity: 'medium',
  description:
    'Checks that every S3 origin of the distribution (an origin without CustomOriginConfig) names an origin access control (OriginAccessControlId), so the bucket can stay private to CloudFront.',
  risk: 'Without origin access control the bucket must be readable by others (public, or through a legacy origin access identity), and viewers can bypass CloudFront, its WAF and its logs.',
  remediation: {
    text: 'Create an aws_cloudfront_origin_access_control (signing behavior always, sigv4), set origin_access_control_id on the S3 origin, and let the bucket policy allow cloudfront.amazonaws.com for this distribution only.',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: [], prowler: ['cloudfront_distributions_s3_origin_access_control'] },
  notes:
    'An S3 origin reached through a legacy origin access identity fails: AWS recommends origin access control, which FSBP CloudFront.13 requires. S3 website endpoints are custom origins and not judged.',
  condition: {
    property: 'DistributionConfig.Origins',
    every: { 'any-of': [{ property: 'CustomOriginConfig', exists: true }, { property: 'OriginAccessControlId', empty: false }] }
  },
  messages: {
    pass: 'Distribution {name} reaches its S3 origins through origin access control',
    fail: 'Distribution {name} has an S3 origin without origin access control',
    unknown: 'the origins\' access control'
  }
})
