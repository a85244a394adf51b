import { builtinRule } from '../declarative/builtin.js'

export const cloudtrailMultiRegionEnabled = builtinRule({
  id: 'cloudtrail-multi-region-enabled',
  title: 'CloudTrail trail records all regions and is logging',
  severity: 'high',
  description: 'Checks that the trail is multi-region (IsMultiRegionTrail) and that logging is on (IsLogging).',
  risk: 'Activity in a region no trail covers, such as an attacker launching resources in an unused region, goes unrecorded.',
  remediation: {
    text: 'Make the trail multi-region and keep logging enabled.',
    terraform: `resource "aws_cloudtrail" "this" {
  name                          = "org-trail"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_logging                = true
}`
  },
  categories: ['logging', 'forensics-ready'],
  'resource-types': ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_67'], prowler: ['cloudtrail_multi_region_enabled'] },
  notes:
    'Judged per trail; Prowler judges per region (some logging trail covers it). In a repository with several trails, a single-region trail fails here even when another trail covers all regions: suppress it with a reason. An absent IsLogging counts as logging (Terraform enable_logging defaults to true).',
  // An absent IsLogging is logging: Terraform's enable_logging defaults to true.
  condition: {
    'all-of': [
      { property: 'IsMultiRegionTrail', equals: true },
      { property: 'IsLogging', 'not-equals': false }
    ]
  },
  messages: {
    pass: 'Trail {name} records all regions',
    fail: { IsMultiRegionTrail: 'Trail {name} records a single region only', IsLogging: 'Trail {name} is not logging' },
    unknown: { IsMultiRegionTrail: 'the multi-region setting', IsLogging: 'the logging state' }
  }
})
