import { fail, nameOf, pass, unknownAt, type RuleDefinition } from '../support/outcome.js'
import { isTrue, read, UNKNOWN } from '../support/read.js'

export const cloudtrailMultiRegionEnabled: RuleDefinition = {
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
  resourceTypes: ['AWS::CloudTrail::Trail'],
  aliases: { checkov: ['CKV_AWS_67'], prowler: ['cloudtrail_multi_region_enabled'] },
  notes:
    'Judged per trail; Prowler judges per region (some logging trail covers it). In a repository with several trails, a single-region trail fails here even when another trail covers all regions: suppress it with a reason. An absent IsLogging counts as logging (Terraform enable_logging defaults to true).',
  check(resource) {
    const multi = read(resource, 'IsMultiRegionTrail')
    const logging = read(resource, 'IsLogging')
    if (multi !== UNKNOWN && !isTrue(multi)) return fail(`Trail ${nameOf(resource)} records a single region only`, 'IsMultiRegionTrail')
    if (logging === false || logging === 'false') return fail(`Trail ${nameOf(resource)} is not logging`, 'IsLogging')
    if (multi === UNKNOWN) return unknownAt(resource, 'IsMultiRegionTrail', 'the multi-region setting')
    if (logging === UNKNOWN) return unknownAt(resource, 'IsLogging', 'the logging state')
    return pass(`Trail ${nameOf(resource)} records all regions`, 'IsMultiRegionTrail')
  }
}
