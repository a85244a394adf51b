// Unset-but-computed attributes of resources a plan creates (driftctl-style normalizers, one per quirk).
//
// For a resource being created, `terraform show -json` marks every Optional+Computed attribute the
// configuration leaves out as unknown in after_unknown: the provider fills it in from AWS after apply. Its
// value is not unknowable, though: it is what AWS gives a new resource when the request does not ask for
// anything, plus what the companion resources (rules, attachments, bucket settings) add. Each entry below
// replaces that unknown with the documented default, so the companions fold in as they do for known values.
//
// The distinction stays honest: only an attribute that is unknown as a whole, absent from the resource's
// `configured` list (the plan's configuration section), on a resource being created or replaced, is
// normalized. An attribute the configuration sets to an expression known only after apply stays unknown;
// without a configuration section (no `configured`) nothing is touched.
//
// Known gap: Terraform's JSON configuration omits `dynamic` blocks, so a block produced by `dynamic` looks
// unset. A dynamic block whose for_each is itself unknown (the only case where the block is unknown as a
// whole) would then get the default here.
import type { TfResource } from '../types.js'
import { isUnderAny } from './builder.js'

/** The default is "not set": the property stays absent, and the rule judges what the configuration asks for. */
export const ABSENT: unique symbol = Symbol('absent')

export interface UnsetComputedDefault {
  /** The normalizer's name (one quirk each), as tests and reports call it. */
  name: string
  tfType: string
  /** A top-level attribute or block, or 'block.attribute' inside a block the configuration does set. */
  attribute: string
  /** The value in Terraform's shape (blocks are lists), or ABSENT. */
  value: unknown
  /** Where the default is documented. */
  source: string
  /** Configuration attributes that change what AWS does: when any is set, the attribute stays unknown. */
  unlessConfigured?: readonly string[]
}

const PROVIDER_DOCS = 'registry.terraform.io/providers/hashicorp/aws/latest/docs/resources'

/** Restores, replicas and imports take settings from their source, not from the API default. */
const RDS_NOT_PLAIN_CREATE = ['replicate_source_db', 'snapshot_identifier', 'restore_to_point_in_time', 's3_import']

const IMDS_SOURCE = 'EC2 User Guide, "Configure instance metadata options for new instances" (AMI ImdsSupport and account defaults apply)'

export const UNSET_COMPUTED_DEFAULTS: readonly UnsetComputedDefault[] = [
  // The provider revokes the default allow-all egress rule of a new VPC group and manages only the rules the
  // configuration states; inline rules left out mean none, so the group's rules are exactly the folded
  // aws_security_group_rule / aws_vpc_security_group_*_rule resources.
  {
    name: 'security-group-ingress-from-rule-resources',
    tfType: 'aws_security_group',
    attribute: 'ingress',
    value: [],
    source: `${PROVIDER_DOCS}/security_group ("NOTE on Egress rules")`
  },
  // Same note: "Terraform will remove this default rule" (the ALLOW ALL egress AWS adds to a new group), so
  // the allow-all egress is not modelled: without egress blocks the group has only the folded egress rules.
  {
    name: 'security-group-egress-from-rule-resources',
    tfType: 'aws_security_group',
    attribute: 'egress',
    value: [],
    source: `${PROVIDER_DOCS}/security_group ("NOTE on Egress rules")`
  },
  // An aws_security_group_rule names at most one kind of source; source_security_group_id is Optional+Computed,
  // so a rule with cidr_blocks shows it "known after apply". Left out, the rule has no source group.
  {
    name: 'security-group-rule-no-source-group-when-unset',
    tfType: 'aws_security_group_rule',
    attribute: 'source_security_group_id',
    value: ABSENT,
    source: `${PROVIDER_DOCS}/security_group_rule (source_security_group_id: "Cannot be specified with cidr_blocks, ipv6_cidr_blocks, or self")`
  },
  // A new role has no managed policies until something attaches them; the *_policy_attachment resources fold in.
  {
    name: 'iam-role-managed-policies-from-attachments',
    tfType: 'aws_iam_role',
    attribute: 'managed_policy_arns',
    value: [],
    source: `${PROVIDER_DOCS}/iam_role (managed_policy_arns: "If no blocks are configured, Terraform will not manage any managed policies")`
  },
  // Likewise a new role has no inline policies but the aws_iam_role_policy resources folded in.
  {
    name: 'iam-role-inline-policies-from-role-policies',
    tfType: 'aws_iam_role',
    attribute: 'inline_policy',
    value: [],
    source: `${PROVIDER_DOCS}/iam_role (inline_policy: "If no blocks are configured, Terraform will not manage any inline policies")`
  },
  // A new bucket starts with versioning never enabled (what the provider reads back: enabled = false);
  // aws_s3_bucket_versioning folds in over it.
  {
    name: 's3-bucket-versioning-off-when-new',
    tfType: 'aws_s3_bucket',
    attribute: 'versioning',
    value: [{ enabled: false, mfa_delete: false }],
    source: 'S3 User Guide, "Using versioning in S3 buckets" (buckets are unversioned by default)'
  },
  // MFA delete is off unless asked for (it needs the root user's MFA device on the request): left out of a new
  // aws_s3_bucket_versioning, mfa_delete (Optional+Computed) is what S3 then reports, nothing.
  {
    name: 's3-bucket-versioning-no-mfa-delete-when-unset',
    tfType: 'aws_s3_bucket_versioning',
    attribute: 'versioning_configuration.mfa_delete',
    value: ABSENT,
    source: 'S3 API Reference, PutBucketVersioning MFADelete and GetBucketVersioning (MfaDelete "only returned if the bucket has been configured with MFA delete")'
  },
  // Server access logging is off for a new bucket; aws_s3_bucket_logging folds in over it.
  {
    name: 's3-bucket-logging-off-when-new',
    tfType: 'aws_s3_bucket',
    attribute: 'logging',
    value: [],
    source: 'S3 User Guide, "Logging requests with server access logging" (disabled by default)'
  },
  // Since 5 January 2023 every bucket gets SSE-S3 (AES256) default encryption, which the provider reads back;
  // aws_s3_bucket_server_side_encryption_configuration folds in over it.
  {
    name: 's3-bucket-sse-s3-when-new',
    tfType: 'aws_s3_bucket',
    attribute: 'server_side_encryption_configuration',
    value: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256', kms_master_key_id: '' }], bucket_key_enabled: false }] }],
    source: 'S3 User Guide, "Using server-side encryption with Amazon S3 managed keys (SSE-S3)" (since January 5, 2023)'
  },
  // The canned ACL is a request parameter, not a bucket setting: a new bucket has ACLs disabled
  // (BucketOwnerEnforced, April 2023) and no canned ACL to report, as CloudFormation omits AccessControl.
  {
    name: 's3-bucket-no-canned-acl-when-new',
    tfType: 'aws_s3_bucket',
    attribute: 'acl',
    value: ABSENT,
    source: 'S3 User Guide, "Controlling ownership of objects and disabling ACLs" (new buckets: BucketOwnerEnforced since April 2023)'
  },
  // Object Lock can only be turned on when asked for; left out, the new bucket has it off.
  {
    name: 's3-bucket-object-lock-off-when-new',
    tfType: 'aws_s3_bucket',
    attribute: 'object_lock_enabled',
    value: false,
    source: 'S3 User Guide, "Locking objects with Object Lock" (enabled only on request)'
  },
  // Without metadata_options the AMI and account settings decide IMDS: the configuration does not require
  // IMDSv2, which is what ec2-instance-imdsv2-required judges for code.
  {
    name: 'instance-metadata-options-unset',
    tfType: 'aws_instance',
    attribute: 'metadata_options',
    value: ABSENT,
    source: IMDS_SOURCE
  },
  // Inside a metadata_options block, each setting left out is again the AMI's/account's, not the code's.
  ...(['http_tokens', 'http_endpoint', 'http_put_response_hop_limit', 'http_protocol_ipv6', 'instance_metadata_tags'] as const).map(
    (setting): UnsetComputedDefault => ({
      name: 'instance-metadata-options-unset',
      tfType: 'aws_instance',
      attribute: `metadata_options.${setting}`,
      value: ABSENT,
      source: IMDS_SOURCE
    })
  ),
  // RunInstances attaches no instance profile unless asked (IamInstanceProfile), or unless the launch template
  // names one; the provider marks iam_instance_profile Optional+Computed, so a plan shows it known after apply.
  {
    name: 'instance-no-profile-unless-asked',
    tfType: 'aws_instance',
    attribute: 'iam_instance_profile',
    value: ABSENT,
    source: 'EC2 API Reference, RunInstances IamInstanceProfile; provider ec2_instance.go (Optional, Computed)',
    unlessConfigured: ['launch_template']
  },
  // A new network ACL has no entries but the two default denies (number 32767) AWS puts in every ACL; the
  // provider marks ingress and egress Optional+Computed, and the aws_network_acl_rule resources add the rest.
  ...(['ingress', 'egress'] as const).flatMap((attribute) =>
    (['aws_network_acl', 'aws_default_network_acl'] as const).map(
      (tfType): UnsetComputedDefault => ({
        name: 'network-acl-entries-from-rule-resources',
        tfType,
        attribute,
        value: [],
        source: `${PROVIDER_DOCS}/network_acl ("NOTE on Network ACLs and Network ACL Rules"); provider vpc_network_acl.go (Optional, Computed)`
      })
    )
  ),
  // Absent backup retention is the RDS API default of 1 day (rds-instance-backup-enabled reads absent so);
  // replicas and restores are left unknown.
  {
    name: 'db-instance-api-defaults',
    tfType: 'aws_db_instance',
    attribute: 'backup_retention_period',
    value: ABSENT,
    source: 'RDS API Reference, CreateDBInstance BackupRetentionPeriod ("Default: 1")',
    unlessConfigured: RDS_NOT_PLAIN_CREATE
  },
  // CreateDBInstance makes a Single-AZ instance unless MultiAZ is asked for.
  {
    name: 'db-instance-api-defaults',
    tfType: 'aws_db_instance',
    attribute: 'multi_az',
    value: false,
    source: 'RDS API Reference, CreateDBInstance MultiAZ (Single-AZ unless requested)',
    unlessConfigured: RDS_NOT_PLAIN_CREATE
  },
  // CreateFileSystem encrypts only when Encrypted is true; the provider sends nothing when it is left out.
  {
    name: 'efs-file-system-unencrypted-by-default',
    tfType: 'aws_efs_file_system',
    attribute: 'encrypted',
    value: false,
    source: 'EFS API Reference, CreateFileSystem Encrypted; provider efs/file_system.go sends it only when set',
    unlessConfigured: ['kms_key_id']
  },
  // A new volume is encrypted only through the account's EBS encryption by default (judged on its own by
  // ec2-ebs-default-encryption-enabled) or an encrypted snapshot: the configuration does not ask for it.
  {
    name: 'ebs-volume-encryption-from-account',
    tfType: 'aws_ebs_volume',
    attribute: 'encrypted',
    value: ABSENT,
    source: 'EC2 User Guide, "Amazon EBS encryption" (encryption by default is an account setting)',
    unlessConfigured: ['snapshot_id', 'kms_key_id']
  },
  // A key created without a policy gets KMS's default key policy, which grants the key to its own account only.
  {
    name: 'kms-key-default-key-policy',
    tfType: 'aws_kms_key',
    attribute: 'policy',
    value: ABSENT,
    source: 'AWS KMS Developer Guide, "Default key policy" (the account root, and IAM policies through it)'
  },
  // SQS encrypts every queue created without encryption settings with SQS-managed keys (since October 2022).
  {
    name: 'sqs-queue-sqs-managed-encryption-by-default',
    tfType: 'aws_sqs_queue',
    attribute: 'sqs_managed_sse_enabled',
    value: true,
    source: 'Amazon SQS Developer Guide, "Encryption at rest" (SSE-SQS is the default for new queues)',
    unlessConfigured: ['kms_master_key_id']
  },
  // A requested certificate gets RSA 2048 unless the request names another algorithm; an imported one has its
  // key's algorithm.
  {
    name: 'acm-certificate-rsa-2048-by-default',
    tfType: 'aws_acm_certificate',
    attribute: 'key_algorithm',
    value: ABSENT,
    source: 'ACM API Reference, RequestCertificate KeyAlgorithm (default RSA_2048); the rule reads CloudFormation\'s default',
    unlessConfigured: ['private_key', 'certificate_body']
  },
  // Transparency logging is ENABLED unless the request opts out (the options block is Optional+Computed).
  {
    name: 'acm-certificate-transparency-logging-by-default',
    tfType: 'aws_acm_certificate',
    attribute: 'options',
    value: ABSENT,
    source: 'ACM API Reference, CertificateOptions CertificateTransparencyLoggingPreference (default ENABLED)',
    unlessConfigured: ['private_key', 'certificate_body']
  },
  // A state machine created without logging or tracing settings has logging OFF and tracing disabled.
  {
    name: 'sfn-state-machine-no-logging-by-default',
    tfType: 'aws_sfn_state_machine',
    attribute: 'logging_configuration',
    value: ABSENT,
    source: 'Step Functions API Reference, CreateStateMachine loggingConfiguration (level OFF by default)'
  },
  {
    name: 'sfn-state-machine-no-tracing-by-default',
    tfType: 'aws_sfn_state_machine',
    attribute: 'tracing_configuration',
    value: ABSENT,
    source: 'Step Functions API Reference, CreateStateMachine tracingConfiguration (disabled by default)'
  },
  {
    name: 'sfn-state-machine-aws-owned-key-by-default',
    tfType: 'aws_sfn_state_machine',
    attribute: 'encryption_configuration',
    value: ABSENT,
    source: 'Step Functions API Reference, EncryptionConfiguration type (AWS_OWNED_KEY by default)'
  },
  // Without encryption_info MSK encrypts at rest with an AWS-managed key and in transit with TLS (the mapping's
  // defaults state the transit settings).
  {
    name: 'msk-cluster-default-encryption',
    tfType: 'aws_msk_cluster',
    attribute: 'encryption_info',
    value: ABSENT,
    source: 'Amazon MSK Developer Guide, "Amazon MSK encryption" (AWS managed key at rest, TLS in transit by default)'
  }
]

const BY_TYPE: ReadonlyMap<string, readonly UnsetComputedDefault[]> = (() => {
  const map = new Map<string, UnsetComputedDefault[]>()
  for (const entry of UNSET_COMPUTED_DEFAULTS) {
    const list = map.get(entry.tfType) ?? []
    list.push(entry)
    map.set(entry.tfType, list)
  }
  return map
})()

function isNew(tf: TfResource): boolean {
  return tf.origin === 'plan' && (tf.action === 'create' || tf.action === 'replace')
}

/** The attribute path Terraform's after_unknown uses: 'metadata_options[0].http_tokens' when the block is a list. */
function valuePath(values: Record<string, unknown>, attribute: string): { path: string; block?: string; key: string } {
  const dot = attribute.indexOf('.')
  if (dot < 0) return { path: attribute, key: attribute }
  const block = attribute.slice(0, dot)
  const key = attribute.slice(dot + 1)
  return { path: Array.isArray(values[block]) ? `${block}[0].${key}` : `${block}.${key}`, block, key }
}

/** True when the configuration leaves the entry's attribute unset (and, inside a block, writes the block). */
function configurationLeavesUnset(entry: UnsetComputedDefault, configured: readonly string[]): boolean {
  if (configured.includes(entry.attribute)) return false
  if (entry.unlessConfigured?.some((a) => configured.includes(a))) return false
  const dot = entry.attribute.indexOf('.')
  // A setting inside a block: the block must be written in the configuration.
  return dot < 0 || configured.includes(entry.attribute.slice(0, dot))
}

/**
 * The entries of a type whose conditions on the configuration hold, by `configured` list. Every instance of a
 * configuration resource shares its list (the plan reader's configFacts, never mutated), so a plan with 1,000
 * buckets from `count` works these out once instead of 1,000 times.
 */
const candidatesByConfigured = new WeakMap<readonly string[], Map<readonly UnsetComputedDefault[], readonly UnsetComputedDefault[]>>()

function candidates(entries: readonly UnsetComputedDefault[], configured: readonly string[]): readonly UnsetComputedDefault[] {
  let byEntries = candidatesByConfigured.get(configured)
  if (byEntries === undefined) candidatesByConfigured.set(configured, (byEntries = new Map()))
  let found = byEntries.get(entries)
  if (found === undefined) byEntries.set(entries, (found = entries.filter((entry) => configurationLeavesUnset(entry, configured))))
  return found
}

/** Puts the default in `values`, which must be the caller's own copy; a block's item is replaced by a copy. */
function putDefault(values: Record<string, unknown>, block: string | undefined, key: string, value: unknown): void {
  const put = (target: Record<string, unknown>): Record<string, unknown> => {
    const copy = { ...target }
    if (value === ABSENT) delete copy[key]
    else copy[key] = cloneJson(value)
    return copy
  }
  if (block === undefined) {
    if (value === ABSENT) delete values[key]
    else values[key] = cloneJson(value)
    return
  }
  const current = values[block]
  values[block] = Array.isArray(current) ? [put((current[0] ?? {}) as Record<string, unknown>)] : put((current ?? {}) as Record<string, unknown>)
}

/**
 * `tf` with the documented defaults in place of its unset-but-computed unknowns (a new object; the reader's
 * is left as it is), or `tf` itself when no entry applies.
 */
export function applyUnsetComputedDefaults(tf: TfResource): TfResource {
  const entries = BY_TYPE.get(tf.type)
  const configured = tf.configured
  if (!entries || !configured || !isNew(tf) || tf.unknown.length === 0) return tf
  let values = tf.values
  // The paths given their default: they and everything under them are no longer unknown.
  const defaulted: string[] = []
  for (const entry of candidates(entries, configured)) {
    const { path, block, key } = valuePath(values, entry.attribute)
    // A setting inside a block: the block must hold one item.
    if (block !== undefined) {
      const current = values[block]
      if (Array.isArray(current) && current.length !== 1) continue
    }
    // The attribute must be unknown as a whole (and not under one already defaulted).
    if (!tf.unknown.includes(path) || isUnderAny(path, defaulted)) continue
    // One copy of the values per resource, however many defaults it takes (a new bucket takes five).
    if (values === tf.values) values = { ...values }
    putDefault(values, block, key, entry.value)
    defaulted.push(path)
  }
  if (defaulted.length === 0) return tf
  return { ...tf, values, unknown: tf.unknown.filter((u) => !isUnderAny(u, defaulted)) }
}

/** A deep copy of a JSON value (the defaults above): each resource gets its own, cheaper than structuredClone. */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson)
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const key of Object.keys(value)) copy[key] = cloneJson((value as Record<string, unknown>)[key])
    return copy
  }
  return value
}
