// The two S3 data-event rules (CIS AWS 3.8 write, 3.9 read) are one check on two kinds of events: one document,
// written once, for the rule files s3-bucket-object-write-events-logged.ts and s3-bucket-object-read-events-logged.ts.
import { builtinRule } from '../declarative/builtin.js'

export function objectEventsRule(kind: 'read' | 'write') {
  const what = kind === 'write' ? 'uploads, overwrites and deletions' : 'reads and downloads'
  return builtinRule({
    id: `s3-bucket-object-${kind}-events-logged`,
    title: `S3 bucket object-level ${kind} events are logged by CloudTrail`,
    severity: 'low',
    description: `Checks that a logging CloudTrail trail (multi-region or in the bucket's region, of the same account or the organization) records the bucket's object-level ${kind} events (S3 data events) through an event selector or an advanced event selector.`,
    risk: `Without data events, object ${what} leave no trace: an exfiltration or tampering cannot be investigated.`,
    remediation: {
      text: 'Add an S3 data event selector to a multi-region trail, for all buckets or for this one.',
      terraform: `resource "aws_cloudtrail" "this" {
  name                  = "org-trail"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}`
    },
    categories: ['logging', 'forensics-ready'],
    'resource-types': ['AWS::S3::Bucket'],
    aliases: { checkov: [], prowler: [`cloudtrail_s3_dataevents_${kind}_enabled`] },
    notes:
      'Judged per bucket (which buckets go unrecorded), where Prowler reports per account whether some trail records all buckets. A trail whose selectors are known only after apply makes the verdict unknown. Outside a live scan a bucket is judged only when the same configuration manages a trail: trails usually live in another stack, and a plan without one says nothing about them.',
    condition: { predicate: 's3-object-events-logged', events: kind }
  })
}
