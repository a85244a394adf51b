import { builtinRule } from '../declarative/builtin.js'

export const cloudfrontGeoRestrictionEnabled = builtinRule({
  id: 'cloudfront-geo-restriction-enabled',
  title: 'CloudFront distribution restricts viewers by country',
  severity: 'low',
  description: 'Checks that the distribution allows or blocks viewers by country (Restrictions.GeoRestriction.RestrictionType is whitelist or blacklist, not none).',
  risk: 'Content meant for some countries is served everywhere, to viewers and attackers from countries the service has no business with.',
  remediation: {
    text: 'Add a geo_restriction that allows the countries you serve (or blocks those you must not).',
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  restrictions {
    geo_restriction {
      restriction_type = "whitelist"
      locations        = ["DE", "FR", "NL"]
    }
  }
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::CloudFront::Distribution'],
  aliases: { checkov: ['CKV_AWS_374'], prowler: ['cloudfront_distributions_geo_restrictions_enabled'] },
  notes: 'A service meant for the whole world fails by design and needs a suppression with that reason.',
  condition: { property: 'DistributionConfig.Restrictions.GeoRestriction.RestrictionType', 'not-equals': 'none', default: 'none' },
  messages: {
    pass: 'Distribution {name} restricts viewers by country ({value})',
    fail: 'Distribution {name} serves viewers from every country (RestrictionType is {value})',
    unknown: 'the geo restriction'
  }
})
