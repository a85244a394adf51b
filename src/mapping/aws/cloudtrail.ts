// aws_cloudtrail → AWS::CloudTrail::Trail, identified by TrailName (Terraform's `name`; its `id` became the ARN
// in provider v5.25). The provider's defaults are applied when an attribute is absent (HCL-only checks):
// enable_logging true, include_global_service_events true, the rest false. An unknown attribute is never
// defaulted (the builder drops values at unknown paths).
import { ResourceBuilder } from '../builder.js'
import { copyFields, copyTags, nonEmpty, toBoolean, type Convert, type Field } from '../convert.js'
import { idFrom, type ResourceMapper } from '../registry.js'

const orDefault = (fallback: boolean): Convert => (v) => toBoolean(v ?? fallback)

// The property table, built once and shared by every resource of the type.
const FIELDS: readonly Field[] = [
  ['TrailName', 'name'],
  ['S3BucketName', 's3_bucket_name'],
  ['S3KeyPrefix', 's3_key_prefix', nonEmpty],
  ['KMSKeyId', 'kms_key_id', nonEmpty],
  ['CloudWatchLogsLogGroupArn', 'cloud_watch_logs_group_arn', nonEmpty],
  ['CloudWatchLogsRoleArn', 'cloud_watch_logs_role_arn', nonEmpty],
  ['SnsTopicName', 'sns_topic_name', nonEmpty],
  ['EventSelectors', 'event_selector', {
    many: [
      ['ReadWriteType', 'read_write_type'],
      ['IncludeManagementEvents', 'include_management_events', toBoolean],
      ['ExcludeManagementEventSources', 'exclude_management_event_sources'],
      ['DataResources', 'data_resource', { many: [['Type', 'type'], ['Values', 'values']] }]
    ]
  }],
  ['AdvancedEventSelectors', 'advanced_event_selector', {
    many: [
      ['Name', 'name'],
      ['FieldSelectors', 'field_selector', {
        many: [
          ['Field', 'field'],
          ['Equals', 'equals'],
          ['NotEquals', 'not_equals'],
          ['StartsWith', 'starts_with'],
          ['NotStartsWith', 'not_starts_with'],
          ['EndsWith', 'ends_with'],
          ['NotEndsWith', 'not_ends_with']
        ]
      }]
    ]
  }],
  ['InsightSelectors', 'insight_selector', { many: [['InsightType', 'insight_type']] }],
  ['Arn', 'arn']
]

export const cloudTrail: ResourceMapper = {
  tfType: 'aws_cloudtrail',
  map(tf) {
    const b = new ResourceBuilder('AWS::CloudTrail::Trail', tf)
    b.id = idFrom(tf.values, 'name')
    copyFields(b, FIELDS)
    for (const [property, attrName, fallback] of [
      ['IsLogging', 'enable_logging', true],
      ['IncludeGlobalServiceEvents', 'include_global_service_events', true],
      ['IsMultiRegionTrail', 'is_multi_region_trail', false],
      ['EnableLogFileValidation', 'enable_log_file_validation', false],
      ['IsOrganizationTrail', 'is_organization_trail', false]
    ] as const) {
      b.set(property, orDefault(fallback)(tf.values[attrName]), [attrName])
    }
    // Terraform writes empty lists for absent selector blocks; CloudFormation omits them.
    for (const p of ['EventSelectors', 'AdvancedEventSelectors', 'InsightSelectors']) {
      if (Array.isArray(b.properties[p]) && (b.properties[p] as unknown[]).length === 0) delete b.properties[p]
    }
    copyTags(b)
    return b
  }
}
