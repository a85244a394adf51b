// The S3 bucket's configuration resources (provider v4+ splits the bucket's inline blocks into resources of their
// own), folded into AWS::S3::Bucket as Cloud Control returns it. The first five (versioning, encryption, logging,
// public access block, ownership controls) and the notification (a configuration per event) are hand-written in
// aws/s3-bucket-companions.ts; these are the rest.
// None has a CloudFormation type of its own, so a companion whose bucket is managed elsewhere is reported as such.
import { cannedAcl } from '../aws/s3-bucket.js'
import { nonEmpty, positiveNumber, positiveNumberText, sortedList, toBoolean, toNumber, type Convert, type Field } from '../convert.js'
import type { CompanionSpec } from '../derived.js'

const BUCKET = { attr: 'bucket', types: ['aws_s3_bucket'] } as const

/** A boolean CloudFormation states only when true (ExpiredObjectDeleteMarker): the provider's false is its "unset". */
const trueOnly: Convert = (v) => (toBoolean(v) === true ? true : undefined)

/** A Terraform tags map → CloudFormation TagFilters ([{Key, Value}], sorted by key so order is no drift). */
const tagFilters: Convert = (v) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v).sort()
  return keys.length === 0 ? undefined : keys.map((Key) => ({ Key, Value: String((v as Record<string, unknown>)[Key] ?? '') }))
}

/** A set of strings, sorted (a set has no order to drift on); an empty set is not set, as CloudFormation leaves it out. */
const stringSet: Convert = (v) => {
  const sorted = sortedList(v)
  return Array.isArray(sorted) && sorted.length === 0 ? undefined : sorted
}

/** A `tag { key, value }` block (a filter on one tag) → one TagFilter. */
const tagFilter: Convert = (v) => {
  const tag = Array.isArray(v) ? v[0] : v
  if (!tag || typeof tag !== 'object') return undefined
  const { key, value } = tag as Record<string, unknown>
  return typeof key === 'string' && key !== '' ? { Key: key, Value: String(value ?? '') } : undefined
}

/** A `tag` block list → TagFilters (a list of one). */
const tagFilterList: Convert = (v) => {
  const one = tagFilter(v)
  return one === undefined ? undefined : [one]
}

/**
 * One lifecycle rule. CloudFormation's Rule has no Filter: its handler reads the filter's prefix, tags and sizes into
 * the rule's Prefix, TagFilters and ObjectSize*, whether the code put them in `filter`, `filter.and` or (deprecated)
 * on the rule itself; of the several places only the one set in the code has a value, the others are '' or absent.
 */
const LIFECYCLE_RULE: readonly Field[] = [
  ['Id', 'id', nonEmpty],
  ['Status', 'status'],
  ['Prefix', 'prefix', nonEmpty],
  ['Prefix', 'filter[0].prefix', nonEmpty],
  ['Prefix', 'filter[0].and[0].prefix', nonEmpty],
  ['TagFilters', 'filter[0].tag', tagFilterList],
  ['TagFilters', 'filter[0].and[0].tags', tagFilters],
  ['ObjectSizeGreaterThan', 'filter[0].object_size_greater_than', positiveNumberText],
  ['ObjectSizeGreaterThan', 'filter[0].and[0].object_size_greater_than', positiveNumberText],
  ['ObjectSizeLessThan', 'filter[0].object_size_less_than', positiveNumberText],
  ['ObjectSizeLessThan', 'filter[0].and[0].object_size_less_than', positiveNumberText],
  ['ExpirationInDays', 'expiration[0].days', positiveNumber],
  ['ExpirationDate', 'expiration[0].date', nonEmpty],
  ['ExpiredObjectDeleteMarker', 'expiration[0].expired_object_delete_marker', trueOnly],
  ['NoncurrentVersionExpiration', 'noncurrent_version_expiration', {
    one: [['NoncurrentDays', 'noncurrent_days', positiveNumber], ['NewerNoncurrentVersions', 'newer_noncurrent_versions', positiveNumber]]
  }],
  ['NoncurrentVersionTransitions', 'noncurrent_version_transition', {
    many: [
      ['StorageClass', 'storage_class'],
      ['TransitionInDays', 'noncurrent_days', toNumber],
      ['NewerNoncurrentVersions', 'newer_noncurrent_versions', positiveNumber]
    ]
  }],
  // days may be 0 (straight to Intelligent-Tiering): kept; a transition by date has days null in state.
  ['Transitions', 'transition', {
    many: [['StorageClass', 'storage_class'], ['TransitionInDays', 'days', toNumber], ['TransitionDate', 'date', nonEmpty]]
  }],
  ['AbortIncompleteMultipartUpload', 'abort_incomplete_multipart_upload', { one: [['DaysAfterInitiation', 'days_after_initiation', toNumber]] }]
]

/** A `{ status }` block (delete marker replication, replica modifications, ...). */
const STATUS: { one: readonly Field[] } = { one: [['Status', 'status']] }

/** One replication rule; its filter is CloudFormation's Filter as it is (unlike a lifecycle rule's). */
const REPLICATION_RULE: readonly Field[] = [
  ['Id', 'id', nonEmpty],
  ['Priority', 'priority', toNumber],
  ['Prefix', 'prefix', nonEmpty],
  ['Status', 'status'],
  ['Filter', 'filter', {
    one: [
      ['Prefix', 'prefix', nonEmpty],
      ['TagFilter', 'tag', tagFilter],
      ['And', 'and', { one: [['Prefix', 'prefix', nonEmpty], ['TagFilters', 'tags', tagFilters]] }]
    ]
  }],
  ['DeleteMarkerReplication', 'delete_marker_replication', STATUS],
  ['Destination', 'destination', {
    one: [
      ['Bucket', 'bucket'],
      ['Account', 'account', nonEmpty],
      ['StorageClass', 'storage_class', nonEmpty],
      ['AccessControlTranslation', 'access_control_translation', { one: [['Owner', 'owner']] }],
      ['EncryptionConfiguration', 'encryption_configuration', { one: [['ReplicaKmsKeyID', 'replica_kms_key_id']] }],
      ['Metrics', 'metrics', { one: [['Status', 'status'], ['EventThreshold', 'event_threshold', { one: [['Minutes', 'minutes', toNumber]] }]] }],
      ['ReplicationTime', 'replication_time', { one: [['Status', 'status'], ['Time', 'time', { one: [['Minutes', 'minutes', toNumber]] }]] }]
    ]
  }],
  ['SourceSelectionCriteria', 'source_selection_criteria', {
    one: [['ReplicaModifications', 'replica_modifications', STATUS], ['SseKmsEncryptedObjects', 'sse_kms_encrypted_objects', STATUS]]
  }]
  // existing_object_replication has no CloudFormation counterpart: left out.
]

export const S3_COMPANIONS: readonly CompanionSpec[] = [
  {
    // The canned ACL only. An access_control_policy (explicit grants and owner) is not mapped: CloudFormation's
    // AccessControl holds a canned ACL alone, and Cloud Control does not return a bucket's grants.
    tf: 'aws_s3_bucket_acl',
    parent: BUCKET,
    fields: [['AccessControl', 'acl', cannedAcl]]
  },
  {
    tf: 'aws_s3_bucket_lifecycle_configuration',
    parent: BUCKET,
    fields: [['LifecycleConfiguration.Rules', 'rule', { many: LIFECYCLE_RULE }]]
  },
  {
    // `token` (the object lock token) is not mapped: it is a credential of sorts, and CloudFormation has no place for it.
    tf: 'aws_s3_bucket_replication_configuration',
    parent: BUCKET,
    fields: [
      ['ReplicationConfiguration.Role', 'role'],
      ['ReplicationConfiguration.Rules', 'rule', { many: REPLICATION_RULE }]
    ]
  },
  {
    tf: 'aws_s3_bucket_cors_configuration',
    parent: BUCKET,
    fields: [
      ['CorsConfiguration.CorsRules', 'cors_rule', {
        many: [
          ['Id', 'id', nonEmpty],
          ['AllowedHeaders', 'allowed_headers', stringSet],
          ['AllowedMethods', 'allowed_methods', stringSet],
          ['AllowedOrigins', 'allowed_origins', stringSet],
          ['ExposedHeaders', 'expose_headers', stringSet],
          ['MaxAge', 'max_age_seconds', positiveNumber]
        ]
      }]
    ]
  },
  {
    // routing_rules (the same rules as a JSON text) is what the provider computes from routing_rule: the blocks are read.
    tf: 'aws_s3_bucket_website_configuration',
    parent: BUCKET,
    fields: [
      ['WebsiteConfiguration.IndexDocument', 'index_document[0].suffix', nonEmpty],
      ['WebsiteConfiguration.ErrorDocument', 'error_document[0].key', nonEmpty],
      ['WebsiteConfiguration.RedirectAllRequestsTo', 'redirect_all_requests_to', {
        one: [['HostName', 'host_name'], ['Protocol', 'protocol', nonEmpty]]
      }],
      ['WebsiteConfiguration.RoutingRules', 'routing_rule', {
        many: [
          ['RoutingRuleCondition', 'condition', {
            one: [['HttpErrorCodeReturnedEquals', 'http_error_code_returned_equals', nonEmpty], ['KeyPrefixEquals', 'key_prefix_equals', nonEmpty]]
          }],
          ['RedirectRule', 'redirect', {
            one: [
              ['HostName', 'host_name', nonEmpty],
              ['HttpRedirectCode', 'http_redirect_code', nonEmpty],
              ['Protocol', 'protocol', nonEmpty],
              ['ReplaceKeyPrefixWith', 'replace_key_prefix_with', nonEmpty],
              ['ReplaceKeyWith', 'replace_key_with', nonEmpty]
            ]
          }]
        ]
      }]
    ]
  },
  {
    tf: 'aws_s3_bucket_accelerate_configuration',
    parent: BUCKET,
    fields: [['AccelerateConfiguration.AccelerationStatus', 'status']]
  },
  {
    // Configuring object lock means the bucket has it: ObjectLockEnabled is true (the provider's only value is 'Enabled').
    // `token` is not mapped (see the replication configuration).
    tf: 'aws_s3_bucket_object_lock_configuration',
    parent: BUCKET,
    fields: [
      ['ObjectLockEnabled', 'object_lock_enabled', (v) => (v === 'Enabled' ? true : undefined)],
      ['ObjectLockConfiguration.ObjectLockEnabled', 'object_lock_enabled', nonEmpty],
      ['ObjectLockConfiguration.Rule', 'rule', {
        one: [['DefaultRetention', 'default_retention', {
          one: [['Mode', 'mode', nonEmpty], ['Days', 'days', positiveNumber], ['Years', 'years', positiveNumber]]
        }]]
      }]
    ]
  },
  {
    tf: 'aws_s3_bucket_intelligent_tiering_configuration',
    parent: BUCKET,
    appendTo: 'IntelligentTieringConfigurations',
    fields: [
      ['Id', 'name'],
      ['Status', 'status'],
      ['Prefix', 'filter[0].prefix', nonEmpty],
      ['TagFilters', 'filter[0].tags', tagFilters],
      ['Tierings', 'tiering', { many: [['AccessTier', 'access_tier'], ['Days', 'days', toNumber]] }]
    ]
  },
  {
    // Encryption of the inventory files (destination.bucket.encryption) has no CloudFormation counterpart: left out.
    tf: 'aws_s3_bucket_inventory',
    parent: BUCKET,
    appendTo: 'InventoryConfigurations',
    fields: [
      ['Id', 'name'],
      ['Enabled', 'enabled', toBoolean],
      ['IncludedObjectVersions', 'included_object_versions'],
      ['ScheduleFrequency', 'schedule[0].frequency'],
      ['Prefix', 'filter[0].prefix', nonEmpty],
      ['OptionalFields', 'optional_fields', stringSet],
      ['Destination', 'destination[0].bucket', {
        one: [['BucketArn', 'bucket_arn'], ['Format', 'format'], ['BucketAccountId', 'account_id', nonEmpty], ['Prefix', 'prefix', nonEmpty]]
      }]
    ]
  },
  {
    tf: 'aws_s3_bucket_metric',
    parent: BUCKET,
    appendTo: 'MetricsConfigurations',
    fields: [
      ['Id', 'name'],
      ['Prefix', 'filter[0].prefix', nonEmpty],
      ['TagFilters', 'filter[0].tags', tagFilters],
      ['AccessPointArn', 'filter[0].access_point', nonEmpty]
    ]
  },
  {
    tf: 'aws_s3_bucket_analytics_configuration',
    parent: BUCKET,
    appendTo: 'AnalyticsConfigurations',
    fields: [
      ['Id', 'name'],
      ['Prefix', 'filter[0].prefix', nonEmpty],
      ['TagFilters', 'filter[0].tags', tagFilters],
      ['StorageClassAnalysis', 'storage_class_analysis', {
        one: [['DataExport', 'data_export', {
          one: [
            ['OutputSchemaVersion', 'output_schema_version'],
            ['Destination', 'destination[0].s3_bucket_destination', {
              one: [['BucketArn', 'bucket_arn'], ['Format', 'format'], ['BucketAccountId', 'bucket_account_id', nonEmpty], ['Prefix', 'prefix', nonEmpty]]
            }]
          ]
        }]]
      }]
    ]
  }
]
