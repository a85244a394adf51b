#!/usr/bin/env node
// Writes a realistic `terraform show -json` plan for the benchmark: `node bench/gen-plan.mjs <out.json> [count] [mix]`.
// mix `new` (the default): an estate mostly being created (80% create, 10% update, 7% no-op, 3% replace), so the
// prior state holds a fifth of the resources; `mature`: a pull request on an estate that exists (1% create, 2% update,
// 96.5% no-op, 0.5% replace), whose prior state holds nearly every resource, as most pull requests' plans do.
// `count` managed resources (default 20,000) across every mapped type, in nested modules with count and
// for_each, with after_unknown and sensitive markers, prior_state for the updated ones, a little
// resource_drift and a configuration section with references. Seeded: the same count gives the same bytes.
// Plain Node, no dependencies. Shapes follow Terraform 1.9 with hashicorp/aws 5.x.

import { writeFileSync } from 'node:fs'

const [, , out, countArg, mixArg = 'new'] = process.argv
if (!out) {
  console.error('usage: node bench/gen-plan.mjs <out.json> [count=20000]')
  process.exit(2)
}
const COUNT = countArg === undefined ? 20000 : Number(countArg)
const MIXES = { new: [0.8, 0.9, 0.97], mature: [0.01, 0.03, 0.995] }
const MIX = MIXES[mixArg]
if (!MIX) {
  console.error(`mix must be new or mature, got ${mixArg}`)
  process.exit(2)
}
if (!Number.isInteger(COUNT) || COUNT < 1) {
  console.error(`count must be a positive integer, got ${countArg}`)
  process.exit(2)
}

// mulberry32: small, fast, and the same on every Node.
let seed = 0x5eed ^ COUNT
function random() {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]
const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('')
const chance = (p) => random() < p

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const AWS = 'registry.terraform.io/hashicorp/aws'
const TEAMS = ['payments', 'search', 'identity', 'ledger', 'media', 'growth']

// ---- unit templates: a unit is a group of resources that belong together (a bucket and its companions) ----
// Each resource: { type, name, values (known after apply), computed (attributes known only after apply, with
// their eventual values for prior state), sensitive (marker tree), refs (attribute → references) }

const tags = (unit, extra = {}) => ({ Team: unit.team, Environment: pick(['prod', 'staging']), Unit: unit.label, ...extra })

function policyDocument(statements) {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements })
}

const templates = {
  bucket(unit) {
    const bucket = `${unit.team}-${unit.label}-${hex(6)}`
    const arn = `arn:aws:s3:::${bucket}`
    const versioned = chance(0.8)
    const ref = (a) => [`aws_s3_bucket.data[count.index].${a}`, 'aws_s3_bucket.data', 'count.index']
    return [
      {
        type: 'aws_s3_bucket',
        name: 'data',
        values: { bucket, bucket_prefix: null, force_destroy: false, object_lock_enabled: false, tags: tags(unit), tags_all: tags(unit), timeouts: null },
        computed: {
          id: bucket,
          arn,
          bucket_domain_name: `${bucket}.s3.amazonaws.com`,
          bucket_regional_domain_name: `${bucket}.s3.${REGION}.amazonaws.com`,
          hosted_zone_id: 'Z3AQBSTGFYJSTF',
          region: REGION,
          acceleration_status: '',
          acl: null,
          cors_rule: [],
          grant: [{ id: hex(64), permissions: ['FULL_CONTROL'], type: 'CanonicalUser', uri: '' }],
          lifecycle_rule: [],
          logging: [],
          object_lock_configuration: [],
          policy: '',
          replication_configuration: [],
          request_payer: 'BucketOwner',
          server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }],
          versioning: [{ enabled: versioned, mfa_delete: false }],
          website: [],
          website_domain: null,
          website_endpoint: null
        },
        refs: { tags: ['local.common_tags'] }
      },
      {
        type: 'aws_s3_bucket_versioning',
        name: 'data',
        values: { expected_bucket_owner: null, mfa: null, versioning_configuration: [{ mfa_delete: null, status: versioned ? 'Enabled' : 'Suspended' }] },
        computed: { id: bucket, bucket },
        refs: { bucket: ref('id') }
      },
      {
        type: 'aws_s3_bucket_server_side_encryption_configuration',
        name: 'data',
        values: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null, sse_algorithm: pick(['aws:kms', 'AES256']) }], bucket_key_enabled: true }] },
        computed: { id: bucket, bucket },
        refs: { bucket: ref('id') }
      },
      {
        type: 'aws_s3_bucket_public_access_block',
        name: 'data',
        values: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: chance(0.95) },
        computed: { id: bucket, bucket },
        refs: { bucket: ref('id') }
      },
      {
        type: 'aws_s3_bucket_ownership_controls',
        name: 'data',
        values: { rule: [{ object_ownership: 'BucketOwnerEnforced' }] },
        computed: { id: bucket, bucket },
        refs: { bucket: ref('id') }
      },
      {
        type: 'aws_s3_bucket_logging',
        name: 'data',
        values: { expected_bucket_owner: null, target_bucket: `${unit.team}-access-logs`, target_grant: [], target_object_key_format: [], target_prefix: `${bucket}/` },
        computed: { id: bucket, bucket },
        refs: { bucket: ref('id'), target_prefix: ref('bucket') }
      },
      {
        type: 'aws_s3_bucket_policy',
        name: 'data',
        values: {},
        computed: {
          id: bucket,
          bucket,
          policy: policyDocument([
            { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
          ])
        },
        refs: { bucket: ref('id'), policy: ['data.aws_iam_policy_document.data_tls[count.index].json', 'data.aws_iam_policy_document.data_tls', 'count.index'] }
      }
    ]
  },

  efs(unit) {
    const id = `fs-${hex(17)}`
    return [
      {
        type: 'aws_efs_file_system',
        name: 'shared',
        values: { creation_token: `${unit.team}-${unit.label}`, encrypted: chance(0.85), performance_mode: 'generalPurpose', throughput_mode: 'bursting', provisioned_throughput_in_mibps: null, lifecycle_policy: [], protection: [{ replication_overwrite: 'ENABLED' }], tags: tags(unit), tags_all: tags(unit) },
        computed: { id, arn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`, availability_zone_id: '', availability_zone_name: '', dns_name: `${id}.efs.${REGION}.amazonaws.com`, kms_key_id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${uuid()}`, name: '', number_of_mount_targets: 0, owner_id: ACCOUNT, size_in_bytes: [{ value: 6144, value_in_ia: 0, value_in_standard: 6144 }] },
        refs: { kms_key_id: ['var.kms_key_arn'] }
      }
    ]
  },

  securityGroup(unit) {
    const id = `sg-${hex(17)}`
    const vpc = `vpc-${hex(17)}`
    const open = chance(0.1)
    const groupRef = ['aws_security_group.app[count.index].id', 'aws_security_group.app', 'count.index']
    return [
      {
        type: 'aws_security_group',
        name: 'app',
        values: {
          name: `${unit.team}-${unit.label}`,
          description: `${unit.team} ${unit.label} application`,
          ingress: [{ cidr_blocks: ['10.0.0.0/8'], description: 'HTTPS from the VPC', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 }],
          egress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: '-1', security_groups: [], self: false, to_port: 0 }],
          revoke_rules_on_delete: false,
          tags: tags(unit),
          tags_all: tags(unit),
          timeouts: null
        },
        computed: { id, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/${id}`, name_prefix: '', owner_id: ACCOUNT, vpc_id: vpc },
        refs: { vpc_id: ['var.vpc_id'] }
      },
      {
        type: 'aws_security_group_rule',
        name: 'app_ssh',
        values: { type: 'ingress', cidr_blocks: [open ? '0.0.0.0/0' : '10.20.0.0/16'], description: 'SSH', from_port: 22, to_port: 22, protocol: 'tcp', ipv6_cidr_blocks: null, prefix_list_ids: null, self: false, timeouts: null },
        computed: { id: `sgrule-${Math.floor(random() * 4e9)}`, security_group_id: id, security_group_rule_id: `sgr-${hex(17)}`, source_security_group_id: '' },
        refs: { security_group_id: groupRef }
      },
      {
        type: 'aws_vpc_security_group_ingress_rule',
        name: 'app_admin',
        values: { cidr_ipv4: chance(0.05) ? '0.0.0.0/0' : '10.30.0.0/16', cidr_ipv6: null, description: 'RDP from the admin network', from_port: 3389, to_port: 3389, ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: null, tags: null },
        computed: { id: `sgr-${hex(17)}`, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group-rule/sgr-${hex(17)}`, security_group_id: id, security_group_rule_id: `sgr-${hex(17)}`, tags_all: {} },
        refs: { security_group_id: groupRef }
      }
    ]
  },

  instance(unit) {
    const id = `i-${hex(17)}`
    const vol = `vol-${hex(17)}`
    const az = `${REGION}${pick(['a', 'b', 'c'])}`
    return [
      {
        type: 'aws_instance',
        name: 'worker',
        values: {
          ami: `ami-${hex(17)}`,
          instance_type: pick(['t3.micro', 't3.small', 'm6i.large', 'c6i.xlarge']),
          associate_public_ip_address: false,
          ebs_optimized: true,
          monitoring: true,
          user_data_replace_on_change: false,
          metadata_options: [{ http_endpoint: 'enabled', http_protocol_ipv6: 'disabled', http_put_response_hop_limit: 1, http_tokens: chance(0.85) ? 'required' : 'optional', instance_metadata_tags: 'disabled' }],
          root_block_device: [{ delete_on_termination: true, encrypted: true, tags: null, volume_size: 30, volume_type: 'gp3' }],
          credit_specification: [],
          launch_template: [],
          source_dest_check: true,
          tags: tags(unit),
          tags_all: tags(unit),
          timeouts: null,
          user_data: null,
          volume_tags: null
        },
        computed: {
          id,
          arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${id}`,
          availability_zone: az,
          cpu_core_count: 1,
          cpu_threads_per_core: 2,
          disable_api_stop: false,
          disable_api_termination: false,
          ebs_block_device: [],
          enclave_options: [{ enabled: false }],
          ephemeral_block_device: [],
          get_password_data: false,
          host_id: '',
          iam_instance_profile: '',
          instance_initiated_shutdown_behavior: 'stop',
          instance_state: 'running',
          ipv6_address_count: 0,
          ipv6_addresses: [],
          key_name: '',
          maintenance_options: [{ auto_recovery: 'default' }],
          network_interface: [],
          outpost_arn: '',
          password_data: '',
          placement_group: '',
          placement_partition_number: 0,
          primary_network_interface_id: `eni-${hex(17)}`,
          private_dns: `ip-10-0-${Math.floor(random() * 255)}-${Math.floor(random() * 255)}.ec2.internal`,
          private_ip: `10.0.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}`,
          public_dns: '',
          public_ip: '',
          secondary_private_ips: [],
          security_groups: [],
          subnet_id: `subnet-${hex(17)}`,
          tenancy: 'default',
          vpc_security_group_ids: [`sg-${hex(17)}`]
        },
        refs: { subnet_id: ['var.subnet_id'], vpc_security_group_ids: ['aws_security_group.app[count.index].id', 'aws_security_group.app', 'count.index'] }
      },
      {
        type: 'aws_ebs_volume',
        name: 'data',
        values: { availability_zone: az, encrypted: chance(0.85), final_snapshot: false, multi_attach_enabled: false, outpost_arn: null, size: pick([20, 50, 100, 500]), snapshot_id: null, type: 'gp3', tags: tags(unit), tags_all: tags(unit), timeouts: null },
        computed: { id: vol, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/${vol}`, iops: 3000, kms_key_id: '', throughput: 125 },
        refs: { availability_zone: ['aws_instance.worker[count.index].availability_zone', 'aws_instance.worker', 'count.index'] }
      }
    ]
  },

  lambda(unit) {
    const fn = `${unit.team}-${unit.label}-${hex(4)}`
    const arn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${fn}`
    const fnRef = ['aws_lambda_function.handler[count.index].function_name', 'aws_lambda_function.handler', 'count.index']
    const withSecret = chance(0.2)
    const variables = { LOG_LEVEL: 'info', TABLE_NAME: `${unit.team}-events` }
    if (withSecret) variables.API_TOKEN = `tok_${hex(32)}`
    return [
      {
        type: 'aws_lambda_function',
        name: 'handler',
        values: {
          function_name: fn,
          handler: 'index.handler',
          runtime: pick(['nodejs20.x', 'nodejs20.x', 'python3.12', 'python3.8', 'nodejs16.x']),
          architectures: ['arm64'],
          memory_size: pick([128, 256, 512]),
          timeout: 30,
          filename: 'build/handler.zip',
          source_code_hash: hex(44),
          publish: false,
          package_type: 'Zip',
          environment: [{ variables }],
          tracing_config: [{ mode: 'PassThrough' }],
          vpc_config: [],
          dead_letter_config: [],
          ephemeral_storage: [{ size: 512 }],
          tags: tags(unit),
          tags_all: tags(unit),
          timeouts: null
        },
        computed: { id: fn, arn, invoke_arn: `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/${arn}/invocations`, last_modified: '2024-09-12T10:21:07.000+0000', qualified_arn: `${arn}:$LATEST`, role: `arn:aws:iam::${ACCOUNT}:role/${fn}`, source_code_size: 18234, version: '$LATEST', kms_key_arn: '', logging_config: [{ application_log_level: '', log_format: 'Text', log_group: `/aws/lambda/${fn}`, system_log_level: '' }] },
        sensitive: withSecret ? { environment: [{ variables: { API_TOKEN: true } }] } : undefined,
        refs: { role: ['var.lambda_role_arn'], environment: ['var.api_token', 'local.table_name'] }
      },
      {
        type: 'aws_lambda_permission',
        name: 'invoke',
        values: { action: 'lambda:InvokeFunction', event_source_token: null, function_url_auth_type: null, principal: chance(0.05) ? '*' : 'events.amazonaws.com', principal_org_id: null, qualifier: null, source_account: null, source_arn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/${fn}`, statement_id: 'AllowEventBridge' },
        computed: { id: 'AllowEventBridge', function_name: fn, statement_id_prefix: '' },
        refs: { function_name: fnRef }
      },
      {
        type: 'aws_lambda_function_url',
        name: 'public',
        values: { authorization_type: chance(0.1) ? 'NONE' : 'AWS_IAM', cors: [], invoke_mode: 'BUFFERED', qualifier: null, timeouts: null },
        computed: { id: fn, function_arn: arn, function_name: fn, function_url: `https://${hex(32)}.lambda-url.${REGION}.on.aws/`, url_id: hex(32) },
        refs: { function_name: fnRef }
      }
    ]
  },

  iam(unit) {
    const role = `${unit.team}-${unit.label}-role`
    const admin = chance(0.03)
    return [
      {
        type: 'aws_iam_role',
        name: 'service',
        values: {
          name: role,
          path: '/',
          description: `Role for ${unit.team} ${unit.label}`,
          assume_role_policy: policyDocument([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
          force_detach_policies: false,
          max_session_duration: 3600,
          permissions_boundary: null,
          inline_policy: [{ name: 'read-config', policy: policyDocument([{ Effect: 'Allow', Action: admin ? '*' : ['ssm:GetParameter'], Resource: admin ? '*' : `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/${unit.team}/*` }]) }],
          tags: tags(unit),
          tags_all: tags(unit)
        },
        computed: { id: role, arn: `arn:aws:iam::${ACCOUNT}:role/${role}`, create_date: '2024-05-02T08:14:51Z', managed_policy_arns: [], name_prefix: '', unique_id: `AROA${hex(17).toUpperCase()}` },
        refs: { assume_role_policy: ['data.aws_iam_policy_document.assume.json', 'data.aws_iam_policy_document.assume'] }
      },
      {
        type: 'aws_iam_policy',
        name: 'service',
        values: { name: `${role}-access`, path: '/', description: 'Service access', name_prefix: null, policy: policyDocument([{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${unit.team}-*` }]), tags: null },
        computed: { id: `arn:aws:iam::${ACCOUNT}:policy/${role}-access`, arn: `arn:aws:iam::${ACCOUNT}:policy/${role}-access`, attachment_count: 1, policy_id: `ANPA${hex(17).toUpperCase()}`, tags_all: {} },
        refs: {}
      },
      {
        type: 'aws_iam_role_policy_attachment',
        name: 'service',
        values: {},
        computed: { id: `${role}-${hex(26)}`, role, policy_arn: `arn:aws:iam::${ACCOUNT}:policy/${role}-access` },
        refs: { role: ['aws_iam_role.service[count.index].name', 'aws_iam_role.service', 'count.index'], policy_arn: ['aws_iam_policy.service[count.index].arn', 'aws_iam_policy.service', 'count.index'] }
      },
      {
        type: 'aws_iam_user',
        name: 'ci',
        values: { name: `${unit.team}-${unit.label}-ci`, path: '/automation/', force_destroy: false, permissions_boundary: null, tags: tags(unit), tags_all: tags(unit) },
        computed: { id: `${unit.team}-${unit.label}-ci`, arn: `arn:aws:iam::${ACCOUNT}:user/automation/${unit.team}-${unit.label}-ci`, unique_id: `AIDA${hex(17).toUpperCase()}` },
        refs: {}
      },
      {
        type: 'aws_iam_user_policy_attachment',
        name: 'ci',
        values: { policy_arn: chance(0.05) ? 'arn:aws:iam::aws:policy/AdministratorAccess' : 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        computed: { id: `${unit.team}-${unit.label}-ci-${hex(26)}`, user: `${unit.team}-${unit.label}-ci` },
        refs: { user: ['aws_iam_user.ci[count.index].name', 'aws_iam_user.ci', 'count.index'] }
      },
      {
        type: 'aws_iam_group',
        name: 'operators',
        values: { name: `${unit.team}-${unit.label}-operators`, path: '/' },
        computed: { id: `${unit.team}-${unit.label}-operators`, arn: `arn:aws:iam::${ACCOUNT}:group/${unit.team}-${unit.label}-operators`, unique_id: `AGPA${hex(17).toUpperCase()}` },
        refs: {}
      },
      {
        type: 'aws_iam_group_policy_attachment',
        name: 'operators',
        values: { policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
        computed: { id: `${unit.team}-${unit.label}-operators-${hex(26)}`, group: `${unit.team}-${unit.label}-operators` },
        refs: { group: ['aws_iam_group.operators[count.index].name', 'aws_iam_group.operators', 'count.index'] }
      }
    ]
  },

  database(unit) {
    const identifier = `${unit.team}-${unit.label}-db`
    const cluster = `${unit.team}-${unit.label}-aurora`
    return [
      {
        type: 'aws_db_instance',
        name: 'main',
        values: {
          identifier,
          engine: 'postgres',
          engine_version: '16.3',
          instance_class: pick(['db.t4g.medium', 'db.r6g.large']),
          allocated_storage: 100,
          max_allocated_storage: 500,
          storage_type: 'gp3',
          storage_encrypted: chance(0.9),
          multi_az: chance(0.7),
          publicly_accessible: chance(0.03),
          backup_retention_period: pick([0, 7, 14]),
          deletion_protection: chance(0.8),
          auto_minor_version_upgrade: true,
          copy_tags_to_snapshot: true,
          skip_final_snapshot: false,
          final_snapshot_identifier: `${identifier}-final`,
          username: 'app',
          password: `pw-${hex(20)}`,
          db_subnet_group_name: `${unit.team}-db`,
          iam_database_authentication_enabled: true,
          performance_insights_enabled: true,
          tags: tags(unit),
          tags_all: tags(unit),
          timeouts: null
        },
        computed: { id: `db-${hex(26).toUpperCase()}`, arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db:${identifier}`, address: `${identifier}.c${hex(11)}.${REGION}.rds.amazonaws.com`, endpoint: `${identifier}.c${hex(11)}.${REGION}.rds.amazonaws.com:5432`, hosted_zone_id: 'Z2R2ITUGPM61AM', kms_key_id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${uuid()}`, port: 5432, resource_id: `db-${hex(26).toUpperCase()}`, status: 'available', vpc_security_group_ids: [`sg-${hex(17)}`], availability_zone: `${REGION}a` },
        sensitive: { password: true, tags: {}, tags_all: {} },
        refs: { password: ['var.db_password'], vpc_security_group_ids: ['var.db_security_group_id'] }
      },
      {
        type: 'aws_rds_cluster',
        name: 'analytics',
        values: {
          cluster_identifier: cluster,
          engine: 'aurora-postgresql',
          engine_version: '15.4',
          engine_mode: 'provisioned',
          database_name: 'analytics',
          master_username: 'analytics',
          master_password: `pw-${hex(20)}`,
          storage_encrypted: chance(0.9),
          backup_retention_period: 7,
          deletion_protection: true,
          copy_tags_to_snapshot: true,
          iam_database_authentication_enabled: true,
          skip_final_snapshot: false,
          final_snapshot_identifier: `${cluster}-final`,
          tags: tags(unit),
          tags_all: tags(unit),
          timeouts: null
        },
        computed: { id: cluster, arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${cluster}`, cluster_resource_id: `cluster-${hex(26).toUpperCase()}`, endpoint: `${cluster}.cluster-c${hex(11)}.${REGION}.rds.amazonaws.com`, reader_endpoint: `${cluster}.cluster-ro-c${hex(11)}.${REGION}.rds.amazonaws.com`, kms_key_id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${uuid()}`, port: 5432, availability_zones: [`${REGION}a`, `${REGION}b`, `${REGION}c`] },
        sensitive: { master_password: true, tags: {}, tags_all: {} },
        refs: { master_password: ['var.analytics_password'] }
      }
    ]
  },

  network(unit) {
    const vpc = `vpc-${hex(17)}`
    const vpcRef = ['aws_vpc.main[count.index].id', 'aws_vpc.main', 'count.index']
    const logged = chance(0.85)
    const out = [
      {
        type: 'aws_vpc',
        name: 'main',
        values: { cidr_block: `10.${Math.floor(random() * 255)}.0.0/16`, assign_generated_ipv6_cidr_block: false, enable_dns_hostnames: true, enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, tags: tags(unit), tags_all: tags(unit) },
        computed: { id: vpc, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/${vpc}`, default_network_acl_id: `acl-${hex(17)}`, default_route_table_id: `rtb-${hex(17)}`, default_security_group_id: `sg-${hex(17)}`, dhcp_options_id: `dopt-${hex(17)}`, main_route_table_id: `rtb-${hex(17)}`, owner_id: ACCOUNT, enable_network_address_usage_metrics: false, ipv6_association_id: '', ipv6_cidr_block: '' },
        refs: { cidr_block: ['var.vpc_cidr'] }
      }
    ]
    if (logged) {
      out.push({
        type: 'aws_flow_log',
        name: 'main',
        values: { traffic_type: 'ALL', log_destination_type: 's3', log_destination: `arn:aws:s3:::${unit.team}-flow-logs`, max_aggregation_interval: 600, deliver_cross_account_role: null, destination_options: [], tags: null },
        computed: { id: `fl-${hex(17)}`, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc-flow-log/fl-${hex(17)}`, vpc_id: vpc, log_format: '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr}', tags_all: {} },
        refs: { vpc_id: vpcRef, log_destination: ['var.flow_log_bucket_arn'] }
      })
    }
    return out
  },

  kms(unit) {
    const id = uuid()
    return [
      {
        type: 'aws_kms_key',
        name: 'data',
        values: { description: `${unit.team} ${unit.label} data key`, enable_key_rotation: chance(0.85), deletion_window_in_days: 30, key_usage: 'ENCRYPT_DECRYPT', customer_master_key_spec: 'SYMMETRIC_DEFAULT', is_enabled: true, multi_region: false, bypass_policy_lockout_safety_check: false, custom_key_store_id: null, xks_key_id: null, tags: tags(unit), tags_all: tags(unit), timeouts: null },
        computed: { id, arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`, key_id: id, rotation_period_in_days: 365, policy: policyDocument([{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]) },
        refs: {}
      }
    ]
  },

  trail(unit) {
    const name = `${unit.team}-${unit.label}-trail`
    return [
      {
        type: 'aws_cloudtrail',
        name: 'audit',
        values: { name, s3_bucket_name: `${unit.team}-cloudtrail-logs`, s3_key_prefix: null, is_multi_region_trail: chance(0.9), enable_log_file_validation: chance(0.9), include_global_service_events: true, is_organization_trail: false, enable_logging: true, cloud_watch_logs_group_arn: null, cloud_watch_logs_role_arn: null, sns_topic_name: null, advanced_event_selector: [], event_selector: [], insight_selector: [], tags: tags(unit), tags_all: tags(unit) },
        computed: { id: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`, arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`, home_region: REGION, kms_key_id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${uuid()}`, sns_topic_arn: '' },
        refs: { kms_key_id: ['aws_kms_key.data[count.index].arn', 'aws_kms_key.data', 'count.index'] }
      }
    ]
  }
}

const accountFacts = [
  {
    type: 'aws_iam_account_password_policy',
    name: 'strict',
    values: { minimum_password_length: 14, password_reuse_prevention: 24, require_lowercase_characters: true, require_numbers: true, require_symbols: true, require_uppercase_characters: true, allow_users_to_change_password: true, max_password_age: 90, hard_expiry: false },
    computed: { id: 'iam-account-password-policy', expire_passwords: true },
    refs: {}
  },
  { type: 'aws_ebs_encryption_by_default', name: 'this', values: { enabled: true }, computed: { id: 'terraform-20240502081451000000000001' }, refs: {} },
  {
    type: 'aws_s3_account_public_access_block',
    name: 'this',
    values: { account_id: null, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
    computed: { id: ACCOUNT },
    refs: {}
  }
]

function uuid() {
  const h = hex(32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// ---- modules: definitions (configuration) and instances (values) ----

const moduleDefs = {
  '': { templates: ['network', 'kms', 'trail'], calls: { team: { def: 'team', forEach: TEAMS }, services: { def: 'services', count: 3 } } },
  team: { templates: ['iam', 'database'], calls: { storage: { def: 'storage' }, compute: { def: 'compute' } } },
  storage: { templates: ['bucket', 'efs'], calls: {} },
  compute: { templates: ['securityGroup', 'instance', 'lambda'], calls: {} },
  services: { templates: ['lambda', 'securityGroup', 'bucket'], calls: {} }
}

/** Module instances: { address, def, key (team name or index), children } */
function instantiate(def, address, key) {
  const instance = { address, def, key, children: [] }
  for (const [name, call] of Object.entries(moduleDefs[def].calls)) {
    const base = address ? `${address}.module.${name}` : `module.${name}`
    if (call.forEach) for (const k of call.forEach) instance.children.push(instantiate(call.def, `${base}[${JSON.stringify(k)}]`, k))
    else if (call.count) for (let i = 0; i < call.count; i++) instance.children.push(instantiate(call.def, `${base}[${i}]`, key ?? `svc${i}`))
    else instance.children.push(instantiate(call.def, base, key))
  }
  return instance
}
const root = instantiate('', '', undefined)
const allInstances = []
;(function flatten(m) {
  allInstances.push(m)
  m.children.forEach(flatten)
})(root)

const slots = allInstances.flatMap((m) => moduleDefs[m.def].templates.map((t) => ({ module: m, template: t, next: 0 })))

// ---- emit ----

const planned = new Map(allInstances.map((m) => [m.address, []])) // module address → planned resources
const priorByModule = new Map(allInstances.map((m) => [m.address, []]))
const changes = []
const drift = []
const configResources = new Map(allInstances.map((m) => [m.def, new Map()])) // def → config address → config resource
let made = 0

function configFor(def, spec) {
  const key = `${spec.type}.${spec.name}`
  const map = configResources.get(def)
  if (map.has(key)) return
  const expressions = {}
  for (const [attribute, value] of Object.entries(spec.values)) {
    if (attribute === 'tags_all' || attribute === 'timeouts' || value === null) continue
    expressions[attribute] = spec.refs[attribute] ? { references: spec.refs[attribute] } : { constant_value: value }
  }
  for (const [attribute, refs] of Object.entries(spec.refs)) expressions[attribute] ??= { references: refs }
  if (spec.sensitive) for (const attribute of Object.keys(spec.sensitive)) if (expressions[attribute]?.constant_value !== undefined && spec.sensitive[attribute] === true) expressions[attribute] = { references: ['var.' + attribute] }
  const resource = { address: key, mode: 'managed', type: spec.type, name: spec.name, provider_config_key: 'aws', expressions, schema_version: 0 }
  if (def !== '' || !['aws_iam_account_password_policy', 'aws_ebs_encryption_by_default', 'aws_s3_account_public_access_block'].includes(spec.type)) {
    resource.count_expression = { references: ['var.instances'] }
  }
  map.set(key, resource)
}

function unknownMarkers(computed) {
  const marker = {}
  for (const key of Object.keys(computed)) marker[key] = true
  return marker
}

/** Terraform's sensitive marker trees list every nested block and map as {} / [] even when nothing is marked. */
function sensitiveMarkers(values, marked) {
  const out = {}
  for (const [key, value] of Object.entries(values)) {
    if (marked && marked[key] !== undefined) out[key] = marked[key]
    else if (Array.isArray(value)) out[key] = value.map((v) => (v && typeof v === 'object' ? sensitiveMarkers(v) : false))
    else if (value && typeof value === 'object') out[key] = {}
  }
  return out
}

function emit(module, spec, index, action) {
  const local = `${spec.type}.${spec.name}${index === undefined ? '' : `[${index}]`}`
  const address = module.address ? `${module.address}.${local}` : local
  const full = { ...spec.values, ...spec.computed }
  const sensitive = sensitiveMarkers(full, spec.sensitive)
  const base = { address, mode: 'managed', type: spec.type, name: spec.name }
  if (index !== undefined) base.index = index
  base.provider_name = AWS
  const plannedValues = action === 'create' ? spec.values : full
  planned.get(module.address).push({ ...base, schema_version: 0, values: plannedValues, sensitive_values: sensitive })
  const change = { actions: [], before: null, after: plannedValues, after_unknown: {}, before_sensitive: false, after_sensitive: sensitive }
  if (action === 'create') {
    change.actions = ['create']
    change.after_unknown = unknownMarkers(spec.computed)
  } else {
    const before = action === 'update' && full.tags ? { ...full, tags: { ...full.tags, Owner: 'unknown' }, tags_all: { ...full.tags, Owner: 'unknown' } } : full
    change.actions = action === 'replace' ? ['delete', 'create'] : [action]
    change.before = before
    change.before_sensitive = sensitive
    if (action === 'replace') {
      change.after = spec.values
      change.after_unknown = unknownMarkers(spec.computed)
      planned.get(module.address).at(-1).values = spec.values
    }
    priorByModule.get(module.address).push({ ...base, schema_version: 0, values: before, sensitive_values: sensitive })
    if (action === 'update' && chance(0.1)) {
      drift.push({ ...base, module_address: module.address || undefined, change: { actions: ['update'], before: full, after: before, after_unknown: {}, before_sensitive: sensitive, after_sensitive: sensitive } })
    }
  }
  const rc = { ...base, change }
  if (module.address) rc.module_address = module.address
  if (action === 'replace') rc.action_reason = 'replace_because_cannot_update'
  changes.push(rc)
  configFor(module.def, spec)
  made++
}

function emitDeleted(module, spec, index) {
  const local = `${spec.type}.${spec.name}_old[${index}]`
  const address = module.address ? `${module.address}.${local}` : local
  const full = { ...spec.values, ...spec.computed }
  const sensitive = sensitiveMarkers(full, spec.sensitive)
  const base = { address, mode: 'managed', type: spec.type, name: `${spec.name}_old`, index, provider_name: AWS }
  priorByModule.get(module.address).push({ ...base, schema_version: 0, values: full, sensitive_values: sensitive })
  const rc = { ...base, change: { actions: ['delete'], before: full, after: null, after_unknown: {}, before_sensitive: sensitive, after_sensitive: false }, action_reason: 'delete_because_no_resource_config' }
  if (module.address) rc.module_address = module.address
  changes.push(rc)
}

for (const spec of accountFacts) if (made < COUNT) emit(root, spec, undefined, 'create')

let units = 0
while (made < COUNT) {
  for (const slot of slots) {
    if (made >= COUNT) break
    const index = slot.next++
    const unit = { team: slot.module.key ?? 'platform', label: `${slot.template.toLowerCase()}${index}` }
    const roll = random()
    const action = roll < MIX[0] ? 'create' : roll < MIX[1] ? 'update' : roll < MIX[2] ? 'no-op' : 'replace'
    const specs = templates[slot.template](unit)
    for (const spec of specs) {
      if (made >= COUNT) break
      emit(slot.module, spec, index, action)
    }
    if (++units % 150 === 0) emitDeleted(slot.module, specs[0], index)
  }
}

// ---- assemble ----

const byAddress = (a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)

function valuesModule(m, source) {
  const out = m.address ? { resources: source.get(m.address).sort(byAddress), address: m.address } : { resources: source.get('').sort(byAddress) }
  const children = m.children.map((c) => valuesModule(c, source)).filter((c) => c.resources.length > 0 || c.child_modules)
  if (children.length > 0) out.child_modules = children
  return out
}

function configModule(def) {
  const out = {
    resources: [...configResources.get(def).values()],
    variables: def === '' ? { db_password: { sensitive: true, description: 'Master password of the team databases' }, api_token: { sensitive: true }, region: { default: REGION } } : { instances: { default: 1 } }
  }
  const calls = Object.entries(moduleDefs[def].calls)
  if (calls.length > 0) {
    out.module_calls = Object.fromEntries(
      calls.map(([name, call]) => {
        const mc = { source: `./modules/${call.def}`, expressions: { instances: { constant_value: 40 } }, module: configModule(call.def) }
        if (call.forEach) mc.for_each_expression = { references: ['local.teams'] }
        if (call.count) mc.count_expression = { constant_value: call.count }
        return [name, mc]
      })
    )
  }
  return out
}

const plan = {
  format_version: '1.2',
  terraform_version: '1.9.8',
  variables: { region: { value: REGION }, db_password: { value: 'correct-horse-battery-staple' }, api_token: { value: `tok_${hex(32)}` } },
  planned_values: { root_module: valuesModule(root, planned) },
  resource_drift: drift,
  resource_changes: changes.sort(byAddress),
  prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: valuesModule(root, priorByModule) } },
  configuration: {
    provider_config: {
      aws: { name: 'aws', full_name: AWS, version_constraint: '~> 5.70', expressions: { region: { references: ['var.region'] } } },
      'aws.replica': { name: 'aws', full_name: AWS, alias: 'replica', version_constraint: '~> 5.70', expressions: { region: { constant_value: 'eu-west-1' } } }
    },
    root_module: configModule('')
  },
  relevant_attributes: drift.slice(0, 20).map((d) => ({ resource: d.address, attribute: ['tags'] })),
  timestamp: '2024-11-05T09:30:00Z',
  applyable: true,
  complete: true,
  errored: false
}

const text = JSON.stringify(plan)
writeFileSync(out, text)
console.log(`${out}: ${made} resources (${changes.length - made} deleted), ${(text.length / 1048576).toFixed(1)} MiB`)
